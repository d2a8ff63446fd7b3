// The operator's side of the journal: which steps were applied on which host, and how to
// reach the hosts again for a rollback, in the XDG data folder
// (~/.local/share/publik-ha-wizard/<deployment>/journal.json). The hosts keep their own
// journal (with the undo commands and backups), which rollback actually uses. No secret
// is ever written here.
#pragma once

#include "deployment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace phw {

struct JournalStep
{
    QString host;
    QString step;
    QString title;
    QString state; // running, done, already-done, failed, interrupted, rolled-back
    int exitCode = -1;
    QString started;
    QString ended;
    QString message;
};

struct JournalRun
{
    QString mode; // apply, rollback
    QString by;   // user@machine
    QString started;
    QString ended;
    QString result; // running, ok, failed
    QString message;
};

class LocalJournal
{
public:
    static QString defaultPath(const QString &deployment);

    explicit LocalJournal(QString path = {});
    bool load(QString *error = nullptr); // a missing file is an empty journal
    bool save(QString *error = nullptr) const;

    const QString &path() const { return m_path; }
    QString deployment;
    QList<Host> hosts; // how to reach them (no secret)
    QList<JournalStep> steps;
    QList<JournalRun> runs;

    void rememberHost(const Host &host);
    JournalStep &step(const QString &host, const QString &id);
    const JournalStep *findStep(const QString &host, const QString &id) const;
    QString renderText() const; // `status`

    // How a host's own journal (the lines of the script's --journal mode: "begin ID",
    // "done ID", "undo ID ...") differs from what this journal records for that host; empty
    // when they agree. One line per kind of difference.
    QStringList differencesWith(const QString &host, const QStringList &hostJournal) const;

    static QString now();

private:
    QString m_path;
};

} // namespace phw
