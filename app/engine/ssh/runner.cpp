#include "runner.h"

#include "preflight.h"
#include "render.h"
#include "textutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>
#include <utility>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Runner)
};

// Run as root on the primary: takes the deployment's lock on the share.
// Exit 0 taken, 3 held by someone else (holder on stdout, then "owner TAG"), 4 no share.
// The owner tag (Runner::ownerTag) lets the caller tell a lock left by a dead process of its
// own machine; it then asks again with that tag as "stale", and the lock is taken over only
// if it is still that one.
const char kLockScript[] = R"SH(set -u
dir=$1 holder=$2 take=$3 mount=$4 owner=$5 stale=$6
[ -d "$mount" ] || { printf '%s\n' "$mount"; exit 4; }
mkdir -p "$dir" || exit 1
[ "$take" = 1 ] && rm -rf "$dir/lock"
if [ -n "$stale" ] && [ "$(cat "$dir/lock/owner" 2>/dev/null)" = "$stale" ]; then
    rm -rf "$dir/lock"
fi
if mkdir "$dir/lock" 2>/dev/null; then
    { printf '%s\n' "$holder" >"$dir/lock/holder" && printf '%s\n' "$owner" >"$dir/lock/owner"; } ||
        { rm -rf "$dir/lock"; exit 1; }
    exit 0
fi
cat "$dir/lock/holder" 2>/dev/null || printf '?\n'
if o=$(cat "$dir/lock/owner" 2>/dev/null); then printf 'owner %s\n' "$o"; fi
exit 3
)SH";

const char kUnlockScript[] = R"SH(set -u
dir=$1 holder=$2
[ "$(cat "$dir/lock/holder" 2>/dev/null)" = "$holder" ] && rm -rf "$dir/lock"
exit 0
)SH";

// Exit statuses of the host script's --step=ID when the step was done already.
constexpr int kDoneEarlier = 10;
constexpr int kFoundDone = 11;

QString lastLines(const ExecResult &r)
{
    if (r.lastStderr.isEmpty())
        return {};
    QStringList tail = r.lastStderr.mid(qMax<qsizetype>(0, r.lastStderr.size() - 10));
    return u"\n  "_qs + tail.join(u"\n  "_qs);
}

} // namespace

Runner::Runner(const Deployment &deployment, RunnerOptions options, SecretProvider *secrets,
               QObject *parent)
    : QObject(parent)
    , m_deployment(deployment)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_pool(secrets)
    , m_journal(m_options.journalPath.isEmpty() ? LocalJournal::defaultPath(deployment.name)
                                                : m_options.journalPath)
{
    m_holder = m_options.holder.isEmpty() ? holderName() : m_options.holder;
}

Runner::~Runner()
{
    m_pool.shutdown();
    for (HostRun &h : m_hosts)
        scrub(h.secrets);
}

QString Runner::holderName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        const passwd *pw = ::getpwuid(::geteuid());
        user = pw ? QString::fromLocal8Bit(pw->pw_name) : u"?"_qs;
    }
    return QStringLiteral("%1@%2 pid %3 %4")
        .arg(user, QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
}

namespace {

QString processStart(qint64 pid)
{
    // Field 22 of /proc/PID/stat (after the command name, which may hold spaces): the start
    // time, which tells a reused PID from the process that wrote the lock.
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

QString machineId()
{
    return QString::fromLatin1(QSysInfo::machineUniqueId()).trimmed();
}

} // namespace

QString Runner::ownerTag()
{
    const qint64 pid = QCoreApplication::applicationPid();
    const QString start = processStart(pid);
    const QString id = machineId();
    return QStringLiteral("%1 %2 %3 %4")
        .arg(id.isEmpty() ? u"-"_qs : id, QSysInfo::machineHostName())
        .arg(pid)
        .arg(start.isEmpty() ? u"-"_qs : start);
}

bool Runner::ownerIsStale(const QString &tag)
{
    const QStringList w = tag.split(u' ', Qt::SkipEmptyParts);
    if (w.size() != 4)
        return false;
    const QString id = machineId();
    if (id.isEmpty() || w.at(0) != id || w.at(1) != QSysInfo::machineHostName())
        return false; // another machine: its processes cannot be seen from here
    bool ok = false;
    const qint64 pid = w.at(2).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return errno == ESRCH;
    // That PID runs: the same process only if it started when the lock's writer did.
    const QString start = processStart(pid);
    return w.at(3) != u"-" && !start.isEmpty() && start != w.at(3);
}

QByteArray Runner::hostInput(const QByteArray &secretAssignments, const QByteArray &script)
{
    // The script is one brace group: the shell reads all of it before running anything,
    // so no command of the script can read the script's own text from stdin.
    // SIGPIPE ignored: when the SSH link drops, the step goes on to its end on the host
    // (its output is lost) instead of dying half-way with the host's lock left behind.
    QByteArray in;
    in.reserve(secretAssignments.size() + script.size() + 24);
    in += "trap '' PIPE\n";
    in += secretAssignments;
    in += "{\n";
    in += script;
    in += "\n}\n";
    return in;
}

QString Runner::lockDir() const
{
    return shareStateDir(m_deployment);
}

void Runner::info(const QString &host, const QString &text, OutputKind kind)
{
    emit output(host, QString(), OutputLine{kind, text, false});
}

QByteArray Runner::secretAssignments(const Host &host, const QList<Step> &steps,
                                     QStringList &missing)
{
    QStringList variables;
    for (const Step &s : steps) {
        for (const QString &v : s.secrets()) {
            if (!variables.contains(v))
                variables.append(v);
        }
    }
    QByteArray out;
    for (const QString &v : std::as_const(variables)) {
        std::optional<QByteArray> value =
            m_secrets ? m_secrets->secret({SecretKind::DatabasePassword, host.name, v})
                      : std::nullopt;
        if (!value) {
            missing.append(v);
            continue;
        }
        out += v.toLatin1() + '=' + shellQuote(QString::fromUtf8(*value)).toUtf8() + '\n';
        scrub(*value);
    }
    return out;
}

void Runner::saveJournal()
{
    QString error;
    if (!m_journal.save(&error))
        info(QString(),
             Tr::tr("Cannot write the local journal %1: %2.").arg(m_journal.path(), error),
             OutputKind::Error);
}

void Runner::start(Mode mode)
{
    m_mode = mode;
    m_plan = buildPlan(m_deployment);
    QString error;
    if (!m_journal.load(&error)) {
        finish(false, Tr::tr("Cannot read the local journal %1: %2.").arg(m_journal.path(), error));
        return;
    }
    m_journal.deployment = m_deployment.name;
    const Host *primary = m_deployment.primary();
    if (!primary) {
        finish(false, Tr::tr("The deployment has no primary host."));
        return;
    }
    m_lockHost = primary->name;

    QList<Host> hosts;
    if (mode == Mode::Apply) {
        for (const Host &h : m_deployment.orderedHosts()) {
            HostRun run;
            run.host = h;
            run.steps = m_plan.stepsFor(h.name);
            run.script = renderHostScript(m_deployment, m_plan, h.name);
            QStringList missing;
            run.secrets = secretAssignments(h, run.steps, missing);
            if (!missing.isEmpty())
                info(h.name,
                     Tr::tr(
                         "Not set: %1. The steps that write these passwords will stop on %2 unless "
                         "they are already done.")
                         .arg(missing.join(u", "_qs), h.name),
                     OutputKind::Error);
            m_hosts.insert(h.name, run);
            m_journal.rememberHost(h);
            hosts.append(h);
        }
    } else {
        // Every host the journal or the deployment knows: rollback works from the hosts'
        // journals even when the deployment was edited since the run.
        QList<Host> all = m_deployment.orderedHosts();
        for (const Host &jh : std::as_const(m_journal.hosts)) {
            bool known = false;
            for (const Host &h : all)
                known = known || h.name == jh.name;
            if (!known)
                all.append(jh);
        }
        for (const Host &h : std::as_const(all)) {
            HostRun run;
            run.host = h;
            run.script = renderHostScript(m_deployment, m_plan, h.name);
            m_hosts.insert(h.name, run);
            hosts.append(h);
            if (h.name != primary->name)
                m_rollbackOrder.prepend(h.name); // the last secondary first
        }
        m_rollbackOrder.append(primary->name);
    }

    JournalRun run;
    run.mode = mode == Mode::Apply ? u"apply"_qs : u"rollback"_qs;
    run.by = m_holder;
    run.started = LocalJournal::now();
    run.result = u"running"_qs;
    m_journal.runs.append(run);
    while (m_journal.runs.size() > 50)
        m_journal.runs.removeFirst();

    connectHosts(hosts, [this] {
        if (m_stopRequested) {
            finish(false, {});
            return;
        }
        takeLock([this] {
            saveJournal();
            if (m_stopRequested) {
                finish(false, {});
                return;
            }
            runPreflight([this] {
                if (m_mode == Mode::Apply) {
                    runNextStep(m_lockHost, [this] {
                        if (m_failed) {
                            finish(false, m_failure);
                            return;
                        }
                        runSecondaries();
                    });
                } else {
                    rollbackNext();
                }
            });
        });
    });
}

void Runner::requestStop()
{
    if (m_finishing)
        return;
    m_interrupted = true;
    m_stopRequested = true;
    m_failed = true; // no further step starts; m_failure keeps the real failures only
}

void Runner::stop()
{
    if (m_finishing)
        return; // releasing the lock: let it
    requestStop();
    m_pool.cancelAll();
}

void Runner::runPreflight(std::function<void()> next)
{
    if (m_mode != Mode::Apply || !m_options.preflight) {
        next();
        return;
    }
    // The same checks as `check`, on the links already open, before anything changes: apply
    // refuses what check blocks on. What an earlier (partial) apply did is not what they
    // block on (accounts with the planned ids, links into the share, packages installed).
    info(QString(), Tr::tr("Checking every host before changing anything (as check does)…"));
    m_preflight = std::make_unique<Preflight>(m_deployment, &m_pool, m_secrets);
    connect(m_preflight.get(), &Preflight::finished, this, [this, next](bool blocked) {
        if (m_stopRequested) {
            finish(false, {});
            return;
        }
        QList<PreflightItem> shown;
        for (const PreflightItem &i : m_preflight->items()) {
            if (i.severity != PreflightItem::Severity::Info)
                shown.append(i);
        }
        if (!shown.isEmpty()) {
            const QStringList lines = Preflight::renderText(shown).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines)
                info(QString(), line, blocked ? OutputKind::Error : OutputKind::Info);
        }
        if (blocked) {
            finish(false, Tr::tr("apply stopped before changing anything: the checks found "
                                 "blocking problems (above, as check shows them). Fix them, "
                                 "then run apply again."));
            return;
        }
        next();
    });
    m_preflight->start();
}

QString Runner::interruptionSummary() const
{
    QStringList lines;
    const QString journal = toolStateDir(m_deployment) + u'/' + m_deployment.name + u"/journal"_qs;
    const QString lock = toolStateDir(m_deployment) + u'/' + m_deployment.name + u"/lock"_qs;
    if (m_mode == Mode::Apply) {
        lines.append(Tr::tr("Interrupted: apply stopped at the operator's request."));
        for (const Host &host : m_deployment.orderedHosts()) {
            const auto it = m_hosts.constFind(host.name);
            if (it == m_hosts.cend())
                continue;
            const HostRun &h = *it;
            auto title = [&h](const QString &id) {
                for (const Step &s : h.steps) {
                    if (s.id == id)
                        return s.title;
                }
                return QString();
            };
            if (!h.cut.isEmpty())
                lines.append(Tr::tr("  %1: step %2 (%3) was running: it goes on to its end on %1, "
                                    "whose journal (%4) records it; its lock (%5) is held until "
                                    "then.")
                                 .arg(host.name, h.cut, title(h.cut), journal, lock));
            else if (!h.stoppedBefore.isEmpty())
                lines.append(Tr::tr("  %1: stopped before step %2 (%3); the steps before it are "
                                    "done, as %1's journal (%4) records.")
                                 .arg(host.name, h.stoppedBefore, title(h.stoppedBefore), journal));
            else if (h.index >= h.steps.size())
                lines.append(Tr::tr("  %1: every step is done.").arg(host.name));
            else
                lines.append(Tr::tr("  %1: not started in this run (nothing changed there).")
                                 .arg(host.name));
        }
        if (m_options.commandLineAdvice)
            lines.append(Tr::tr("Run apply again to resume where it stopped, or rollback to "
                                "undo what was done."));
    } else {
        lines.append(Tr::tr("Interrupted: rollback stopped at the operator's request."));
        for (const QString &host : m_rolledBack)
            lines.append(Tr::tr("  %1: rolled back.").arg(host));
        if (!m_rollbackCurrent.isEmpty())
            lines.append(Tr::tr("  %1: its rollback was running: it goes on to its end on %1, "
                                "whose journal (%2) keeps what is left to undo.")
                             .arg(m_rollbackCurrent, journal));
        for (const QString &host : m_rollbackOrder)
            lines.append(Tr::tr("  %1: not rolled back yet (its journal is intact).").arg(host));
        lines.append(Tr::tr("Run rollback again to finish undoing."));
    }
    return lines.join(u'\n');
}

void Runner::connectHosts(const QList<Host> &hosts, std::function<void()> next)
{
    QMap<QString, ConnectParams> params;
    for (const Host &h : hosts) {
        params.insert(h.name, connectParamsFor(h, m_options.connection));
        info(h.name,
             Tr::tr("Connecting to %1 (%2@%3:%4)…").arg(h.name, h.user, h.address).arg(h.port));
    }
    m_pool.connectAll(params, [this, next](const QMap<QString, ConnectResult> &results) {
        QStringList problems;
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            if (!it->ok())
                problems.append(it->text());
            else
                info(it.key(), Tr::tr("Connected to %1.").arg(it.key()));
        }
        if (!problems.isEmpty()) {
            finish(false, problems.join(u'\n'));
            return;
        }
        next();
    });
}

void Runner::takeLock(std::function<void()> next, const QString &staleOwner)
{
    const QString command = u"sh -s -- "_qs + shellQuote(lockDir()) + u' ' + shellQuote(m_holder) +
                            u' ' + (m_options.takeOverLock ? u"1"_qs : u"0"_qs) + u' ' +
                            shellQuote(m_deployment.nfs.mount) + u' ' + shellQuote(ownerTag()) +
                            u' ' + shellQuote(staleOwner);
    auto out = std::make_shared<QStringList>();
    m_pool.exec(
        m_lockHost, {command, QByteArray(kLockScript), 60000, true},
        [out](const OutputLine &l) {
            if (l.kind == OutputKind::Stdout)
                out->append(l.text);
        },
        [this, out, next, staleOwner](const ExecResult &r) {
            QStringList holder;
            QString owner;
            for (const QString &l : std::as_const(*out)) {
                if (l.startsWith(u"owner "))
                    owner = l.mid(6).trimmed();
                else
                    holder.append(l);
            }
            if (r.succeeded()) {
                m_locked = true;
                if (m_options.takeOverLock)
                    info(m_lockHost, Tr::tr("Lock taken over: %1/lock.").arg(lockDir()));
                next();
            } else if (r.status == ExecResult::Status::Exited && r.exitCode == 3 &&
                       staleOwner.isEmpty() && ownerIsStale(owner)) {
                // Left by a process of this machine that no longer runs (killed, say): as the
                // hosts' own locks, it is taken over, if it is still that one.
                info(m_lockHost, Tr::tr("The lock %1/lock was left by %2, a process of this "
                                        "machine that no longer runs: taken over.")
                                     .arg(lockDir(), holder.join(u' ').trimmed()));
                takeLock(next, owner);
            } else if (r.status == ExecResult::Status::Exited && r.exitCode == 3) {
                finish(
                    false,
                    Tr::tr("The deployment %1 is locked by %2 (%3/lock on the share): another run "
                           "is going on. If it is not, run again with --take-over-lock.")
                        .arg(m_deployment.name, holder.join(u' ').trimmed(), lockDir()));
            } else if (r.status == ExecResult::Status::Exited && r.exitCode == 4) {
                finish(
                    false,
                    Tr::tr("%1: the share's mount point %2 is missing: mount the NFS share first.")
                        .arg(m_lockHost, m_deployment.nfs.mount));
            } else {
                // Stopped while the lock script ran: it may hold the lock; releasing it
                // removes it only if it is this run's.
                m_locked = r.status == ExecResult::Status::Cancelled;
                finish(false, Tr::tr("%1: cannot take the deployment's lock on the share (%2).%3")
                                  .arg(m_lockHost, describeExec(r), lastLines(r)));
            }
        });
}

void Runner::releaseLock(std::function<void()> next)
{
    if (!m_locked) {
        next();
        return;
    }
    m_locked = false;
    const QString command = u"sh -s -- "_qs + shellQuote(lockDir()) + u' ' + shellQuote(m_holder);
    const ExecRequest request{command, QByteArray(kUnlockScript), 60000, true};
    const auto unreleased = [this](const QString &why) {
        info(m_lockHost,
             Tr::tr("Could not release the lock %1/lock (%2): remove it by hand.")
                 .arg(lockDir(), why),
             OutputKind::Error);
    };
    m_pool.exec(m_lockHost, request, {}, [this, next, request, unreleased](const ExecResult &r) {
        if (r.succeeded()) {
            next();
            return;
        }
        // The link to the host that holds the lock dropped: one new connection, so that a
        // cut link leaves no lock behind for the next run.
        const auto it = m_hosts.constFind(m_lockHost);
        if (r.status != ExecResult::Status::LinkDropped || it == m_hosts.cend()) {
            unreleased(describeExec(r));
            next();
            return;
        }
        info(m_lockHost, Tr::tr("The link to %1 dropped: connecting again to release the lock.")
                             .arg(m_lockHost));
        m_pool.connectAll(
            {{m_lockHost, connectParamsFor(it->host, m_options.connection)}},
            [this, next, request, unreleased](const QMap<QString, ConnectResult> &results) {
                if (!results.value(m_lockHost).ok()) {
                    unreleased(results.value(m_lockHost).text());
                    next();
                    return;
                }
                m_pool.exec(m_lockHost, request, {}, [next, unreleased](const ExecResult &again) {
                    if (!again.succeeded())
                        unreleased(describeExec(again));
                    next();
                });
            });
    });
}

void Runner::runNextStep(const QString &hostName, std::function<void()> hostDone)
{
    HostRun &h = m_hosts[hostName];
    if (m_failed || h.index >= h.steps.size()) {
        if (m_stopRequested && h.index < h.steps.size() && h.cut.isEmpty())
            h.stoppedBefore = h.steps.at(h.index).id;
        hostDone();
        return;
    }
    const Step step = h.steps.at(h.index);
    if (m_options.askStep) {
        m_options.askStep(hostName, step, [this, hostName, step, hostDone](bool yes) {
            if (yes && !m_failed)
                runStep(hostName, step, hostDone);
            else
                refuseStep(hostName, step, hostDone);
        });
        return;
    }
    if (m_options.confirmStep && !m_options.confirmStep(hostName, step)) {
        refuseStep(hostName, step, hostDone);
        return;
    }
    runStep(hostName, step, hostDone);
}

void Runner::refuseStep(const QString &hostName, const Step &step, std::function<void()> hostDone)
{
    if (m_stopRequested) {
        m_hosts[hostName].stoppedBefore = step.id;
    } else if (!m_failed) {
        m_failed = true;
        m_failure =
            (m_options.commandLineAdvice
                 ? Tr::tr("Stopped before step %1 on %2, as asked. Run apply again to resume.")
                 : Tr::tr("Stopped before step %1 on %2, as asked."))
                .arg(step.id, hostName);
    }
    hostDone();
}

void Runner::runStep(const QString &hostName, const Step &step, std::function<void()> hostDone)
{
    HostRun &h = m_hosts[hostName];
    JournalStep &js = m_journal.step(hostName, step.id);
    const QString previous = js.state;
    // When it was done (or first found done): kept when this run finds it so again.
    const std::pair<QString, QString> previousTimes = {js.started, js.ended};
    js.title = step.title;

    // One channel a step: the host checks the step first and says, by its exit status,
    // whether it was done already (10: by this tool earlier, 11: found done).
    js.state = u"running"_qs;
    js.started = LocalJournal::now();
    js.ended.clear();
    js.message.clear();
    js.exitCode = -1;
    saveJournal();
    const QByteArray input = hostInput(h.secrets, h.script);
    emit stepStarted(hostName, step.id);
    auto onLine = [this, hostName, id = step.id](const OutputLine &l) {
        emit output(hostName, id, l);
    };
    m_pool.exec(
        hostName, {u"sh -s -- --step="_qs + step.id, input, m_options.stepTimeoutMs, true}, onLine,
        [this, hostName, step, previous, previousTimes, hostDone](const ExecResult &r) {
            HostRun &hr = m_hosts[hostName];
            JournalStep &j = m_journal.step(hostName, step.id);
            j.ended = LocalJournal::now();
            const bool exited = r.status == ExecResult::Status::Exited;
            if (exited && (r.exitCode == kDoneEarlier || r.exitCode == kFoundDone)) {
                j.state = r.exitCode == kDoneEarlier ? u"done"_qs : u"already-done"_qs;
                j.exitCode = 0;
                // A resumed run finds the steps of the earlier ones as they left them: the
                // journal keeps the time they were done, not the time of this check.
                if (previous == j.state && !previousTimes.second.isEmpty()) {
                    j.started = previousTimes.first;
                    j.ended = previousTimes.second;
                }
                saveJournal();
                emit stepEnded(hostName, step.id, j.state, r.elapsedMs);
                info(hostName, Tr::tr("%1: step %2 already done, skipped.").arg(hostName, step.id));
                ++hr.index;
                runNextStep(hostName, hostDone);
                return;
            }
            j.exitCode = exited ? r.exitCode : -1;
            if (r.succeeded()) {
                j.state = u"done"_qs;
                saveJournal();
                emit stepEnded(hostName, step.id, j.state, r.elapsedMs);
                ++hr.index;
                runNextStep(hostName, hostDone);
                return;
            }
            if (r.status == ExecResult::Status::Cancelled && m_stopRequested) {
                // Stopped by the operator: the step goes on to its end on the host, whose
                // journal says how it ended; the next apply asks it.
                j.state = u"interrupted"_qs;
                saveJournal();
                emit stepEnded(hostName, step.id, j.state, r.elapsedMs);
                hr.cut = step.id;
                hostDone();
                return;
            }
            // A dropped link leaves the outcome to the host's journal: "running (or
            // interrupted)" until the next run asks the host.
            j.state = exited ? u"failed"_qs : (previous == u"done" ? previous : u"running"_qs);
            j.message = describeExec(r);
            if (!r.lastStderr.isEmpty())
                j.message += u": "_qs + r.lastStderr.last();
            saveJournal();
            emit stepEnded(hostName, step.id, exited ? j.state : u"running"_qs, r.elapsedMs);
            QString msg;
            const bool advice = m_options.commandLineAdvice;
            if (exited)
                msg = (advice ? Tr::tr("%1: step %2 (%3) failed, exit status %4.%5\nFix the "
                                       "cause, then run apply again to "
                                       "resume, or rollback to undo.")
                              : Tr::tr("%1: step %2 (%3) failed, exit status %4.%5"))
                          .arg(hostName, step.id, step.title)
                          .arg(r.exitCode)
                          .arg(lastLines(r));
            else
                msg = (advice ? Tr::tr("%1: step %2 (%3) interrupted: %4%5\nRun apply again: "
                                       "the host's journal resumes the "
                                       "step.")
                              : Tr::tr("%1: step %2 (%3) interrupted: %4%5\nThe host's journal "
                                       "knows where the step stood: Resume takes it up again."))
                          .arg(hostName, step.id, step.title,
                               r.error.isEmpty() ? describeExec(r) : r.error, lastLines(r));
            fail(msg);
            hostDone();
        });
}

void Runner::runSecondaries()
{
    QStringList secondaries;
    for (const Host &h : m_deployment.secondaries())
        secondaries.append(h.name);
    const bool stepByStep = m_options.confirmStep || m_options.askStep;
    if (secondaries.isEmpty() || stepByStep) {
        // Step by step: one host after the other, so that the questions come in order.
        if (secondaries.isEmpty()) {
            finish(true, Tr::tr("All steps are done on every host."));
            return;
        }
    }
    if (stepByStep) {
        // The chain holds itself weakly (a strong capture would be a cycle, never freed):
        // only the continuation of the step that runs keeps it alive.
        auto chain = std::make_shared<std::function<void(qsizetype)>>();
        *chain = [this, secondaries, weak = std::weak_ptr(chain)](qsizetype i) {
            if (m_failed || i >= secondaries.size()) {
                if (m_failed)
                    finish(false, m_failure);
                else
                    finish(true, Tr::tr("All steps are done on every host."));
                return;
            }
            runNextStep(secondaries.at(i), [self = weak.lock(), i] { (*self)(i + 1); });
        };
        (*chain)(0);
        return;
    }
    m_secondariesRunning = static_cast<int>(secondaries.size());
    for (const QString &s : secondaries) {
        runNextStep(s, [this] {
            if (--m_secondariesRunning > 0)
                return;
            if (m_failed)
                finish(false, m_failure);
            else
                finish(true, Tr::tr("All steps are done on every host."));
        });
    }
}

void Runner::rollbackNext()
{
    if (m_failed) {
        finish(false, m_failure);
        return;
    }
    if (m_rollbackOrder.isEmpty()) {
        finish(true, Tr::tr("Rollback complete on every host."));
        return;
    }
    const QString hostName = m_rollbackOrder.takeFirst();
    m_rollbackCurrent = hostName;
    HostRun &h = m_hosts[hostName];
    info(hostName, Tr::tr("%1: undoing the applied steps (host journal)…").arg(hostName));
    emit hostRollbackStarted(hostName);
    m_pool.exec(
        hostName,
        {u"sh -s -- --rollback"_qs, hostInput({}, h.script), m_options.stepTimeoutMs, true},
        [this, hostName](const OutputLine &l) { emit output(hostName, u"rollback"_qs, l); },
        [this, hostName](const ExecResult &r) {
            m_rollbackCurrent.clear();
            emit hostRollbackEnded(hostName, r.succeeded());
            if (r.succeeded()) {
                m_rolledBack.append(hostName);
                // The steps found done (already there before the installation) are not in the
                // host's journal: its rollback leaves them in place, and so does this journal.
                for (JournalStep &s : m_journal.steps) {
                    if (s.host == hostName && s.state != u"rolled-back" &&
                        s.state != u"already-done") {
                        s.state = u"rolled-back"_qs;
                        s.ended = LocalJournal::now();
                    }
                }
                saveJournal();
                rollbackNext();
                return;
            }
            if (r.status == ExecResult::Status::Cancelled && m_stopRequested) {
                m_rollbackCurrent = hostName;
                finish(false, {});
                return;
            }
            fail(Tr::tr("%1: rollback stopped (%2).%3\nThe host's journal keeps what is left to "
                        "undo: fix the cause and "
                        "run rollback again.")
                     .arg(hostName, r.error.isEmpty() ? describeExec(r) : r.error, lastLines(r)));
            finish(false, m_failure);
        });
}

void Runner::fail(const QString &message)
{
    if (!m_failed || m_failure.isEmpty()) {
        m_failed = true;
        m_failure = message;
    } else if (m_failure != message && !m_failure.contains(message)) {
        m_failure += u'\n' + message;
    }
}

void Runner::finish(bool ok, const QString &message)
{
    if (m_finishing)
        return;
    m_finishing = true;
    QString text = message;
    if (m_interrupted && !ok) {
        // Where it stopped, after any failure met before the interruption.
        text =
            m_failure.isEmpty() ? interruptionSummary() : m_failure + u'\n' + interruptionSummary();
    }
    if (!m_journal.runs.isEmpty()) {
        JournalRun &run = m_journal.runs.last();
        run.ended = LocalJournal::now();
        run.result = ok ? u"ok"_qs : (m_interrupted ? u"interrupted"_qs : u"failed"_qs);
        run.message = text;
        saveJournal();
    }
    releaseLock([this, ok, message = text] {
        for (HostRun &h : m_hosts)
            scrub(h.secrets);
        m_ok = ok;
        m_summary = message;
        emit finished(ok, message);
    });
}

} // namespace phw
