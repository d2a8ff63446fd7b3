// `export --ansible`: the inventory and playbook rendered from the plan pass Debian's
// ansible-playbook --syntax-check and ansible-lint, merge with other deployments, hold no
// password, and are written all or none, never through a link.
#include "testutil.h"

#include "ansibleexport.h"
#include "cli.h"

#include <QDirIterator>
#include <QTemporaryDir>

using namespace phw;
using namespace phwtest;

namespace {

const char kCanary[] = "canary-7f3a-pw-{{ not_templated }}-$HOME";

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

} // namespace

class TestAnsible : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        installTranslations(u"fr"_qs);
        QVERIFY(m_dir.isValid());
        m_playbook = findExecutable(u"ansible-playbook"_qs);
        m_lint = findExecutable(u"ansible-lint"_qs);
        m_inventory = findExecutable(u"ansible-inventory"_qs);
        QVERIFY2(!m_playbook.isEmpty() && !m_inventory.isEmpty(),
                 "ansible-playbook is missing from PATH (Debian package ansible)");
        QVERIFY2(!m_lint.isEmpty(),
                 "ansible-lint is missing from PATH (Debian package ansible-lint)");
        // Ansible's caches and temporary files in the test's folder, no colour, no network.
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"HOME"_qs, m_dir.filePath(u"home"_qs));
        m_env.insert(u"ANSIBLE_NOCOLOR"_qs, u"1"_qs);
        m_env.insert(u"ANSIBLE_LOCAL_TEMP"_qs, m_dir.filePath(u"home/tmp"_qs));
        m_env.insert(u"ANSIBLE_RETRY_FILES_ENABLED"_qs, u"0"_qs);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"home/tmp"_qs)));
        // A password in the environment of the export: it must reach no file.
        for (const char *c : {"HOBO", "AUTHENTIC2_MULTITENANT", "COMBO", "FARGO", "PASSERELLE",
                              "CHRONO", "BIJOE", "WCS"})
            qputenv((QByteArray("PUBLIK_DB_PASSWORD_") + c).constData(), kCanary);
    }

    void exportAndLint_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("lang");
        QTest::newRow("seed") << examplePath(u"seed.json"_qs) << u"fr"_qs;
        QTest::newRow("four-hosts") << examplePath(u"four-hosts.json"_qs) << u"fr"_qs;
        QTest::newRow("hostile-valid") << dataPath(u"hostile-valid.json"_qs) << u"fr"_qs;
        // English: a title in lower case ("nginx configuration on the share") passes too.
        QTest::newRow("four-hosts-en") << examplePath(u"four-hosts.json"_qs) << u"en"_qs;
    }

    void exportAndLint()
    {
        QFETCH(QString, file);
        QFETCH(QString, lang);
        installTranslations(lang);
        const Deployment d = loadValid(file);
        const Plan plan = buildPlan(d);
        const QString dir = m_dir.filePath(u"one-"_qs + QFileInfo(file).baseName() + lang);
        const ScriptFolderResult r = exportAnsible(d, dir);
        QVERIFY2(r.status == ScriptFolderResult::Status::Ok, qPrintable(r.error));

        QStringList expected = {u"ansible.cfg"_qs, u"inventory/"_qs + d.name + u".yml"_qs,
                                u"playbook-"_qs + d.name + u".yml"_qs};
        for (const ExportedScript &s : renderScripts(d, plan)) {
            expected.append(u"scripts/"_qs + d.name + u'/' + s.fileName);
            // The very script `export --script` writes.
            QCOMPARE(readFile(dir + u"/scripts/"_qs + d.name + u'/' + s.fileName), s.content);
        }
        expected.sort();
        QCOMPARE(filesUnder(dir), expected);
        for (const QString &f : expected)
            QVERIFY2(!readFile(dir + u'/' + f).contains("canary-7f3a"), qPrintable(f));

        // One task a step, named by its title, tagged by its id, in the play of its hosts.
        const QString book =
            QString::fromUtf8(readFile(dir + u"/playbook-"_qs + d.name + u".yml"_qs));
        for (const Step &s : plan.steps) {
            const QString name = u"    - name: \""_qs + s.title + u'"';
            const QString tag = u"\n      tags: ["_qs + s.id + u"]\n"_qs;
            QVERIFY2(book.contains(name + tag) ||
                         book.contains(name + u"  # noqa: name[casing]"_qs + tag),
                     qPrintable(s.id));
        }
        QVERIFY(book.contains(u"tags: [never, rollback]"_qs));

        const Run syntax = run(
            m_playbook, {u"--syntax-check"_qs, u"playbook-"_qs + d.name + u".yml"_qs}, m_env, dir);
        QVERIFY2(syntax.exitCode == 0 && !syntax.crashed, (syntax.out + syntax.err).constData());
        const Run lint =
            run(m_lint,
                {u"--offline"_qs, u"--nocolor"_qs, u"-p"_qs, u"playbook-"_qs + d.name + u".yml"_qs,
                 u"inventory/"_qs + d.name + u".yml"_qs},
                m_env, dir);
        QVERIFY2(lint.exitCode == 0 && !lint.crashed, (lint.out + lint.err).constData());
        QVERIFY2((lint.out + lint.err).contains("0 failure(s), 0 warning(s)"),
                 (lint.out + lint.err).constData());
        installTranslations(u"fr"_qs);
    }

    // Two deployments exported into one folder (both name a host web1): one inventory, both
    // playbooks, each host with its own deployment's variables.
    void mergedInventory()
    {
        const QString dir = m_dir.filePath(u"merged"_qs);
        const Deployment a = loadValid(examplePath(u"seed.json"_qs));
        const Deployment b = loadValid(examplePath(u"four-hosts.json"_qs));
        QVERIFY(exportAnsible(a, dir).status == ScriptFolderResult::Status::Ok);
        QVERIFY(exportAnsible(b, dir).status == ScriptFolderResult::Status::Ok);
        const Run inv = run(m_inventory, {u"--list"_qs}, m_env, dir);
        QVERIFY2(inv.exitCode == 0, inv.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(inv.out).object();
        for (const Deployment *d : {&a, &b}) {
            const QJsonArray primary = o.value(ansibleGroup(d->name, HostRole::Primary))
                                           .toObject()
                                           .value(u"hosts"_qs)
                                           .toArray();
            QCOMPARE(primary, QJsonArray({ansibleHost(d->name, d->primary()->name)}));
            QJsonArray secondaries;
            for (const Host &h : d->secondaries())
                secondaries.append(ansibleHost(d->name, h.name));
            QCOMPARE(o.value(ansibleGroup(d->name, HostRole::Secondary))
                         .toObject()
                         .value(u"hosts"_qs)
                         .toArray(),
                     secondaries);
            const QJsonObject vars = o.value(u"_meta"_qs)
                                         .toObject()
                                         .value(u"hostvars"_qs)
                                         .toObject()
                                         .value(ansibleHost(d->name, d->primary()->name))
                                         .toObject();
            QCOMPARE(vars.value(u"phw_deployment"_qs).toString(), d->name);
            QCOMPARE(vars.value(u"ansible_host"_qs).toString(), d->primary()->address);
            QCOMPARE(vars.value(u"phw_host"_qs).toString(), d->primary()->name);
            const Run syntax =
                run(m_playbook, {u"--syntax-check"_qs, u"playbook-"_qs + d->name + u".yml"_qs},
                    m_env, dir);
            QVERIFY2(syntax.exitCode == 0, (syntax.out + syntax.err).constData());
        }
    }

    // All or none, never through a link, no stale script left.
    void writtenSafely()
    {
        const Deployment d = loadValid(examplePath(u"four-hosts.json"_qs));
        const QString real = m_dir.filePath(u"real"_qs);
        QVERIFY(QDir().mkpath(real));
        const QString link = m_dir.filePath(u"link"_qs);
        QVERIFY(QFile::link(real, link));
        ScriptFolderResult r = exportAnsible(d, link);
        QCOMPARE(r.status, ScriptFolderResult::Status::BadInput);
        QVERIFY(filesUnder(real).isEmpty());

        // A sub-folder that is a link: refused, nothing written.
        QVERIFY(QFile::link(m_dir.filePath(u"elsewhere"_qs), real + u"/scripts"_qs));
        r = exportAnsible(d, real);
        QCOMPARE(r.status, ScriptFolderResult::Status::Failure);
        QVERIFY(!QFileInfo::exists(real + u"/ansible.cfg"_qs));
        QVERIFY(QFile::remove(real + u"/scripts"_qs));

        // A file of the operator's in the playbook's place: refused, nothing written.
        const QString mine = real + u"/playbook-"_qs + d.name + u".yml"_qs;
        QVERIFY(writeFile(mine, "---\n- name: mine\n"));
        r = exportAnsible(d, real);
        QCOMPARE(r.status, ScriptFolderResult::Status::Failure);
        QVERIFY(r.error.contains(mine));
        QCOMPARE(filesUnder(real), QStringList{QFileInfo(mine).fileName()});
        QVERIFY(QFile::remove(mine));

        // Exported twice (the second replaces the first), then with a host less: its
        // script goes.
        QVERIFY(exportAnsible(d, real).status == ScriptFolderResult::Status::Ok);
        QVERIFY(exportAnsible(d, real).status == ScriptFolderResult::Status::Ok);
        QVERIFY(QFileInfo::exists(real + u"/scripts/"_qs + d.name + u"/04-web4.sh"_qs));
        Deployment smaller = d;
        smaller.hosts.removeLast();
        r = exportAnsible(smaller, real);
        QVERIFY2(r.status == ScriptFolderResult::Status::Ok, qPrintable(r.error));
        QCOMPARE(r.removed, QStringList{real + u"/scripts/"_qs + d.name + u"/04-web4.sh"_qs});
        QVERIFY(!QFileInfo::exists(real + u"/scripts/"_qs + d.name + u"/04-web4.sh"_qs));
        QCOMPARE(QDir(real).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({u"ansible.cfg"_qs, u"inventory"_qs,
                              u"playbook-"_qs + d.name + u".yml"_qs, u"scripts"_qs}));
    }

    // The command line: export FILE --ansible DIR, and both exports at once.
    void commandLine()
    {
        const QString dir = m_dir.filePath(u"cli"_qs);
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        const int code = runCli({u"export"_qs, examplePath(u"seed.json"_qs), u"--ansible"_qs,
                                 dir + u"/ansible"_qs, u"--script"_qs, dir + u"/scripts"_qs},
                                o, e);
        o.flush();
        e.flush();
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(out.contains(u"ansible.cfg"_qs));
        QVERIFY(QFileInfo::exists(dir + u"/scripts/01-"_qs +
                                  loadValid(examplePath(u"seed.json"_qs)).primary()->name +
                                  u".sh"_qs));
    }

private:
    QTemporaryDir m_dir;
    QString m_playbook;
    QString m_lint;
    QString m_inventory;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestAnsible)
#include "tst_ansible.moc"
