// The checklist report's content ("Haute disponibilité Publik — liste de contrôle"): what the
// operator prints, ticks and signs, built from the deployment, the plan, the preflight's
// findings and this machine's journal. Qt Core only: app/report/ lays it out on pages (PDF,
// printer), for the CLI's `export --report` and the wizard's Rapport page alike.
#pragma once

#include "deployment.h"
#include "plan.h"
#include "ssh/localjournal.h"
#include "ssh/preflight.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace phw {

struct ReportStep
{
    int number = 0; // within its host, from 1, as the preview numbers it
    int count = 0;  // steps of that host
    QString id;
    QString title;
    QString procedure;
    QStringList stoppedServices; // services this step stops while it runs
    QString state;               // journal state; empty when never run
    QString stateLabel;          // translated ("fait", "déjà fait", "échec", "annulée"…)
    QString when;                // the journal's time, in the report's locale
    QString message;
};

struct ReportHost
{
    QString name;
    QString address;
    QString role; // translated
    bool primary = false;
    QList<ReportStep> steps;
};

struct ReportAccount
{
    QString user;
    qint64 uid = 0;
    qint64 gid = 0;
    QString home;
};

struct ReportDatabase
{
    QString component;
    QString database; // empty: the component creates its own (w.c.s.)
    QString role;
    QString passwordVariable; // the name of the secret, never its value
    bool createDb = false;
};

struct ReportFinding
{
    QString host; // empty: the deployment as a whole
    bool blocking = false;
    QString severity; // translated
    QString message;
    QString hint;
};

struct ReportInterruption
{
    QString host;
    int number = 0;
    QString step;
    QStringList services;
};

struct ReportManualTask
{
    QString id; // haproxy, postgresql, nfs, dns, tenants
    QString title;
    QStringList items; // one box each
    QString listing;   // the exported text to hand over (may be empty)
};

struct Report
{
    QString title;
    QString deployment;
    QString date; // long date, in the report's locale
    QString operatorName;
    QString version;
    QString language; // fr, en

    QList<ReportHost> hosts;
    QList<ReportAccount> accounts;
    QString databaseHost;
    int databasePort = 0;
    QList<ReportDatabase> databases;
    QString shareMount;
    QString publikDir;

    bool preflightKnown = false;
    QList<ReportFinding> findings;
    QList<ReportInterruption> interruptions;

    bool runHappened = false;
    bool rolledBack = false;
    QString runSummary; // one sentence on the last run, translated

    QList<ReportManualTask> manualTasks;

    int stepCount() const;
};

struct ReportInputs
{
    QString operatorName;
    QDateTime date = QDateTime::currentDateTime();
    QString version;
    QString language;                                // fr (default) or en
    const QList<PreflightItem> *preflight = nullptr; // null: not known
    const LocalJournal *journal = nullptr;           // null or empty: never run from here
};

// The locale of the report's dates for a language ("fr": French of France).
QLocale reportLocale(const QString &language);

Report buildReport(const Deployment &deployment, const Plan &plan, const ReportInputs &inputs);

// The services a step stops while it runs (read from its actions).
QStringList stoppedServices(const Step &step);

} // namespace phw
