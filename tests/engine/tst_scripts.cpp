// Exported scripts: `sh -n` and `shellcheck -s sh` clean; quoting checked with a real sh.
#include "testutil.h"

#include "textutil.h"

#include <QTemporaryDir>

#include <unistd.h>

using namespace phw;
using namespace phwtest;

class TestScripts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        installTranslations(u"fr"_qs);
        m_sh = findExecutable(u"sh"_qs);
        QVERIFY2(!m_sh.isEmpty(), "sh is missing from PATH");
        m_shellcheck = findExecutable(u"shellcheck"_qs);
        QVERIFY(m_dir.isValid());
    }

    void scripts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << examplePath(u"seed.json"_qs);
        QTest::newRow("four-hosts") << examplePath(u"four-hosts.json"_qs);
        QTest::newRow("hostile-valid") << dataPath(u"hostile-valid.json"_qs);
    }

    void scripts()
    {
        QFETCH(QString, file);
        const Deployment d = loadValid(file);
        const Plan plan = buildPlan(d);
        const QList<ExportedScript> scripts = renderScripts(d, plan);
        QCOMPARE(scripts.size(), d.hosts.size());
        const QString dir = m_dir.filePath(QFileInfo(file).baseName());
        QVERIFY(QDir().mkpath(dir));
        QStringList paths;
        for (const ExportedScript &s : scripts) {
            const QString path = dir + u'/' + s.fileName;
            QVERIFY(writeFile(path, s.content));
            paths.append(path);
            QVERIFY(s.content.startsWith("#!/bin/sh\n"));
            QVERIFY(s.content.endsWith("phw_main \"$@\"\n"));
            // Text only: no control character but newlines.
            for (const char c : s.content)
                QVERIFY2(c == '\n' || static_cast<unsigned char>(c) >= 0x20,
                         qPrintable(s.fileName));
            QVERIFY(!QString::fromUtf8(s.content).contains(QChar::ReplacementCharacter));

            const Run syntax = run(m_sh, {u"-n"_qs, path});
            QVERIFY2(syntax.exitCode == 0 && !syntax.crashed,
                     qPrintable(s.fileName + u": sh -n: "_qs + QString::fromUtf8(syntax.err)));
            // bash in POSIX mode as a second opinion, when there.
            const QString bash = findExecutable(u"bash"_qs);
            if (!bash.isEmpty()) {
                const Run posix = run(bash, {u"--posix"_qs, u"-n"_qs, path});
                QVERIFY2(posix.exitCode == 0, qPrintable(QString::fromUtf8(posix.err)));
            }
        }
        QVERIFY2(!m_shellcheck.isEmpty(),
                 "shellcheck is missing: install it (apt-get install shellcheck); the CI does");
        const Run lint =
            run(m_shellcheck, QStringList{u"-s"_qs, u"sh"_qs, u"-S"_qs, u"style"_qs} + paths);
        QVERIFY2(lint.exitCode == 0, qPrintable(u"shellcheck:\n"_qs + QString::fromUtf8(lint.out) +
                                                QString::fromUtf8(lint.err)));
    }

    // The script's own usage and option handling, without root: --help and a bad option.
    void helpAndBadOption()
    {
        const Deployment d = loadValid(examplePath(u"seed.json"_qs));
        const Plan plan = buildPlan(d);
        const ExportedScript s = renderScripts(d, plan).first();
        const QString path = m_dir.filePath(u"help-"_qs + s.fileName);
        QVERIFY(writeFile(path, s.content));
        const Run help = run(m_sh, {path, u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--dry-run"));
        QVERIFY(help.out.contains("--rollback"));
        const Run bad = run(m_sh, {path, u"--frobnicate"_qs});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--frobnicate"));
    }

    // A dry run prints and changes nothing (it reads: getent, dpkg-query, test -d); it needs
    // root. Values that validation accepts never run: the canary file is never created.
    void dryRun_data() { scripts_data(); }

    void dryRun()
    {
        QFETCH(QString, file);
        if (::geteuid() != 0)
            QSKIP("the scripts' --dry-run needs root");
        QFile::remove(u"/tmp/phw-pwned"_qs);
        const Deployment d = loadValid(file);
        const Plan plan = buildPlan(d);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &c : d.components)
            env.remove(passwordVariable(c));
        for (const ExportedScript &s : renderScripts(d, plan)) {
            const QString path = m_dir.filePath(u"dry-"_qs + s.fileName);
            QVERIFY(writeFile(path, s.content));
            const Run dry = run(m_sh, {path, u"--dry-run"_qs}, env, {}, QByteArray());
            QVERIFY2(dry.exitCode == 0,
                     qPrintable(s.fileName + u":\n"_qs +
                                QString::fromUtf8(dry.out + dry.err).right(3000)));
            const QList<Step> steps = plan.stepsFor(s.host);
            for (const Step &step : steps)
                QVERIFY2(dry.out.contains(step.id.toUtf8()), qPrintable(step.id));
            QVERIFY(!QFile::exists(u"/tmp/phw-pwned"_qs));
        }
        // Nothing was created on this machine.
        QVERIFY(!QFileInfo::exists(toolStateDir(d) + u'/' + d.name));
    }

    // What rollback removes of what appeared on the share while a secondary's packages were
    // installed (issue 9): only what dpkg lists for the new packages, their dpkg/ucf side
    // files and this host's spooler folder; production's files stay.
    void provenNewPaths()
    {
        const Deployment d = loadValid(examplePath(u"seed.json"_qs));
        const Plan plan = buildPlan(d);
        QByteArray lib = renderHostScript(d, plan, u"web2"_qs);
        lib.replace("\nphw_main \"$@\"\n", "\n");
        const QString dir = m_dir.filePath(u"proven"_qs);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(dir + u"/lib.sh"_qs, lib));
        const QByteArray share = "/srv/nfs/publik";
        QVERIFY(writeFile(dir + u"/map"_qs, "/etc/wcs " + share + "/etc/wcs\n/var/lib/wcs " +
                                                share + "/var/lib/wcs\n"));
        QVERIFY(writeFile(dir + u"/files"_qs,
                          "/etc/wcs\n/etc/wcs/settings.py\n/etc/wcs/new.conf\n/usr/lib/wcs\n"));
        const QByteArray added =
            share + "/etc/wcs/new.conf\n" + share + "/etc/wcs/settings.py.dpkg-dist\n" + share +
            "/etc/wcs/settings.py.ucf-old\n" + share + "/etc/wcs/other.py.dpkg-dist\n" + share +
            "/var/lib/wcs/spooler/0123abcd\n" + share + "/var/lib/wcs/spooler/0123abcd/job\n" +
            share + "/var/lib/wcs/spooler/0123abcdef\n" + share +
            "/var/lib/wcs/tenants/t/upload 1.pdf\n" + share + "/var/lib/wcs/tenants/t/new.conf\n" +
            share + "/var/lib/other/x\n";
        QVERIFY(writeFile(dir + u"/new"_qs, added));
        const Run r =
            run(m_sh, {u"-c"_qs, u". ./lib.sh && phw_proven_new 0123abcd map files new"_qs},
                QProcessEnvironment::systemEnvironment(), dir, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, share + "/etc/wcs/new.conf\n" + share + "/etc/wcs/settings.py.dpkg-dist\n" +
                            share + "/etc/wcs/settings.py.ucf-old\n" + share +
                            "/var/lib/wcs/spooler/0123abcd\n" + share +
                            "/var/lib/wcs/spooler/0123abcd/job\n");
    }

    // shellQuote with a real sh: the word comes back byte for byte, as one argument.
    void shellQuoteRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"web1"_qs;
        QTest::newRow("space") << u"a b"_qs;
        QTest::newRow("quote") << u"it's"_qs;
        QTest::newRow("quotes") << u"'''"_qs;
        QTest::newRow("double quote") << u"\"x\""_qs;
        QTest::newRow("backslashes") << u"\\\\n\\"_qs;
        QTest::newRow("dollar") << u"$HOME ${PATH} $1 $@ $*"_qs;
        QTest::newRow("command substitution") << u"$(touch /tmp/phw-pwned)"_qs;
        QTest::newRow("backticks") << u"`touch /tmp/phw-pwned`"_qs;
        QTest::newRow("metacharacters") << u"; | & ( ) < > * ? [ ] { } ~ # !"_qs;
        QTest::newRow("glob") << u"*"_qs;
        QTest::newRow("tilde") << u"~root"_qs;
        QTest::newRow("hash") << u"#x"_qs;
        QTest::newRow("newline") << u"a\nb\n"_qs;
        QTest::newRow("tab") << u"a\tb"_qs;
        QTest::newRow("leading dash") << u"-n"_qs;
        QTest::newRow("option e") << u"-e"_qs;
        QTest::newRow("assignment") << u"a=b"_qs;
        QTest::newRow("unicode") << u"é 日本 🔑 \u202eevil"_qs;
        QTest::newRow("long") << QString(10000, u'\'');
        QTest::newRow("empty") << QString();
    }

    void shellQuoteRoundTrip()
    {
        QFETCH(QString, value);
        const QString quoted = shellQuote(value);
        // printf's argument count proves it is one word; %s] marks the end exactly.
        const QString command = u"set -f; printf '%s]' "_qs + quoted;
        QFile::remove(u"/tmp/phw-pwned"_qs);
        const Run r = run(m_sh, {u"-c"_qs, command});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, value.toUtf8() + "]");
        QVERIFY(!QFile::exists(u"/tmp/phw-pwned"_qs));
        if (isShellSafe(value))
            QCOMPARE(quoted, value);
    }

private:
    QString m_sh;
    QString m_shellcheck;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScripts)
#include "tst_scripts.moc"
