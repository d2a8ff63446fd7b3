// The system accounts as a table (user, UID, GID); edits go to the DeploymentModel.
#pragma once

#include "deploymentmodel.h"

#include <QAbstractTableModel>

namespace phw {

class AccountsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { User, Uid, Gid, Home, ColumnCount };

    explicit AccountsTableModel(DeploymentModel *model, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString fieldOf(int row, int column);

private:
    void onModelChanged();
    DeploymentModel *m_model;
    qsizetype m_rows = 0;
};

} // namespace phw
