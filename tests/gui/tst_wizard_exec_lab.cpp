// The wizard's Exécution page on the two-host lab (tests/lab/lab; root; PHW_LAB=1, which
// ctest sets for the label "lab"), driven by objectName like an operator:
// - one installation, stopped by closing the window while it runs (asked, then stopped
//   cleanly), reopened (it opens on the Exécution page with each host's state), resumed,
//   its link to web2 dropped in the middle (the failure names web2), resumed to its end: the
//   hosts are in the procedure's HA state (every step's check holds: a second `apply`
//   finds them all done; PostgreSQL accepts the settings written), the journals agree; then
//   Retour arrière, confirmed after the list of what it undoes: the manifests are those of
//   before. A password canary is in none of the log files, the views, QSettings, the local
//   journal or the draft.
// - The Rapport page printed to PDF once the run is finished and again after the rollback
//   (and, after it, `export --report` from the same journal): pdftotext -layout finds every
//   step of the plan, host by host, with its outcome and time from the journal, the run said
//   finished, then rolled back; no canary. Its pages rendered (pdftoppm) into
//   build/screenshots/.
// - Pas à pas answered programmatically: the questions come in plan order; refusing one
//   stops the run with nothing half-done on the hosts.
#include "checkspage.h"
#include "executionpage.h"
#include "i18n.h"
#include "logmodel.h"
#include "plan.h"
#include "reportpage.h"
#include "reportprinter.h"
#include "secretstore.h"
#include "wizardwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <unistd.h>

using namespace phw;

// A helper's QVERIFY ends the helper only: the test function stops too.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 900000)
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run lab(const QStringList &arguments, int timeoutMs = 900000)
{
    return run(QStringLiteral(PHW_LAB_SCRIPT), arguments, timeoutMs);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray manifests()
{
    return lab({u"manifest"_qs, u"web1"_qs}).out + "\n----\n" +
           lab({u"manifest"_qs, u"web2"_qs}).out;
}

QByteArray hostJournal(const QString &host)
{
    return lab({u"exec"_qs, host, u"sh"_qs, u"-c"_qs,
                u"cat /var/lib/publik-ha-wizard/lab/journal 2>/dev/null; true"_qs})
        .out;
}

// The report's text as pdftotext -layout reads it (columns kept), ligatures undone.
QString pdfLayoutText(const QString &pdf)
{
    const Run r =
        run(u"pdftotext"_qs, {u"-layout"_qs, u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs}, 120000);
    return QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC);
}

// Spaces and hyphens out: pdftotext cuts lines where the page did ("authentic2-" /
// "multitenant").
QString squeezed(QString s)
{
    static const QRegularExpression cut(u"[\\s-]+"_qs);
    return s.remove(cut);
}

// The first line from `from` on where re matches; -1 when none.
qsizetype findLine(const QStringList &lines, const QRegularExpression &re, qsizetype from)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (re.match(lines.at(i)).hasMatch())
            return i;
    }
    return -1;
}

// A step's outcome as the report says it in French (app/engine/report.cpp); after the
// rollback, a step found done before the installation is left as it was.
QString frenchOutcome(const QString &state, bool rolledBack)
{
    if (state == u"done")
        return u"faite"_qs;
    if (state == u"already-done")
        return rolledBack ? u"laissée en place"_qs : u"déjà faite"_qs;
    if (state == u"rolled-back")
        return u"annulée (retour arrière)"_qs;
    return u"?"_qs + state;
}

} // namespace

class TestWizardExecLab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home; // XDG folders of the wizard under test
    QString m_deployment;
    QString m_sshConfig;
    QString m_knownHosts;
    QString m_canary;
    std::unique_ptr<WizardWindow> m_window;
    QList<QPointer<QMessageBox>> m_boxes;
    QList<std::pair<QString, QString>> m_asked; // Pas à pas: (host, step)
    int m_finished = 0;
    bool m_lastOk = false;

    ExecutionPage *page() const { return m_window->executionPage(); }

    void open()
    {
        LaunchOptions o;
        o.deploymentFile = m_deployment;
        o.sshConfig = m_sshConfig;
        o.knownHosts = m_knownHosts;
        auto *store = new MemorySecretStore;
        m_window = std::make_unique<WizardWindow>(o, store);
        store->setParent(m_window.get());
        m_boxes.clear();
        m_asked.clear();
        m_finished = 0;
        connect(page(), &ExecutionPage::confirmationAsked, this,
                [this](QMessageBox *box) { m_boxes.append(box); });
        connect(page(), &ExecutionPage::stepAsked, this,
                [this](const QString &host, const QString &step) {
                    m_asked.append({host, step});
                });
        connect(page(), &ExecutionPage::runFinished, this, [this](bool ok) {
            ++m_finished;
            m_lastOk = ok;
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Through the pages as an operator: the checks run, their warnings acknowledged.
    void toExecution()
    {
        for (int i = 0; i < ExecutionPageId; ++i) {
            if (m_window->currentId() == ChecksPageId) {
                QTRY_VERIFY_WITH_TIMEOUT(!m_window->checksPage()->running(), 300000);
                auto *ack = m_window->findChild<QCheckBox *>(u"acknowledgeWarnings"_qs);
                if (ack->isVisible() && !ack->isChecked())
                    QTest::mouseClick(ack, Qt::LeftButton, {}, QPoint(5, ack->height() / 2));
            }
            QAbstractButton *next = m_window->button(QWizard::NextButton);
            QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled(),
                                      qPrintable(m_window->currentPage()->objectName()), 30000);
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QTRY_COMPARE(m_window->currentId(), int(ExecutionPageId));
    }

    // The confirmation named objectName is open: its button "<objectName>Yes" is clicked.
    void confirm(const QString &objectName, QString *details = nullptr)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_boxes.isEmpty() && m_boxes.last() &&
                                     m_boxes.last()->objectName() == objectName,
                                 120000);
        QMessageBox *box = m_boxes.last();
        if (details)
            *details = box->text() + u'\n' + box->informativeText();
        auto *yes = box->findChild<QAbstractButton *>(objectName + u"Yes"_qs);
        if (!yes)
            yes = box->findChild<QAbstractButton *>(u"stopAndCloseButton"_qs);
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);
    }

    void click(const QString &name)
    {
        auto *b = m_window->findChild<QPushButton *>(name);
        QVERIFY2(b, qPrintable(name));
        QTRY_VERIFY2(b->isEnabled(), qPrintable(name));
        QTest::mouseClick(b, Qt::LeftButton);
    }

    void waitFinished(int count, int timeoutMs = 600000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_finished >= count, timeoutMs);
    }

    QMap<QString, QStringList> m_steps; // the plan's step ids by host
    QMap<QString, QString> m_afterRun;  // "host/step": its state once the run finished

    QStringList planSteps(const QString &host)
    {
        if (m_steps.contains(host))
            return m_steps.value(host);
        const Run plan = run(QStringLiteral(PHW_BINARY), {u"plan"_qs, m_deployment, u"--json"_qs});
        for (const QJsonValue &h :
             QJsonDocument::fromJson(plan.out).object().value(u"hosts").toArray()) {
            if (h.toObject().value(u"name").toString() != host)
                continue;
            QStringList ids;
            for (const QJsonValue &id : h.toObject().value(u"steps").toArray())
                ids.append(id.toString());
            m_steps.insert(host, ids);
            return ids;
        }
        return {};
    }

    int countState(const QString &host, const QStringList &states)
    {
        int n = 0;
        for (const QString &id : planSteps(host))
            n += states.contains(page()->stepState(host, id)) ? 1 : 0;
        return n;
    }

    bool hostIsIdle(const QString &host)
    {
        return QTest::qWaitFor(
            [&] {
                return lab({u"exec"_qs, host, u"test"_qs, u"!"_qs, u"-d"_qs,
                            u"/var/lib/publik-ha-wizard/lab/lock"_qs},
                           10000)
                           .code == 0;
            },
            120000);
    }

    void checkJournalsAgree()
    {
        // What this machine's journal records as applied is done on each host, and no step is
        // left begun without its end there.
        QFile f(LocalJournal::defaultPath(u"lab"_qs));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray steps =
            QJsonDocument::fromJson(f.readAll()).object().value(u"steps").toArray();
        for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
            const QByteArray journal = hostJournal(host);
            QByteArray lastFrame;
            for (const QByteArray &line : journal.split('\n')) {
                if (line.startsWith("begin ") || line.startsWith("done "))
                    lastFrame = line;
            }
            QVERIFY2(!lastFrame.startsWith("begin "),
                     (host + u": "_qs + QString::fromUtf8(lastFrame)).toUtf8().constData());
            for (const QJsonValue &v : steps) {
                const QJsonObject o = v.toObject();
                if (o.value(u"host").toString() != host || o.value(u"state").toString() != u"done")
                    continue;
                QVERIFY2(journal.contains("done " + o.value(u"step").toString().toUtf8() + "\n"),
                         qPrintable(host + u": "_qs + o.value(u"step").toString()));
            }
        }
    }

    void cutLink(const QString &host)
    {
        // The session's sshd processes on the host (not the listener): the link drops.
        const Run pids =
            lab({u"exec"_qs, host, u"pgrep"_qs, u"-f"_qs, u"^sshd: root@notty"_qs}, 10000);
        for (const QByteArray &pid : pids.out.split('\n')) {
            if (!pid.trimmed().isEmpty())
                lab({u"exec"_qs, host, u"kill"_qs, u"-KILL"_qs, QString::fromLatin1(pid.trimmed())},
                    10000);
        }
    }

    // Under Xvfb with PHW_SCREENSHOT_DIR set: the window as it is now.
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PHW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u'/' + name));
    }

    // What the report must say after a finished run or after the rollback.
    enum class Moment { Finished, RolledBack };

    // The report's text (pdftotext -layout), checked against this machine's journal: for
    // each host, every step of the plan, in order, numbered k/N, its title with the outcome
    // and time the journal records (the step's row in the layout's columns: the title and
    // its detail on the left, the outcome and its time on the right, lines interleaved).
    void checkReport(const QString &pdf, Moment moment)
    {
        QFile bytes(pdf);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY2(!bytes.readAll().contains(m_canary.toUtf8()), qPrintable(pdf));
        const QString text = pdfLayoutText(pdf);
        QVERIFY2(text.contains(u"Haute disponibilité Publik — liste de contrôle"_qs),
                 qPrintable(pdf));
        QVERIFY2(!text.contains(m_canary), qPrintable(pdf));
        static const QRegularExpression space(u"\\s+"_qs);
        const QString flat = QString(text).replace(space, u" "_qs);
        if (moment == Moment::Finished) {
            QVERIFY2(flat.contains(u"Installation terminée le "_qs) &&
                         flat.contains(u"toutes les étapes sont faites sur chaque hôte"_qs),
                     qPrintable(flat.left(3000)));
            QVERIFY(!flat.contains(u"Retour arrière"_qs));
        } else {
            QVERIFY2(
                flat.contains(u"Retour arrière du "_qs) &&
                    flat.contains(u"les étapes appliquées ont été annulées sur chaque hôte"_qs),
                qPrintable(flat.left(3000)));
            QVERIFY(flat.contains(u"Retour arrière effectué"_qs));
            QVERIFY(!flat.contains(u"Installation terminée"_qs));
        }
        // Nothing left to fill in by hand, nothing unrun, nothing failed.
        for (const QString &absent : {u"Fait le :"_qs, u"non exécutée"_qs, u"échec"_qs,
                                      u"interrompue"_qs, u"commencée, non terminée"_qs})
            QVERIFY2(!flat.contains(absent), qPrintable(absent));

        QFile f(LocalJournal::defaultPath(u"lab"_qs));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMap<QString, QJsonObject> journal; // "host/step"
        for (const QJsonValue &v :
             QJsonDocument::fromJson(f.readAll()).object().value(u"steps").toArray()) {
            const QJsonObject o = v.toObject();
            journal.insert(o.value(u"host").toString() + u'/' + o.value(u"step").toString(), o);
        }
        const QLocale french(QLocale::French, QLocale::France);
        const Plan plan = buildPlan(m_window->deploymentModel()->deployment());
        const QStringList lines = text.split(u'\n');
        static const QRegularExpression outcomeWord(
            u"(?<!\\w)(faite|échec|annulée|interrompue|commencée|exécutée|déjà)(?!\\w)"_qs);
        int leftInPlace = 0;
        for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
            const QList<Step> steps = plan.stepsFor(host);
            QCOMPARE(steps.size(), planSteps(host).size());
            const QRegularExpression heading(u"^\\s*"_qs + host + u" — "_qs);
            qsizetype at = findLine(lines, heading, 0);
            QVERIFY2(at >= 0, qPrintable(host));
            const int n = static_cast<int>(steps.size());
            for (int k = 1; k <= n; ++k) {
                const auto marker = [n](int i) {
                    return QRegularExpression(u"(?<![\\d/])%1/%2(?![\\d/])"_qs.arg(i).arg(n));
                };
                at = findLine(lines, marker(k), at);
                QVERIFY2(at >= 0, qPrintable(u"%1: %2/%3"_qs.arg(host).arg(k).arg(n)));
                // The row ends where the next one begins (or the host's list).
                qsizetype end = k < n ? findLine(lines, marker(k + 1), at + 1) : -1;
                if (end < 0) {
                    end = at + 1;
                    while (end < lines.size() && !lines.at(end).contains(u" — "_qs) &&
                           !lines.at(end).contains(u"5. Tâches"_qs))
                        ++end;
                }
                // Each step once (a resumed one is not listed twice).
                const qsizetype again = findLine(lines, marker(k), at + 1);
                QVERIFY2(again < 0 || again >= end,
                         qPrintable(u"%1: %2/%3 twice"_qs.arg(host).arg(k).arg(n)));
                QString row = lines.mid(at, end - at).join(u' ');
                const Step &step = steps.at(k - 1);
                const QJsonObject js = journal.value(host + u'/' + step.id);
                const QString state = js.value(u"state").toString();
                const QString what =
                    u"%1 %2/%3 %4 (%5): "_qs.arg(host).arg(k).arg(n).arg(step.id, state) +
                    row.simplified();
                // After the rollback: what the run did is undone, what it found done is not.
                if (moment == Moment::Finished) {
                    QVERIFY2(state == u"done" || state == u"already-done", qPrintable(what));
                    m_afterRun.insert(host + u'/' + step.id, state);
                } else {
                    const QString before = m_afterRun.value(host + u'/' + step.id);
                    QVERIFY2(state == (before == u"already-done" ? before : u"rolled-back"_qs),
                             qPrintable(before + u" → "_qs + what));
                    leftInPlace += state == u"already-done" ? 1 : 0;
                }
                const QString outcome = frenchOutcome(state, moment == Moment::RolledBack);
                QVERIFY2(row.contains(outcome), qPrintable(what));
                row.replace(row.indexOf(outcome), outcome.size(), u" "_qs);
                const QDateTime t = QDateTime::fromString(
                    js.value(js.value(u"ended").toString().isEmpty() ? u"started" : u"ended")
                        .toString(),
                    Qt::ISODate);
                QVERIFY2(t.isValid(), qPrintable(what));
                const QString time = french.toString(t.toLocalTime(), QLocale::ShortFormat);
                QVERIFY2(row.contains(time), qPrintable(time + u" ≠ "_qs + what));
                row.replace(row.indexOf(time), time.size(), u" "_qs);
                // The title whole once the right column is out; no second outcome in the row.
                QVERIFY2(squeezed(row).contains(squeezed(step.title)),
                         qPrintable(step.title + u" ≠ "_qs + what));
                const QRegularExpressionMatch other = outcomeWord.match(row);
                QVERIFY2(!other.hasMatch(), qPrintable(other.captured(0) + u": "_qs + what));
            }
        }
        if (leftInPlace > 0)
            QVERIFY(flat.contains(u"déjà faites avant l’installation sont laissées en place"_qs));
    }

    // As an operator: Suivant to the Rapport page, printed on a PDF printer, its pages
    // rendered into the build's screenshots; Précédent back to the Exécution page.
    void printReport(const QString &name, Moment moment)
    {
        QAbstractButton *next = m_window->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentId(), int(ReportPageId));
        const QString pdf = m_dir.filePath(name + u".pdf"_qs);
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            setReportPageLayout(&printer);
            m_window->reportPage()->printOn(&printer);
        }
        QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(pdf));
        CHECKED(checkReport(pdf, moment));
        const QString shots = QStringLiteral(PHW_SCREENSHOTS);
        QDir().mkpath(shots);
        const Run png =
            run(u"pdftoppm"_qs, {u"-r"_qs, u"60"_qs, u"-png"_qs, pdf, shots + u'/' + name}, 120000);
        QVERIFY2(png.code == 0, png.err.constData());
        QTest::mouseClick(m_window->button(QWizard::BackButton), Qt::LeftButton);
        QTRY_COMPARE(m_window->currentId(), int(ExecutionPageId));
    }

    void freshLab()
    {
        QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
        QDir(QFileInfo(LocalJournal::defaultPath(u"lab"_qs)).absolutePath()).removeRecursively();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("PHW_LAB") != u"1")
            QSKIP("set PHW_LAB=1 to run the lab tests: PHW_LAB=1 ctest -L lab");
        QVERIFY2(::geteuid() == 0, "PHW_LAB=1: the lab needs root");
        for (const QString &tool : {u"pdftotext"_qs, u"pdftoppm"_qs})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     "poppler-utils is needed (installer/packages-test.txt)");
        const Run status = lab({u"status"_qs}, 60000);
        if (status.code != 0 || !status.out.contains("web1: running") ||
            !status.out.contains("web2: running")) {
            const Run up = lab({u"up"_qs});
            QVERIFY2(up.code == 0, up.err.constData());
        }
        m_home = qEnvironmentVariable("XDG_DATA_HOME");
        m_deployment = m_dir.filePath(u"lab.json"_qs);
        QVERIFY(writeFile(m_deployment, lab({u"deployment"_qs}).out));
        m_sshConfig = m_dir.filePath(u"ssh_config"_qs);
        QVERIFY(writeFile(m_sshConfig, lab({u"ssh-config"_qs}).out));
        QFile known(QString::fromUtf8(lab({u"known-hosts-file"_qs}).out.trimmed()));
        QVERIFY(known.open(QIODevice::ReadOnly));
        m_knownHosts = m_dir.filePath(u"known_hosts"_qs);
        QVERIFY(writeFile(m_knownHosts, known.readAll()));
        // The lab's database passwords where the headless commands read them (the wizard's
        // secrets fall back on them when the keychain holds nothing), bijoe's a canary that
        // PostgreSQL is given too.
        m_canary = QStringLiteral("Canary-%1-x'y\"z$w").arg(::getpid());
        static const QRegularExpression line(u"^export (PUBLIK_DB_PASSWORD_[A-Z0-9_]+)=(.*)$"_qs);
        for (const QByteArray &l : lab({u"db-env"_qs}).out.split('\n')) {
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(l));
            if (!m.hasMatch())
                continue;
            QString v = m.captured(2);
            if (v.startsWith(u'\'') && v.endsWith(u'\''))
                v = v.mid(1, v.size() - 2);
            if (m.captured(1) == u"PUBLIK_DB_PASSWORD_BIJOE")
                v = m_canary;
            qputenv(m.captured(1).toUtf8().constData(), v.toUtf8());
        }
        const Run set = lab({u"db-passwords"_qs}, 120000);
        QVERIFY2(set.code == 0, set.err.constData());
    }

    void cleanup() { m_window.reset(); }

    void cleanupTestCase()
    {
        // PostgreSQL gets the lab's own passwords back (bijoe's was the canary).
        if (qEnvironmentVariable("PHW_LAB") != u"1")
            return;
        qunsetenv("PUBLIK_DB_PASSWORD_BIJOE");
        const Run set = lab({u"db-passwords"_qs}, 120000);
        QVERIFY2(set.code == 0, set.err.constData());
    }

    void stepByStepInPlanOrderThenRefused()
    {
        CHECKED(freshLab());
        CHECKED(open());
        CHECKED(toExecution());
        const QStringList web1 = planSteps(u"web1"_qs);
        QVERIFY(web1.size() > 6);
        CHECKED(click(u"stepByStepButton"_qs));
        CHECKED(confirm(u"stepConfirm"_qs));
        // Yes to the first four questions, each the next step of the plan; no to the fifth.
        const int yes = 4;
        for (int i = 0; i <= yes; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(m_asked.size() > i, 300000);
            QCOMPARE(m_asked.at(i).first, u"web1"_qs);
            QCOMPARE(m_asked.at(i).second, web1.at(i));
            auto *commands = m_window->findChild<QWidget *>(u"stepQuestion"_qs);
            QVERIFY(commands->isVisible());
            CHECKED(click(i < yes ? u"runStepButton"_qs : u"refuseStepButton"_qs));
        }
        CHECKED(waitFinished(1));
        QVERIFY(!m_lastOk);
        QCOMPARE(m_asked.size(), yes + 1);
        QVERIFY2(page()->statusText().contains(u"comme demandé"_qs),
                 qPrintable(page()->statusText()));
        QVERIFY(page()->failureText().isEmpty());
        for (int i = 0; i < yes; ++i)
            QVERIFY2(QStringList({u"done"_qs, u"already-done"_qs})
                         .contains(page()->stepState(u"web1"_qs, web1.at(i))),
                     qPrintable(web1.at(i)));
        QCOMPARE(page()->stepState(u"web1"_qs, web1.at(yes)), u"waiting"_qs);
        // Nothing half-done: no step begun without its end on a host, nothing running in the
        // local journal, no lock left.
        for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
            const QByteArray journal = hostJournal(host);
            QVERIFY2(!journal.contains("begin " + web1.at(yes).toUtf8()), journal.constData());
            QByteArray lastFrame;
            for (const QByteArray &l : journal.split('\n')) {
                if (l.startsWith("begin ") || l.startsWith("done "))
                    lastFrame = l;
            }
            QVERIFY2(!lastFrame.startsWith("begin "), lastFrame.constData());
        }
        QFile local(LocalJournal::defaultPath(u"lab"_qs));
        QVERIFY(local.open(QIODevice::ReadOnly));
        QVERIFY(!local.readAll().contains("\"running\""));
        QCOMPARE(lab({u"exec"_qs, u"web1"_qs, u"test"_qs, u"!"_qs, u"-e"_qs,
                      u"/srv/nfs/.publik-ha-wizard/lab/lock"_qs},
                     10000)
                     .code,
                 0);
    }

    void runCloseReopenCutResumeThenRollBack()
    {
        QElapsedTimer clock;
        clock.start();
        CHECKED(freshLab());
        const QByteArray before = manifests();
        CHECKED(open());
        CHECKED(toExecution());
        const QStringList web1 = planSteps(u"web1"_qs);
        const QStringList web2 = planSteps(u"web2"_qs);

        // 1. Exécuter: the confirmation names the hosts and the service interruptions.
        CHECKED(click(u"executeButton"_qs));
        QString asked;
        CHECKED(confirm(u"executeConfirm"_qs, &asked));
        QVERIFY2(asked.contains(u"web1"_qs) && asked.contains(u"web2"_qs), qPrintable(asked));
        QVERIFY2(asked.contains(u"nginx"_qs), qPrintable(asked));

        // 2. Closing the window while it runs asks; stopping closes it once the run stopped.
        QTRY_VERIFY_WITH_TIMEOUT(countState(u"web1"_qs, {u"done"_qs, u"already-done"_qs}) >= 3,
                                 300000);
        CHECKED(shot(u"8-execution-en-cours.png"_qs));
        m_window->close();
        CHECKED(confirm(u"closeWhileRunningBox"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 300000);
        QCOMPARE(m_finished, 1);
        QVERIFY(!m_lastOk);
        const int doneBefore = countState(u"web1"_qs, {u"done"_qs, u"already-done"_qs});
        QVERIFY(doneBefore < web1.size());
        const QString firstLog = page()->logPath();
        QVERIFY(QFileInfo(firstLog).size() > 0);
        m_window.reset();

        // 3. Reopened: on the Exécution page, each host's state from the journals.
        CHECKED(open());
        QTRY_COMPARE(m_window->currentId(), int(ExecutionPageId));
        QTRY_VERIFY_WITH_TIMEOUT(page()->statusText().contains(u"web2 : son journal"_qs), 120000);
        QCOMPARE(countState(u"web1"_qs, {u"done"_qs, u"already-done"_qs}), doneBefore);
        QCOMPARE(countState(u"web2"_qs, {u"done"_qs, u"already-done"_qs}), 0);
        QVERIFY2(page()->statusText().contains(u"web1 : son journal concorde"_qs),
                 qPrintable(page()->statusText()));

        // 4. Reprendre; the link to web2 dropped while its steps run: the failure names web2.
        CHECKED(click(u"resumeButton"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(countState(u"web2"_qs, {u"running"_qs}) > 0 &&
                                     countState(u"web2"_qs, {u"done"_qs}) >= 2,
                                 600000);
        cutLink(u"web2"_qs);
        CHECKED(waitFinished(1));
        QVERIFY(!m_lastOk);
        const QString failure = page()->failureText();
        QVERIFY2(failure.contains(u"web2"_qs), qPrintable(failure));
        QVERIFY2(failure.contains(u"Échec sur web2"_qs), qPrintable(failure));
        auto *tree = m_window->findChild<QTreeWidget *>(u"stepTree"_qs);
        QVERIFY(tree->currentItem());
        QVERIFY(tree->currentItem()->parent());
        QVERIFY(tree->currentItem()->parent()->data(0, Qt::UserRole).toString() == u"web2"_qs);
        CHECKED(shot(u"8b-execution-echec.png"_qs));
        QVERIFY(hostIsIdle(u"web2"_qs));

        // 5. Reprendre completes; the journals agree; the hosts are in the HA state.
        CHECKED(click(u"resumeButton"_qs));
        CHECKED(waitFinished(2));
        QVERIFY2(m_lastOk, qPrintable(page()->failureText() + page()->statusText()));
        QCOMPARE(countState(u"web1"_qs, {u"done"_qs, u"already-done"_qs}), int(web1.size()));
        QCOMPARE(countState(u"web2"_qs, {u"done"_qs, u"already-done"_qs}), int(web2.size()));
        checkJournalsAgree();
        // The report once both hosts have finished: each step done (or found done), once.
        QElapsedTimer reportClock;
        reportClock.start();
        CHECKED(printReport(u"rapport-apres-execution"_qs, Moment::Finished));
        qint64 reportMs = reportClock.elapsed();
        for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
            for (const QString &component : {u"combo"_qs, u"bijoe"_qs}) {
                const Run db = lab({u"db-check"_qs, host, component});
                QVERIFY2(db.code == 0, qPrintable(host + u' ' + component + u": "_qs +
                                                  QString::fromUtf8(db.err)));
            }
        }
        // As the lab tests check it: a second apply (headless) finds every step done and
        // changes nothing; the share holds the Publik folder.
        const QByteArray applied = manifests();
        QVERIFY(applied != before);
        QVERIFY2(applied.contains("/srv/nfs/publik"), applied.left(2000).constData());
        QProcess again;
        // In French, as the wizard ran: the files the steps write carry the run's language.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PUBLIK_HA_LANG"_qs);
        again.setProcessEnvironment(env);
        again.start(QStringLiteral(PHW_BINARY), {u"apply"_qs, m_deployment, u"--ssh-config"_qs,
                                                 m_sshConfig, u"--known-hosts"_qs, m_knownHosts});
        QVERIFY(again.waitForFinished(600000));
        const QByteArray againOut = again.readAllStandardOutput();
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        QVERIFY2(againOut.count("déjà faite, ignorée") == web1.size() + web2.size(),
                 againOut.constData());
        QCOMPARE(manifests(), applied);

        // 6. The canary: in none of the logs, the views, QSettings, the local journal, the
        // draft (everything the wizard wrote is under its XDG folders).
        const QByteArray canary = m_canary.toUtf8();
        QVERIFY(!page()->viewsText().contains(m_canary));
        QDirIterator files(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int logs = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            logs += path.endsWith(u".log"_qs) ? 1 : 0;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(canary), qPrintable(path));
        }
        QVERIFY2(logs >= 3, "one log file a run");
        QVERIFY(QFileInfo::exists(LocalJournal::defaultPath(u"lab"_qs)));
        QVERIFY(QFileInfo::exists(firstLog));
        // The log's complete text is what "Save the log…" writes.
        const QString saved = m_dir.filePath(u"saved.log"_qs);
        QVERIFY(page()->saveLogTo(saved));
        QCOMPARE(QFileInfo(saved).size(), QFileInfo(page()->logPath()).size());

        // 7. Retour arrière: the list of what it undoes, host by host, then the first
        // manifests again.
        CHECKED(click(u"rollbackButton"_qs));
        QString undo;
        CHECKED(confirm(u"rollbackConfirm"_qs, &undo));
        QVERIFY2(undo.indexOf(u"web2"_qs) >= 0 && undo.contains(u"à défaire"_qs), qPrintable(undo));
        CHECKED(waitFinished(3));
        QVERIFY2(m_lastOk, qPrintable(page()->failureText() + page()->statusText()));
        // Undone, but for what was found done before the installation: left in place.
        QCOMPARE(countState(u"web1"_qs, {u"rolled-back"_qs, u"already-done"_qs}), int(web1.size()));
        QVERIFY(countState(u"web1"_qs, {u"rolled-back"_qs}) > 0);
        const int left = countState(u"web1"_qs, {u"already-done"_qs}) +
                         countState(u"web2"_qs, {u"already-done"_qs});
        if (left > 0) {
            const QString progress = m_window->findChild<QLabel *>(u"progressText"_qs)->text();
            QVERIFY2(progress.contains(u"%1 laissées en place"_qs.arg(left)), qPrintable(progress));
        }
        CHECKED(shot(u"8c-execution-retour-arriere.png"_qs));
        QCOMPARE(manifests(), before);
        // The report says it: the Rapport page, and `export --report` headless from the same
        // journal (the same XDG folders).
        reportClock.restart();
        CHECKED(printReport(u"rapport-apres-retour-arriere"_qs, Moment::RolledBack));
        const QString exported = m_dir.filePath(u"export-apres-retour-arriere.pdf"_qs);
        QProcess report;
        report.setProcessEnvironment(env);
        report.start(QStringLiteral(PHW_BINARY),
                     {u"export"_qs, m_deployment, u"--report"_qs, exported});
        QVERIFY(report.waitForFinished(120000));
        QVERIFY2(report.exitCode() == 0, report.readAllStandardError().constData());
        CHECKED(checkReport(exported, Moment::RolledBack));
        reportMs += reportClock.elapsed();
        qInfo("the reports after the run and after the rollback: %lld ms", reportMs);
        qInfo("run, close, reopen, cut, resume, apply again, roll back: %lld s",
              clock.elapsed() / 1000);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, home.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"publik-ha-wizard-test"_qs);
    QCoreApplication::setApplicationName(u"publik-ha-wizard-test"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(PHW_VERSION)); // in the report
    installTranslations(u"fr"_qs);
    TestWizardExecLab test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_exec_lab.moc"
