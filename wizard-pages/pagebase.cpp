#include "pagebase.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace phw {

ProblemLabel::ProblemLabel(DeploymentModel *model, QStringList fields, bool exact, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
    , m_fields(std::move(fields))
    , m_exact(exact)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(u"color: #b00020;"_qs);
    connect(model, &DeploymentModel::changed, this, &ProblemLabel::refresh);
    refresh();
}

void ProblemLabel::setFields(const QStringList &fields)
{
    m_fields = fields;
    refresh();
}

void ProblemLabel::refresh()
{
    QStringList lines;
    for (const Problem &p : m_model->allProblems()) {
        for (const QString &f : m_fields) {
            if (m_exact ? p.field == f : DeploymentModel::fieldUnder(p.field, f)) {
                lines.append(p.isError() ? p.message : tr("Warning: %1").arg(p.message));
                break;
            }
        }
    }
    setText(lines.join(u'\n'));
    setAccessibleDescription(text());
    setVisible(!lines.isEmpty());
}

PageBase::PageBase(DeploymentModel *model, QStringList ownedFields, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_owned(std::move(ownedFields))
{
    auto *outer = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    outer->addLayout(m_content, 1);
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(u"nextBlockedReason"_qs);
    m_blocked->setWordWrap(true);
    m_blocked->setTextFormat(Qt::PlainText);
    outer->addWidget(m_blocked);
    connect(model, &DeploymentModel::changed, this, &PageBase::onModelChanged);
    QMetaObject::invokeMethod(this, &PageBase::onModelChanged, Qt::QueuedConnection);
}

bool PageBase::isComplete() const
{
    return !m_model->hasErrors(m_owned);
}

QString PageBase::blockedReason() const
{
    const QList<Problem> problems = m_model->problems(m_owned);
    qsizetype errors = 0;
    for (const Problem &p : problems)
        errors += p.isError() ? 1 : 0;
    if (errors == 0)
        return {};
    return tr("Next is disabled: %n problem(s) to correct on this page, shown in red.", nullptr,
              int(errors));
}

void PageBase::onModelChanged()
{
    refresh();
    const QString reason = blockedReason();
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
    emit completeChanged();
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace phw
