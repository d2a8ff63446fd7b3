// The system accounts as a table (user, UID, GID); edits go to the DeploymentModel.
#pragma once

#include "deploymenttablemodel.h"

namespace phw {

class AccountsTableModel : public DeploymentTableModel
{
    Q_OBJECT
public:
    enum Column { User, Uid, Gid, Home, ColumnCount };

    explicit AccountsTableModel(DeploymentModel *model, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString fieldOf(int row, int column);

protected:
    qsizetype rowsIn(const Deployment &deployment) const override;
    QString field(int row, int column) const override { return fieldOf(row, column); }
};

} // namespace phw
