#include "hoststablemodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QKeyEvent>
#include <QSpinBox>
#include <QStyle>

namespace phw {

HostsTableModel::HostsTableModel(DeploymentModel *model, QObject *parent)
    : DeploymentTableModel(model, ColumnCount, parent)
{
    start();
}

qsizetype HostsTableModel::rowsIn(const Deployment &deployment) const
{
    return deployment.hosts.size();
}

QString HostsTableModel::fieldOf(int row, int column)
{
    static const char *const names[] = {"name", "address",  "port", "user",    "sudo",
                                        "auth", "key_file", "role", "network", "connection"};
    return QStringLiteral("hosts[%1].%2").arg(row).arg(QLatin1String(names[column]));
}

QVariant HostsTableModel::stateData(const Tested *tested, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return tested->text;
    if (role == Qt::ToolTipRole)
        return tested->detail.isEmpty() ? tested->text : tested->detail;
    if (role == Qt::DecorationRole) {
        const QStyle::StandardPixmap icon =
            tested->state == ConnectionState::Ok       ? QStyle::SP_DialogApplyButton
            : tested->state == ConnectionState::Failed ? QStyle::SP_MessageBoxCritical
                                                       : QStyle::SP_BrowserReload;
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::ForegroundRole && tested->state == ConnectionState::Failed)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    return {};
}

QString HostsTableModel::endpoint(const Host &h)
{
    return h.address + u':' + QString::number(h.port);
}

void HostsTableModel::setNetworkState(const QString &key, ConnectionState state,
                                      const QString &text, const QString &detail)
{
    m_network.insert(key, {state, text, detail});
    const QList<Host> &hosts = m_model->deployment().hosts;
    for (int row = 0; row < hosts.size(); ++row) {
        if (endpoint(hosts.at(row)) == key)
            emit dataChanged(index(row, Network), index(row, Network));
    }
}

QString HostsTableModel::signature(const Host &h)
{
    return QStringList{h.name,
                       h.address,
                       QString::number(h.port),
                       h.user,
                       h.sudo ? u"1"_qs : u"0"_qs,
                       QString::number(int(h.auth)),
                       h.keyFile}
        .join(u'\n');
}

void HostsTableModel::setConnectionState(const Host &host, ConnectionState state,
                                         const QString &text, const QString &detail)
{
    m_tested.insert(signature(host), {state, text, detail});
    const QList<Host> &hosts = m_model->deployment().hosts;
    for (int row = 0; row < hosts.size(); ++row) {
        if (signature(hosts.at(row)) == signature(host))
            emit dataChanged(index(row, Connection), index(row, Connection));
    }
}

QString HostsTableModel::authLabel(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Agent:
        return tr("SSH agent");
    case AuthMethod::Key:
        return tr("Key file");
    case AuthMethod::Password:
        return tr("Password");
    }
    return {};
}

QVariant HostsTableModel::data(const QModelIndex &index, int role) const
{
    const QList<Host> &hosts = m_model->deployment().hosts;
    if (!index.isValid() || index.row() >= hosts.size())
        return {};
    const Host &h = hosts.at(index.row());
    const int column = index.column();
    if (column == Connection) {
        const auto it = m_tested.constFind(signature(h));
        if (it == m_tested.cend())
            return role == Qt::DisplayRole ? QVariant(tr("not tested")) : QVariant();
        return stateData(&*it, role);
    }
    if (column == Network) {
        const auto it = m_network.constFind(endpoint(h));
        return it == m_network.cend() ? QVariant() : stateData(&*it, role);
    }
    if (role == Qt::ToolTipRole || role == Qt::BackgroundRole)
        return problemData(index, role);
    if (role == Qt::CheckStateRole) {
        if (column == Sudo)
            return h.sudo ? Qt::Checked : Qt::Unchecked;
        if (column == Primary)
            return h.role == HostRole::Primary ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::AccessibleTextRole && (column == Sudo || column == Primary)) {
        const bool on = column == Sudo ? h.sudo : h.role == HostRole::Primary;
        return on ? tr("yes") : tr("no");
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Name:
        return h.name;
    case Address:
        return h.address;
    case Port:
        return role == Qt::EditRole ? QVariant(h.port) : QVariant(QString::number(h.port));
    case User:
        return h.user;
    case Auth:
        return role == Qt::EditRole ? QVariant(int(h.auth)) : QVariant(authLabel(h.auth));
    case KeyFile:
        return h.keyFile;
    default:
        return {};
    }
}

bool HostsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_model->deployment().hosts.size())
        return false;
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        m_model->edit([&](Deployment &d) {
            if (column == Sudo) {
                d.hosts[row].sudo = on;
            } else if (column == Primary) {
                for (qsizetype i = 0; i < d.hosts.size(); ++i) {
                    if (i == row)
                        d.hosts[i].role = on ? HostRole::Primary : HostRole::Secondary;
                    else if (on)
                        d.hosts[i].role = HostRole::Secondary;
                }
            }
        });
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    m_model->edit([&](Deployment &d) {
        Host &h = d.hosts[row];
        switch (column) {
        case Name:
            h.name = value.toString().trimmed();
            break;
        case Address:
            h.address = value.toString().trimmed();
            break;
        case Port:
            h.port = value.toInt();
            break;
        case User:
            h.user = value.toString().trimmed();
            break;
        case Auth:
            h.auth = AuthMethod(value.toInt());
            break;
        case KeyFile:
            h.keyFile = value.toString();
            break;
        default:
            break;
        }
    });
    return true;
}

Qt::ItemFlags HostsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Sudo || index.column() == Primary)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == Connection || index.column() == Network)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant HostsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QString::number(section + 1);
    switch (section) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case Port:
        return tr("Port");
    case User:
        return tr("SSH user");
    case Sudo:
        return tr("sudo");
    case Auth:
        return tr("Authentication");
    case KeyFile:
        return tr("Key file");
    case Primary:
        return tr("Primary");
    case Network:
        return tr("Network");
    case Connection:
        return tr("Connection");
    default:
        return {};
    }
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
                spin->interpretText();
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QWidget *AuthDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"authEditor"_qs);
    combo->setAccessibleName(HostsTableModel::tr("Authentication"));
    for (AuthMethod a : {AuthMethod::Agent, AuthMethod::Key, AuthMethod::Password})
        combo->addItem(HostsTableModel::authLabel(a), int(a));
    return combo;
}

void AuthDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void AuthDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

NumberDelegate::NumberDelegate(int maximum, QObject *parent)
    : CellDelegate(parent)
    , m_maximum(maximum)
{
}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(u"numberEditor"_qs);
    spin->setFrame(false);
    spin->setRange(0, m_maximum);
    spin->setAccessibleName(
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    return spin;
}

} // namespace phw
