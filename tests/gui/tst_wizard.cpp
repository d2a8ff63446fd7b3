// The wizard driven as an operator drives it: by keyboard and mouse, widgets found by
// objectName, offscreen. What it shows must be the engine's: validate()'s messages, the
// plan's text, the exported scripts; and a password typed in never reaches a file.
#include "checkspage.h"
#include "cli.h"
#include "deploymentmodel.h"
#include "executionpage.h"
#include "hostkeydialog.h"
#include "hoststablemodel.h"
#include "i18n.h"
#include "localjournal.h"
#include "plan.h"
#include "previewpage.h"
#include "render.h"
#include "secretstore.h"
#include "sshsession.h"
#include "validation.h"
#include "welcomepage.h"
#include "wizardwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace phw;

namespace {

QtMessageHandler g_testLogHandler = nullptr;

// The offscreen platform warns about size hints for every window shown: noise, dropped;
// everything else goes to Qt Test's log.
void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"propagateSizeHints"_qs))
        return;
    if (g_testLogHandler)
        g_testLogHandler(type, context, message);
}

QString seedPath()
{
    return QStringLiteral(PHW_SOURCE_DIR "/examples/seed.json");
}

// Every folder the wizard may write to during a test (XDG config, data, cache, state).
QTemporaryDir *homeDir()
{
    static QTemporaryDir dir;
    return &dir;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

int runCliCaptured(const QStringList &arguments, QString *output)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = runCli(arguments, o, e);
    o.flush();
    e.flush();
    if (output)
        *output = out;
    return code;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WizardWindow> m_window;
    SecretStore *m_store = nullptr;
    QMap<QString, bool> m_written; // SecretStore::written(key, inKeychain)

    WizardWindow *makeWindow(const QString &file = {}, bool keychain = false)
    {
        LaunchOptions options;
        options.deploymentFile = file;
        m_store = keychain ? static_cast<SecretStore *>(new KeychainSecretStore)
                           : static_cast<SecretStore *>(new MemorySecretStore);
        m_window = std::make_unique<WizardWindow>(options, m_store);
        m_store->setParent(m_window.get());
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("the wizard's window was not shown");
        m_window->activateWindow(); // an X server without window manager does not do it
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the wizard's window did not become active");
        return m_window.get();
    }

    template <typename T> T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }

    bool next()
    {
        QAbstractButton *button = m_window->button(QWizard::NextButton);
        const int before = m_window->currentId();
        if (!QTest::qWaitFor([&] { return button->isEnabled(); })) {
            qWarning("Next stays disabled on page %d: %s", before,
                     qPrintable(static_cast<PageBase *>(m_window->currentPage())->blockedReason()));
            return false;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor([&] { return m_window->currentId() != before; });
    }

    // Types text into a line edit as the operator does: click, select all, type.
    static void type(QLineEdit *edit, const QString &text)
    {
        QTest::mouseClick(edit, Qt::LeftButton);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }

    // Edits one cell: click it, F2, select all, type, Enter.
    static bool editCell(QTableView *table, int row, int column, const QString &text)
    {
        const QModelIndex index = table->model()->index(row, column);
        table->scrollTo(index);
        if (table->currentIndex() == index)
            table->setFocus(Qt::TabFocusReason); // a click on the current cell would edit it
        else
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
        if (table->currentIndex() != index) {
            qWarning("cell %d,%d is not current after a click", row, column);
            return false;
        }
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        if (!editor || editor == table) {
            qWarning("no editor for cell %d,%d (focus: %s)", row, column,
                     editor ? editor->metaObject()->className() : "none");
            return false;
        }
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        return QTest::qWaitFor([&] { return QApplication::focusWidget() == table; });
    }

    static void toggleCell(QTableView *table, int row, int column)
    {
        const QModelIndex index = table->model()->index(row, column);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTest::keyClick(table, Qt::Key_Space);
    }

    // The checks page, without hosts to reach: the real run ends blocked (no host answers);
    // then a clean run's findings (none) are shown, as Preflight::finished would bring them.
    bool passChecks()
    {
        ChecksPage *checks = m_window->checksPage();
        if (!QTest::qWaitFor([&] { return !checks->running(); }, 60000)) {
            qWarning("the preflight did not finish");
            return false;
        }
        if (m_window->button(QWizard::NextButton)->isEnabled()) {
            qWarning("Next is enabled after a preflight that reached no host");
            return false;
        }
        checks->showResults({});
        return true;
    }

    bool goTo(int page)
    {
        while (m_window->currentId() != page) {
            if (m_window->currentId() == ChecksPageId && !passChecks())
                return false;
            if (!next())
                return false;
        }
        return true;
    }

    // The problems shown in red on the current page.
    QStringList shownProblems() const
    {
        QStringList out;
        for (ProblemLabel *l : m_window->currentPage()->findChildren<ProblemLabel *>()) {
            if (l->isVisible())
                out.append(l->text().split(u'\n'));
        }
        return out;
    }

    void fillEmptyDeployment(const QString &canary);

private slots:
    void initTestCase()
    {
        QVERIFY(homeDir()->isValid());
        g_testLogHandler = qInstallMessageHandler(dropPlatformNoise);
        QSettings().clear();
    }

    void init() { QSettings().clear(); }

    void cleanup() { m_window.reset(); }

    void fillFromEmptyThenSaveAndReopen();
    void badInputShowsEngineMessage_data();
    void badInputShowsEngineMessage();
    void previewIsPlanText();
    void previewShowsInterruptions();
    void previewShowsFileDiffs();
    void exportIsCliExport();
    void everyFocusableWidgetHasAName();
    void passwordCanaryStaysInKeychain();
    void screenshots();
    void commandLineArguments();
    void checksBlockAndWarnings();
    void executionLogCappedAndComplete();
    void executionLogTimeOfTheRun();
    void logModelKeepsTheLastLines();
    void logModelSignalsAgreeWithRows();
    void logFileLoneSurrogates();
    void closingWithUnsavedChangesAsks();
    void testConnectionReportsInTheRow();
    void recentFilesSayTheirState();
    void draftOfferedAfterACrash();
    void addressesResolvedAndPortsProbed();
    void languageSwitchesTheOpenWindow();
    void keyboardOnlyEnterAndDrop();
};

void TestWizard::keyboardOnlyEnterAndDrop()
{
    makeWindow();
    // Enter in a field is the default button (Next) once the page has no problem.
    auto *name = find<QLineEdit>(u"deploymentName"_qs);
    type(name, u"clavier"_qs);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentId(), int(HostsPageId));
    // A mnemonic reaches its button: Alt+A adds a host.
    QTest::keyClick(m_window->currentPage(), Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(m_window->deploymentModel()->deployment().hosts.size(), 1);
    m_window->deploymentModel()->reset(m_window->deploymentModel()->deployment());

    // A deployment file dropped on the window opens it.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(seedPath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(m_window->deploymentModel()->filePath(), seedPath());
    QCOMPARE(m_window->deploymentModel()->deployment().name, u"macollectivite"_qs);
}

void TestWizard::languageSwitchesTheOpenWindow()
{
    makeWindow(seedPath());
    type(find<QLineEdit>(u"deploymentName"_qs), u"bilingue"_qs);
    QCOMPARE(m_window->currentPage()->title(), u"Accueil"_qs);
    auto choose = [this](int index) {
        auto *language = find<QComboBox>(u"languageChoice"_qs);
        language->setFocus();
        QTest::keyClick(language, index == 0 ? Qt::Key_Up : Qt::Key_Down);
    };
    choose(1);
    QTRY_COMPARE(m_window->currentPage()->title(), u"Welcome"_qs);
    QTRY_COMPARE(find<QLineEdit>(u"deploymentName"_qs)->text(), u"bilingue"_qs); // same model
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->button(QWizard::NextButton)->text(), u"&Next >"_qs);
    QCOMPARE(QSettings().value(u"language"_qs).toString(), u"en"_qs);
    QVERIFY(next());
    QCOMPARE(m_window->currentPage()->title(), u"Hosts"_qs);
    m_window->back();
    QTRY_COMPARE(m_window->currentId(), int(WelcomePageId));
    choose(0);
    QTRY_COMPARE(m_window->currentPage()->title(), u"Accueil"_qs);
    QCOMPARE(m_window->button(QWizard::NextButton)->text(), u"&Suivant >"_qs);
    QSettings().remove(u"language"_qs);
}

void TestWizard::addressesResolvedAndPortsProbed()
{
    QTcpServer server; // an open port on this machine
    QVERIFY(server.listen(QHostAddress::LocalHost));
    makeWindow(seedPath());
    QVERIFY(goTo(HostsPageId));
    auto *hosts = find<QTableView>(u"hostsTable"_qs);
    QVERIFY(editCell(hosts, 0, HostsTableModel::Port, QString::number(server.serverPort())));
    QVERIFY(editCell(hosts, 0, HostsTableModel::Address, u"127.0.0.1"_qs));
    const QModelIndex open = hosts->model()->index(0, HostsTableModel::Network);
    QTRY_VERIFY_WITH_TIMEOUT(open.data().toString().contains(u"ouvert"_qs) &&
                                 open.data(Qt::ToolTipRole).toString().contains(u"127.0.0.1"_qs),
                             20000);
    QVERIFY(!open.data(Qt::ForegroundRole).isValid());
    QVERIFY(open.data(Qt::DecorationRole).isValid());
    // web2.example.org does not resolve here: said in the row, in red.
    const QModelIndex unknown = hosts->model()->index(1, HostsTableModel::Network);
    QTRY_VERIFY_WITH_TIMEOUT(unknown.data(Qt::ForegroundRole).isValid(), 20000);
    QVERIFY2(unknown.data(Qt::ToolTipRole).toString().contains(u"web2.example.org"_qs),
             qPrintable(unknown.data().toString()));
}

void TestWizard::draftOfferedAfterACrash()
{
    makeWindow(seedPath());
    type(find<QLineEdit>(u"deploymentName"_qs), u"brouillon"_qs);
    m_window->writeDraft(); // what the autosave timer does a few seconds after a change
    QVERIFY(QFile::exists(WizardWindow::draftPath()));
    m_window.reset(); // the session ends without being closed: a crash

    makeWindow();
    auto click = [this](const QString &button) {
        QTimer::singleShot(0, this, [button] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                if (auto *b = box->findChild<QAbstractButton *>(button))
                    b->click();
            }
        });
    };
    click(u"restoreDraftButton"_qs);
    QVERIFY(m_window->offerDraft());
    QCOMPARE(find<QLineEdit>(u"deploymentName"_qs)->text(), u"brouillon"_qs);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->deploymentModel()->filePath(), seedPath());
    QVERIFY(QFile::exists(WizardWindow::draftPath()));

    // Closed with its changes discarded on purpose: no draft left.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    m_window->close();
    QVERIFY(!QFile::exists(WizardWindow::draftPath()));
    m_window.reset();
    makeWindow();
    QVERIFY(!m_window->offerDraft());
}

void TestWizard::recentFilesSayTheirState()
{
    makeWindow(seedPath());
    auto *recent = find<QListWidget>(u"recentFiles"_qs);
    QCOMPARE(recent->count(), 1);
    QVERIFY2(recent->item(0)->text().contains(u"jamais exécuté"_qs),
             qPrintable(recent->item(0)->text()));
    LocalJournal journal(LocalJournal::defaultPath(u"macollectivite"_qs));
    journal.deployment = u"macollectivite"_qs;
    journal.runs.append({u"apply"_qs, u"op@here"_qs, {}, {}, u"ok"_qs, {}});
    QVERIFY(journal.save());
    QCOMPARE(WelcomePage::journalState(seedPath()), u"installé"_qs);
    journal.runs.append({u"rollback"_qs, u"op@here"_qs, {}, {}, u"ok"_qs, {}});
    QVERIFY(journal.save());
    QCOMPARE(WelcomePage::journalState(seedPath()), u"retour arrière fait"_qs);
    journal.runs.append({u"apply"_qs, u"op@here"_qs, {}, {}, u"failed"_qs, {}});
    journal.step(u"web1"_qs, u"accounts.hobo"_qs).state = u"done"_qs;
    QVERIFY(journal.save());
    QCOMPARE(WelcomePage::journalState(seedPath()), u"partiellement appliqué"_qs);
    QFile::remove(journal.path());
}

void TestWizard::testConnectionReportsInTheRow()
{
    makeWindow(seedPath());
    QVERIFY(goTo(HostsPageId));
    auto *hosts = find<QTableView>(u"hostsTable"_qs);
    const QModelIndex first = hosts->model()->index(0, HostsTableModel::Name);
    QTest::mouseClick(hosts->viewport(), Qt::LeftButton, {}, hosts->visualRect(first).center());
    const QModelIndex status = hosts->model()->index(0, HostsTableModel::Connection);
    const QString untested = status.data().toString();
    QTest::mouseClick(find<QPushButton>(u"testConnectionButton"_qs), Qt::LeftButton);
    // web1.example.org does not resolve here: the engine's message, in the row, in red.
    QTRY_VERIFY_WITH_TIMEOUT(
        status.data().toString() != untested && status.data(Qt::ForegroundRole).isValid(), 60000);
    QVERIFY2(status.data().toString().contains(u"web1"_qs), qPrintable(status.data().toString()));
    // Editing the host forgets the outcome: it was about the host as it was.
    QVERIFY(editCell(hosts, 0, HostsTableModel::Port, u"2222"_qs));
    QCOMPARE(status.data().toString(), untested);
}

void TestWizard::closingWithUnsavedChangesAsks()
{
    makeWindow(seedPath());
    QVERIFY(!m_window->isWindowModified());
    type(find<QLineEdit>(u"deploymentName"_qs), u"autre"_qs);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith(u"autre[*]"_qs));
    auto answer = [this](QMessageBox::StandardButton button, bool *asked) {
        QTimer::singleShot(0, this, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == u"unsavedChangesBox") {
                *asked = true;
                box->button(button)->click();
            }
        });
    };
    bool asked = false;
    answer(QMessageBox::Cancel, &asked);
    m_window->close();
    QVERIFY(asked);
    QVERIFY(m_window->isVisible()); // Cancel: still open, still modified
    QVERIFY(m_window->isWindowModified());
    asked = false;
    answer(QMessageBox::Discard, &asked);
    m_window->close();
    QVERIFY(asked);
    QVERIFY(!m_window->isVisible());
}

void TestWizard::checksBlockAndWarnings()
{
    makeWindow(seedPath());
    QVERIFY(goTo(ChecksPageId));
    ChecksPage *checks = m_window->checksPage();
    QTRY_VERIFY_WITH_TIMEOUT(!checks->running(), 60000);
    // No host of the seed answers here: each one is a blocking finding, Next stays disabled.
    auto *table = find<QTableWidget>(u"checksTable"_qs);
    QVERIFY(table->rowCount() >= 2);
    QVERIFY(!m_window->button(QWizard::NextButton)->isEnabled());
    // In French, with what to do: libssh's English is not what the operator reads.
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString message = table->item(row, 2)->text();
        const QString hint = table->item(row, 3)->text();
        QVERIFY2(message.contains(u" : "_qs) && !message.contains(u"Failed to"_qs),
                 qPrintable(message));
        QVERIFY2(hint.startsWith(u"Vérifiez"_qs), qPrintable(hint));
    }
    QVERIFY(find<QPushButton>(u"runChecksButton"_qs)->isEnabled());

    // Warnings only: Next once they are acknowledged by the checkbox that counts them.
    const PreflightItem warning{u"web2"_qs, PreflightItem::Severity::Warning,
                                u"web2 has 1 GiB of memory"_qs, u"add memory"_qs};
    checks->showResults({warning});
    auto *acknowledge = find<QCheckBox>(u"acknowledgeWarnings"_qs);
    QVERIFY(acknowledge->isVisible());
    QVERIFY(acknowledge->toolTip().contains(warning.message));
    QVERIFY(!m_window->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
    QTRY_VERIFY(m_window->button(QWizard::NextButton)->isEnabled());

    // A change of the deployment asks for a new run.
    m_window->deploymentModel()->edit([](Deployment &d) { d.database.port = 5433; });
    QTRY_VERIFY(!m_window->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::fillEmptyDeployment(const QString &canary)
{
    const Deployment seed = loadDeploymentFile(seedPath()).deployment;
    QCOMPARE(m_window->currentId(), int(WelcomePageId));
    type(find<QLineEdit>(u"deploymentName"_qs), u"macollectivite"_qs);
    QVERIFY(next());

    // Hôtes: two rows typed cell by cell; the first added is the primary.
    QCOMPARE(m_window->currentId(), int(HostsPageId));
    auto *hosts = find<QTableView>(u"hostsTable"_qs);
    QVERIFY(!m_window->button(QWizard::NextButton)->isEnabled());
    for (int row = 0; row < 2; ++row) {
        QTest::mouseClick(find<QPushButton>(u"addHostButton"_qs), Qt::LeftButton);
        QTRY_COMPARE(hosts->model()->rowCount(), row + 1);
        const Host &h = seed.hosts.at(row);
        QVERIFY(editCell(hosts, row, 0, h.name));
        QVERIFY(editCell(hosts, row, 1, h.address));
    }
    if (!canary.isEmpty()) {
        // web2 selected: its SSH password and key passphrase, typed into the panel below.
        QTRY_VERIFY(find<QGroupBox>(u"selectedHostBox"_qs)->title().startsWith(u"web2"_qs));
        QVERIFY(!find<QLineEdit>(u"sudoPassword"_qs)->isEnabled()); // root, no sudo
        for (const QString &field : {u"sshPassword"_qs, u"keyPassphrase"_qs}) {
            auto *edit = find<QLineEdit>(field);
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QVERIFY(!edit->accessibleName().isEmpty());
            type(edit, canary + u'-' + field);
            QTest::keyClick(edit, Qt::Key_Tab); // leaving the field stores it
        }
    }
    QVERIFY(next());

    // Comptes système: the starting UID, then the procedure's numbering.
    auto *firstUid = find<QSpinBox>(u"firstUid"_qs);
    QTest::mouseClick(firstUid, Qt::LeftButton);
    QTest::keyClick(firstUid, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(firstUid, u"2102"_qs);
    QTest::mouseClick(find<QPushButton>(u"numberAccountsButton"_qs), Qt::LeftButton);
    QTRY_COMPARE(find<QTableView>(u"accountsTable"_qs)->model()->rowCount(), 8);
    QVERIFY(next());

    // Base de données.
    type(find<QLineEdit>(u"databaseHost"_qs), seed.database.host);
    for (auto it = seed.database.components.cbegin(); it != seed.database.components.cend(); ++it) {
        type(find<QLineEdit>(u"databaseName_"_qs + it.key()), it->name);
        type(find<QLineEdit>(u"databaseRole_"_qs + it.key()), it->user);
    }
    if (!canary.isEmpty()) {
        m_written.clear();
        connect(m_store, &SecretStore::written, this,
                [this](const QString &key, bool inKeychain) { m_written.insert(key, inKeychain); });
        auto *password = find<QLineEdit>(u"databasePassword_combo"_qs);
        type(password, canary);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClick(password, Qt::Key_Tab); // leaving the field stores it
    }
    QVERIFY(next());

    // Partage NFS.
    type(find<QLineEdit>(u"shareMount"_qs), seed.nfs.mount);
    type(find<QLineEdit>(u"sharePublikDir"_qs), seed.nfs.publikDir);
    QVERIFY(next());
    QCOMPARE(m_window->currentId(), int(ChecksPageId));
    QVERIFY(passChecks());
    QVERIFY(next());
    QCOMPARE(m_window->currentId(), int(PreviewPageId));
    QTRY_VERIFY(!m_window->previewPage()->stepText().isEmpty());
}

void TestWizard::fillFromEmptyThenSaveAndReopen()
{
    makeWindow();
    fillEmptyDeployment({});
    Deployment expected = loadDeploymentFile(seedPath()).deployment;
    expected.extraPackages.clear(); // no page edits them
    QCOMPARE(m_window->deploymentModel()->deployment(), expected);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(u"macollectivite"_qs));

    const QString path = homeDir()->filePath(u"saved.json"_qs);
    QVERIFY(m_window->saveTo(path));
    QVERIFY(!m_window->isWindowModified());
    // What the CLI loads from the file is what the wizard held, and it validates.
    const LoadResult loaded = loadDeploymentFile(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.deployment, expected);
    QCOMPARE(readAll(path), loaded.deployment.toJsonBytes());
    QCOMPARE(runCliCaptured({u"validate"_qs, path}, nullptr), 0);
    QVERIFY(WizardWindow::recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    m_window.reset();

    // Reopened: every page shows the same values.
    makeWindow(path);
    QCOMPARE(m_window->deploymentModel()->deployment(), expected);
    QCOMPARE(find<QLineEdit>(u"deploymentName"_qs)->text(), u"macollectivite"_qs);
    QVERIFY(next());
    auto *hosts = find<QTableView>(u"hostsTable"_qs);
    QCOMPARE(hosts->model()->rowCount(), 2);
    QCOMPARE(hosts->model()->index(0, 0).data().toString(), u"web1"_qs);
    QCOMPARE(hosts->model()->index(1, 1).data().toString(), u"web2.example.org"_qs);
    QCOMPARE(hosts->model()->index(0, 7).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(next());
    auto *accounts = find<QTableView>(u"accountsTable"_qs);
    QCOMPARE(accounts->model()->rowCount(), 8);
    QCOMPARE(accounts->model()->index(7, 0).data().toString(), u"bijoe"_qs);
    QCOMPARE(accounts->model()->index(7, 1).data().toString(), u"2109"_qs);
    QVERIFY(next());
    QCOMPARE(find<QLineEdit>(u"databaseHost"_qs)->text(), u"sql-prod"_qs);
    QCOMPARE(find<QSpinBox>(u"databasePort"_qs)->value(), 5432);
    QCOMPARE(find<QLineEdit>(u"databaseName_authentic2-multitenant"_qs)->text(),
             u"authentic2_multitenant"_qs);
    QVERIFY(next());
    QCOMPARE(find<QLineEdit>(u"shareMount"_qs)->text(), u"/srv/nfs"_qs);
    QCOMPARE(find<QLineEdit>(u"sharePublikDir"_qs)->text(), u"/srv/nfs/publik"_qs);
    QVERIFY(!m_window->isWindowModified());
}

void TestWizard::badInputShowsEngineMessage_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("duplicate UID") << int(AccountsPageId) << u"accountsTable"_qs << 1 << 1
                                   << u"2102"_qs << u"accounts[1].uid"_qs;
    QTest::newRow("UID 0") << int(AccountsPageId) << u"accountsTable"_qs << 0 << 1 << u"0"_qs
                           << u"accounts[0].uid"_qs;
    QTest::newRow("port 70000") << int(HostsPageId) << u"hostsTable"_qs << 0 << 2 << u"70000"_qs
                                << u"hosts[0].port"_qs;
    QTest::newRow("address with ;") << int(HostsPageId) << u"hostsTable"_qs << 1 << 1
                                    << u"web2;reboot"_qs << u"hosts[1].address"_qs;
    QTest::newRow("no primary") << int(HostsPageId) << u"hostsTable"_qs << 0 << 7 << QString()
                                << u"hosts"_qs;
    QTest::newRow("relative mount point")
        << int(SharePageId) << u"shareMount"_qs << -1 << -1 << u"srv/nfs"_qs << u"nfs.mount"_qs;
    QTest::newRow("Publik folder outside the mount")
        << int(SharePageId) << u"sharePublikDir"_qs << -1 << -1 << u"/srv/publik"_qs
        << u"nfs.publik_dir"_qs;
    QTest::newRow("database port 70000") << int(DatabasePageId) << u"databasePort"_qs << -2 << -1
                                         << u"70000"_qs << u"database.port"_qs;
}

void TestWizard::badInputShowsEngineMessage()
{
    QFETCH(int, page);
    QFETCH(QString, widget);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, field);

    makeWindow(seedPath());
    QVERIFY(goTo(page));
    QVERIFY(m_window->button(QWizard::NextButton)->isEnabled());
    if (row >= 0) {
        auto *table = find<QTableView>(widget);
        if (text.isEmpty())
            toggleCell(table, row, column);
        else
            QVERIFY(editCell(table, row, column, text));
    } else if (row == -2) {
        auto *spin = find<QSpinBox>(widget);
        QTest::mouseClick(spin, Qt::LeftButton);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
    } else {
        type(find<QLineEdit>(widget), text);
    }

    // The engine's messages for that field, in French, are what the page shows.
    QStringList expected;
    for (const Problem &p : validate(m_window->deploymentModel()->deployment())) {
        if (p.field == field && p.isError())
            expected.append(p.message);
    }
    QVERIFY2(!expected.isEmpty(), qPrintable(field));
    for (const QString &message : std::as_const(expected)) {
        QVERIFY2(message.startsWith(field + u' '), qPrintable(message)); // French: "field : …"
        QTRY_VERIFY2(shownProblems().contains(message), qPrintable(message));
    }
    if (row >= 0 && column >= 0 && field != u"hosts") {
        auto *table = find<QTableView>(widget);
        QVERIFY(table->model()
                    ->index(row, column)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(expected.constFirst()));
    }
    QTRY_VERIFY(!m_window->button(QWizard::NextButton)->isEnabled());
    auto *reason = m_window->currentPage()->findChild<QLabel *>(u"nextBlockedReason"_qs);
    QVERIFY(reason && reason->isVisible() && !reason->text().isEmpty());
}

// Above the tree, the plan's interruptions host by host, numbered as the tree numbers the
// steps; the same data as `plan --json`.
void TestWizard::previewShowsInterruptions()
{
    makeWindow(seedPath());
    QVERIFY(goTo(PreviewPageId));
    const Plan plan = buildPlan(m_window->deploymentModel()->deployment());
    const QString shown = m_window->previewPage()->interruptionsText();
    QVERIFY(find<QLabel>(u"interruptionsLabel"_qs)->isVisible());
    QVERIFY2(shown.startsWith(u"Interruptions de service"_qs), qPrintable(shown));
    for (const QString &host : plan.hostOrder) {
        const QList<Step> steps = plan.stepsFor(host);
        for (const ServiceInterruption &i : plan.interruptions(host)) {
            qsizetype n = 0;
            while (steps.at(n).id != i.step)
                ++n;
            QVERIFY2(shown.contains(QStringLiteral("%1 (étape %2)").arg(i.service).arg(n + 1)),
                     qPrintable(i.step + u"\n"_qs + shown));
        }
    }
    QVERIFY(shown.contains(u"web2 : arrêtés pendant le déplacement de leurs fichiers : nginx"_qs));
    QString json;
    QCOMPARE(runCliCaptured({u"plan"_qs, seedPath(), u"--json"_qs}, &json), 0);
    const QJsonArray hosts =
        QJsonDocument::fromJson(json.toUtf8()).object().value(u"hosts"_qs).toArray();
    QCOMPARE(hosts.at(1).toObject().value(u"interruptions"_qs).toArray(),
             QJsonArray({QJsonObject{{u"step"_qs, u"attach.nginx"_qs},
                                     {u"service"_qs, u"nginx"_qs},
                                     {u"kind"_qs, u"stop"_qs}}}));
}

// Where preflight read a host's file, the step's file is shown against it.
void TestWizard::previewShowsFileDiffs()
{
    makeWindow(seedPath());
    QVERIFY(goTo(ChecksPageId));
    ChecksPage *checks = m_window->checksPage();
    QTRY_VERIFY_WITH_TIMEOUT(!checks->running(), 60000);
    const QString settings = u"/etc/combo/settings.d/macollectivite.py"_qs;
    const QString dropIn = u"/etc/systemd/system/combo.service.d/wait-for-nfs.conf"_qs;
    CurrentFiles files;
    files[u"web1"_qs][settings] = {true, false,
                                   u"DATABASES[\"default\"][\"NAME\"] = \"combo\"\n"
                                   u"DATABASES[\"default\"][\"PASSWORD\"] = «…»\n"
                                   u"DATABASES[\"default\"][\"HOST\"] = \"old-sql\"\n"_qs};
    files[u"web1"_qs][dropIn] = {false, false, {}};
    checks->showResults({}, files);
    QVERIFY(next());
    QCOMPARE(m_window->currentId(), int(PreviewPageId));
    QTreeView *tree = m_window->previewPage()->tree();
    const Plan plan = buildPlan(m_window->deploymentModel()->deployment());
    const auto select = [&](const QString &host, const QString &id) {
        const QList<Step> steps = plan.stepsFor(host);
        const int h = int(plan.hostOrder.indexOf(host));
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).id == id) {
                const QModelIndex index = tree->model()->index(i, 0, tree->model()->index(h, 0));
                tree->scrollTo(index);
                QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                                  tree->visualRect(index).center());
                return tree->currentIndex() == index;
            }
        }
        return false;
    };
    QVERIFY(select(u"web1"_qs, u"database.combo"_qs));
    const QString diff = m_window->previewPage()->diffText();
    QVERIFY2(diff.contains(u"- DATABASES[\"default\"][\"HOST\"] = \"old-sql\""_qs),
             qPrintable(diff));
    QVERIFY2(diff.contains(u"+ DATABASES[\"default\"][\"HOST\"] = \"sql-prod\""_qs),
             qPrintable(diff));
    QVERIFY2(diff.contains(u"  DATABASES[\"default\"][\"NAME\"] = \"combo\""_qs), qPrintable(diff));
    QVERIFY2(
        diff.contains(u"+ DATABASES[\"default\"][\"PASSWORD\"] = «PUBLIK_DB_PASSWORD_COMBO»"_qs),
        qPrintable(diff));
    QVERIFY(find<QPlainTextEdit>(u"fileDiff"_qs)->isVisible());
    // The step's own text is unchanged: still byte for byte `plan`'s.
    const QList<Step> web1 = plan.stepsFor(u"web1"_qs);
    const auto at = std::find_if(web1.cbegin(), web1.cend(),
                                 [](const Step &st) { return st.id == u"database.combo"; });
    QCOMPARE(m_window->previewPage()->stepText(),
             renderStepText(*at, at - web1.cbegin(), web1.size()));
    QVERIFY(select(u"web1"_qs, u"systemd.requires-mounts"_qs));
    QVERIFY2(m_window->previewPage()->diffText().contains(
                 dropIn + u" (root:root, 0644) sur web1\n  absent de l’hôte aujourd’hui"_qs),
             qPrintable(m_window->previewPage()->diffText()));
    // web2 was not read: no diff, and a step without files shows none either.
    QVERIFY(select(u"web2"_qs, u"systemd.requires-mounts"_qs));
    QVERIFY(m_window->previewPage()->diffText().isEmpty());
    QVERIFY(select(u"web1"_qs, u"accounts.hobo"_qs));
    QVERIFY(m_window->previewPage()->diffText().isEmpty());
    // A change of the deployment: what was read is about another plan, no diff any more.
    m_window->deploymentModel()->edit([](Deployment &d) { d.database.port = 5433; });
    QVERIFY(select(u"web1"_qs, u"database.combo"_qs));
    QVERIFY(m_window->previewPage()->diffText().isEmpty());
}

void TestWizard::previewIsPlanText()
{
    makeWindow(seedPath());
    QVERIFY(goTo(PreviewPageId));
    QString planText;
    QCOMPARE(runCliCaptured({u"plan"_qs, seedPath()}, &planText), 0);
    const Deployment &d = m_window->deploymentModel()->deployment();
    const Plan plan = buildPlan(d);
    QTreeView *tree = m_window->previewPage()->tree();
    auto *steps = qobject_cast<QStandardItemModel *>(tree->model());
    QVERIFY(steps);
    QCOMPARE(steps->rowCount(), int(plan.hostOrder.size()));
    int checked = 0;
    for (int h = 0; h < steps->rowCount(); ++h) {
        QStandardItem *hostItem = steps->item(h);
        const QList<Step> hostSteps = plan.stepsFor(plan.hostOrder.at(h));
        QCOMPARE(hostItem->rowCount(), int(hostSteps.size()));
        qsizetype from = 0;
        for (int i = 0; i < hostItem->rowCount(); ++i) {
            const QModelIndex index = hostItem->child(i)->index();
            tree->scrollTo(index);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                              tree->visualRect(index).center());
            QTRY_COMPARE(tree->currentIndex(), index);
            const QString shown = m_window->previewPage()->stepText();
            QCOMPARE(shown, renderStepText(hostSteps.at(i), i, hostSteps.size()));
            // Byte for byte what `plan` prints for that step, at its place in the output.
            const qsizetype at = planText.indexOf(shown, from);
            QVERIFY2(at >= 0, qPrintable(hostSteps.at(i).id));
            from = at + shown.size();
            ++checked;
        }
    }
    qsizetype expectedSteps = 0;
    for (const QString &host : plan.hostOrder)
        expectedSteps += plan.stepsFor(host).size();
    QCOMPARE(checked, int(expectedSteps));
}

void TestWizard::exportIsCliExport()
{
    makeWindow(seedPath());
    QVERIFY(goTo(PreviewPageId));
    QTemporaryDir wizardDir;
    QTemporaryDir cliDir;
    QString error;
    QVERIFY2(m_window->previewPage()->exportTo(wizardDir.path(), &error), qPrintable(error));
    QCOMPARE(runCliCaptured({u"export"_qs, seedPath(), u"--script"_qs, cliDir.path()}, nullptr), 0);
    const QStringList files = QDir(cliDir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(QDir(wizardDir.path()).entryList(QDir::Files, QDir::Name), files);
    QVERIFY(files.size() >= 2);
    for (const QString &f : files) {
        const QString a = wizardDir.filePath(f);
        const QString b = cliDir.filePath(f);
        QCOMPARE(readAll(a), readAll(b));
        QCOMPARE(QFileInfo(a).permissions(), QFileInfo(b).permissions());
    }
}

void TestWizard::everyFocusableWidgetHasAName()
{
    makeWindow(seedPath());
    QStringList unnamed;
    for (;;) {
        QWidget *start = m_window->button(QWizard::CancelButton);
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QSet<QWidget *> seen;
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            if (!w || seen.contains(w))
                break;
            seen.insert(w);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty()) {
                unnamed.append(
                    QStringLiteral("page %1: %2 (%3)")
                        .arg(m_window->currentId())
                        .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className())));
            }
        }
        QVERIFY2(seen.size() > 3, "tabbing went nowhere");
        if (m_window->currentId() == PreviewPageId)
            break;
        QVERIFY(goTo(m_window->currentId() + 1));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_qs)));
}

void TestWizard::passwordCanaryStaysInKeychain()
{
    const bool keychain = qEnvironmentVariableIntValue("PHW_TEST_KEYCHAIN") == 1;
    const QString canary = u"Canary-7f3a9c-Pw"_qs;
    makeWindow({}, keychain);
    if (keychain)
        QTRY_VERIFY_WITH_TIMEOUT(m_store->state() != SecretStore::State::Probing, 20000);
    fillEmptyDeployment(canary);
    const QString path = homeDir()->filePath(u"canary.json"_qs);
    QVERIFY(m_window->saveTo(path));
    QTemporaryDir exportDir(homeDir()->filePath(u"export-XXXXXX"_qs));
    QString error;
    QVERIFY2(m_window->previewPage()->exportTo(exportDir.path(), &error), qPrintable(error));
    QVERIFY(!m_window->previewPage()->stepText().contains(canary));
    m_window->writeDraft(); // the autosaved draft is scanned too
    // This session holds it under the deployment's name and the variable (keychain or memory).
    QCOMPARE(m_store->sessionValue(SecretStore::databaseKey(u"macollectivite"_qs, u"combo"_qs))
                 .value_or(QByteArray()),
             canary.toUtf8());
    // The SSH secrets under the names of the headless commands' variables.
    const QList<std::pair<QString, QString>> sshSecrets = {
        {SecretStore::hostKey(u"macollectivite"_qs, SecretKind::SshPassword, u"web2"_qs),
         canary + u"-sshPassword"_qs},
        {SecretStore::hostKey(u"macollectivite"_qs, SecretKind::KeyPassphrase, u"web2"_qs),
         canary + u"-keyPassphrase"_qs}};
    QCOMPARE(sshSecrets.first().first, u"macollectivite/PUBLIK_SSH_PASSWORD_WEB2"_qs);
    StoreSecretProvider provider(m_store, u"macollectivite"_qs);
    QCOMPARE(provider.secret({SecretKind::SshPassword, u"web2"_qs, {}}).value_or(QByteArray()),
             sshSecrets.first().second.toUtf8());
    QCOMPARE(
        provider.secret({SecretKind::KeyPassphrase, u"web2"_qs, u"/k"_qs}).value_or(QByteArray()),
        sshSecrets.last().second.toUtf8());
    if (keychain) {
        QCOMPARE(m_store->state(), SecretStore::State::Keychain);
        const QString key = SecretStore::databaseKey(u"macollectivite"_qs, u"combo"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(m_written.value(key), 20000);
        for (const std::pair<QString, QString> &secret : sshSecrets)
            QTRY_VERIFY_WITH_TIMEOUT(m_written.value(secret.first), 20000);
    }
    QSettings().sync();
    m_window.reset();

    // Nowhere on disk: the saved file, the settings, anything written under the test's home.
    const QByteArray needle = canary.toUtf8();
    QVERIFY(!readAll(path).contains(needle));
    QVERIFY(!readAll(QSettings().fileName()).contains(needle));
    int scanned = 0;
    QDirIterator it(homeDir()->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.contains(u"/keyrings/"_qs))
            continue; // the keychain's own (encrypted) store
        QVERIFY2(!readAll(file).contains(needle), qPrintable(file));
        ++scanned;
    }
    QVERIFY(scanned >= 3);

    if (!keychain) {
        QSKIP("no keychain in this run (PHW_TEST_KEYCHAIN is not 1): the memory store held it");
    }
    // In the keychain, under the deployment's name and the variable.
    QList<std::pair<QString, QString>> expected = sshSecrets;
    expected.prepend({SecretStore::databaseKey(u"macollectivite"_qs, u"combo"_qs), canary});
    for (const auto &[key, value] : expected) {
        QKeychain::ReadPasswordJob job(KeychainSecretStore::serviceName());
        job.setAutoDelete(false);
        job.setKey(key);
        QSignalSpy done(&job, &QKeychain::Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(job.error(), QKeychain::NoError);
        QCOMPARE(job.binaryData(), value.toUtf8());
    }
}

void TestWizard::screenshots()
{
    const QString dir = qEnvironmentVariable("PHW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PHW_SCREENSHOT_DIR unset");
    QDir().mkpath(dir);
    makeWindow(seedPath());
    const QStringList names = {u"accueil"_qs,         u"hotes"_qs,       u"comptes"_qs,
                               u"base-de-donnees"_qs, u"partage-nfs"_qs, u"verifications"_qs,
                               u"apercu"_qs};
    for (int page = WelcomePageId; page <= PreviewPageId; ++page) {
        QVERIFY(goTo(page));
        if (page == ChecksPageId)
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->checksPage()->running(), 60000);
        if (page == HostsPageId) { // the addresses' probes have answered
            QAbstractItemModel *hosts = find<QTableView>(u"hostsTable"_qs)->model();
            auto probed = [hosts] {
                const QString text = hosts->index(1, HostsTableModel::Network).data().toString();
                return !text.isEmpty() && !text.endsWith(u'…');
            };
            QTRY_VERIFY_WITH_TIMEOUT(probed(), 20000);
        }
        QApplication::processEvents(); // the page laid out before it is grabbed (no wait)
        QVERIFY(m_window->grab().save(
            QStringLiteral("%1/%2-%3.png").arg(dir).arg(page + 1).arg(names.at(page))));
    }
    // The two host-key windows: the question, and the red refusal.
    const QString shown = u"SHA256:Vq8uKhJzZ4b0cXj8z7Ppt0m4yE2u3VJ6s2fQ6HkQx1c"_qs;
    const QString recorded = u"SHA256:3m0oYb7o1t5kq0FJz0xNq9c7bKe8m3qk2xQ2mJ7Vv0E"_qs;
    const ConnectResult refused = [] {
        ConnectResult r;
        r.hint = SshSession::tr("If the host was reinstalled, check the new fingerprint with its "
                                "administrator and remove the old line (ssh-keygen -R %1 -f %2); "
                                "otherwise, someone may be between you and the host: do not go on.")
                     .arg(u"web1.example.org"_qs, u"~/.ssh/known_hosts"_qs);
        return r;
    }();
    QPointer<QDialog> changed = openChangedHostKeyDialog(m_window->currentPage(), u"web1"_qs, shown,
                                                         {recorded}, refused.hint);
    QTRY_VERIFY(changed->isVisible());
    QCOMPARE(changed->findChildren<QAbstractButton *>().size(), 1); // Close, no Accept
    // Icons drawn for the screen's pixel ratio (200 %: twice as many pixels, same size).
    auto *icon = changed->findChild<QLabel *>(u"changedHostKeyIcon"_qs);
    QCOMPARE(icon->pixmap().devicePixelRatio(), changed->devicePixelRatioF());
    const QSizeF iconSize = icon->pixmap().deviceIndependentSize();
    QVERIFY(iconSize.width() >= 16);
    QApplication::processEvents();
    QVERIFY(changed->grab().save(dir + u"/6b-cle-hote-modifiee.png"_qs));
    changed->close();
    QTRY_VERIFY(!changed);
    QPointer<QMessageBox> question =
        openHostKeyDialog(m_window->currentPage(), u"web1"_qs, shown, [](bool) {});
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(question->iconPixmap().devicePixelRatio(), question->devicePixelRatioF());
    QCOMPARE(question->iconPixmap().deviceIndependentSize(),
             iconSize); // both windows' icons the same size
    QApplication::processEvents();
    QVERIFY(question->grab().save(dir + u"/6a-cle-hote-inconnue.png"_qs));
    question->reject();
    QTRY_VERIFY(!question);

    // The preview with what preflight read on web1: the database settings' diff.
    CurrentFiles files;
    files[u"web1"_qs][u"/etc/combo/settings.d/macollectivite.py"_qs] = {
        true, false,
        u"# Réglages posés à la main\nDATABASES[\"default\"][\"NAME\"] = \"combo\"\n"
        u"DATABASES[\"default\"][\"USER\"] = \"combo\"\n"
        u"DATABASES[\"default\"][\"PASSWORD\"] = «…»\n"
        u"DATABASES[\"default\"][\"HOST\"] = \"sql-ancien\"\n"_qs};
    m_window->deploymentModel()->setCurrentFiles(m_window->deploymentModel()->deployment(), files);
    QTreeView *tree = m_window->previewPage()->tree();
    const QModelIndex combo = tree->model()->index(11, 0, tree->model()->index(0, 0));
    QVERIFY(combo.data().toString().contains(u"combo"_qs));
    tree->scrollTo(combo);
    tree->setCurrentIndex(combo);
    QTRY_VERIFY(!m_window->previewPage()->diffText().isEmpty());
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/7b-apercu-diff.png"_qs));

    // A page with problems: what the operator sees when Next is disabled.
    m_window.reset();
    makeWindow(seedPath());
    QVERIFY(goTo(AccountsPageId));
    QVERIFY(editCell(find<QTableView>(u"accountsTable"_qs), 1, 1, u"2102"_qs));
    QTRY_VERIFY(!m_window->button(QWizard::NextButton)->isEnabled());
    QVERIFY(m_window->grab().save(dir + u"/3b-comptes-erreur.png"_qs));
}

void TestWizard::commandLineArguments()
{
    LaunchOptions o;
    QVERIFY(parseWizardArguments({}, &o));
    QVERIFY(o.deploymentFile.isEmpty());
    QVERIFY(parseWizardArguments(
        {seedPath(), u"--ssh-config"_qs, u"/tmp/c"_qs, u"--known-hosts=/tmp/k"_qs}, &o));
    QCOMPARE(o.deploymentFile, seedPath());
    QCOMPARE(o.sshConfig, u"/tmp/c"_qs);
    QCOMPARE(o.knownHosts, u"/tmp/k"_qs);
    QVERIFY(!parseWizardArguments({u"plan"_qs, seedPath()}, &o));
    QVERIFY(!parseWizardArguments({u"/nonexistent/file.json"_qs}, &o));
    QVERIFY(!parseWizardArguments({seedPath(), seedPath()}, &o));
    QVERIFY(!parseWizardArguments({u"--help"_qs}, &o));
    QVERIFY(!parseWizardArguments({u"--ssh-config"_qs}, &o));
}

void TestWizard::logModelKeepsTheLastLines()
{
    // The view's model over its ring of lines: each flush shows the last `cap` lines in
    // order, counts the others as dropped, and signals rows as they move.
    LogModel m(true, 5);
    qsizetype inserted = 0, removed = 0, resets = 0;
    connect(&m, &QAbstractItemModel::rowsInserted, &m,
            [&](const QModelIndex &, int first, int last) { inserted += last - first + 1; });
    connect(&m, &QAbstractItemModel::rowsRemoved, &m,
            [&](const QModelIndex &, int first, int last) { removed += last - first + 1; });
    connect(&m, &QAbstractItemModel::modelReset, &m, [&] { ++resets; });
    int next = 0;
    const auto add = [&](int n) {
        for (int i = 0; i < n; ++i)
            m.append({u"web1"_qs, u"s"_qs, OutputKind::Stdout, QString::number(next++), false});
    };
    const auto shown = [&] {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.entry(r).text);
        return out.join(u' ');
    };
    QVERIFY(!m.flush());
    add(3);
    QVERIFY(m.flush());
    QCOMPARE(shown(), u"0 1 2"_qs);
    QCOMPARE(inserted, 3);
    add(4); // two go out at the front
    QVERIFY(m.flush());
    QCOMPARE(shown(), u"2 3 4 5 6"_qs);
    QCOMPARE(removed, 2);
    QCOMPARE(m.dropped(), 2);
    add(12); // more than the view between two flushes: the last five, in one reset
    QCOMPARE(m.lastLines(2), (QStringList{u"web1 · s │ 17"_qs, u"web1 · s │ 18"_qs}));
    QVERIFY(m.flush());
    QCOMPARE(shown(), u"14 15 16 17 18"_qs);
    QCOMPARE(resets, 1);
    QCOMPARE(m.dropped(), 2 + 5 + 7);
    for (int round = 0; round < 7; ++round) { // wrapping around the ring many times
        add(round % 3 + 1);
        QVERIFY(m.flush());
    }
    QCOMPARE(shown(), u"27 28 29 30 31"_qs);
    QCOMPARE(m.dropped(), qsizetype(next - 5));
    QCOMPARE(m.lineText(4), u"web1 · s │ 31"_qs);
    m.clear();
    QCOMPARE(m.rowCount(), 0);
    add(1);
    QVERIFY(m.flush());
    QCOMPARE(shown(), u"32"_qs);
}

void TestWizard::logModelSignalsAgreeWithRows()
{
    // Random bursts between flushes (below, at and above the cap, clear() among them): the
    // model's signals agree with its rows at every step, as a view or a proxy expects them.
    LogModel m(false, 7);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20261130);
    int next = 0;
    for (int round = 0; round < 300; ++round) {
        if (random.bounded(40) == 0)
            m.clear();
        for (int n = random.bounded(0, 17); n > 0; --n)
            m.append({u"web1"_qs, u"s"_qs, OutputKind::Stdout, QString::number(next++), false});
        m.flush();
        QVERIFY(m.rowCount() <= 7);
        // The rows are the last ones appended, in order.
        for (int r = 0; r < m.rowCount(); ++r)
            QCOMPARE(m.entry(r).text, QString::number(next - m.rowCount() + r));
    }
}

void TestWizard::logFileLoneSurrogates()
{
    // A line ending in half a surrogate pair (a lone high surrogate) is written with its
    // replacement in its own line: nothing of it moves into the next line.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"run.log"_qs);
    LogFile f;
    QString error;
    QVERIFY2(f.open(path, &error), qPrintable(error));
    // 0600, as before the file was unbuffered.
    QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QString high(QChar(0xd800));
    f.write({u"web1"_qs, u"s"_qs, OutputKind::Stdout, u"a"_qs + high, false}, "t");
    f.write({u"web1"_qs, u"s"_qs, OutputKind::Stdout, QString(QChar(0xdc00)) + u"b"_qs, false},
            "t");
    f.writeText(u"c"_qs + high);
    f.writeText(u"d"_qs);
    f.close();
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().split('\n');
    QCOMPARE(lines.size(), 5);
    const QByteArray tag =
        QByteArray("t ") +
        LogModel::prefix({u"web1"_qs, u"s"_qs, OutputKind::Stdout, QString(), false}, true)
            .toUtf8();
    const QByteArray replacement = QString(QChar::ReplacementCharacter).toUtf8();
    QCOMPARE(lines.at(0), tag + "a" + replacement);
    QCOMPARE(lines.at(1), tag + replacement + "b");
    QCOMPARE(lines.at(2), "c" + replacement);
    QCOMPARE(lines.at(3), QByteArray("d"));
    QCOMPARE(lines.at(4), QByteArray());
}

void TestWizard::executionLogTimeOfTheRun()
{
    // The first lines of a run (before the page's first flush) carry the time of the run,
    // not the time the page was built or the previous run ended.
    QTemporaryDir dir;
    MemorySecretStore store;
    DeploymentModel model;
    QString error;
    QVERIFY2(model.open(seedPath(), &error), qPrintable(error));
    ExecutionPage page(&model, &store, {});
    page.initializePage();
    const QTime built = QTime::currentTime();
    QTRY_VERIFY(built.msecsTo(QTime::currentTime()) >= 20 || QTime::currentTime() < built);
    const QTime started = QTime::currentTime();
    if (started < built)
        QSKIP("midnight passed");
    const QString log = dir.filePath(u"run.log"_qs);
    page.beginLog(log);
    page.appendOutput(model.deployment().hosts.first().name, u"accounts.hobo"_qs,
                      {OutputKind::Stdout, u"first"_qs, false});
    page.endLog();
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    const qsizetype at = all.indexOf(" first\n");
    QVERIFY(at > 0);
    const QByteArray line = all.left(at).mid(all.lastIndexOf('\n', at) + 1);
    const QTime stamp = QTime::fromString(QString::fromUtf8(line.left(12)), u"HH:mm:ss.zzz"_qs);
    QVERIFY2(stamp.isValid(), line.constData());
    if (QTime::currentTime() < started)
        QSKIP("midnight passed");
    QVERIFY2(stamp >= started, line.constData());
}

void TestWizard::executionLogCappedAndComplete()
{
    // A flood of output: the views keep their last lines (capped), the file keeps every one,
    // and useradd's warnings about UIDs above 999 are said once to be intended.
    DeploymentModel model;
    QString error;
    QVERIFY2(model.open(seedPath(), &error), qPrintable(error));
    MemorySecretStore store;
    ExecutionPage page(&model, &store, {});
    page.initializePage();
    QTemporaryDir dir;
    const QString log = dir.filePath(u"flood.log"_qs);
    page.beginLog(log);
    const QString host = model.deployment().hosts.first().name;
    const int lines = 45000;
    for (int i = 0; i < lines; ++i)
        page.appendOutput(host, u"accounts.hobo"_qs,
                          {OutputKind::Stdout, QStringLiteral("line %1").arg(i), false});
    for (int i = 0; i < 3; ++i)
        page.appendOutput(host, u"accounts.hobo"_qs,
                          {OutputKind::Stderr,
                           u"useradd warning: hobo's uid 2102 is greater than SYS_UID_MAX 999"_qs,
                           false});
    page.endLog();
    LogModel *merged = page.mergedLog();
    QCOMPARE(qsizetype(merged->rowCount()), merged->cap());
    QVERIFY(merged->dropped() > 0);
    QCOMPARE(merged->lineText(merged->rowCount() - 1).count(u"useradd warning"_qs), 1);
    QVERIFY(merged->entry(merged->rowCount() - 1).expected);
    QCOMPARE(page.viewsText().count(u"hors de la plage système"_qs), 1);
    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QCOMPARE(all.count("accounts.hobo │ line "), qsizetype(lines));
    QVERIFY(all.contains("line 0\n") && all.contains("line 44999\n"));
    QString saved = dir.filePath(u"saved.log"_qs);
    QVERIFY(page.saveLogTo(saved));
    QCOMPARE(QFileInfo(saved).size(), qint64(all.size()));
}

int main(int argc, char *argv[])
{
    // Everything the wizard writes goes under one temporary home, scanned by the canary test.
    const QByteArray home = homeDir()->path().toUtf8();
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QByteArray path = home + '/' + QByteArray(variable).toLower();
        QDir().mkpath(QString::fromUtf8(path));
        qputenv(variable, path);
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"publik-ha-wizard-test"_qs);
    QCoreApplication::setApplicationName(u"publik-ha-wizard-test"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(PHW_VERSION));
    installTranslations(u"fr"_qs);
    QTest::setMainSourcePath(__FILE__);
    TestWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizard.moc"
