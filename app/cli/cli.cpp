#include "cli.h"

#include "plan.h"
#include "render.h"
#include "scriptfolder.h"
#include "textutil.h"
#include "validation.h"

#include "ssh/localjournal.h"
#include "ssh/preflight.h"
#include "ssh/runner.h"
#include "ssh/secrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

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
    QString sshConfig;
    QString knownHosts;
    bool acceptNewHostKeys = false;
    bool takeOverLock = false;
    bool stepByStep = false;
    bool yes = false;
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

// The scripts go into the folder all or none, without stale ones, never through a link
// (writeScriptFolder()).
int cmdExport(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.scriptDir.isEmpty()) {
        err << usageText();
        return ExitBadInput;
    }
    Deployment d;
    if (!loadArgument(o, d, err, false))
        return ExitBadInput;
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
    return ExitOk;
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
    EnvironmentSecrets secrets;
    RunnerOptions ro;
    ro.connection = connectionOptions(o);
    ro.takeOverLock = o.takeOverLock;
    if (o.stepTimeoutMinutes > 0)
        ro.stepTimeoutMs = o.stepTimeoutMinutes * 60 * 1000;
    if (o.stepByStep) {
        const bool yes = o.yes;
        ro.confirmStep = [&out, yes](const QString &host, const Step &step) {
            out << Tr::tr("Step %1 on %2: %3").arg(step.id, host, step.title) << Qt::endl;
            if (yes)
                return true;
            out << Tr::tr("Run it? [y/N] ") << Qt::flush;
            char buffer[64] = {};
            if (!std::fgets(buffer, sizeof buffer, stdin))
                return false;
            const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
            return answer == u"y" || answer == u"yes" || answer == u"o" || answer == u"oui";
        };
    }
    Runner runner(d, ro, &secrets);
    QEventLoop loop;
    QObject::connect(&runner, &Runner::output, &loop,
                     [&out, &err](const QString &host, const QString &step, const OutputLine &l) {
                         printLine(out, err, host, step, l);
                     });
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit);
    runner.start(mode);
    if (!runner.summary().isEmpty() || runner.succeeded()) {
        // Finished before the loop started (nothing to connect to).
    } else {
        loop.exec();
    }
    (runner.succeeded() ? out : err) << runner.summary() << Qt::endl;
    out.flush();
    err.flush();
    return runner.succeeded() ? ExitOk : ExitFailure;
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
    out << journal.renderText();
    out.flush();
    return ExitOk;
}

} // namespace

QString usageText()
{
    return Tr::tr(
        "Usage: publik-ha-wizard [--lang fr|en]                 open the wizard\n"
        "       publik-ha-wizard validate FILE [--lang fr|en]   check a deployment file\n"
        "       publik-ha-wizard plan FILE [--json]             print the installation plan\n"
        "       publik-ha-wizard export FILE --script DIR       write one sh script per host\n"
        "       publik-ha-wizard check FILE [SSH]               preflight: every problem on every "
        "host\n"
        "       publik-ha-wizard apply FILE [--step [--yes]] [SSH] [--take-over-lock] "
        "[--step-timeout "
        "MIN]\n"
        "                                                      run the plan on the hosts "
        "(resumes)\n"
        "       publik-ha-wizard status FILE                    print the local journal\n"
        "       publik-ha-wizard rollback FILE [SSH] [--take-over-lock] [--step-timeout MIN]\n"
        "                                                      undo the applied steps, secondaries "
        "first\n"
        "\n"
        "SSH options: --ssh-config FILE (default ~/.ssh/config), --known-hosts FILE (default: the\n"
        "  configuration's UserKnownHostsFile, else ~/.ssh/known_hosts), --accept-new-host-keys\n"
        "  (record unknown host keys; a changed key is always refused).\n"
        "--step asks before each step; --yes answers yes. --take-over-lock takes a stale lock "
        "over.\n"
        "--step-timeout MIN: after MIN minutes (default 60), stop waiting for a step (or a "
        "host's rollback) and report it.\n"
        "SSH secrets: PUBLIK_SSH_PASSWORD[_<HOST>], PUBLIK_SUDO_PASSWORD[_<HOST>], "
        "PUBLIK_KEY_PASSPHRASE.\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 bad input (invalid deployment or usage).\n"
        "Passwords: PUBLIK_DB_PASSWORD_<COMPONENT> (upper case, '-' as '_'); never in the file.\n"
        "Language: French by default; --lang en or PUBLIK_HA_LANG=en for English.\n");
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
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
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
