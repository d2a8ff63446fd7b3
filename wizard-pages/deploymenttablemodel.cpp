#include "deploymenttablemodel.h"

#include <QBrush>
#include <QColor>

namespace phw {

DeploymentTableModel::DeploymentTableModel(DeploymentModel *model, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_model(model)
    , m_columns(columns)
{
    connect(model, &DeploymentModel::changed, this, &DeploymentTableModel::onModelChanged);
}

void DeploymentTableModel::start()
{
    beginResetModel();
    m_rows = rowsIn(m_model->deployment());
    endResetModel();
}

void DeploymentTableModel::onModelChanged()
{
    const qsizetype rows = rowsIn(m_model->deployment());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows > 0)
        emit dataChanged(index(0, 0), index(int(rows) - 1, m_columns - 1));
}

int DeploymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int DeploymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant DeploymentTableModel::problemData(const QModelIndex &index, int role) const
{
    if (role != Qt::ToolTipRole && role != Qt::BackgroundRole)
        return {};
    const QString message = m_model->messages(field(index.row(), index.column()));
    if (message.isEmpty())
        return {};
    if (role == Qt::ToolTipRole)
        return message;
    return QBrush(QColor(0xff, 0xd7, 0xd7));
}

} // namespace phw
