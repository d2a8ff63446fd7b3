#include "cli.h"

#include "plan.h"
#include "render.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QStringList kCommands = {u"validate"_qs, u"plan"_qs, u"export"_qs};

struct Options
{
    QString command;
    QStringList positional;
    bool json = false;
    QString scriptDir;
    QString error;
};

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
        } else if (a.startsWith(u"-")) {
            o.error = Tr::tr("Unknown option %1.").arg(a);
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
    LoadResult loaded = loadDeploymentFile(path);
    QList<Problem> problems = loaded.problems;
    if (loaded.ok())
        problems.append(validate(loaded.deployment));
    for (const Problem &p : problems) {
        if (p.isError() || printWarnings)
            err << severityLabel(p) << u": "_qs << p.message << Qt::endl;
    }
    if (hasErrors(problems)) {
        err << Tr::tr("%1: %n problem(s) to fix.", nullptr, static_cast<int>(std::count_if(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); })))
                   .arg(path)
            << Qt::endl;
        return false;
    }
    deployment = loaded.deployment;
    return true;
}

int cmdValidate(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1) {
        err << usageText();
        return ExitBadInput;
    }
    Deployment d;
    if (!loadValid(o.positional.first(), d, err, true))
        return ExitBadInput;
    out << Tr::tr("%1: the deployment is valid (%2 hosts, %3 components).")
               .arg(o.positional.first())
               .arg(d.hosts.size())
               .arg(d.components.size())
        << Qt::endl;
    return ExitOk;
}

int cmdPlan(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1) {
        err << usageText();
        return ExitBadInput;
    }
    Deployment d;
    if (!loadValid(o.positional.first(), d, err, false))
        return ExitBadInput;
    const Plan plan = buildPlan(d);
    if (o.json)
        out << QString::fromUtf8(renderPlanJson(d, plan));
    else
        out << renderPlanText(d, plan);
    out.flush();
    return ExitOk;
}

int cmdExport(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.positional.size() != 1 || o.scriptDir.isEmpty()) {
        err << usageText();
        return ExitBadInput;
    }
    Deployment d;
    if (!loadValid(o.positional.first(), d, err, false))
        return ExitBadInput;
    QDir dir(o.scriptDir);
    if (!dir.mkpath(u"."_qs)) {
        err << Tr::tr("Cannot create the folder %1.").arg(o.scriptDir) << Qt::endl;
        return ExitFailure;
    }
    const Plan plan = buildPlan(d);
    for (const ExportedScript &script : renderScripts(d, plan)) {
        QSaveFile f(dir.filePath(script.fileName));
        if (!f.open(QIODevice::WriteOnly) || f.write(script.content) != script.content.size()
            || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                 | QFileDevice::ReadOther | QFileDevice::ExeOther)
            || !f.commit()) {
            err << Tr::tr("Cannot write %1: %2.").arg(f.fileName(), f.errorString()) << Qt::endl;
            return ExitFailure;
        }
        out << Tr::tr("%1: script of %2").arg(f.fileName(), script.host) << Qt::endl;
    }
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
    for (const QString &a : arguments) {
        if (kCommands.contains(a) || a == u"--help" || a == u"-h" || a == u"--version")
            return true;
    }
    return false;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(u"--help"_qs) || arguments.contains(u"-h"_qs)) {
        out << usageText();
        return ExitOk;
    }
    if (arguments.contains(u"--version"_qs)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
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
    err << Tr::tr("Unknown command %1.").arg(o.command) << Qt::endl << usageText();
    return ExitBadInput;
}

} // namespace phw
