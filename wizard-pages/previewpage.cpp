#include "previewpage.h"

#include "render.h"
#include "scriptfolder.h"
#include "shellhighlighter.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace phw {

namespace {
constexpr int HostRoleData = Qt::UserRole + 1;
constexpr int StepIndexData = Qt::UserRole + 2;
} // namespace

PreviewPage::PreviewPage(DeploymentModel *model, QWidget *parent)
    : PageBase(model, {}, parent)
    , m_steps(new QStandardItemModel(this))
{
    setObjectName(u"previewPage"_qs);
    setTitle(tr("Preview"));
    setSubTitle(tr("The installation plan, host by host and step by step: what will run, what "
                   "it checks first, and the files it writes. Passwords are shown as "
                   "«VARIABLE»."));

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"planSummary"_qs);
    m_summary->setWordWrap(true);
    m_export = new QPushButton(tr("&Export the script…"), this);
    m_export->setObjectName(u"exportScriptButton"_qs);
    m_export->setToolTip(tr("Write one sh script per host, the same files as "
                            "publik-ha-wizard export --script."));
    top->addWidget(m_summary, 1);
    top->addWidget(m_export);
    contentLayout()->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(u"planTree"_qs);
    m_tree->setAccessibleName(tr("Installation plan"));
    m_tree->setModel(m_steps);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_text = new QPlainTextEdit(splitter);
    m_text->setObjectName(u"stepText"_qs);
    m_text->setAccessibleName(tr("Selected step"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    new ShellHighlighter(m_text->document());
    m_tree->setMinimumWidth(m_tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 64);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PreviewPage::showCurrent);
    connect(m_export, &QPushButton::clicked, this, &PreviewPage::exportScripts);
    connect(model, &DeploymentModel::changed, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            rebuild();
    });
}

bool PreviewPage::isComplete() const
{
    return m_planOk;
}

void PreviewPage::initializePage()
{
    rebuild();
}

void PreviewPage::rebuild()
{
    const Deployment &d = model()->deployment();
    m_steps->clear();
    m_text->clear();
    m_planOk = !hasErrors(model()->allProblems());
    m_export->setEnabled(m_planOk);
    if (!m_planOk) {
        m_summary->setText(tr("The deployment still has problems: go back to the pages that "
                              "show them in red."));
        emit completeChanged();
        return;
    }
    m_plan = buildPlan(d);
    m_summary->setText(
        tr("Deployment %1: %n host(s), ", nullptr, int(m_plan.hostOrder.size())).arg(d.name) +
        tr("%n step(s).", nullptr, int(m_plan.steps.size())));
    for (const QString &host : std::as_const(m_plan.hostOrder)) {
        const QString role = m_plan.roles.value(host) == HostRole::Primary ? tr("primary host")
                                                                           : tr("secondary host");
        auto *hostItem = new QStandardItem(
            tr("%1 (%2), script %3").arg(host, role, scriptFileName(m_plan, host)));
        hostItem->setData(host, HostRoleData);
        const QList<Step> steps = m_plan.stepsFor(host);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            auto *stepItem =
                new QStandardItem(tr("%1. %2").arg(QLocale().toString(i + 1), steps.at(i).title));
            stepItem->setData(host, HostRoleData);
            stepItem->setData(int(i), StepIndexData);
            stepItem->setToolTip(steps.at(i).id);
            hostItem->appendRow(stepItem);
        }
        m_steps->appendRow(hostItem);
    }
    m_tree->expandAll();
    if (m_steps->rowCount() > 0 && m_steps->item(0)->rowCount() > 0)
        m_tree->setCurrentIndex(m_steps->item(0)->child(0)->index());
    emit completeChanged();
}

void PreviewPage::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_planOk) {
        m_text->clear();
        return;
    }
    const QString host = current.data(HostRoleData).toString();
    const QList<Step> steps = m_plan.stepsFor(host);
    const QVariant index = current.data(StepIndexData);
    if (!index.isValid()) {
        QStringList titles;
        for (qsizetype i = 0; i < steps.size(); ++i)
            titles.append(renderStepText(steps.at(i), i, steps.size()));
        m_text->setPlainText(titles.join(QString()));
        return;
    }
    const int i = index.toInt();
    if (i >= 0 && i < steps.size())
        m_text->setPlainText(renderStepText(steps.at(i), i, steps.size()));
}

QString PreviewPage::stepText() const
{
    // toPlainText() turns non-breaking spaces into spaces; the raw text keeps every character.
    QString text = m_text->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

bool PreviewPage::exportTo(const QString &folder, QString *error)
{
    if (!m_planOk)
        return false;
    const ScriptFolderResult result = phw::exportScripts(model()->deployment(), folder);
    if (result.status != ScriptFolderResult::Status::Ok) {
        if (error)
            *error = result.error;
        return false;
    }
    emit exported(result.written);
    return true;
}

void PreviewPage::exportScripts()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the scripts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    QString error;
    if (exportTo(folder, &error)) {
        QMessageBox::information(this, tr("Scripts exported"),
                                 tr("One script per host was written in %1. Run them in their "
                                    "order, each to its end, as root.")
                                     .arg(folder));
    } else {
        QMessageBox::warning(this, tr("Export failed"), error);
    }
}

} // namespace phw
