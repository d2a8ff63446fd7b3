// Hôtes: the primary and the secondaries in a table; add, remove, reorder.
#pragma once

#include "pagebase.h"

class QTableView;
class QPushButton;

namespace phw {

class HostsTableModel;

class HostsPage : public PageBase
{
    Q_OBJECT
public:
    explicit HostsPage(DeploymentModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

private:
    void addHost();
    void removeHost();
    void moveHost(int delta);
    void chooseKeyFile();
    void updateButtons();
    int currentRow() const;

    HostsTableModel *m_hosts;
    QTableView *m_table;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_key;
};

} // namespace phw
