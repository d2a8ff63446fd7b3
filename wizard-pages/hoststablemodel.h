// The deployment's hosts as a table: one row a host, edits go to the DeploymentModel, and
// the cells validate() complains about are marked with its message.
#pragma once

#include "deploymenttablemodel.h"

#include <QHash>
#include <QStyledItemDelegate>

namespace phw {

class HostsTableModel : public DeploymentTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Address,
        Port,
        User,
        Sudo,
        Auth,
        KeyFile,
        Primary,
        Network,
        Connection,
        ColumnCount
    };
    enum class ConnectionState { Testing, Ok, Failed };

    explicit HostsTableModel(DeploymentModel *model, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString fieldOf(int row, int column);

    // What "Test the connection" found for a host as it is now (shown until it changes).
    // text: in the cell; detail: the tooltip and the page's panel (what to do).
    void setConnectionState(const Host &host, ConnectionState state, const QString &text,
                            const QString &detail = {});
    // What resolving the address and opening its port found ("address:port" as key).
    // text: short, in the cell; detail: the tooltip.
    void setNetworkState(const QString &endpoint, ConnectionState state, const QString &text,
                         const QString &detail = {});
    static QString endpoint(const Host &host);
    static QString authLabel(AuthMethod auth);

protected:
    qsizetype rowsIn(const Deployment &deployment) const override;

private:
    struct Tested
    {
        ConnectionState state;
        QString text;
        QString detail;
    };
    static QString signature(const Host &host);
    QHash<QString, Tested> m_tested;
    QHash<QString, Tested> m_network;
    QVariant stateData(const Tested *tested, int role) const;
    QString field(int row, int column) const override { return fieldOf(row, column); }
};

// The tables' delegate: Enter commits the cell and stays in the table (it does not reach the
// wizard's default button).
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

// The authentication column: a combo box of the three methods.
class AuthDelegate : public CellDelegate
{
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

// Integer columns (port, UID, GID): a spin box wide enough for any value, so that the
// engine, not the editor, says what is out of range.
class NumberDelegate : public CellDelegate
{
    Q_OBJECT
public:
    NumberDelegate(int maximum, QObject *parent);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    int m_maximum;
};

} // namespace phw
