// The no-servers route, end to end: ctest runs `installer/lab-wizard THIS-PROGRAM` (as
// `installer/quickstart run --lab` runs it with the wizard), which brings the lab up and starts
// this program with the wizard's command line. The arguments go through the wizard's own
// parser; then the window opens on the lab's deployment (offscreen) and its Hosts page shows
// both lab hosts reachable: address and port (Réseau) and the installation's own connection
// (Tester la connexion), with the copied key, SSH configuration and known_hosts.
#include "hostspage.h"
#include "hoststablemodel.h"
#include "i18n.h"
#include "secretstore.h"
#include "wizardoptions.h"
#include "wizardwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace phw;

namespace {
QStringList g_arguments; // the command line lab-wizard gave
}

class TestWizardLabRoute : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("PHW_LAB") != u"1")
            QSKIP("set PHW_LAB=1 to run the lab tests: PHW_LAB=1 ctest -L lab");
    }

    void argumentsAreTheWizards()
    {
        LaunchOptions o;
        QVERIFY2(parseWizardArguments(g_arguments, &o), qPrintable(g_arguments.join(u' ')));
        QVERIFY(o.deploymentFile.endsWith(u"/lab.json"_qs));
        QVERIFY(!o.sshConfig.isEmpty());
        QVERIFY(!o.knownHosts.isEmpty());
    }

    void hostsPageShowsBothLabHostsReachable()
    {
        LaunchOptions o;
        QVERIFY(parseWizardArguments(g_arguments, &o));
        auto *store = new MemorySecretStore;
        WizardWindow window(o, store);
        store->setParent(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.deploymentModel()->deployment().name, u"lab"_qs);

        QAbstractButton *next = window.button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(window.currentId(), int(HostsPageId));
        auto *table = window.findChild<QTableView *>(u"hostsTable"_qs);
        auto *test = window.findChild<QPushButton *>(u"testConnectionButton"_qs);
        QVERIFY(table && test);
        QCOMPARE(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex name = table->model()->index(row, HostsTableModel::Name);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(name).center());
            QTRY_VERIFY(test->isEnabled());
            QTest::mouseClick(test, Qt::LeftButton);
        }
        // Done (an icon, no "…" of a test under way) and not failed (no red).
        for (int column : {int(HostsTableModel::Network), int(HostsTableModel::Connection)}) {
            for (int row = 0; row < 2; ++row) {
                const QModelIndex state = table->model()->index(row, column);
                QTRY_VERIFY_WITH_TIMEOUT(state.data(Qt::DecorationRole).isValid() &&
                                             !state.data().toString().endsWith(u'…'),
                                         120000);
                const QString shown =
                    table->model()->index(row, HostsTableModel::Name).data().toString() + u": "_qs +
                    state.data().toString();
                qInfo("%s", qPrintable(shown));
                QVERIFY2(!state.data(Qt::ForegroundRole).isValid(), qPrintable(shown));
            }
        }
        window.deploymentModel()->reset(window.deploymentModel()->deployment()); // no draft
    }
};

int main(int argc, char *argv[])
{
    // The wizard's arguments, as lab-wizard passes them; Qt Test sees only the program name.
    for (int i = 1; i < argc; ++i)
        g_arguments.append(QString::fromLocal8Bit(argv[i]));
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME"})
        qputenv(variable, home.path().toUtf8());
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    QCoreApplication::setOrganizationName(u"publik-ha-wizard-test"_qs);
    QCoreApplication::setApplicationName(u"publik-ha-wizard-test"_qs);
    installTranslations(u"fr"_qs);
    TestWizardLabRoute test;
    return QTest::qExec(&test, 1, argv);
}

#include "tst_wizard_lab_route.moc"
