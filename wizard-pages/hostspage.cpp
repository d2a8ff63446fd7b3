#include "hostspage.h"

#include "hostkeydialog.h"
#include "hoststablemodel.h"
#include "secretstore.h"
#include "validation.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpSocket>
#include <QTimer>
#include <QVBoxLayout>

namespace phw {

HostsPage::HostsPage(DeploymentModel *model, SecretStore *secrets, ConnectionOptions options,
                     QWidget *parent)
    : PageBase(model, {u"hosts"_qs}, parent)
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_hosts(new HostsTableModel(model, this))
{
    setObjectName(u"hostsPage"_qs);
    setTitle(tr("Hosts"));
    setSubTitle(tr("The primary host (the procedure's web1) and the secondary hosts. Exactly one "
                   "host is primary; scripts run on it first."));

    auto *label = new QLabel(tr("&Hosts:"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"hostsTable"_qs);
    m_table->setModel(m_hosts);
    m_table->setItemDelegate(new CellDelegate(this));
    m_table->setItemDelegateForColumn(HostsTableModel::Auth, new AuthDelegate(this));
    m_table->setItemDelegateForColumn(HostsTableModel::Port, new NumberDelegate(999999, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HostsTableModel::Address,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HostsTableModel::KeyFile,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HostsTableModel::Name,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(HostsTableModel::Name, 140);
    m_table->horizontalHeader()->setSectionResizeMode(HostsTableModel::Connection,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HostsTableModel::Network,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("Hosts"));
    label->setBuddy(m_table);
    // As tall as its rows (a deployment has a few hosts): the space below goes to the
    // selected host's panel, not to empty rows.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    contentLayout()->addWidget(label);
    contentLayout()->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add a host"), this);
    add->setObjectName(u"addHostButton"_qs);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeHostButton"_qs);
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(u"moveHostUpButton"_qs);
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_down->setObjectName(u"moveHostDownButton"_qs);
    m_key = new QPushButton(tr("Choose the &key file…"), this);
    m_key->setObjectName(u"chooseKeyFileButton"_qs);
    m_test = new QPushButton(tr("&Test the connection"), this);
    m_test->setObjectName(u"testConnectionButton"_qs);
    m_test->setToolTip(tr("Connect to the selected host as the installation will (SSH "
                          "configuration, known_hosts, authentication, root or sudo)."));
    for (QPushButton *b : {add, m_remove, m_up, m_down, m_key, m_test})
        buttons->addWidget(b);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    auto *problems = new ProblemLabel(model, {u"hosts"_qs}, false, this);
    problems->setObjectName(u"hostsProblems"_qs);
    contentLayout()->addWidget(problems);

    m_selected = new QGroupBox(this);
    m_selected->setObjectName(u"selectedHostBox"_qs);
    auto *form = new QFormLayout(m_selected);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_detail = new QLabel(m_selected);
    m_detail->setObjectName(u"hostDetail"_qs);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_detail);
    const auto secretField = [this, form](const QString &name, const QString &text,
                                          SecretKind kind) {
        auto *edit = new QLineEdit(m_selected);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setClearButtonEnabled(true);
        auto *l = new QLabel(text, m_selected);
        l->setBuddy(edit);
        form->addRow(l, edit);
        connect(edit, &QLineEdit::editingFinished, this,
                [this, edit, kind] { storeSecret(edit, kind); });
        return edit;
    };
    m_sshPassword = secretField(u"sshPassword"_qs, tr("SSH passw&ord:"), SecretKind::SshPassword);
    m_sudoPassword =
        secretField(u"sudoPassword"_qs, tr("Sudo passwor&d:"), SecretKind::SudoPassword);
    m_keyPassphrase =
        secretField(u"keyPassphrase"_qs, tr("Key pass&phrase:"), SecretKind::KeyPassphrase);
    m_secretState = new QLabel(m_selected);
    m_secretState->setObjectName(u"hostSecretState"_qs);
    m_secretState->setWordWrap(true);
    form->addRow(m_secretState);
    contentLayout()->addWidget(m_selected);
    contentLayout()->addStretch(1);
    connect(m_secrets, &SecretStore::stateChanged, this, [this] {
        m_secretsShownFor.clear();
        showSelectedHost();
    });
    connect(m_hosts, &QAbstractItemModel::dataChanged, this, &HostsPage::showSelectedHost);

    connect(add, &QPushButton::clicked, this, &HostsPage::addHost);
    connect(m_remove, &QPushButton::clicked, this, &HostsPage::removeHost);
    connect(m_up, &QPushButton::clicked, this, [this] { moveHost(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveHost(+1); });
    connect(m_key, &QPushButton::clicked, this, &HostsPage::chooseKeyFile);
    connect(m_test, &QPushButton::clicked, this, &HostsPage::testConnection);
    m_probeDelay = new QTimer(this);
    m_probeDelay->setSingleShot(true);
    m_probeDelay->setInterval(600);
    connect(m_probeDelay, &QTimer::timeout, this, &HostsPage::probeAddresses);
    connect(model, &DeploymentModel::changed, m_probeDelay, qOverload<>(&QTimer::start));
    m_probeDelay->start();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HostsPage::updateButtons);
    connect(m_hosts, &QAbstractItemModel::modelReset, this, &HostsPage::updateButtons);
    updateButtons();
}

int HostsPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void HostsPage::updateButtons()
{
    const int row = currentRow();
    const int rows = m_hosts->rowCount();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
    m_key->setEnabled(row >= 0);
    m_test->setEnabled(row >= 0);
    showSelectedHost();
}

void HostsPage::showSelectedHost()
{
    const int row = currentRow();
    const QList<Host> &hosts = model()->deployment().hosts;
    const bool any = row >= 0 && row < hosts.size() && !hosts.at(row).name.isEmpty();
    m_selected->setVisible(any);
    if (!any)
        return;
    const Host &h = hosts.at(row);
    m_selected->setTitle(tr("%1: state and SSH secrets").arg(h.name));
    const auto cell = [this, row](int column, int role) {
        return m_hosts->index(row, column).data(role).toString();
    };
    QStringList lines;
    const QString network = cell(HostsTableModel::Network, Qt::ToolTipRole);
    lines.append(tr("Network: %1")
                     .arg(network.isEmpty()
                              ? tr("%1, port %2 not probed yet").arg(h.address).arg(h.port)
                              : network));
    const QString tested = cell(HostsTableModel::Connection, Qt::ToolTipRole);
    lines.append(tr("Connection: %1")
                     .arg(tested.isEmpty() ? tr("not tested yet (Test the connection tries it "
                                                "as the installation will)")
                                           : tested));
    m_detail->setText(lines.join(u'\n'));

    const QString deployment = model()->deployment().name;
    const auto variable = [&h](const char16_t *prefix) {
        return EnvironmentSecrets::hostVariable(QString::fromUtf16(prefix), h.name);
    };
    m_sshPassword->setAccessibleName(tr("SSH password of %1").arg(h.name));
    m_sshPassword->setPlaceholderText(
        tr("not set (else %1)").arg(variable(u"PUBLIK_SSH_PASSWORD")));
    m_sudoPassword->setAccessibleName(tr("Sudo password of %1").arg(h.name));
    m_sudoPassword->setPlaceholderText(
        tr("not set (else %1, else the SSH password)").arg(variable(u"PUBLIK_SUDO_PASSWORD")));
    m_sudoPassword->setEnabled(h.sudo && h.user != u"root");
    m_keyPassphrase->setAccessibleName(tr("Passphrase of the key of %1").arg(h.name));
    m_keyPassphrase->setPlaceholderText(
        tr("not set (else %1)").arg(variable(u"PUBLIK_KEY_PASSPHRASE")));
    m_secretState->setText(
        m_secrets->state() == SecretStore::State::Keychain
            ? tr("Only what the connection needs (nothing with the SSH agent), kept in the "
                 "system keychain under the deployment's name, never in its file.")
            : tr("Only what the connection needs (nothing with the SSH agent). No system "
                 "keychain is reachable: kept in memory for this session only, never on disk."));

    const QString shownFor = deployment + u'/' + h.name;
    if (shownFor == m_secretsShownFor || deployment.isEmpty() ||
        m_secrets->state() == SecretStore::State::Probing)
        return;
    m_secretsShownFor = shownFor;
    const QList<std::pair<QLineEdit *, SecretKind>> fields = {
        {m_sshPassword, SecretKind::SshPassword},
        {m_sudoPassword, SecretKind::SudoPassword},
        {m_keyPassphrase, SecretKind::KeyPassphrase}};
    for (const auto &[edit, kind] : fields) {
        edit->clear();
        QPointer<QLineEdit> guard = edit;
        m_secrets->read(SecretStore::hostKey(deployment, kind, h.name),
                        [this, guard, shownFor](bool found, const QByteArray &value) {
                            if (guard && found && m_secretsShownFor == shownFor &&
                                guard->text().isEmpty())
                                guard->setText(QString::fromUtf8(value));
                        });
    }
}

void HostsPage::storeSecret(QLineEdit *edit, SecretKind kind)
{
    const int row = currentRow();
    const QList<Host> &hosts = model()->deployment().hosts;
    const QString deployment = model()->deployment().name;
    if (row < 0 || row >= hosts.size() || deployment.isEmpty() || hosts.at(row).name.isEmpty() ||
        m_secretsShownFor != deployment + u'/' + hosts.at(row).name)
        return;
    const QString key = SecretStore::hostKey(deployment, kind, hosts.at(row).name);
    QByteArray value = edit->text().toUtf8();
    if (m_secrets->sessionValue(key).value_or(QByteArray()) != value &&
        !(value.isEmpty() && !m_secrets->sessionValue(key)))
        m_secrets->write(key, value);
    scrub(value);
}

void HostsPage::probeAddresses()
{
    for (const Host &h : model()->deployment().hosts) {
        const QString key = HostsTableModel::endpoint(h);
        if (!isValidAddress(h.address) || h.port < 1 || h.port > 65535 || m_probed.contains(key))
            continue;
        m_probed.insert(key);
        m_hosts->setNetworkState(key, HostsTableModel::ConnectionState::Testing, tr("resolving…"));
        const QString address = h.address;
        const quint16 port = quint16(h.port);
        QHostInfo::lookupHost(address, this, [this, key, address, port](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                m_hosts->setNetworkState(
                    key, HostsTableModel::ConnectionState::Failed, tr("unknown name"),
                    tr("%1 does not resolve: %2").arg(address, info.errorString()));
                return;
            }
            const QHostAddress ip = info.addresses().constFirst();
            auto *socket = new QTcpSocket(this);
            auto finish = [this, socket, key, port](HostsTableModel::ConnectionState state,
                                                    const QString &detail) {
                if (socket->property("done").toBool())
                    return;
                socket->setProperty("done", true);
                m_hosts->setNetworkState(key, state,
                                         state == HostsTableModel::ConnectionState::Ok
                                             ? tr("port %1 open").arg(port)
                                             : tr("port %1 closed").arg(port),
                                         detail);
                socket->abort();
                socket->deleteLater();
            };
            connect(socket, &QTcpSocket::connected, this, [finish, ip, port] {
                finish(HostsTableModel::ConnectionState::Ok,
                       tr("%1, port %2 open").arg(ip.toString()).arg(port));
            });
            connect(socket, &QTcpSocket::errorOccurred, this, [finish, socket, ip, port] {
                finish(
                    HostsTableModel::ConnectionState::Failed,
                    tr("%1, port %2: %3").arg(ip.toString()).arg(port).arg(socket->errorString()));
            });
            QTimer::singleShot(5000, socket, [finish, ip, port] {
                finish(HostsTableModel::ConnectionState::Failed,
                       tr("%1, port %2: no answer within 5 seconds").arg(ip.toString()).arg(port));
            });
            socket->connectToHost(ip, port);
        });
    }
}

void HostsPage::testConnection()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Host host = model()->deployment().hosts.at(row);
    if (host.name.isEmpty() || m_testing.contains(host.name))
        return;
    m_testing.insert(host.name);
    m_hosts->setConnectionState(host, HostsTableModel::ConnectionState::Testing, tr("testing…"));
    // The pool owns the worker thread; the provider outlives it (held by the callback,
    // which the pool keeps until it is destroyed, after its thread has stopped).
    auto provider = std::make_shared<StoreSecretProvider>(m_secrets, model()->deployment().name);
    auto *pool = new HostPool(provider.get(), this);
    QPointer<HostPool> guard(pool);
    connect(pool, &HostPool::hostKeyQuestion, this,
            [this, guard](const QString &name, const QString &fingerprint) {
                emit hostKeyAsked(
                    openHostKeyDialog(this, name, fingerprint, [guard, name](bool accept) {
                        if (guard)
                            guard->answerHostKey(name, accept);
                    }));
            });
    ConnectionOptions options = m_options;
    options.unknownKeys = UnknownKeyPolicy::Ask;
    pool->connectAll({{host.name, connectParamsFor(host, options)}},
                     [this, pool, provider, host](const QMap<QString, ConnectResult> &results) {
                         const ConnectResult result = results.value(host.name);
                         if (result.status == ConnectResult::Status::HostKeyChanged &&
                             !result.knownFingerprints.isEmpty())
                             emit changedHostKeyShown(
                                 openChangedHostKeyDialog(this, host.name, result.fingerprint,
                                                          result.knownFingerprints, result.hint));
                         m_hosts->setConnectionState(
                             host,
                             result.ok() ? HostsTableModel::ConnectionState::Ok
                                         : HostsTableModel::ConnectionState::Failed,
                             result.ok() ? tr("connected, root works") : result.message,
                             result.ok() || result.hint.isEmpty()
                                 ? QString()
                                 : result.message + u'\n' + tr("What to do: %1").arg(result.hint));
                         m_testing.remove(host.name);
                         pool->deleteLater();
                     });
}

void HostsPage::addHost()
{
    model()->edit([](Deployment &d) {
        Host h;
        h.role = d.primary() ? HostRole::Secondary : HostRole::Primary;
        d.hosts.append(h);
    });
    const int row = m_hosts->rowCount() - 1;
    m_table->setCurrentIndex(m_hosts->index(row, HostsTableModel::Name));
    m_table->setFocus();
    updateButtons();
}

void HostsPage::removeHost()
{
    const int row = currentRow();
    if (row < 0)
        return;
    model()->edit([row](Deployment &d) { d.hosts.removeAt(row); });
    const int rows = m_hosts->rowCount();
    if (rows > 0)
        m_table->setCurrentIndex(m_hosts->index(qMin(row, rows - 1), HostsTableModel::Name));
    updateButtons();
}

void HostsPage::moveHost(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_hosts->rowCount())
        return;
    const int column = m_table->currentIndex().column();
    model()->edit([row, target](Deployment &d) { d.hosts.swapItemsAt(row, target); });
    m_table->setCurrentIndex(m_hosts->index(target, column));
    updateButtons();
}

void HostsPage::chooseKeyFile()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString start =
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation) + u"/.ssh"_qs;
    const QString file = QFileDialog::getOpenFileName(this, tr("Private key file"), start);
    if (file.isEmpty())
        return;
    model()->edit([row, &file](Deployment &d) {
        d.hosts[row].keyFile = file;
        d.hosts[row].auth = AuthMethod::Key;
    });
}

} // namespace phw
