// Vérifications: the preflight on every host. Not built yet: the page says so plainly.
#pragma once

#include "pagebase.h"

namespace phw {

class ChecksPage : public PageBase
{
    Q_OBJECT
public:
    explicit ChecksPage(DeploymentModel *model, QWidget *parent = nullptr);
};

} // namespace phw
