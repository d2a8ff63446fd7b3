// The wizard's window. Pages bind widgets to the engine's deployment model, nothing more.
#pragma once

#include <QWizard>

namespace phw {

class WizardWindow : public QWizard
{
    Q_OBJECT
public:
    explicit WizardWindow(QWidget *parent = nullptr);
};

} // namespace phw
