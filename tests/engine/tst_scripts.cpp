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

    // The guards of the host library, without root: each function run in a real sh, inside
    // the rendered script of web2 (its variables and French messages), its state folder
    // moved into a temporary one.
    void guardFunctions()
    {
        const Deployment d = loadValid(examplePath(u"seed.json"_qs));
        const Plan plan = buildPlan(d);
        const ExportedScript s = renderScripts(d, plan).at(1);
        QCOMPARE(s.host, u"web2"_qs);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QByteArray script = s.content;
        const QByteArray stateLine = "PHW_STATE_ROOT=/var/lib/publik-ha-wizard\n";
        QVERIFY(script.contains(stateLine));
        script.replace(stateLine,
                       "PHW_STATE_ROOT=" + shellQuote(tmp.filePath(u"state"_qs)).toUtf8() +
                           "\nTMPD=" + shellQuote(tmp.path()).toUtf8() + "\n");
        QVERIFY(script.contains("PHW_NFS_MOUNT=/srv/nfs\n"));
        QVERIFY(script.contains("PHW_HOST_ADDRESS=web2.example.org\n"));
        QVERIFY(script.endsWith("phw_main \"$@\"\n"));
        script.chop(int(strlen("phw_main \"$@\"\n")));
        script += R"sh(PHW_HOST_IS=
t() { _n=$1; shift; if "$@"; then echo "$_n=0"; else echo "$_n=1"; fi; }
t mount_root phw_is_mount_point /
t mount_folder phw_is_mount_point "$TMPD"
t mount_missing phw_is_mount_point "$TMPD/missing"
t same_short phw_same_name web2.example.org web2
t same_case phw_same_name WEB2 web2
t same_other phw_same_name web1 web2
t same_prefix phw_same_name web2x web2
t same_empty phw_same_name '' web2
printf 'libfooxbar\nlib.x+y\n' >"$TMPD/list"
echo "wanted=$(phw_wanted_from_list "$TMPD/list" libfoo.bar lib.x+y libfoo | tr '\n' ' ')"
t other_none phw_other_deployment
mkdir -p "$PHW_STATE_ROOT/ancien"
: >"$PHW_STATE_ROOT/ancien/journal"
t other_empty phw_other_deployment
echo 'begin accounts.hobo' >"$PHW_STATE_ROOT/ancien/journal"
echo "other=$(phw_other_deployment)"
t deployment_apply phw_guard_deployment apply
t deployment_rollback_none phw_guard_deployment rollback
mkdir -p "$PHW_STATE"
echo 'begin accounts.hobo' >"$PHW_JOURNAL"
t deployment_rollback_own phw_guard_deployment rollback
phw_machine_id
printf 'web1 %s\n' "$PHW_MACHINE_ID" >"$PHW_STATE/host"
t id_recorded_other phw_guard_identity apply
t id_recorded_other_step phw_guard_identity step
printf 'web2 %s\n' "$PHW_MACHINE_ID" >"$PHW_STATE/host"
t id_recorded_same phw_guard_identity rollback
printf 'web2 0123456789abcdef0123456789abcdef\n' >"$PHW_STATE/host"
[ "$PHW_MACHINE_ID" = - ] || t id_other_machine phw_guard_identity apply
rm "$PHW_STATE/host"
PHW_HOST_IS=web2 t id_host_is phw_guard_identity apply
PHW_HOST_IS=web1 t id_host_is_other phw_guard_identity apply
PHW_HOST_IS=
PHW_HOST=zz-not-this-host t id_step phw_guard_identity step
phw_hostname
PHW_HOST=${PHW_HOSTNAME%%.*} t id_hostname phw_guard_identity apply
PHW_HOST=zz-not-this-host PHW_HOST_ADDRESS=$PHW_HOSTNAME t id_address phw_guard_identity apply
PHW_HOST=zz-not-this-host PHW_HOST_ADDRESS=10.0.0.1 t id_wrong phw_guard_identity apply
PHW_HOST=zz-not-this-host PHW_HOST_ADDRESS=10.0.0.1 t id_wrong_rollback phw_guard_identity rollback
rm "$PHW_JOURNAL"
PHW_HOST=zz-not-this-host PHW_HOST_ADDRESS=10.0.0.1 t id_wrong_rollback_nothing phw_guard_identity rollback
PHW_NFS_MOUNT=$TMPD t share_folder phw_guard_share
PHW_NFS_MOUNT=/ t share_root phw_guard_share
PHW_DRY=1 PHW_NFS_MOUNT=$TMPD t share_dry phw_guard_share
)sh";
        const QString path = tmp.filePath(u"guards.sh"_qs);
        QVERIFY(writeFile(path, script));
        const Run r = run(m_sh, {path});
        const QString out = QString::fromUtf8(r.out);
        const QString err = QString::fromUtf8(r.err);
        const QString all = out + u"\n--- stderr ---\n"_qs + err;
        QVERIFY2(r.exitCode == 0, qPrintable(all));
        const QStringList expected = {
            u"mount_root=0"_qs,
            u"mount_folder=1"_qs,
            u"mount_missing=1"_qs,
            u"same_short=0"_qs,
            u"same_case=0"_qs,
            u"same_other=1"_qs,
            u"same_prefix=1"_qs,
            u"same_empty=1"_qs,
            // Package names are text: libfoo.bar is not libfooxbar.
            u"wanted=lib.x+y \n"_qs,
            u"other_none=1"_qs,
            u"other_empty=1"_qs,
            u"other=ancien\n"_qs,
            u"deployment_apply=1"_qs,
            u"deployment_rollback_none=1"_qs,
            u"deployment_rollback_own=0"_qs,
            u"id_recorded_other=1"_qs,
            u"id_recorded_other_step=1"_qs,
            u"id_recorded_same=0"_qs,
            u"id_host_is=0"_qs,
            u"id_host_is_other=1"_qs,
            u"id_step=0"_qs,
            u"id_hostname=0"_qs,
            u"id_address=0"_qs,
            u"id_wrong=1"_qs,
            // A rollback on a host of another name: refused when it would undo something,
            // a note when there is nothing of the deployment to undo.
            u"id_wrong_rollback=1"_qs,
            u"id_wrong_rollback_nothing=0"_qs,
            u"share_folder=1"_qs,
            u"share_root=0"_qs,
            u"share_dry=1"_qs,
        };
        for (const QString &e : expected)
            QVERIFY2(out.contains(e), qPrintable(e + u"\n"_qs + all));
        if (!QFile::exists(u"/etc/machine-id"_qs) && !QFile::exists(u"/var/lib/dbus/machine-id"_qs))
            QVERIFY(!out.contains(u"id_other_machine"_qs));
        else
            QVERIFY2(out.contains(u"id_other_machine=1"_qs), qPrintable(all));
        // The reasons, in French, name what to do.
        QVERIFY2(err.contains(u"au déploiement ancien"_qs), qPrintable(err));
        QVERIFY2(err.contains(u"--host-is=zz-not-this-host"_qs), qPrintable(err));
        QVERIFY2(err.contains(u"web1"_qs), qPrintable(err));
        QVERIFY2(err.contains(tmp.path() + u" n'est pas un système de fichiers monté"_qs),
                 qPrintable(err));
        // The runner's --step reached the host by its address: a different name is a note.
        QVERIFY2(out.contains(u"remarque : cette machine s'appelle"_qs), qPrintable(out));
        QVERIFY2(out.contains(u"ne contient rien du déploiement macollectivite à défaire"_qs),
                 qPrintable(out));
        // A dry run tells the reason on stdout and is no error.
        QVERIFY2(out.contains(u"une vraie exécution s'arrêterait ici"_qs), qPrintable(out));
    }

    // As root, a script that meets an unmounted share on a host of another name refuses
    // before it changes anything: no state folder, no lock, no journal; --rollback too.
    void refusesBeforeAnyChange()
    {
        if (::geteuid() != 0)
            QSKIP("the scripts' modes that change a host need root");
        const Deployment d = loadValid(examplePath(u"seed.json"_qs));
        if (QFileInfo::exists(toolStateDir(d) + u'/' + d.name))
            QSKIP("this machine carries the seed deployment's state");
        const Run mounted = run(u"mountpoint"_qs, {u"-q"_qs, d.nfs.mount});
        if (mounted.exitCode == 0)
            QSKIP("this machine has a file system mounted at the seed's share");
        const ExportedScript s = renderScripts(d, buildPlan(d)).first();
        const QString path = m_dir.filePath(u"refuse-"_qs + s.fileName);
        QVERIFY(writeFile(path, s.content));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QStringList &args : {QStringList{}, QStringList{u"--rollback"_qs},
                                        QStringList{u"--step=accounts.hobo"_qs}}) {
            const Run r = run(m_sh, QStringList{path} + args, env, {}, QByteArray());
            QVERIFY2(r.exitCode == 1, qPrintable(QString::fromUtf8(r.out + r.err)));
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(err.contains(u"le partage /srv/nfs n'est pas un système de fichiers monté"_qs),
                     qPrintable(err));
            QVERIFY(!r.out.contains("accounts.hobo"));
            QVERIFY(!QFileInfo::exists(toolStateDir(d) + u'/' + d.name));
        }
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
