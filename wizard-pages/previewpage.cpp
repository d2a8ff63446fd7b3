#include "previewpage.h"

#include "linediff.h"
#include "render.h"
#include "scriptfolder.h"
#include "shellhighlighter.h"

#include <algorithm>

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
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QVBoxLayout>

namespace phw {

namespace {
constexpr int HostRoleData = Qt::UserRole + 1;
constexpr int StepIndexData = Qt::UserRole + 2;

// "+ " lines green, "- " lines red, the headers bold.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat f;
        if (text.startsWith(u"+ "))
            f.setForeground(QColor(0x0a, 0x6b, 0x1f));
        else if (text.startsWith(u"- "))
            f.setForeground(QColor(0xb0, 0x00, 0x20));
        else if (!text.startsWith(u"  ") && !text.isEmpty())
            f.setFontWeight(QFont::Bold);
        else
            return;
        setFormat(0, int(text.size()), f);
    }
};
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

    // The maintenance window, before the steps: which step stops or restarts which service.
    m_interruptions = new QLabel(this);
    m_interruptions->setObjectName(u"interruptionsLabel"_qs);
    m_interruptions->setWordWrap(true);
    m_interruptions->setTextFormat(Qt::RichText);
    m_interruptions->setFrameShape(QFrame::StyledPanel);
    m_interruptions->setMargin(6);
    m_interruptions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_interruptions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(u"planTree"_qs);
    m_tree->setAccessibleName(tr("Installation plan"));
    m_tree->setModel(m_steps);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *right = new QSplitter(Qt::Vertical, splitter);
    // Read-only shell text in a fixed font; Tab leaves it.
    const auto textView = [right](const QString &name, const QString &accessibleName) {
        auto *view = new QPlainTextEdit(right);
        view->setObjectName(name);
        view->setAccessibleName(accessibleName);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setTabChangesFocus(true);
        return view;
    };
    m_text = textView(u"stepText"_qs, tr("Selected step"));
    new ShellHighlighter(m_text->document());
    m_diff = textView(u"fileDiff"_qs, tr("Changes to the host's files"));
    m_diff->setVisible(false);
    new DiffHighlighter(m_diff->document());
    right->setChildrenCollapsible(false);
    // Wide enough for the longest step titles (authentic2-multitenant's).
    m_tree->setMinimumWidth(m_tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
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
        m_interruptions->clear();
        m_interruptions->setVisible(false);
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
    showInterruptions();
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
    const int stepIndex = index.isValid() ? index.toInt() : -1;
    showDiff(host, stepIndex >= 0 && stepIndex < steps.size() ? &steps.at(stepIndex) : nullptr);
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

QString PreviewPage::interruptionsText() const
{
    return m_interruptions->isVisible() || !m_interruptions->text().isEmpty()
               ? QTextDocumentFragment::fromHtml(m_interruptions->text()).toPlainText()
               : QString();
}

void PreviewPage::showInterruptions()
{
    const QLocale locale;
    QStringList lines{u"<b>"_qs + tr("Service interruptions").toHtmlEscaped() + u"</b>"_qs};
    for (const QString &host : std::as_const(m_plan.hostOrder)) {
        const QList<Step> steps = m_plan.stepsFor(host);
        const auto number = [&steps, &locale](const QString &id) {
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (steps.at(i).id == id)
                    return locale.toString(i + 1);
            }
            return QString();
        };
        QStringList stopped, restarted;
        for (const ServiceInterruption &i : m_plan.interruptions(host)) {
            const QString one = tr("%1 (step %2)").arg(i.service, number(i.step));
            (i.kind == ServiceInterruption::Kind::Stop ? stopped : restarted).append(one);
        }
        QStringList parts;
        if (!stopped.isEmpty())
            parts.append(tr("stopped while their files move: %1").arg(stopped.join(u", "_qs)));
        if (!restarted.isEmpty())
            parts.append(
                tr("restarted if their settings change: %1").arg(restarted.join(u", "_qs)));
        // "; " between the two lists, as the language writes it (" ; " in French).
        const QString what = parts.isEmpty() ? tr("no service is stopped")
                                             : parts.join(tr("; ", "between two lists"));
        lines.append(
            tr("%1: %2.").arg(u"<b>"_qs + host.toHtmlEscaped() + u"</b>"_qs, what.toHtmlEscaped()));
    }
    m_interruptions->setText(lines.join(u"<br>"_qs));
    m_interruptions->setVisible(true);
}

void PreviewPage::showDiff(const QString &host, const Step *step)
{
    const CurrentFiles *read = model()->currentFiles();
    const auto onHost = read ? read->constFind(host) : CurrentFiles::const_iterator();
    if (!step || step->files.isEmpty() || !read || onHost == read->cend()) {
        m_diff->clear();
        m_diff->setVisible(false);
        return;
    }
    QString out;
    for (const FileSpec &f : step->files) {
        const QString what =
            tr("%1 (%2:%3, %4) on %5").arg(f.path, f.owner, f.group, f.modeString(), host);
        const auto file = onHost->constFind(f.path);
        if (file == onHost->cend()) {
            out += what + u'\n' + tr("  not read by the checks.") + u'\n';
        } else if (!file->present) {
            out += what + u'\n' + tr("  absent from the host today: the step creates it.") + u'\n';
        } else {
            const QList<DiffLine> diff =
                lineDiff(diffLines(file->content), diffLines(f.maskedContent()));
            const bool same = std::all_of(diff.cbegin(), diff.cend(), [](const DiffLine &l) {
                return l.kind == DiffLine::Kind::Same;
            });
            if (same && !file->truncated && !diff.isEmpty()) {
                out += what + u'\n' +
                       tr("  the same as on the host: the step leaves it as it is.") + u'\n';
            } else {
                out += what + u'\n' +
                       tr("- the host's file today (a password line shows its key only)") + u'\n' +
                       tr("+ what the step writes") + u'\n';
                out += diff.isEmpty() ? tr("  too large to compare here.") + u'\n'
                                      : renderLineDiff(diff);
            }
        }
        out += u'\n';
    }
    m_diff->setPlainText(out.trimmed());
    m_diff->setVisible(true);
}

QString PreviewPage::diffText() const
{
    return m_diff->isVisibleTo(const_cast<PreviewPage *>(this)) ? m_diff->toPlainText() : QString();
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
