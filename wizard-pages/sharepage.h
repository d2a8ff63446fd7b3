// Partage NFS: the mount point, the Publik folder, and what the plan moves there.
#pragma once

#include "pagebase.h"

class QLineEdit;
class QListWidget;

namespace phw {

class SharePage : public PageBase
{
    Q_OBJECT
public:
    explicit SharePage(DeploymentModel *model, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QLineEdit *m_mount;
    QLineEdit *m_publik;
    QListWidget *m_moved;
};

} // namespace phw
