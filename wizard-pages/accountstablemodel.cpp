#include "accountstablemodel.h"

#include <QBrush>
#include <QColor>

namespace phw {

AccountsTableModel::AccountsTableModel(DeploymentModel *model, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
    , m_rows(model->deployment().accounts.size())
{
    connect(model, &DeploymentModel::changed, this, &AccountsTableModel::onModelChanged);
}

void AccountsTableModel::onModelChanged()
{
    const qsizetype rows = m_model->deployment().accounts.size();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows > 0)
        emit dataChanged(index(0, 0), index(int(rows) - 1, ColumnCount - 1));
}

int AccountsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int AccountsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountsTableModel::fieldOf(int row, int column)
{
    static const char *const names[] = {"user", "uid", "gid", "home"};
    return QStringLiteral("accounts[%1].%2").arg(row).arg(QLatin1String(names[column]));
}

QVariant AccountsTableModel::data(const QModelIndex &index, int role) const
{
    const Deployment &d = m_model->deployment();
    if (!index.isValid() || index.row() >= d.accounts.size())
        return {};
    const Account &a = d.accounts.at(index.row());
    if (role == Qt::ToolTipRole || role == Qt::BackgroundRole) {
        const QString message = m_model->messages(fieldOf(index.row(), index.column()));
        if (message.isEmpty())
            return {};
        if (role == Qt::ToolTipRole)
            return message;
        return QBrush(QColor(0xff, 0xd7, 0xd7));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case User:
        return a.user;
    case Uid:
        return edit ? QVariant(int(a.uid)) : QVariant(QString::number(a.uid));
    case Gid:
        return edit ? QVariant(int(a.gid)) : QVariant(QString::number(a.gid));
    case Home:
        if (edit || !a.home.isEmpty())
            return a.home;
        return tr("%1 (from its component)").arg(d.homeOf(a));
    default:
        return {};
    }
}

bool AccountsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        index.row() >= m_model->deployment().accounts.size())
        return false;
    const int row = index.row();
    m_model->edit([&](Deployment &d) {
        Account &a = d.accounts[row];
        switch (index.column()) {
        case User:
            a.user = value.toString().trimmed();
            break;
        case Uid:
            a.uid = value.toLongLong();
            break;
        case Gid:
            a.gid = value.toLongLong();
            break;
        case Home:
            a.home = value.toString().trimmed();
            break;
        default:
            break;
        }
    });
    return true;
}

Qt::ItemFlags AccountsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant AccountsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QString::number(section + 1);
    switch (section) {
    case User:
        return tr("Account");
    case Uid:
        return tr("UID");
    case Gid:
        return tr("GID");
    case Home:
        return tr("Home folder");
    default:
        return {};
    }
}

} // namespace phw
