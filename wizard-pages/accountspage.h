// Comptes système: the accounts with UID and GID, numbered from a starting UID.
#pragma once

#include "pagebase.h"

class QSpinBox;
class QTableView;

namespace phw {

class AccountsTableModel;

class AccountsPage : public PageBase
{
    Q_OBJECT
public:
    explicit AccountsPage(DeploymentModel *model, QWidget *parent = nullptr);

private:
    void number();
    AccountsTableModel *m_accounts;
    QTableView *m_table;
    QSpinBox *m_firstUid;
};

} // namespace phw
