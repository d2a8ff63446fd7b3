// The checklist report as the operator gets it: `export --report` run as a process without a
// display, its PDF read back with pdftotext (poppler-utils); the SQL and HAProxy exports
// beside it; a password canary in the environment found in none of them.
#include "handover.h"
#include "i18n.h"
#include "plan.h"
#include "report.h"
#include "reportprinter.h"
#include "validation.h"

#include "ssh/localjournal.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phw;

namespace {

const QString kCanary = u"Canari-7f3a9-mot-de-passe"_qs;

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PHW_SOURCE_DIR "/") + relative;
}

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Result r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
        r.err = program + u": "_qs + p.errorString();
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Words separated by single spaces: a title wrapped in its table cell reads the same.
QString flat(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_qs);
    // Compatibility forms: the ligatures the fonts draw ("ﬁ") read as their letters.
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.replace(space, u" "_qs);
    return out.trimmed();
}

// A line cut after a hyphen ("authentic2-" / "multitenant") reads "authentic2- multitenant"
// or, pdftotext taking it for a hyphenation, "authentic2multitenant": compared without
// spaces and hyphens.
bool hasText(const QString &text, const QString &needle)
{
    static const QRegularExpression cut(u"[\\s-]+"_qs);
    return text.contains(needle) || QString(text).remove(cut).contains(QString(needle).remove(cut));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    // The environment of an operator's terminal without a display, the canary as every
    // database password, and this test's own journal folder.
    QProcessEnvironment env(const QString &dataHome) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"QT_QPA_PLATFORM"_qs);
        e.remove(u"DISPLAY"_qs);
        e.remove(u"WAYLAND_DISPLAY"_qs);
        e.remove(u"PUBLIK_HA_LANG"_qs);
        e.insert(u"XDG_DATA_HOME"_qs, dataHome);
        e.insert(u"USER"_qs, u"camille"_qs);
        for (const DatabaseGrant &g : databaseGrants(m_d))
            e.insert(g.passwordVariable, kCanary);
        return e;
    }

    // export --report; the PDF's text (pdftotext), its pages' texts in pages.
    // The text as the pages draw it (pdftotext -raw: a table cell's lines together), or with
    // layout, each line of the page as it is (the columns side by side).
    QString exportReport(const QString &dataHome, const QStringList &extra,
                         QStringList *pages = nullptr, bool layout = false)
    {
        const QString pdf = m_dir.filePath(u"report.pdf"_qs);
        QFile::remove(pdf);
        const Result r =
            run(QStringLiteral(PHW_EXECUTABLE),
                QStringList{u"export"_qs, m_seed, u"--report"_qs, pdf} + extra, env(dataHome));
        if (r.code != 0) {
            qWarning("export --report: %d %s", r.code, qPrintable(r.err));
            return {};
        }
        const Result text =
            run(u"pdftotext"_qs,
                layout ? QStringList{u"-layout"_qs, u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs}
                       : QStringList{u"-raw"_qs, u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs});
        if (text.code != 0) {
            qWarning("pdftotext: %s", qPrintable(text.err));
            return {};
        }
        if (pages) {
            pages->clear();
            for (int i = 1; i < 100; ++i) {
                const Result page = run(u"pdftotext"_qs, {u"-raw"_qs, u"-enc"_qs, u"UTF-8"_qs,
                                                          u"-f"_qs, QString::number(i), u"-l"_qs,
                                                          QString::number(i), pdf, u"-"_qs});
                if (page.code != 0)
                    break;
                pages->append(flat(page.out));
            }
        }
        return flat(text.out);
    }

    void writeJournal(const QString &dataHome, bool rolledBack)
    {
        const Plan plan = buildPlan(m_d);
        LocalJournal j(dataHome + u"/publik-ha-wizard/"_qs + m_d.name + u"/journal.json"_qs);
        j.deployment = m_d.name;
        for (const QString &host : plan.hostOrder) {
            const QList<Step> steps = plan.stepsFor(host);
            for (qsizetype i = 0; i < steps.size(); ++i) {
                JournalStep &s = j.step(host, steps.at(i).id);
                s.title = steps.at(i).title;
                s.started = u"2026-11-30T10:%1:00"_qs.arg(10 + i, 2, 10, QChar(u'0'));
                s.ended = s.started;
                // The rollback undoes what the run did; what it found done stays as it was.
                s.state = i < 3 ? u"already-done"_qs : rolledBack ? u"rolled-back"_qs : u"done"_qs;
            }
        }
        j.runs.append({u"apply"_qs,
                       u"camille@poste"_qs,
                       u"2026-11-30T10:00:00"_qs,
                       u"2026-11-30T10:50:00"_qs,
                       u"ok"_qs,
                       {}});
        if (rolledBack)
            j.runs.append({u"rollback"_qs,
                           u"camille@poste"_qs,
                           u"2026-11-30T11:00:00"_qs,
                           u"2026-11-30T11:10:00"_qs,
                           u"ok"_qs,
                           {}});
        QVERIFY(j.save());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        installTranslations(u"fr"_qs);
        m_seed = sourcePath(u"examples/seed.json"_qs);
        const LoadResult loaded = loadDeploymentFile(m_seed);
        QVERIFY(loaded.ok());
        m_d = loaded.deployment;
        for (const char *tool : {"pdftotext", "pdfinfo", "pdftoppm"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "poppler-utils is needed (installer/packages-test.txt)");
    }

    // The whole report in French, from a process without a display, before any run.
    void pdfHasEverythingAndNoPassword()
    {
        const QString data = m_dir.filePath(u"data-empty"_qs);
        QStringList pages;
        const QString sql = m_dir.filePath(u"roles.sql"_qs);
        const QString cfg = m_dir.filePath(u"haproxy.cfg"_qs);
        const QString text = exportReport(data, {u"--sql"_qs, sql, u"--haproxy"_qs, cfg}, &pages);
        QVERIFY(!text.isEmpty());
        for (const QString &heading :
             {u"Haute disponibilité Publik — liste de contrôle"_qs, u"1. Le déploiement"_qs,
              u"1.1 Hôtes et rôles"_qs, u"1.2 Comptes système"_qs, u"1.3 Base de données"_qs,
              u"1.4 Partage NFS"_qs, u"2. Vérifications préalables"_qs,
              u"3. Interruptions de service"_qs, u"4. Liste de contrôle de l’installation"_qs,
              u"5. Tâches laissées aux équipes"_qs, u"6. Signatures"_qs, u"Opérateur"_qs,
              u"macollectivite"_qs, u"camille"_qs, QStringLiteral(PHW_VERSION)})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        for (const Host &h : m_d.hosts) {
            QVERIFY2(text.contains(h.name), qPrintable(h.name));
            QVERIFY2(text.contains(h.address), qPrintable(h.address));
        }
        for (const Account &a : m_d.accounts) {
            QVERIFY2(text.contains(a.user + u' ' + QString::number(a.uid) + u' ' +
                                   QString::number(a.gid)),
                     qPrintable(a.user));
        }
        for (const auto &[component, access] : m_d.database.components.asKeyValueRange())
            QVERIFY2(text.contains(access.name), qPrintable(component));
        QVERIFY(text.contains(m_d.nfs.mount));
        QVERIFY(text.contains(m_d.nfs.publikDir));
        // Every step of the plan, whole on one page (never split across two).
        const Plan plan = buildPlan(m_d);
        QVERIFY(pages.size() > 3);
        for (const Step &s : plan.steps) {
            QVERIFY2(hasText(text, flat(s.title)), qPrintable(s.title));
            QVERIFY2(std::any_of(pages.cbegin(), pages.cend(),
                                 [&](const QString &p) {
                                     return hasText(p, flat(s.title)) && hasText(p, s.id);
                                 }),
                     qPrintable(s.id));
        }
        // A header and the page number on every page.
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(u"liste de contrôle · macollectivite"_qs),
                     qPrintable(QString::number(i + 1)));
            QVERIFY2(pages.at(i).contains(u"Page %1 sur %2"_qs.arg(i + 1).arg(pages.size())),
                     qPrintable(pages.at(i).right(200)));
        }
        QVERIFY(text.contains(u"Non connues pour ce rapport"_qs));
        // No canary anywhere: the PDF's text, its bytes, the SQL, the HAProxy section.
        QVERIFY(!text.contains(kCanary));
        for (const QString &path : {m_dir.filePath(u"report.pdf"_qs), sql, cfg}) {
            const QByteArray bytes = readAll(path);
            QVERIFY2(!bytes.isEmpty(), qPrintable(path));
            QVERIFY2(!bytes.contains(kCanary.toUtf8()), qPrintable(path));
        }
        const Result info = run(u"pdfinfo"_qs, {m_dir.filePath(u"report.pdf"_qs)});
        QVERIFY2(info.out.contains(u"(A4)"_qs), qPrintable(info.out));

        // Its pages as images, for a look (docs/screenshots/ takes the best).
        const QString pngDir = qEnvironmentVariable("PHW_REPORT_PNG_DIR");
        if (!pngDir.isEmpty()) {
            QDir().mkpath(pngDir);
            const Result png =
                run(u"pdftoppm"_qs, {u"-r"_qs, u"70"_qs, u"-png"_qs,
                                     m_dir.filePath(u"report.pdf"_qs), pngDir + u"/rapport"_qs});
            QVERIFY2(png.code == 0, qPrintable(png.err));
        }
    }

    // After a run: each step's outcome and time; after a rollback, it says so.
    void outcomesFromTheJournal()
    {
        const QString data = m_dir.filePath(u"data-run"_qs);
        writeJournal(data, false);
        QString text = exportReport(data, {}, nullptr, true);
        QVERIFY(text.contains(u"Installation terminée le 30/11/2026 10:50 par camille@poste : "
                              "toutes les étapes sont faites sur chaque hôte."_qs));
        // Three steps of each host were already done, the others done, each at its minute.
        const Plan plan = buildPlan(m_d);
        QCOMPARE(text.count(u"déjà faite"_qs), 3 * int(plan.hostOrder.size()));
        int steps = 0;
        for (const QString &host : plan.hostOrder)
            steps += int(plan.stepsFor(host).size());
        // Each step's outcome, not the intro of the tasks ("cochez chacune une fois faite").
        QCOMPARE(text.count(QRegularExpression(u"(?<!déjà )(?<!une fois )\\bfaite\\b"_qs)),
                 steps - 3 * int(plan.hostOrder.size()));
        QVERIFY(text.contains(u"30/11/2026 10:13"_qs));
        QVERIFY(!text.contains(u"annulée"_qs));
        QVERIFY(!text.contains(u"Fait le"_qs)); // no box to fill by hand once it ran

        writeJournal(data, true);
        text = exportReport(data, {}, nullptr, true);
        QVERIFY(text.contains(u"Retour arrière du 30/11/2026 11:10 par camille@poste"_qs));
        QVERIFY(text.contains(u"Retour arrière effectué"_qs));
        QCOMPARE(text.count(u"annulée (retour arrière)"_qs),
                 steps - 3 * int(plan.hostOrder.size()));
        QCOMPARE(text.count(u"laissée en place"_qs), 3 * int(plan.hostOrder.size()));
        QVERIFY(text.contains(u"Celles qui étaient déjà faites avant l’installation sont laissées "
                              "en place"_qs));
        QVERIFY(!text.contains(QRegularExpression(u"déjà faite(?!s)"_qs)));
    }

    void english()
    {
        const QString text = exportReport(m_dir.filePath(u"data-en"_qs), {u"--lang"_qs, u"en"_qs});
        QVERIFY(text.contains(u"Publik high availability — checklist"_qs));
        QVERIFY(text.contains(u"4. Checklist of the installation"_qs));
        QVERIFY(text.contains(u"Page 1 of"_qs));
        QVERIFY(!text.contains(u"Liste de contrôle"_qs));
    }

    // haproxy -c accepts a minimal global/defaults with the exported section.
    void haproxyAcceptsTheSection()
    {
        const QString haproxy = QStandardPaths::findExecutable(
            u"haproxy"_qs, {u"/usr/sbin"_qs, u"/usr/bin"_qs, u"/sbin"_qs});
        QVERIFY2(!haproxy.isEmpty(), "haproxy is needed (installer/packages-test.txt)");
        for (const QString &file : {u"seed.json"_qs, u"four-hosts.json"_qs}) {
            const LoadResult loaded = loadDeploymentFile(sourcePath(u"examples/"_qs + file));
            QVERIFY(loaded.ok());
            const QString cfg = m_dir.filePath(u"haproxy-"_qs + file + u".cfg"_qs);
            QFile f(cfg);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("global\n    log stdout format raw local0\n\n"
                    "defaults\n    mode http\n    log global\n    timeout connect 5s\n"
                    "    timeout client 30s\n    timeout server 30s\n\n");
            const QByteArray section = renderHaproxySection(loaded.deployment);
            f.write(section);
            // A frontend that uses it (haproxy refuses a configuration without a listener).
            const QString backend =
                QRegularExpression(u"^backend (\\S+)$"_qs, QRegularExpression::MultilineOption)
                    .match(QString::fromUtf8(section))
                    .captured(1);
            QVERIFY(!backend.isEmpty());
            f.write("\nfrontend test\n    bind 127.0.0.1:8080\n    default_backend " +
                    backend.toUtf8() + "\n");
            f.close();
            const Result r = run(haproxy, {u"-c"_qs, u"-f"_qs, cfg});
            // Valid; the example names that do not resolve are only warned about.
            QVERIFY2(r.code == 0 && (r.out + r.err).contains(u"Configuration file is valid"_qs),
                     qPrintable(r.out + r.err));
        }
    }

    // The same pages in process, on a QPdfWriter: what the wizard saves.
    void inProcessWriter()
    {
        ReportInputs in;
        in.version = u"0.1.0"_qs;
        const Report report = buildReport(m_d, buildPlan(m_d), in);
        const QString pdf = m_dir.filePath(u"in-process.pdf"_qs);
        QString error;
        QVERIFY2(writeReportPdf(report, pdf, &error), qPrintable(error));
        const Result text = run(u"pdftotext"_qs, {pdf, u"-"_qs});
        QVERIFY(flat(text.out).contains(u"Haute disponibilité Publik — liste de contrôle"_qs));
        // A folder that does not exist: refused with the reason.
        QVERIFY(!writeReportPdf(report, m_dir.filePath(u"nowhere/x.pdf"_qs), &error));
        QVERIFY(error.contains(u"nowhere"_qs));
    }

private:
    QTemporaryDir m_dir;
    QString m_seed;
    Deployment m_d;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
