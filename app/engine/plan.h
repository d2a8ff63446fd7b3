// The installation plan: one typed list of steps built once from a deployment.
// The preview, the exported scripts, the SSH runner and the report all render this
// same object; none of them builds commands of its own.
#pragma once

#include "deployment.h"

#include <QJsonObject>

namespace phw {

// A piece of a file's content: literal text, or a reference to a secret that is
// written as a Python string literal on the host and masked everywhere else.
struct ContentPart
{
    QString text;     // literal text (when variable is empty)
    QString variable; // secret reference, e.g. PUBLIK_DB_PASSWORD_COMBO

    bool isSecret() const { return !variable.isEmpty(); }
    bool operator==(const ContentPart &) const = default;
};

struct FileSpec
{
    QString path;
    QString owner;
    QString group;
    int mode = 0644;
    QList<ContentPart> content;

    QStringList secrets() const;
    // The content with each secret shown as mask (e.g. «PUBLIK_DB_PASSWORD_COMBO»).
    QString maskedContent() const;
    QString modeString() const; // "0640"
    bool operator==(const FileSpec &) const = default;
};

// A service a step interrupts on each host it runs on: stopped while the step moves its
// files (started again at the step's end), or restarted when the step changed a file it
// reads. Set where the step is built (plan.cpp), never read back from the shell text.
struct ServiceInterruption
{
    enum class Kind { Stop, Restart };
    QString step;    // the step's id
    QString service; // systemd unit without ".service": "nginx", "supervisor", "wcs", …
    Kind kind = Kind::Stop;

    static QString kindName(Kind kind); // "stop", "restart" (plan --json)
    bool operator==(const ServiceInterruption &) const = default;
};

struct Step
{
    QString id;            // stable: "accounts.hobo", "share.combo", …
    QString title;         // translated (French by default)
    QString procedure;     // the procedure's instruction this step implements
    QStringList hosts;     // host names it runs on, in run order
    QString check;         // sh command: exit 0 when the step is already done
    QStringList apply;     // sh commands, each journaling its own undo on the host
    QStringList undo;      // sh commands, what the journal holds when every action acted
    QList<FileSpec> files; // files it writes
    QList<ServiceInterruption> interruptions; // on each of its hosts, in the order they happen
    bool reversible = true;

    QStringList secrets() const;
    bool operator==(const Step &) const = default;
};

struct Plan
{
    QString deployment;
    QStringList hostOrder; // primary first
    QMap<QString, HostRole> roles;
    QList<Step> steps; // global order

    // The steps that run on one host, in order.
    QList<Step> stepsFor(const QString &host) const;
    // The services the steps of one host interrupt, in run order (the maintenance window).
    QList<ServiceInterruption> interruptions(const QString &host) const;
    const Step *step(const QString &id) const;
};

// Builds the plan. The deployment must have passed validate() without errors.
Plan buildPlan(const Deployment &deployment);

// Symbolic names used by the plan and the host library (phw-lib.sh).
QString toolStateDir(const Deployment &deployment);  // on each host
QString shareStateDir(const Deployment &deployment); // on the share
// Every path that a host turns into a link to the share (used to detach links
// before packages are purged on a secondary).
QStringList sharedLinks(const Deployment &deployment);

} // namespace phw
