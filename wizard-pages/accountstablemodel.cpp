#include "accountstablemodel.h"

namespace phw {

AccountsTableModel::AccountsTableModel(DeploymentModel *model, QObject *parent)
    : DeploymentTableModel(model, ColumnCount, parent)
{
    start();
}

qsizetype AccountsTableModel::rowsIn(const Deployment &deployment) const
{
    return deployment.accounts.size();
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
    if (role == Qt::ToolTipRole || role == Qt::BackgroundRole)
        return problemData(index, role);
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
