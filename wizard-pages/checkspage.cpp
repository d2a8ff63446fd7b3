#include "checkspage.h"

#include <QVBoxLayout>

namespace phw {

ChecksPage::ChecksPage(DeploymentModel *model, QWidget *parent)
    : PageBase(model, {}, parent)
{
    setObjectName(u"checksPage"_qs);
    setTitle(tr("Preflight checks"));
    setSubTitle(tr("Coming next: this page is not built yet."));
    auto *text = new QLabel(
        tr("The next version of the wizard runs the preflight checks here, on every host at "
           "once, and tests the SSH connections (host keys included). Nothing is checked on "
           "the hosts by this page today.\n\nMeanwhile, save the deployment and run on a "
           "terminal:\n    publik-ha-wizard check FILE\nwhich runs the same checks."),
        this);
    text->setObjectName(u"checksPlaceholder"_qs);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(text);
    contentLayout()->addStretch();
}

} // namespace phw
