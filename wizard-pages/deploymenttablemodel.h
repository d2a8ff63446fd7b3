// What the wizard's tables share: rows are one list of the deployment, edits go to the
// DeploymentModel, and a cell validate() complains about is tinted with its message.
#pragma once

#include "deploymentmodel.h"

#include <QAbstractTableModel>

namespace phw {

class DeploymentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    DeploymentTableModel(DeploymentModel *model, int columns, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    // How many rows the deployment has, and the validate() field of a cell.
    virtual qsizetype rowsIn(const Deployment &deployment) const = 0;
    virtual QString field(int row, int column) const = 0;
    // The cell's problem as a tooltip (Qt::ToolTipRole) or a tint (Qt::BackgroundRole);
    // an invalid QVariant when the cell has none or role is another.
    QVariant problemData(const QModelIndex &index, int role) const;
    // Call once the derived object is built.
    void start();

    DeploymentModel *m_model;

private:
    void onModelChanged();
    int m_columns;
    qsizetype m_rows = 0;
};

} // namespace phw
