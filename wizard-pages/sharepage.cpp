#include "sharepage.h"

#include "plan.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace phw {

SharePage::SharePage(DeploymentModel *model, QWidget *parent)
    : PageBase(model, {u"nfs"_qs}, parent)
{
    setObjectName(u"sharePage"_qs);
    setTitle(tr("NFS share"));
    setSubTitle(tr("The NFS share, mounted at the same place on every host, and the Publik "
                   "folder inside it where the configuration and data are moved."));
    auto *form = new QFormLayout;
    m_mount = new QLineEdit(this);
    m_mount->setObjectName(u"shareMount"_qs);
    m_mount->setPlaceholderText(tr("e.g. /srv/nfs"));
    auto *mountLabel = new QLabel(tr("&Mount point:"), this);
    mountLabel->setBuddy(m_mount);
    form->addRow(mountLabel, m_mount);
    form->addRow(new ProblemLabel(model, {u"nfs.mount"_qs}, true, this));
    m_publik = new QLineEdit(this);
    m_publik->setObjectName(u"sharePublikDir"_qs);
    m_publik->setPlaceholderText(tr("e.g. /srv/nfs/publik"));
    auto *publikLabel = new QLabel(tr("Publik &folder:"), this);
    publikLabel->setBuddy(m_publik);
    form->addRow(publikLabel, m_publik);
    form->addRow(new ProblemLabel(model, {u"nfs.publik_dir"_qs}, true, this));
    contentLayout()->addLayout(form);
    connect(m_mount, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->model()->edit([&](Deployment &d) { d.nfs.mount = text.trimmed(); });
    });
    connect(m_publik, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->model()->edit([&](Deployment &d) { d.nfs.publikDir = text.trimmed(); });
    });

    auto *movedLabel = new QLabel(
        tr("&What the primary host moves into the Publik folder, and every host links back:"),
        this);
    movedLabel->setWordWrap(true);
    m_moved = new QListWidget(this);
    m_moved->setObjectName(u"sharedFolders"_qs);
    m_moved->setAccessibleName(tr("Folders moved to the share"));
    movedLabel->setBuddy(m_moved);
    contentLayout()->addWidget(movedLabel);
    contentLayout()->addWidget(m_moved, 1);
}

void SharePage::refresh()
{
    const Deployment &d = model()->deployment();
    setTextIfDifferent(m_mount, d.nfs.mount);
    setTextIfDifferent(m_publik, d.nfs.publikDir);
    const QStringList links = sharedLinks(d);
    QStringList shown;
    for (int i = 0; i < m_moved->count(); ++i)
        shown.append(m_moved->item(i)->text());
    if (shown != links) {
        m_moved->clear();
        m_moved->addItems(links);
    }
}

} // namespace phw
