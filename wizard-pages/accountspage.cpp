#include "accountspage.h"

#include "accountstablemodel.h"
#include "hoststablemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace phw {

AccountsPage::AccountsPage(DeploymentModel *model, QWidget *parent)
    : PageBase(model, {u"accounts"_qs, u"id_range"_qs}, parent)
    , m_accounts(new AccountsTableModel(model, this))
{
    setObjectName(u"accountsPage"_qs);
    setTitle(tr("System accounts"));
    setSubTitle(tr("Every host gets the same accounts with the same UID and GID, so that the "
                   "files on the share belong to the same users everywhere."));

    auto *note = new QLabel(
        tr("Note: the procedure's own example is inconsistent (it gives chrono 2109 and bijoe "
           "2110 after a loop that ends at 2109). What is shown here is what will be created."),
        this);
    note->setObjectName(u"procedureNote"_qs);
    note->setWordWrap(true);
    contentLayout()->addWidget(note);

    auto *numbering = new QHBoxLayout;
    m_firstUid = new QSpinBox(this);
    m_firstUid->setObjectName(u"firstUid"_qs);
    m_firstUid->setRange(0, 999999);
    m_firstUid->setValue(2102);
    auto *firstLabel = new QLabel(tr("&First UID:"), this);
    firstLabel->setBuddy(m_firstUid);
    auto *numberButton = new QPushButton(tr("&Number the accounts"), this);
    numberButton->setObjectName(u"numberAccountsButton"_qs);
    numberButton->setToolTip(tr("Give each account, in order, UID and GID from the first UID "
                                "on (the procedure's loop); missing accounts of the components "
                                "are added."));
    numbering->addWidget(firstLabel);
    numbering->addWidget(m_firstUid);
    numbering->addWidget(numberButton);
    numbering->addStretch();
    contentLayout()->addLayout(numbering);

    auto *label = new QLabel(tr("&Accounts:"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"accountsTable"_qs);
    m_table->setModel(m_accounts);
    m_table->setItemDelegate(new CellDelegate(this));
    auto *ids = new NumberDelegate(999999, this);
    m_table->setItemDelegateForColumn(AccountsTableModel::Uid, ids);
    m_table->setItemDelegateForColumn(AccountsTableModel::Gid, ids);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AccountsTableModel::Home,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("System accounts"));
    label->setBuddy(m_table);
    contentLayout()->addWidget(label);
    contentLayout()->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("A&dd an account"), this);
    add->setObjectName(u"addAccountButton"_qs);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeAccountButton"_qs);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    auto *problems = new ProblemLabel(model, {u"accounts"_qs, u"id_range"_qs}, false, this);
    problems->setObjectName(u"accountsProblems"_qs);
    contentLayout()->addWidget(problems);

    connect(numberButton, &QPushButton::clicked, this, &AccountsPage::number);
    connect(add, &QPushButton::clicked, this, [this] {
        this->model()->edit([](Deployment &d) { d.accounts.append(Account{}); });
        m_table->setCurrentIndex(
            m_accounts->index(m_accounts->rowCount() - 1, AccountsTableModel::User));
        m_table->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0)
            this->model()->edit([row](Deployment &d) { d.accounts.removeAt(row); });
    });
}

void AccountsPage::number()
{
    const qint64 first = m_firstUid->value();
    model()->edit([first](Deployment &d) {
        QStringList users;
        for (const Account &a : d.accounts)
            users.append(a.user);
        for (const ComponentInfo &c : d.componentInfos()) {
            if (!c.user.isEmpty() && !users.contains(c.user)) {
                users.append(c.user);
                d.accounts.append(Account{c.user, 0, 0, {}});
            }
        }
        for (qsizetype i = 0; i < d.accounts.size(); ++i) {
            d.accounts[i].uid = first + i;
            d.accounts[i].gid = first + i;
        }
    });
}

} // namespace phw
