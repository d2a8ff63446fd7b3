// What leaves the wizard for the people around the operator, without a GUI: the report's
// content (the engine's Report), the SQL for the DBA and the HAProxy section.
#include "cli.h"
#include "handover.h"
#include "report.h"
#include "testutil.h"

#include "ssh/localjournal.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace phw;
using namespace phwtest;

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        installTranslations(u"fr"_qs);
        m_d = loadValid(examplePath(u"seed.json"_qs));
    }

    void sqlHasEveryRoleAndDatabase()
    {
        const QString sql = QString::fromUtf8(renderDatabaseSql(m_d));
        const QList<DatabaseGrant> grants = databaseGrants(m_d);
        // The seed's seven Django components, and w.c.s. (a role that creates its databases).
        QCOMPARE(grants.size(), 8);
        for (const DatabaseGrant &g : grants) {
            QVERIFY2(sql.contains(u"CREATE ROLE %I "_qs), qPrintable(g.role));
            QVERIFY2(sql.contains(u"rolname = '"_qs + g.role + u'\''), qPrintable(g.role));
            QVERIFY2(sql.contains(u"PASSWORD :'"_qs + g.passwordVariable + u"';"_qs),
                     qPrintable(g.role));
            QVERIFY2(sql.contains(u"\\if :{?"_qs + g.passwordVariable + u'}'), qPrintable(g.role));
            if (g.component == u"wcs") {
                QVERIFY(g.database.isEmpty());
                QVERIFY(sql.contains(u"ALTER ROLE \"wcs\" WITH LOGIN CREATEDB PASSWORD"_qs));
            } else {
                QVERIFY2(sql.contains(u"datname = '"_qs + g.database + u'\''), qPrintable(g.role));
                QVERIFY(sql.contains(
                    u"ALTER DATABASE \"%1\" OWNER TO \"%2\";"_qs.arg(g.database, g.role)));
            }
        }
        QCOMPARE(sql.count(u"TEMPLATE template0 ENCODING %L', "_qs), 7);
        QVERIFY(sql.contains(u"\\set ON_ERROR_STOP on"_qs));
        // French comments, the command that applies it, no password value.
        QVERIFY(sql.contains(u"-- Publik en haute disponibilité"_qs));
        QVERIFY(sql.contains(u"-v PUBLIK_DB_PASSWORD_COMBO=\"$PUBLIK_DB_PASSWORD_COMBO\""_qs));
    }

    void haproxyHasEveryHost()
    {
        Deployment d = loadValid(examplePath(u"four-hosts.json"_qs));
        d.hosts[1].address = u"2001:db8::12"_qs;
        const QString cfg = QString::fromUtf8(renderHaproxySection(d));
        QVERIFY(cfg.contains(u"backend publik_"_qs + d.name));
        for (const Host &h : d.hosts) {
            const QString address = h.address.contains(u':') ? u'[' + h.address + u']' : h.address;
            QVERIFY2(cfg.contains(u"    server "_qs + h.name + u' ' + address + u":80 check"_qs),
                     qPrintable(cfg));
        }
        QVERIFY(cfg.contains(u"option httpchk"_qs));
        QVERIFY(cfg.contains(u"option forwardfor"_qs));
        QVERIFY(cfg.contains(u"X-Forwarded-Proto"_qs));
        QVERIFY(cfg.contains(u"# Publik en haute disponibilité"_qs));
        QVERIFY(cfg.contains(u"hôte principal"_qs));
    }

    void reportModelBeforeAnyRun()
    {
        const Plan plan = buildPlan(m_d);
        ReportInputs in;
        in.operatorName = u"Camille Martin"_qs;
        in.version = u"0.1.0"_qs;
        in.date = QDateTime(QDate(2026, 11, 30), QTime(10, 0));
        const Report r = buildReport(m_d, plan, in);
        QCOMPARE(r.title, u"Haute disponibilité Publik — liste de contrôle"_qs);
        QCOMPARE(r.date, u"lundi 30 novembre 2026"_qs);
        QCOMPARE(r.stepCount(), [&] {
            int n = 0;
            for (const QString &h : plan.hostOrder)
                n += int(plan.stepsFor(h).size());
            return n;
        }());
        QVERIFY(!r.runHappened);
        QVERIFY(!r.preflightKnown);
        QCOMPARE(r.hosts.size(), 2);
        QCOMPARE(r.hosts.first().steps.first().number, 1);
        QCOMPARE(r.accounts.size(), m_d.accounts.size());
        QCOMPARE(r.accounts.at(2).uid, 2104);
        QCOMPARE(r.databases.size(), 8);
        // The share steps stop the services whose files move: the interruptions say which.
        QVERIFY(!r.interruptions.isEmpty());
        QVERIFY(std::any_of(
            r.interruptions.cbegin(), r.interruptions.cend(),
            [](const ReportInterruption &i) { return i.services.contains(u"nginx"_qs); }));
        QStringList tasks;
        for (const ReportManualTask &t : r.manualTasks)
            tasks.append(t.id);
        QCOMPARE(tasks, (QStringList{u"haproxy"_qs, u"postgresql"_qs, u"nfs"_qs, u"dns"_qs,
                                     u"tenants"_qs}));
    }

    void reportModelAfterRunAndRollback()
    {
        const Plan plan = buildPlan(m_d);
        LocalJournal journal(m_dir.filePath(u"journal.json"_qs));
        journal.deployment = m_d.name;
        const QList<Step> primary = plan.stepsFor(u"web1"_qs);
        for (const Step &s : primary) {
            JournalStep &js = journal.step(u"web1"_qs, s.id);
            js.state = s.id.startsWith(u"accounts.") ? u"already-done"_qs : u"done"_qs;
            js.ended = u"2026-11-30T10:05:00"_qs;
        }
        JournalStep &failed = journal.step(u"web2"_qs, plan.stepsFor(u"web2"_qs).first().id);
        failed.state = u"failed"_qs;
        failed.message = u"exit 1"_qs;
        journal.runs.append({u"apply"_qs, u"camille@poste"_qs, u"2026-11-30T10:00:00"_qs,
                             u"2026-11-30T10:06:00"_qs, u"failed"_qs, u"web2 failed"_qs});
        const QList<PreflightItem> findings = {
            {u"web2"_qs, PreflightItem::Severity::Warning, u"Horloge décalée"_qs, u"NTP"_qs}};
        ReportInputs in;
        in.journal = &journal;
        in.preflight = &findings;
        Report r = buildReport(m_d, plan, in);
        QVERIFY(r.runHappened);
        QVERIFY(!r.rolledBack);
        QVERIFY2(r.runSummary.contains(u"en échec"_qs), qPrintable(r.runSummary));
        QCOMPARE(r.hosts.at(0).steps.at(0).stateLabel, u"déjà faite"_qs);
        QCOMPARE(r.hosts.at(0).steps.last().stateLabel, u"faite"_qs);
        QCOMPARE(r.hosts.at(0).steps.last().when, u"30/11/2026 10:05"_qs);
        QCOMPARE(r.hosts.at(1).steps.at(0).stateLabel, u"échec"_qs);
        QVERIFY(r.hosts.at(1).steps.at(1).state.isEmpty());
        QVERIFY(r.preflightKnown);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().severity, u"avertissement"_qs);

        // The runner's rollback: what the run did is undone, what it found done is left.
        for (JournalStep &s : journal.steps) {
            if (s.state != u"already-done")
                s.state = u"rolled-back"_qs;
        }
        // The runner's lock holder names the run ("user@machine pid N TIME"): the report
        // names the person.
        journal.runs.append({u"rollback"_qs,
                             u"camille@poste pid 4242 2026-11-30T11:00:00"_qs,
                             u"2026-11-30T11:00:00"_qs,
                             u"2026-11-30T11:04:00"_qs,
                             u"ok"_qs,
                             {}});
        r = buildReport(m_d, plan, in);
        QVERIFY(r.rolledBack);
        QVERIFY(r.runSummary.contains(u"Retour arrière"_qs));
        QVERIFY2(r.runSummary.contains(u" par camille@poste :"_qs), qPrintable(r.runSummary));
        QCOMPARE(r.operatorName, u"camille@poste"_qs); // none given: who ran it last
        QCOMPARE(r.hosts.at(0).steps.at(0).stateLabel, u"laissée en place"_qs);
        QCOMPARE(r.hosts.at(0).steps.last().stateLabel, u"annulée (retour arrière)"_qs);
    }

    // export --sql / --haproxy in process; --report needs the executable's PDF writer.
    void exportOptions()
    {
        const QString seed = examplePath(u"seed.json"_qs);
        const QString sql = m_dir.filePath(u"roles.sql"_qs);
        const QString cfg = m_dir.filePath(u"publik.cfg"_qs);
        auto cli = [](const QStringList &arguments, QString *output = nullptr) {
            QString out, err;
            QTextStream o(&out), e(&err);
            const int code = runCli(arguments, o, e);
            o.flush();
            e.flush();
            if (output)
                *output = out + err;
            return code;
        };
        QString output;
        QCOMPARE(cli({u"export"_qs, seed, u"--sql"_qs, sql, u"--haproxy="_qs + cfg}, &output),
                 int(ExitOk));
        QVERIFY2(output.contains(u"psql -X -h sql-prod -p 5432"_qs), qPrintable(output));
        QCOMPARE(readFile(sql), renderDatabaseSql(m_d));
        QCOMPARE(readFile(cfg), renderHaproxySection(m_d));
        QCOMPARE(cli({u"export"_qs, seed}), int(ExitBadInput));
        QCOMPARE(cli({u"export"_qs, seed, u"--sql"_qs}), int(ExitBadInput));
        QCOMPARE(cli({u"export"_qs, seed, u"--report"_qs, m_dir.filePath(u"r.pdf"_qs)}, &output),
                 int(ExitFailure));
        QVERIFY(!QFile::exists(m_dir.filePath(u"r.pdf"_qs)));
        QCOMPARE(cli({u"export"_qs, seed, u"--sql"_qs, m_dir.filePath(u"no/such/dir.sql"_qs)}),
                 int(ExitFailure));
        // Never through a symbolic link: the link's target is left as it was (review).
        const QString target = m_dir.filePath(u"target"_qs);
        QFile t(target);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("kept\n");
        t.close();
        for (const char *option : {"--sql", "--haproxy", "--report"}) {
            const QString link = m_dir.filePath(u"link"_qs + QLatin1StringView(option));
            QVERIFY(QFile::link(target, link));
            QCOMPARE(cli({u"export"_qs, seed, QLatin1StringView(option), link}, &output),
                     int(ExitFailure));
            QVERIFY2(output.contains(u"lien symbolique"_qs), qPrintable(output));
            QCOMPARE(readFile(target), QByteArray("kept\n"));
            QVERIFY(QFileInfo(link).isSymLink());
        }
    }

    void english()
    {
        installTranslations(u"en"_qs);
        ReportInputs in;
        in.language = u"en"_qs;
        in.date = QDateTime(QDate(2026, 11, 30), QTime(10, 0));
        const Report r = buildReport(m_d, buildPlan(m_d), in);
        installTranslations(u"fr"_qs);
        QCOMPARE(r.title, u"Publik high availability — checklist"_qs);
        QCOMPARE(r.date, u"Monday, 30 November 2026"_qs);
    }

private:
    Deployment m_d;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
