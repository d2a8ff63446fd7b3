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
// - Pas à pas answered programmatically: the questions come in plan order; refusing one
//   stops the run with nothing half-done on the hosts.
#include "checkspage.h"
#include "executionpage.h"
#include "i18n.h"
#include "logmodel.h"
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
#include <QMessageBox>
#include <QPointer>
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
        QCOMPARE(countState(u"web1"_qs, {u"rolled-back"_qs}), int(web1.size()));
        CHECKED(shot(u"8c-execution-retour-arriere.png"_qs));
        QCOMPARE(manifests(), before);
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
    installTranslations(u"fr"_qs);
    TestWizardExecLab test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard_exec_lab.moc"
