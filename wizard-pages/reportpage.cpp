#include "reportpage.h"

#include "i18n.h"
#include "localjournal.h"
#include "reportprinter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace phw {

ReportPage::ReportPage(DeploymentModel *model, QWidget *parent)
    : PageBase(model, {}, parent)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(u"reportPage"_qs);
    setTitle(tr("Report"));
    setSubTitle(tr("The checklist to print, tick and sign: the deployment, the checks, every "
                   "step with its outcome when it ran, the tasks left to the client's teams. "
                   "No password is in it."));
    setReportPageLayout(m_printer.get());

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reportSummary"_qs);
    m_summary->setWordWrap(true);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(u"printReportButton"_qs);
    m_print->setToolTip(tr("Print the checklist on a printer of this machine."));
    m_save = new QPushButton(tr("Save as P&DF…"), this);
    m_save->setObjectName(u"saveReportPdfButton"_qs);
    m_save->setToolTip(tr("Write the checklist as a PDF file (A4), the same file as "
                          "publik-ha-wizard export --report."));
    top->addWidget(m_summary, 1);
    top->addWidget(m_print);
    top->addWidget(m_save);
    contentLayout()->addLayout(top);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(u"reportPreview"_qs);
    m_preview->setAccessibleName(tr("Preview of the report"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    // The pages are shown by a view inside the widget: it is what takes the focus.
    for (QWidget *inner : m_preview->findChildren<QWidget *>()) {
        if (inner->focusPolicy() != Qt::NoFocus)
            inner->setAccessibleName(tr("Preview of the report"));
    }
    contentLayout()->addWidget(m_preview, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_ok)
            paintReport(m_report, printer);
    });
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_save, &QPushButton::clicked, this, &ReportPage::savePdf);
    connect(model, &DeploymentModel::changed, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            rebuild();
    });
}

ReportPage::~ReportPage() = default;

void ReportPage::setPreflightSource(std::function<const QList<PreflightItem> *()> source)
{
    m_preflightSource = std::move(source);
}

bool ReportPage::isComplete() const
{
    return m_ok;
}

void ReportPage::initializePage()
{
    rebuild();
}

void ReportPage::rebuild()
{
    const Deployment &d = model()->deployment();
    m_ok = !hasErrors(model()->allProblems());
    m_print->setEnabled(m_ok);
    m_save->setEnabled(m_ok);
    if (!m_ok) {
        m_report = {};
        m_summary->setText(tr("The deployment still has problems: go back to the pages that "
                              "show them in red."));
        m_preview->updatePreview();
        emit completeChanged();
        return;
    }
    // The run's outcomes, when this machine ran the plan (a missing journal: never run).
    LocalJournal journal(LocalJournal::defaultPath(d.name));
    journal.load();
    ReportInputs in;
    in.operatorName = qEnvironmentVariable("USER");
    in.version = QCoreApplication::applicationVersion();
    in.language = installedLanguage();
    in.journal = &journal;
    in.preflight = m_preflightSource ? m_preflightSource() : nullptr;
    m_report = buildReport(d, buildPlan(d), in);
    QString text =
        tr("Deployment %1: %n step(s) to tick, ", nullptr, m_report.stepCount()).arg(d.name) +
        tr("%n task(s) left to people.", nullptr, static_cast<int>(m_report.manualTasks.size()));
    if (m_report.runHappened)
        text += u' ' + m_report.runSummary;
    m_summary->setText(text);
    m_preview->updatePreview();
    emit completeChanged();
}

bool ReportPage::saveTo(const QString &path, QString *error)
{
    if (!m_ok) {
        if (error)
            *error = tr("The deployment still has problems.");
        return false;
    }
    return writeReportPdf(m_report, path, error);
}

void ReportPage::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the checklist"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOn(m_printer.get());
    m_preview->updatePreview();
}

void ReportPage::printOn(QPrinter *printer)
{
    if (m_ok)
        paintReport(m_report, printer);
}

void ReportPage::savePdf()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u'/' + tr("checklist-%1.pdf").arg(model()->deployment().name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the checklist as PDF"),
                                                      suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("The report was not saved"), error);
}

} // namespace phw
