// What every page shares: the model, the fields it owns (validate()'s prefixes), Next
// enabled only when none of them has an error, and a line that says why it is not.
#pragma once

#include "deploymentmodel.h"

#include <QLabel>
#include <QWizardPage>

class QLineEdit;
class QVBoxLayout;

namespace phw {

enum PageId {
    WelcomePageId,
    HostsPageId,
    AccountsPageId,
    DatabasePageId,
    SharePageId,
    ChecksPageId,
    PreviewPageId,
    ExecutionPageId,
    ReportPageId
};

// validate()'s messages for a set of fields, shown beside them in red; hidden when none.
class ProblemLabel : public QLabel
{
    Q_OBJECT
public:
    ProblemLabel(DeploymentModel *model, QStringList fields, bool exact, QWidget *parent);
    void setFields(const QStringList &fields);
    void refresh();

private:
    DeploymentModel *m_model;
    QStringList m_fields;
    bool m_exact;
};

class PageBase : public QWizardPage
{
    Q_OBJECT
public:
    PageBase(DeploymentModel *model, QStringList ownedFields, QWidget *parent = nullptr);

    bool isComplete() const override;
    // The sentence under the page when Next is disabled (empty when it is enabled).
    QString blockedReason() const;

protected:
    // The page's own content goes in here; the "why Next is disabled" line stays below it.
    QVBoxLayout *contentLayout() const { return m_content; }
    DeploymentModel *model() const { return m_model; }
    // Called when the model changed: put the model's values in the widgets.
    virtual void refresh() {}

private:
    void onModelChanged();

    DeploymentModel *m_model;
    QStringList m_owned;
    QVBoxLayout *m_content;
    QLabel *m_blocked;
};

// Sets a line edit's text only when it differs (so typing keeps the cursor).
void setTextIfDifferent(QLineEdit *edit, const QString &text);

} // namespace phw
