#include "cli.h"

#include "ansibleexport.h"
#include "handover.h"
#include "i18n.h"
#include "plan.h"
#include "render.h"
#include "scriptfolder.h"
#include "textutil.h"
#include "validation.h"

#include "ssh/hostjournals.h"
#include "ssh/hostpool.h"
#include "ssh/localjournal.h"
#include "ssh/preflight.h"
#include "ssh/runner.h"
#include "ssh/secrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QStringList kCommands = {u"validate"_qs, u"plan"_qs,   u"export"_qs,  u"check"_qs,
                               u"apply"_qs,    u"status"_qs, u"rollback"_qs};

struct Options
{
    QString command;
    QStringList positional;
    bool json = false;
    QString scriptDir;
    QString reportFile;  // export --report OUT.pdf
    QString sqlFile;     // export --sql OUT.sql
    QString haproxyFile; // export --haproxy OUT.cfg
    QString ansibleDir;  // export --ansible
    QString sshConfig;
    QString knownHosts;
    bool acceptNewHostKeys = false;
    bool takeOverLock = false;
    bool stepByStep = false;
    bool yes = false;
    bool local = false;         // status: this machine's journal only
    int stepTimeoutMinutes = 0; // 0: the runner's default
    QString error;
};

// "--name VALUE" or "--name=VALUE"; returns false (and sets the error) when the value is missing.
bool takeValue(const QStringList &arguments, qsizetype &i, const QString &name, QString &value,
               QString &error)
{
    const QString &a = arguments.at(i);
    if (a == name) {
        if (i + 1 >= arguments.size()) {
            error = Tr::tr("%1 needs a value.").arg(name);
            return false;
        }
        value = arguments.at(++i);
        return true;
    }
    value = a.mid(name.size() + 1);
    return true;
}

Options parse(const QStringList &arguments)
{
    Options o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang") {
            ++i; // value already used by languageFromArguments()
        } else if (a.startsWith(u"--lang=")) {
            continue;
        } else if (a == u"--json") {
            o.json = true;
        } else if (a == u"--script") {
            if (i + 1 >= arguments.size()) {
                o.error = Tr::tr("--script needs a folder.");
                return o;
            }
            o.scriptDir = arguments.at(++i);
        } else if (a.startsWith(u"--script=")) {
            o.scriptDir = a.mid(9);
        } else if (a == u"--report" || a.startsWith(u"--report=")) {
            if (!takeValue(arguments, i, u"--report"_qs, o.reportFile, o.error))
                return o;
        } else if (a == u"--sql" || a.startsWith(u"--sql=")) {
            if (!takeValue(arguments, i, u"--sql"_qs, o.sqlFile, o.error))
                return o;
        } else if (a == u"--haproxy" || a.startsWith(u"--haproxy=")) {
            if (!takeValue(arguments, i, u"--haproxy"_qs, o.haproxyFile, o.error))
                return o;
        } else if (a == u"--ansible" || a.startsWith(u"--ansible=")) {
            if (!takeValue(arguments, i, u"--ansible"_qs, o.ansibleDir, o.error))
                return o;
        } else if (a == u"--ssh-config" || a.startsWith(u"--ssh-config=")) {
            if (!takeValue(arguments, i, u"--ssh-config"_qs, o.sshConfig, o.error))
                return o;
        } else if (a == u"--known-hosts" || a.startsWith(u"--known-hosts=")) {
            if (!takeValue(arguments, i, u"--known-hosts"_qs, o.knownHosts, o.error))
                return o;
        } else if (a == u"--accept-new-host-keys") {
            o.acceptNewHostKeys = true;
        } else if (a == u"--step-timeout" || a.startsWith(u"--step-timeout=")) {
            QString value;
            if (!takeValue(arguments, i, u"--step-timeout"_qs, value, o.error))
                return o;
            bool ok = false;
            o.stepTimeoutMinutes = value.toInt(&ok);
            if (!ok || o.stepTimeoutMinutes < 1 || o.stepTimeoutMinutes > 1440) {
                o.error = Tr::tr("--step-timeout needs a number of minutes from 1 to 1440, not %1.")
                              .arg(value);
                return o;
            }
        } else if (a == u"--take-over-lock") {
            o.takeOverLock = true;
        } else if (a == u"--step") {
            o.stepByStep = true;
        } else if (a == u"--yes" || a == u"-y") {
            o.yes = true;
        } else if (a == u"--local") {
            o.local = true;
        } else if (a.startsWith(u"-")) {
            o.error = Tr::tr("Unknown option %1.").arg(printable(a));
            return o;
        } else if (o.command.isEmpty()) {
            o.command = a;
        } else {
            o.positional.append(a);
        }
    }
    return o;
}

QString severityLabel(const Problem &p)
{
    return p.isError() ? Tr::tr("error") : Tr::tr("warning");
}

// Loads and validates; prints every problem. Returns false when the deployment has errors.
bool loadValid(const QString &path, Deployment &deployment, QTextStream &err, bool printWarnings)
{
    const LoadResult loaded = loadDeploymentFile(path);
    const QList<Problem> problems = loadAndValidationProblems(loaded);
    for (const Problem &p : problems) {
        if (p.isError() || printWarnings)
            err << Tr::tr("%1: %2", "severity: problem").arg(severityLabel(p), p.message)
                << Qt::endl;
    }
    if (hasErrors(problems)) {
        err << Tr::tr("%1: %n problem(s) to fix.", nullptr,
                      static_cast<int>(std::count_if(problems.cbegin(), problems.cend(),
                                                     [](const Problem &p) { return p.isError(); })))
                   .arg(printable(path, 200))
            << Qt::endl;
        return false;
    }
    deployment = loaded.deployment;
    return true;
}

// The one deployment file a command takes, loaded and valid; prints the usage otherwise.
bool loadArgument(const Options &o, Deployment &deployment, QTextStream &err, bool printWarnings)
{
    if (o.positional.size() != 1) {
        err << usageText();
        return false;
    }
    return loadValid(o.positional.first(), deployment, err, printWarnings);
}

int cmdValidate(const Options &o, QTextStream &out, QTextStream &err)
{
    Deployment d;
    if (!loadArgument(o, d, err, true))
        return ExitBadInput;
    const QString hosts = Tr::tr("%n host(s)", nullptr, static_cast<int>(d.hosts.size()));
    const QString components =
        Tr::tr("%n component(s)", nullptr, static_cast<int>(d.components.size()));
    out << Tr::tr("%1: the deployment is valid (%2, %3).")
               .arg(printable(o.positional.first(), 200), hosts, components)
        << Qt::endl;
    return ExitOk;
}

int cmdPlan(const Options &o, QTextStream &out, QTextStream &err)
{
    Deployment d;
    if (!loadArgument(o, d, err, false))
        return ExitBadInput;
    const Plan plan = buildPlan(d);
    if (o.json)
        out << QString::fromUtf8(renderPlanJson(d, plan));
    else
        out << renderPlanText(d, plan);
    out.flush();
    return ExitOk;
}

ReportWriter &reportWriter()
{
    static ReportWriter writer;
    return writer;
}

// One exported file, written aside and renamed in (never half written).
bool writeExportFile(const QString &path, const QByteArray &content, QTextStream &err)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
        err << Tr::tr("Cannot write %1: %2").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

// export --report, --sql, --haproxy: the files for the people around the operator.
int exportHandover(const Options &o, const Deployment &d, QTextStream &out, QTextStream &err)
{
    // QSaveFile writes to a link's target: a link left where the file goes (a shared folder)
    // would make the export replace another file. Nothing is written then.
    for (const QString &path : {o.sqlFile, o.haproxyFile, o.reportFile}) {
        if (!path.isEmpty() && QFileInfo(path).isSymLink()) {
            err << Tr::tr("Cannot write %1: it is a symbolic link; give the path of the file "
                          "itself.")
                       .arg(path)
                << Qt::endl;
            return ExitFailure;
        }
    }
    if (!o.sqlFile.isEmpty()) {
        if (!writeExportFile(o.sqlFile, renderDatabaseSql(d), err))
            return ExitFailure;
        out << Tr::tr("%1: the PostgreSQL roles and databases; apply with:\n%2")
                   .arg(o.sqlFile, databaseSqlCommand(d, o.sqlFile))
            << Qt::endl;
    }
    if (!o.haproxyFile.isEmpty()) {
        if (!writeExportFile(o.haproxyFile, renderHaproxySection(d), err))
            return ExitFailure;
        out << Tr::tr("%1: the HAProxy backend (to adapt where its comments say)")
                   .arg(o.haproxyFile)
            << Qt::endl;
    }
    if (!o.reportFile.isEmpty()) {
        if (!reportWriter()) {
            err << Tr::tr("This build cannot write the report (no PDF writer).") << Qt::endl;
            return ExitFailure;
        }
        // The run's outcomes, when this machine ran the plan (a missing journal: never run).
        LocalJournal journal(LocalJournal::defaultPath(d.name));
        QString error;
        if (!journal.load(&error))
            err << Tr::tr("Cannot read the journal %1: %2; the report shows no outcome.")
                       .arg(journal.path(), error)
                << Qt::endl;
        ReportInputs in;
        in.operatorName = qEnvironmentVariable("USER");
        in.version = QCoreApplication::applicationVersion();
        in.language = installedLanguage();
        in.journal = &journal;
        const Report report = buildReport(d, buildPlan(d), in);
        if (!reportWriter()(report, o.reportFile, &error)) {
            err << error << Qt::endl;
            return ExitFailure;
        }
        out << Tr::tr("%1: the checklist report (%n step(s))", nullptr, report.stepCount())
                   .arg(o.reportFile)
            << Qt::endl;
    }
    return ExitOk;
}

// The Ansible inventory, playbook and scripts, all or none (writeFileSet()).
int exportAnsibleFolder(const Deployment &d, const QString &folder, QTextStream &out,
                        QTextStream &err)
{
    const ScriptFolderResult r = exportAnsible(d, folder);
    if (r.status != ScriptFolderResult::Status::Ok) {
        err << r.error << Qt::endl;
        return r.status == ScriptFolderResult::Status::BadInput ? ExitBadInput : ExitFailure;
    }
    for (const QString &path : r.removed)
        out << Tr::tr("%1: removed (left by an earlier export)").arg(path) << Qt::endl;
    for (const QString &path : r.written)
        out << Tr::tr("%1: written").arg(path) << Qt::endl;
    return ExitOk;
}

// The scripts go into the folder all or none, without stale ones, never through a link
// (writeScriptFolder()).
int cmdExport(const Options &o, QTextStream &out, QTextStream &err)
{
    const bool handover =
        !o.reportFile.isEmpty() || !o.sqlFile.isEmpty() || !o.haproxyFile.isEmpty();
    if (o.scriptDir.isEmpty() && o.ansibleDir.isEmpty() && !handover) {
        err << usageText();
        return ExitBadInput;
    }
    Deployment d;
    if (!loadArgument(o, d, err, false))
        return ExitBadInput;
    if (!o.ansibleDir.isEmpty()) {
        const int code = exportAnsibleFolder(d, o.ansibleDir, out, err);
        if (code != ExitOk)
            return code;
    }
    if (!o.scriptDir.isEmpty()) {
        const QList<ExportedScript> scripts = renderScripts(d, buildPlan(d));
        const ScriptFolderResult r = writeScriptFolder(o.scriptDir, scripts);
        if (r.status != ScriptFolderResult::Status::Ok) {
            err << r.error << Qt::endl;
            return r.status == ScriptFolderResult::Status::BadInput ? ExitBadInput : ExitFailure;
        }
        for (const QString &path : r.removed)
            out << Tr::tr("%1: removed (left by an earlier export)").arg(path) << Qt::endl;
        for (qsizetype i = 0; i < scripts.size(); ++i)
            out << Tr::tr("%1: script of %2").arg(r.written.at(i), scripts.at(i).host) << Qt::endl;
    }
    return exportHandover(o, d, out, err);
}

// SIGINT and SIGTERM while a run goes on: the handler only writes the signal's number into a
// pipe (async-signal-safe); the event loop reads it (QSocketNotifier) and stops the runner.
int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int sig)
{
    const int saved = errno;
    const unsigned char c = static_cast<unsigned char>(sig);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
    errno = saved;
}

class StopSignals
{
public:
    explicit StopSignals(std::function<void(int)> onSignal)
        : m_onSignal(std::move(onSignal))
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction sa = {};
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [this] { dispatch(); });
    }
    ~StopSignals()
    {
        if (g_signalPipe[0] < 0)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    static int fd() { return g_signalPipe[0]; }
    // Reads the signals received so far and hands each one over.
    void dispatch()
    {
        unsigned char c = 0;
        while (g_signalPipe[0] >= 0 && ::read(g_signalPipe[0], &c, 1) == 1)
            m_onSignal(c);
    }

private:
    std::function<void(int)> m_onSignal;
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

// A yes/no question on the terminal. False on "no", end of input, or when stopFd (the
// signal pipe, if any) becomes readable first: an interruption answers no.
bool askYes(QTextStream &out, const QString &question, int stopFd = -1)
{
    out << question << Qt::flush;
    // Unbuffered: a line read takes no more than that line from stdin, so that poll() sees
    // the next answers (a script may write them all at once).
    static const bool unbuffered = std::setvbuf(stdin, nullptr, _IONBF, 0) == 0;
    Q_UNUSED(unbuffered);
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {stopFd, POLLIN, 0}};
    for (;;) {
        const int n = ::poll(fds, stopFd >= 0 ? 2 : 1, -1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 || (stopFd >= 0 && fds[1].revents != 0))
            return false;
        if (fds[0].revents != 0)
            break;
    }
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == u"y" || answer == u"yes" || answer == u"o" || answer == u"oui";
}

ConnectionOptions connectionOptions(const Options &o)
{
    ConnectionOptions c;
    c.sshConfigFile = o.sshConfig;
    c.knownHostsFile = o.knownHosts;
    c.unknownKeys = o.acceptNewHostKeys ? UnknownKeyPolicy::AcceptNew : UnknownKeyPolicy::Refuse;
    return c;
}

void printLine(QTextStream &out, QTextStream &err, const QString &host, const QString &step,
               const OutputLine &l)
{
    if (l.progress)
        return; // progress lines are for the live view; the final line follows
    const QString prefix = step.isEmpty() ? host + u": "_qs : host + u' ' + step + u" | "_qs;
    // The host script starts its own lines with "[host] " (for a run by hand); the prefix
    // already names the host.
    const QString tag = u'[' + host + u"] "_qs;
    const QStringView text =
        l.text.startsWith(tag) ? QStringView(l.text).mid(tag.size()) : QStringView(l.text);
    switch (l.kind) {
    case OutputKind::Stdout:
        out << prefix << text << Qt::endl;
        break;
    case OutputKind::Info:
        out << l.text << Qt::endl;
        break;
    case OutputKind::Stderr:
        err << prefix << text << Qt::endl;
        break;
    case OutputKind::Error:
        err << l.text << Qt::endl;
        break;
    }
}

int cmdCheck(const Options &o, QTextStream &out, QTextStream &err)
{
    Deployment d;
    if (!loadArgument(o, d, err, true))
        return ExitBadInput;
    EnvironmentSecrets secrets;
    Preflight preflight(d, connectionOptions(o), &secrets);
    QEventLoop loop;
    QObject::connect(&preflight, &Preflight::progress, &loop,
                     [&out](const QString &, const QString &text) { out << text << Qt::endl; });
    QObject::connect(&preflight, &Preflight::finished, &loop, &QEventLoop::quit);
    preflight.start();
    loop.exec();
    out << Preflight::renderText(preflight.items());
    out.flush();
    return preflight.blocked() ? ExitFailure : ExitOk;
}

int runRunner(const Options &o, QTextStream &out, QTextStream &err, Runner::Mode mode)
{
    Deployment d;
    if (!loadArgument(o, d, err, false))
        return ExitBadInput;
    if (mode == Runner::Mode::Rollback && !o.yes) {
        // Rollback undoes the whole installation: asked on a terminal, refused without one
        // unless --yes says so (a script must mean it).
        QStringList hosts;
        for (const Host &h : d.orderedHosts())
            hosts.prepend(h.name);
        if (!::isatty(STDIN_FILENO)) {
            err << Tr::tr("rollback undoes every applied step on %1 and asks first; without a "
                          "terminal to ask on, add --yes to confirm.")
                       .arg(hosts.join(u", "_qs))
                << Qt::endl;
            return ExitBadInput;
        }
        if (!askYes(out, Tr::tr("Undo every applied step of the deployment %1 on %2 (in this "
                                "order, from the hosts' journals)? [y/N] ")
                             .arg(d.name, hosts.join(u", "_qs)))) {
            err << Tr::tr("Rollback not confirmed: nothing was changed.") << Qt::endl;
            return ExitFailure;
        }
    }
    EnvironmentSecrets secrets;
    RunnerOptions ro;
    ro.connection = connectionOptions(o);
    ro.takeOverLock = o.takeOverLock;
    if (o.stepTimeoutMinutes > 0)
        ro.stepTimeoutMs = o.stepTimeoutMinutes * 60 * 1000;
    Runner *runnerPtr = nullptr;
    StopSignals *signalsPtr = nullptr;
    if (o.stepByStep) {
        const bool yes = o.yes;
        ro.confirmStep = [&out, yes, &runnerPtr, &signalsPtr](const QString &host,
                                                              const Step &step) {
            out << Tr::tr("Step %1 on %2: %3").arg(step.id, host, step.title) << Qt::endl;
            if (yes)
                return true;
            const bool answer = askYes(out, Tr::tr("Run it? [y/N] "), StopSignals::fd());
            if (!answer && signalsPtr)
                signalsPtr->dispatch(); // Ctrl-C while asked: handled as an interruption
            return answer && !(runnerPtr && runnerPtr->interrupted());
        };
    }
    Runner runner(d, ro, &secrets);
    runnerPtr = &runner;
    QEventLoop loop;
    QObject::connect(&runner, &Runner::output, &loop,
                     [&out, &err](const QString &host, const QString &step, const OutputLine &l) {
                         printLine(out, err, host, step, l);
                     });
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit);
    // Ctrl-C once: the running steps end, then the run stops and says where. Again, or
    // SIGTERM: the channels are closed at once (the steps go on to their end on the hosts).
    int received = 0;
    bool atOnce = false;
    StopSignals stopSignals([&](int sig) {
        if (atOnce)
            return;
        if (sig == SIGINT && ++received == 1) {
            err << Qt::endl
                << Tr::tr("Interrupted: the running steps end on the hosts, then the run stops, "
                          "releases the lock and says where it stopped (Ctrl-C again to stop at "
                          "once).")
                << Qt::endl;
            runner.requestStop();
        } else {
            atOnce = true;
            err << Qt::endl
                << Tr::tr("Stopping at once: the running steps go on to their end on the hosts, "
                          "whose journals record them.")
                << Qt::endl;
            runner.stop();
        }
    });
    signalsPtr = &stopSignals;
    runner.start(mode);
    if (!runner.summary().isEmpty() || runner.succeeded()) {
        // Finished before the loop started (nothing to connect to).
    } else {
        loop.exec();
    }
    (runner.succeeded() ? out : err) << runner.summary() << Qt::endl;
    out.flush();
    err.flush();
    if (runner.succeeded())
        return ExitOk;
    // 128 + SIGINT, as the shell reports a command that Ctrl-C ended.
    return runner.interrupted() ? ExitInterrupted : ExitFailure;
}

int cmdStatus(const Options &o, QTextStream &out, QTextStream &err)
{
    Deployment d;
    if (!loadArgument(o, d, err, false))
        return ExitBadInput;
    LocalJournal journal(LocalJournal::defaultPath(d.name));
    QString error;
    if (!journal.load(&error)) {
        err << Tr::tr("Cannot read the journal %1: %2.").arg(journal.path(), error) << Qt::endl;
        return ExitFailure;
    }
    out << Tr::tr("This machine's journal only: what apply and rollback run from here recorded. "
                  "Rollback follows the hosts' own journals (%1/%2/journal on each host).")
               .arg(toolStateDir(d), d.name)
        << Qt::endl;
    out << journal.renderText();
    if (o.local) {
        out.flush();
        return ExitOk;
    }
    // The hosts' journals (the scripts' --journal mode), compared with this one.
    out << Qt::endl << Tr::tr("The hosts' journals (--local skips them):") << Qt::endl;
    out.flush();
    EnvironmentSecrets secrets;
    HostJournals read(d, journal.hosts, connectionOptions(o), &secrets);
    QEventLoop loop;
    QObject::connect(&read, &HostJournals::finished, &loop, &QEventLoop::quit);
    read.start();
    if (!read.isDone())
        loop.exec();
    const QList<Host> hosts = read.hosts();
    bool differ = false;
    for (const Host &h : std::as_const(hosts)) {
        if (!read.problem(h.name).isEmpty()) {
            err << Tr::tr("%1: its journal could not be read: %2").arg(h.name, read.problem(h.name))
                << Qt::endl;
            continue;
        }
        const QStringList diff = journal.differencesWith(h.name, read.lines(h.name));
        if (diff.isEmpty()) {
            out << Tr::tr("%1: its journal agrees with this one.").arg(h.name) << Qt::endl;
            continue;
        }
        differ = true;
        out << Tr::tr("%1: its journal differs from this one:").arg(h.name) << Qt::endl;
        for (const QString &line : diff)
            out << u"  - "_qs << line << Qt::endl;
    }
    if (differ)
        out << Tr::tr("Where they differ, the hosts' journals are right: rollback follows them. "
                      "Each one is %1/%2/journal on its host.")
                   .arg(toolStateDir(d), d.name)
            << Qt::endl;
    out.flush();
    err.flush();
    return ExitOk;
}

} // namespace

void setReportWriter(ReportWriter writer)
{
    reportWriter() = std::move(writer);
}

QString usageText()
{
    // The man page is made from this text (installer/help2man.sh): a line "Heading:" starts a
    // section, an indented "TERM  description" line is an entry of it.
    return Tr::tr(
        "Usage: publik-ha-wizard [FILE] [--ssh-config FILE] [--known-hosts FILE] [--lang fr|en]\n"
        "       publik-ha-wizard COMMAND FILE [OPTION]...\n"
        "Sets up Publik in high availability on two or more Debian hosts that share their\n"
        "configuration and data over NFS: a wizard, and headless commands that check the hosts,\n"
        "plan, run over SSH with a journal, and roll back (Debian package publik-ha-wizard).\n"
        "Without a command it opens the wizard, on FILE if given; the wizard needs a graphical\n"
        "session, the commands do not.\n"
        "\n"
        "Commands:\n"
        "  validate FILE [--lang fr|en]   check a deployment file\n"
        "  plan FILE [--json]             print the installation plan, secrets masked\n"
        "  export FILE --script DIR       write one sh script per host\n"
        "  export FILE --report OUT.pdf   the checklist report (PDF, A4)\n"
        "  export FILE --sql OUT.sql      the PostgreSQL roles and databases, for the DBA (psql "
        "-v)\n"
        "  export FILE --haproxy OUT.cfg  the HAProxy backend, for the client's team\n"
        "  export FILE --ansible DIR      an Ansible inventory and playbook of the same plan\n"
        "      (export takes several of --script, --report, --sql, --haproxy, --ansible at once)\n"
        "  check FILE [SSH]               preflight: every problem on every host\n"
        "  apply FILE [--step [--yes]] [SSH] [--take-over-lock] [--step-timeout MIN]\n"
        "      run the plan on the hosts (again: resumes)\n"
        "  status FILE [--local] [SSH]    this machine's journal, compared with the hosts'\n"
        "  rollback FILE [--yes] [SSH] [--take-over-lock] [--step-timeout MIN]\n"
        "      undo the applied steps, secondaries first\n"
        "\n"
        "Options:\n"
        "  --json                  plan: the plan as JSON\n"
        "  --script DIR            export: the folder the scripts are written to\n"
        "  --report OUT.pdf        export: the checklist report, with the run's outcomes when\n"
        "                          this machine's journal has them\n"
        "  --sql OUT.sql           export: the SQL that creates the roles and databases\n"
        "  --haproxy OUT.cfg       export: the HAProxy backend section\n"
        "  --ansible DIR           export: inventory, playbook and scripts (all or none)\n"
        "  --ssh-config FILE       SSH client configuration (default ~/.ssh/config; Include\n"
        "                          followed); SSH in the commands above stands for this option\n"
        "                          and the next two\n"
        "  --known-hosts FILE      known host keys (default: the configuration's\n"
        "                          UserKnownHostsFile, else ~/.ssh/known_hosts)\n"
        "  --accept-new-host-keys  record unknown host keys (a changed key is always refused)\n"
        "  --step                  apply: ask before each step\n"
        "  --yes                   answer yes to --step; confirm a rollback (rollback asks first\n"
        "                          on a terminal, and refuses without a terminal and --yes)\n"
        "  --take-over-lock        take the deployment's lock over (one left by a dead process\n"
        "                          of this machine is taken over without it)\n"
        "  --step-timeout MIN      after MIN minutes (default 60), stop waiting for a step (or a\n"
        "                          host's rollback) and report it\n"
        "  --local                 status: this machine's journal only, no connection\n"
        "  --lang fr|en            the language of messages (French by default)\n"
        "  -h, --help              print this help and exit\n"
        "  --version               print the version and exit\n"
        "\n"
        "Exit status:\n"
        "  0    success\n"
        "  1    failure (a blocking check, a failed step; no graphical session for the wizard)\n"
        "  2    bad input (invalid deployment file, or usage)\n"
        "  130  apply or rollback interrupted (Ctrl-C, SIGTERM): it says where it stopped\n"
        "\n"
        "Environment:\n"
        "  PUBLIK_HA_LANG                  fr or en, when --lang is not given (default fr)\n"
        "  PUBLIK_DB_PASSWORD_<COMPONENT>  a database password (upper case, '-' as '_'); never\n"
        "                                  in the deployment file\n"
        "  PUBLIK_SSH_PASSWORD[_<HOST>]    the SSH password (of one host, or of every host)\n"
        "  PUBLIK_SUDO_PASSWORD[_<HOST>]   the sudo password (default: the SSH password)\n"
        "  PUBLIK_KEY_PASSPHRASE[_<HOST>]  the passphrase of the SSH key (of one host, or of\n"
        "                                  every host)\n"
        "  SSH_AUTH_SOCK                   the SSH agent, tried before the keys\n"
        "  USER                            the SSH user when the configuration names none\n"
        "  XDG_DATA_HOME                   where this machine's journal is kept (default\n"
        "                                  ~/.local/share)\n"
        "  DISPLAY, WAYLAND_DISPLAY        the graphical session the wizard opens in\n"
        "  QT_QPA_PLATFORM                 Qt's display platform (offscreen: no display needed)\n");
}

QString versionText()
{
    return Tr::tr("publik-ha-wizard %1\n"
                  "Sets up Publik in high availability on Debian hosts: a wizard and headless "
                  "commands (Debian package publik-ha-wizard).\n")
        .arg(QCoreApplication::applicationVersion());
}

QString noDisplayText()
{
    return Tr::tr("The wizard needs a graphical session (neither DISPLAY nor WAYLAND_DISPLAY is "
                  "set): without one, use the headless commands validate, plan, export, check, "
                  "apply, status and rollback (publik-ha-wizard --help).\n");
}

QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

bool hasGraphicalSession()
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    return false;
}

bool isHeadless(const QStringList &arguments)
{
    // The wizard opens with no sub-command, or with one deployment file as its only word
    // (an existing file, or a name ending in .json). Anything else is a command, known or
    // not: an unknown one gets a usage error on the terminal, never a window. Single-dash
    // arguments other than -h and -y are Qt's own (-platform, -style, ...).
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang") {
            ++i;
        } else if (a.startsWith(u"--lang=")) {
            continue;
        } else if (a.startsWith(u"--") || a == u"-h" || a == u"-y") {
            return true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-') &&
                (a == u"-platform" || a == u"-style" || a == u"-stylesheet" ||
                 a == u"-qwindowgeometry" || a == u"-qwindowtitle" || a == u"-qwindowicon" ||
                 a == u"-display" || a == u"-geometry"))
                ++i; // its value
        } else {
            words.append(a);
        }
    }
    if (words.isEmpty())
        return false;
    if (words.size() == 1 && !kCommands.contains(words.first()) &&
        (words.first().endsWith(u".json"_qs, Qt::CaseInsensitive) ||
         QFileInfo(words.first()).isFile()))
        return false;
    return true;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(u"--help"_qs) || arguments.contains(u"-h"_qs)) {
        out << usageText();
        return ExitOk;
    }
    if (arguments.contains(u"--version"_qs)) {
        out << versionText();
        return ExitOk;
    }
    const Options o = parse(arguments);
    if (!o.error.isEmpty()) {
        err << o.error << Qt::endl << usageText();
        return ExitBadInput;
    }
    if (o.command == u"validate")
        return cmdValidate(o, out, err);
    if (o.command == u"plan")
        return cmdPlan(o, out, err);
    if (o.command == u"export")
        return cmdExport(o, out, err);
    if (o.command == u"check")
        return cmdCheck(o, out, err);
    if (o.command == u"apply")
        return runRunner(o, out, err, Runner::Mode::Apply);
    if (o.command == u"rollback")
        return runRunner(o, out, err, Runner::Mode::Rollback);
    if (o.command == u"status")
        return cmdStatus(o, out, err);
    if (o.command.isEmpty()) {
        err << Tr::tr("No command given.") << Qt::endl << usageText();
        return ExitBadInput;
    }
    const QString guess = closestMatch(o.command, kCommands);
    if (!guess.isEmpty())
        err << Tr::tr("Unknown command \"%1\"; did you mean \"%2\"?")
                   .arg(printable(o.command), guess)
            << Qt::endl;
    else
        err << Tr::tr("Unknown command \"%1\".").arg(printable(o.command)) << Qt::endl;
    err << usageText();
    return ExitBadInput;
}

} // namespace phw
