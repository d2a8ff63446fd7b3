// Hôtes: the primary and the secondaries in a table; add, remove, reorder.
#pragma once

#include "pagebase.h"

#include "hostpool.h"

#include <QSet>

class QGroupBox;
class QLineEdit;
class QDialog;
class QMessageBox;
class QTableView;
class QPushButton;

namespace phw {

class HostsTableModel;
class SecretStore;

class HostsPage : public PageBase
{
    Q_OBJECT
public:
    HostsPage(DeploymentModel *model, SecretStore *secrets, ConnectionOptions options,
              QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

    // Connects to the current row's host with the engine's SSH session (its own worker
    // thread), authenticates, checks root (sudo), and shows the outcome in the row.
    void testConnection();
    // Resolves each address (QHostInfo) and opens its SSH port (QTcpSocket), both
    // asynchronous, a moment after it was typed; the outcome goes in the row.
    void probeAddresses();

signals:
    void hostKeyAsked(QMessageBox *dialog);
    void changedHostKeyShown(QDialog *dialog);

private:
    void addHost();
    void removeHost();
    void moveHost(int delta);
    void chooseKeyFile();
    void updateButtons();
    // The selected host's panel: what the probes and the test found, in full, and its SSH
    // secrets (stored in the SecretStore, never in the deployment).
    void showSelectedHost();
    void storeSecret(QLineEdit *edit, SecretKind kind);
    int currentRow() const;

    SecretStore *m_secrets;
    ConnectionOptions m_options;
    QSet<QString> m_testing; // host names being tested
    QSet<QString> m_probed;  // endpoints already probed
    class QTimer *m_probeDelay;
    HostsTableModel *m_hosts;
    QTableView *m_table;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_key;
    QPushButton *m_test;
    QGroupBox *m_selected;
    QLabel *m_detail;
    QLineEdit *m_sshPassword;
    QLineEdit *m_sudoPassword;
    QLineEdit *m_keyPassphrase;
    QLabel *m_secretState;
    QString m_secretsShownFor; // "<deployment>/<host>" whose secrets the fields show
};

} // namespace phw
