// Headless commands: exit codes 0/1/2 and the language of the messages.
#include "testutil.h"

#include "cli.h"
#include "textutil.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace phw;
using namespace phwtest;

namespace {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

// Runs with stdin on FD (restored after).
struct StdinFrom
{
    explicit StdinFrom(int fd)
        : saved(::dup(STDIN_FILENO))
    {
        ::dup2(fd, STDIN_FILENO);
    }
    ~StdinFrom()
    {
        ::dup2(saved, STDIN_FILENO);
        ::close(saved);
    }
    int saved;
};

// As app/main.cpp: the language first, then the command.
CliResult cli(const QStringList &arguments)
{
    installTranslations(languageFromArguments(arguments));
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runCli(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

bool frenchIsTranslated()
{
    installTranslations(u"fr"_qs);
    const QString fr = QCoreApplication::translate("Cli", "error");
    installTranslations(u"en"_qs);
    const QString en = QCoreApplication::translate("Cli", "error");
    return fr != en;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        qunsetenv("PUBLIK_HA_LANG");
        QVERIFY(m_dir.isValid());
        m_invalid = m_dir.filePath(u"invalid.json"_qs);
        QByteArray bad = readFile(examplePath(u"seed.json"_qs));
        bad.replace("\"sql-prod\"", "\"sql prod; rm -rf /\"");
        QVERIFY(writeFile(m_invalid, bad));
        m_notJson = m_dir.filePath(u"broken.json"_qs);
        QVERIFY(writeFile(m_notJson, "{\"format\": 1, "));
        m_file = m_dir.filePath(u"a-file"_qs);
        QVERIFY(writeFile(m_file, "x"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        const QString seed = examplePath(u"seed.json"_qs);
        const QString four = examplePath(u"four-hosts.json"_qs);
        const QString missing = m_dir.filePath(u"missing.json"_qs);
        const QString out = m_dir.filePath(u"scripts"_qs);
        QTest::newRow("validate ok") << QStringList{u"validate"_qs, seed} << int(ExitOk);
        QTest::newRow("validate four") << QStringList{u"validate"_qs, four} << int(ExitOk);
        QTest::newRow("validate invalid")
            << QStringList{u"validate"_qs, m_invalid} << int(ExitBadInput);
        QTest::newRow("validate not json")
            << QStringList{u"validate"_qs, m_notJson} << int(ExitBadInput);
        QTest::newRow("validate unreadable")
            << QStringList{u"validate"_qs, missing} << int(ExitBadInput);
        QTest::newRow("validate a folder")
            << QStringList{u"validate"_qs, m_dir.path()} << int(ExitBadInput);
        QTest::newRow("validate no file") << QStringList{u"validate"_qs} << int(ExitBadInput);
        QTest::newRow("validate two files")
            << QStringList{u"validate"_qs, seed, four} << int(ExitBadInput);
        QTest::newRow("validate bad option")
            << QStringList{u"validate"_qs, seed, u"--frob"_qs} << int(ExitBadInput);
        QTest::newRow("plan ok") << QStringList{u"plan"_qs, seed} << int(ExitOk);
        QTest::newRow("plan json") << QStringList{u"plan"_qs, seed, u"--json"_qs} << int(ExitOk);
        QTest::newRow("plan json first")
            << QStringList{u"--json"_qs, u"plan"_qs, four} << int(ExitOk);
        QTest::newRow("plan invalid") << QStringList{u"plan"_qs, m_invalid} << int(ExitBadInput);
        QTest::newRow("plan unreadable") << QStringList{u"plan"_qs, missing} << int(ExitBadInput);
        QTest::newRow("plan bad option")
            << QStringList{u"plan"_qs, seed, u"-x"_qs} << int(ExitBadInput);
        QTest::newRow("export ok")
            << QStringList{u"export"_qs, seed, u"--script"_qs, out} << int(ExitOk);
        QTest::newRow("export =") << QStringList{u"export"_qs, four, u"--script="_qs + out}
                                  << int(ExitOk);
        QTest::newRow("export invalid")
            << QStringList{u"export"_qs, m_invalid, u"--script"_qs, out} << int(ExitBadInput);
        QTest::newRow("export unreadable")
            << QStringList{u"export"_qs, missing, u"--script"_qs, out} << int(ExitBadInput);
        QTest::newRow("export no dir") << QStringList{u"export"_qs, seed} << int(ExitBadInput);
        QTest::newRow("export --script last")
            << QStringList{u"export"_qs, seed, u"--script"_qs} << int(ExitBadInput);
        // A folder that cannot be created (below a regular file): even root cannot.
        QTest::newRow("export unwritable")
            << QStringList{u"export"_qs, seed, u"--script"_qs, m_file + u"/sub"_qs}
            << int(ExitFailure);
        QTest::newRow("export into /proc")
            << QStringList{u"export"_qs, seed, u"--script"_qs, u"/proc/phw-test"_qs}
            << int(ExitFailure);
        for (const QString &minutes : {u"0"_qs, u"-5"_qs, u"1441"_qs, u"ten"_qs, QString()})
            QTest::newRow(qPrintable(u"apply --step-timeout="_qs + minutes))
                << QStringList{u"apply"_qs, seed, u"--step-timeout="_qs + minutes}
                << int(ExitBadInput);
        QTest::newRow("rollback --step-timeout last")
            << QStringList{u"rollback"_qs, seed, u"--step-timeout"_qs} << int(ExitBadInput);
        // This machine's journal only: no connection.
        QTest::newRow("status --local")
            << QStringList{u"status"_qs, seed, u"--local"_qs} << int(ExitOk);
        QTest::newRow("status --local, no file")
            << QStringList{u"status"_qs, u"--local"_qs} << int(ExitBadInput);
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << int(ExitBadInput);
        QTest::newRow("bad option")
            << QStringList{u"--frobnicate"_qs, u"validate"_qs, seed} << int(ExitBadInput);
        QTest::newRow("help") << QStringList{u"--help"_qs} << int(ExitOk);
        QTest::newRow("version") << QStringList{u"--version"_qs} << int(ExitOk);
        QTest::newRow("lang en") << QStringList{u"validate"_qs, seed, u"--lang"_qs, u"en"_qs}
                                 << int(ExitOk);
        QTest::newRow("lang=fr") << QStringList{u"--lang=fr"_qs, u"plan"_qs, seed} << int(ExitOk);
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const CliResult r = cli(arguments);
        QVERIFY2(r.code == code,
                 qPrintable(
                     QStringLiteral("exit %1, expected %2\n%3").arg(r.code).arg(code).arg(r.err)));
        if (code == ExitOk)
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        else
            QVERIFY(!r.err.isEmpty());
    }

    void invalidNamesTheField()
    {
        const CliResult r = cli({u"validate"_qs, m_invalid});
        QCOMPARE(r.code, int(ExitBadInput));
        QVERIFY2(r.err.contains(u"database.host"_qs), qPrintable(r.err));
        QVERIFY(r.err.contains(m_invalid));
        QVERIFY(r.out.isEmpty());
    }

    void exportWritesScripts()
    {
        const QString out = m_dir.filePath(u"export-four"_qs);
        const CliResult r =
            cli({u"export"_qs, examplePath(u"four-hosts.json"_qs), u"--script"_qs, out});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(
            QDir(out).entryList(QDir::Files, QDir::Name),
            QStringList({u"01-web1.sh"_qs, u"02-web2.sh"_qs, u"03-web3.sh"_qs, u"04-web4.sh"_qs}));
        for (const QString &name : QDir(out).entryList(QDir::Files)) {
            QVERIFY(QFileInfo(out + u'/' + name).isExecutable());
            QVERIFY(r.out.contains(name));
        }
        // Exporting again replaces the scripts (same content).
        const QByteArray before = readFile(out + u"/02-web2.sh"_qs);
        QCOMPARE(cli({u"export"_qs, examplePath(u"four-hosts.json"_qs), u"--script"_qs, out}).code,
                 int(ExitOk));
        QCOMPARE(readFile(out + u"/02-web2.sh"_qs), before);
    }

    // The export folder: no stale script left for 'out/*.sh', never through a link, all
    // the scripts or none.
    void exportFolderRules()
    {
        const QString four = examplePath(u"four-hosts.json"_qs);
        const QString seed = examplePath(u"seed.json"_qs);
        const QString out = m_dir.filePath(u"export-rules"_qs);
        const auto names = [&out] {
            return QDir(out).entryList(
                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        };
        QCOMPARE(cli({u"export"_qs, four, u"--script"_qs, out}).code, int(ExitOk));
        // The operator's own files stay; a link named like a script of the four-host export.
        QVERIFY(writeFile(out + u"/notes.txt"_qs, "mine"));
        QVERIFY(writeFile(out + u"/run-all.sh"_qs, "for s in out/*.sh; do :; done\n"));

        // Fewer hosts: the scripts of the earlier export that no longer exist go.
        CliResult r = cli({u"export"_qs, seed, u"--script"_qs, out + u'/'});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(names(), QStringList({u"01-web1.sh"_qs, u"02-web2.sh"_qs, u"notes.txt"_qs,
                                       u"run-all.sh"_qs}));
        QVERIFY2(r.out.contains(u"03-web3.sh"_qs) && r.out.contains(u"04-web4.sh"_qs),
                 qPrintable(r.out));
        QCOMPARE(readFile(out + u"/notes.txt"_qs), QByteArray("mine"));

        // A link named like a script is replaced, its target never written.
        const QString victim = m_dir.filePath(u"victim"_qs);
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(QFile::remove(out + u"/02-web2.sh"_qs));
        QVERIFY(QFile::link(victim, out + u"/02-web2.sh"_qs));
        QVERIFY(QFile::link(m_dir.filePath(u"nowhere"_qs), out + u"/07-gone.sh"_qs));
        r = cli({u"export"_qs, seed, u"--script"_qs, out});
        QCOMPARE(r.code, int(ExitOk));
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(!QFileInfo(out + u"/02-web2.sh"_qs).isSymLink());
        QVERIFY(readFile(out + u"/02-web2.sh"_qs).startsWith("#!/bin/sh\n"));
        QVERIFY(!QFileInfo(out + u"/07-gone.sh"_qs).isSymLink());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nowhere"_qs)));

        // The folder itself a link: refused (bad input), nothing written where it points.
        const QString elsewhere = m_dir.filePath(u"elsewhere"_qs);
        QVERIFY(QDir().mkpath(elsewhere));
        const QString link = m_dir.filePath(u"link-to-elsewhere"_qs);
        QVERIFY(QFile::link(elsewhere, link));
        for (const QString &arg : {link, link + u'/'}) {
            r = cli({u"export"_qs, seed, u"--script"_qs, arg});
            QCOMPARE(r.code, int(ExitBadInput));
            QVERIFY2(r.err.contains(u"lien symbolique"_qs) || r.err.contains(u"symbolic link"_qs),
                     qPrintable(r.err));
            QVERIFY(QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                            QDir::NoDotAndDotDot));
        }

        // All or none: whatever stops the export leaves the folder as it was.
        const QByteArray before1 = readFile(out + u"/01-web1.sh"_qs);
        const QStringList beforeNames = names();
        // A foreign file named like a script would be run by 'out/*.sh': refused, kept.
        QVERIFY(writeFile(out + u"/03-mine.sh"_qs, "echo mine\n"));
        r = cli({u"export"_qs, four, u"--script"_qs, out});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(u"03-mine.sh"_qs), qPrintable(r.err));
        QStringList withMine = beforeNames;
        withMine.append(u"03-mine.sh"_qs);
        withMine.sort();
        QCOMPARE(names(), withMine);
        QVERIFY(QFile::remove(out + u"/03-mine.sh"_qs));
        // A folder where a script goes (even root cannot replace it with a file).
        QVERIFY(QDir().mkpath(out + u"/03-web3.sh/sub"_qs));
        r = cli({u"export"_qs, four, u"--script"_qs, out});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.err.contains(u"03-web3.sh"_qs), qPrintable(r.err));
        QVERIFY(QDir(out + u"/03-web3.sh"_qs).removeRecursively());
        QCOMPARE(names(), beforeNames);
        QCOMPARE(readFile(out + u"/01-web1.sh"_qs), before1);
        // A folder that cannot be written (not for root, who writes anyway).
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            r = cli({u"export"_qs, four, u"--script"_qs, out});
            QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ExeOwner));
            QCOMPARE(r.code, int(ExitFailure));
            QCOMPARE(names(), beforeNames);
            QCOMPARE(readFile(out + u"/01-web1.sh"_qs), before1);
        }
    }

    void rollbackAsksFirst()
    {
        // Without a terminal and without --yes: refused before any connection, naming --yes.
        const QString seed = examplePath(u"seed.json"_qs);
        const int null = ::open("/dev/null", O_RDONLY);
        QVERIFY(null >= 0);
        CliResult r;
        {
            StdinFrom in(null);
            r = cli({u"rollback"_qs, seed, u"--lang"_qs, u"en"_qs});
        }
        ::close(null);
        QCOMPARE(r.code, int(ExitBadInput));
        QVERIFY2(r.err.contains(u"--yes"_qs), qPrintable(r.err));
        QVERIFY2(!(r.out + r.err).contains(u"Connecting"_qs), qPrintable(r.out + r.err));

        // On a terminal: asked; "n" changes nothing (exit 1), before any connection.
        int master = -1, slave = -1;
        QVERIFY(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
        QVERIFY(::write(master, "n\n", 2) == 2);
        {
            StdinFrom in(slave);
            r = cli({u"rollback"_qs, seed, u"--lang"_qs, u"en"_qs});
        }
        ::close(slave);
        ::close(master);
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY2(r.out.contains(u"Undo every applied step of the deployment macollectivite"_qs) &&
                     r.out.contains(u"[y/N]"_qs),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(u"nothing was changed"_qs), qPrintable(r.err));
        QVERIFY(!(r.out + r.err).contains(u"Connecting"_qs));
    }

    void usageNamesTheOptions()
    {
        installTranslations(u"en"_qs);
        const QString u = usageText();
        QVERIFY2(u.contains(u"rollback FILE [--yes]"_qs), qPrintable(u));
        QVERIFY2(u.contains(u"status FILE [--local]"_qs), qPrintable(u));
        QVERIFY2(u.contains(u"130"_qs), qPrintable(u));
        QCOMPARE(int(ExitInterrupted), 130);
    }

    void notHeadless()
    {
        QVERIFY(!isHeadless({}));
        QVERIFY(!isHeadless({u"--lang"_qs, u"en"_qs}));
        QCOMPARE(languageFromArguments({u"plan"_qs, u"--lang"_qs, u"en"_qs}), u"en"_qs);
        QCOMPARE(languageFromArguments({u"--lang=en"_qs, u"plan"_qs}), u"en"_qs);
        QCOMPARE(languageFromArguments({u"plan"_qs}), QString());
    }

    void english()
    {
        const QString seed = examplePath(u"seed.json"_qs);
        CliResult r = cli({u"validate"_qs, seed, u"--lang"_qs, u"en"_qs});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.contains(u"the deployment is valid (2 hosts, 9 components)"_qs),
                 qPrintable(r.out));
        // Plural forms in both languages.
        r = cli({u"validate"_qs, seed, u"--lang"_qs, u"fr"_qs});
        QVERIFY2(r.out.contains(u"le déploiement est valide (2 hôtes, 9 composants)"_qs),
                 qPrintable(r.out));
        r = cli({u"validate"_qs, m_invalid, u"--lang=en"_qs});
        QVERIFY2(r.err.contains(u"error: database.host: enter a DNS name"_qs), qPrintable(r.err));
        r = cli({u"plan"_qs, seed, u"--lang"_qs, u"en"_qs});
        QVERIFY(r.out.startsWith(u"Installation plan, deployment macollectivite"_qs));
        QVERIFY(usageText().contains(u"Usage:"_qs));
        // PUBLIK_HA_LANG=en, as the application's setting.
        qputenv("PUBLIK_HA_LANG", "en");
        QCOMPARE(installTranslations(QString()), u"en"_qs);
        qunsetenv("PUBLIK_HA_LANG");
    }

    void sizesInTheOperatorsLanguage()
    {
        // Issue 9: sizes through QLocale, in the language of the words.
        installTranslations(u"fr"_qs);
        const QString fr = formatSize(23'500'000'000LL);
        const QString frShare = formatSize(4 * 1024);
        installTranslations(u"en"_qs);
        QCOMPARE(formatSize(23'500'000'000LL), u"23.5 GB"_qs);
        QCOMPARE(formatSize(32'000'000'000LL), u"32 GB"_qs);
        QCOMPARE(formatSize(4 * 1024), u"4.1 kB"_qs);
        QCOMPARE(formatSize(1'500'000'000'000LL), u"1.5 TB"_qs);
        if (!frenchIsTranslated())
            QSKIP("French translation not built");
        QCOMPARE(fr, u"23,5 Go"_qs);
        QCOMPARE(frShare, u"4,1 ko"_qs);
    }

    void frenchByDefault()
    {
        QCOMPARE(installTranslations(QString()), u"fr"_qs);
        QCOMPARE(installTranslations(u"de"_qs), u"fr"_qs);
        const QString seed = examplePath(u"seed.json"_qs);
        const CliResult fr = cli({u"validate"_qs, m_invalid});
        const CliResult en = cli({u"validate"_qs, m_invalid, u"--lang"_qs, u"en"_qs});
        QCOMPARE(fr.code, int(ExitBadInput));
        QVERIFY(fr.err.contains(u"database.host"_qs));
        const CliResult frPlan = cli({u"plan"_qs, seed});
        const CliResult enPlan = cli({u"plan"_qs, seed, u"--lang"_qs, u"en"_qs});
        QCOMPARE(frPlan.code, int(ExitOk));
        if (!frenchIsTranslated())
            QSKIP("the French catalog (translations/publik-ha-wizard_fr.ts) is not translated yet: "
                  "only the code paths were checked");
        QVERIFY(fr.err != en.err);
        QVERIFY(frPlan.out != enPlan.out);
        QVERIFY(!fr.err.contains(u"enter a DNS name"_qs));
    }

    // An unknown sub-command is a usage error in French (exit 2), never the wizard.
    void unknownCommand()
    {
        const QString seed = examplePath(u"seed.json"_qs);
        CliResult r = cli({u"valdate"_qs, seed});
        QCOMPARE(r.code, int(ExitBadInput));
        QVERIFY(r.out.isEmpty());
        if (frenchIsTranslated()) {
            r = cli({u"valdate"_qs, seed});
            QVERIFY2(r.err.contains(
                         u"Commande inconnue « valdate » ; vouliez-vous dire « validate » ?"_qs),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(u"Usage :"_qs), qPrintable(r.err));
            r = cli({u"frobnicate"_qs});
            QVERIFY2(r.err.startsWith(u"Commande inconnue « frobnicate »."_qs), qPrintable(r.err));
            r = cli({u"\x1b[2Jx"_qs});
            QVERIFY2(!r.err.contains(QChar(0x1b)) && r.err.contains(u"\\x1b[2Jx"_qs),
                     qPrintable(r.err));
            r = cli({u"--json"_qs});
            QCOMPARE(r.code, int(ExitBadInput));
            QVERIFY2(r.err.startsWith(u"Aucune commande indiquée."_qs), qPrintable(r.err));
        }
        // What starts the wizard: nothing, or one deployment file as the only word.
        QVERIFY(isHeadless({u"valdate"_qs, seed}));
        QVERIFY(isHeadless({u"valdate"_qs}));
        QVERIFY(isHeadless({u"frobnicate"_qs}));
        QVERIFY(isHeadless({u"validate"_qs}));
        QVERIFY(isHeadless({seed, seed}));
        QVERIFY(isHeadless({u"--frob"_qs}));
        QVERIFY(isHeadless({u"--json"_qs}));
        QVERIFY(isHeadless({u"-y"_qs}));
        QVERIFY(!isHeadless({seed}));
        QVERIFY(!isHeadless({seed, u"--lang"_qs, u"en"_qs}));
        QVERIFY(!isHeadless({u"not-yet-written.json"_qs}));
        QVERIFY(!isHeadless({m_file})); // an existing file, whatever its name
        QVERIFY(!isHeadless({u"-platform"_qs, u"offscreen"_qs}));
        QVERIFY(!isHeadless({u"-platform"_qs, u"offscreen"_qs, seed}));
        QVERIFY(isHeadless({u"-platform"_qs, u"offscreen"_qs, u"valdate"_qs}));
    }

    // Devices, huge files and folders are refused quickly, with the reason in French.
    void unreadableInputs()
    {
        QElapsedTimer timer;
        timer.start();
        CliResult r = cli({u"validate"_qs, u"/dev/zero"_qs});
        QCOMPARE(r.code, int(ExitBadInput));
        QVERIFY(timer.elapsed() < 5000);
        const QString big = m_dir.filePath(u"big.json"_qs);
        QVERIFY(writeFile(big, QByteArray(5 * 1024 * 1024, ' ')));
        r = cli({u"plan"_qs, big});
        QCOMPARE(r.code, int(ExitBadInput));
        if (frenchIsTranslated()) {
            r = cli({u"validate"_qs, u"/dev/zero"_qs});
            QVERIFY2(r.err.contains(u"c'est un périphérique ou une socket, pas un fichier"_qs),
                     qPrintable(r.err));
            r = cli({u"validate"_qs, big});
            QVERIFY2(r.err.contains(u"dépasse 4 Mio"_qs), qPrintable(r.err));
            r = cli({u"validate"_qs, m_dir.filePath(u"missing.json"_qs)});
            QVERIFY2(r.err.contains(u"ce fichier n'existe pas"_qs), qPrintable(r.err));
            r = cli({u"validate"_qs, m_dir.path()});
            QVERIFY2(r.err.contains(u"c'est un dossier, pas un fichier"_qs), qPrintable(r.err));
        }
    }

    // The executable itself: an unknown sub-command without a display does not abort.
    void unknownCommandWithoutDisplay()
    {
        const QString program =
            QCoreApplication::applicationDirPath() + u"/../../app/publik-ha-wizard"_qs;
        if (!QFileInfo(program).isExecutable())
            QSKIP("the application is not built");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_qs);
        env.remove(u"WAYLAND_DISPLAY"_qs);
        env.remove(u"QT_QPA_PLATFORM"_qs);
        env.insert(u"PUBLIK_HA_LANG"_qs, u"fr"_qs);
        const Run run = phwtest::run(program, {u"valdate"_qs, examplePath(u"seed.json"_qs)}, env);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, int(ExitBadInput));
        QVERIFY2(QString::fromUtf8(run.err).contains(u"valdate"_qs), run.err.constData());
        const Run zero = phwtest::run(program, {u"validate"_qs, u"/dev/zero"_qs}, env);
        QCOMPARE(zero.exitCode, int(ExitBadInput));
    }

private:
    QTemporaryDir m_dir;
    QString m_invalid;
    QString m_notJson;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
