#include "wizardwindow.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace phw {

WizardWindow::WizardWindow(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"wizard"_qs);
    setWindowTitle(tr("Publik high availability"));
    auto *intro = new QWizardPage(this);
    intro->setObjectName(u"introPage"_qs);
    intro->setTitle(tr("Publik high availability"));
    auto *layout = new QVBoxLayout(intro);
    auto *text = new QLabel(
        tr("This wizard sets up Publik on a primary host and one or more secondary hosts "
           "that share their configuration and data over NFS. Meanwhile, the headless "
           "commands validate, plan and export are available: run publik-ha-wizard --help."),
        intro);
    text->setWordWrap(true);
    layout->addWidget(text);
    addPage(intro);
}

} // namespace phw
