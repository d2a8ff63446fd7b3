// Rapport: the checklist report (the engine's Report, laid out by app/report/) in a print
// preview, with "Print…" and "Save as PDF…". The same pages as `export --report`.
#pragma once

#include "pagebase.h"

#include "report.h"

#include <functional>

class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace phw {

class ReportPage : public PageBase
{
    Q_OBJECT
public:
    explicit ReportPage(DeploymentModel *model, QWidget *parent = nullptr);
    ~ReportPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Where the preflight's findings come from (null: not known, none ran).
    void setPreflightSource(std::function<const QList<PreflightItem> *()> source);

    const Report &report() const { return m_report; }
    // Writes the report as a PDF file; false with the reason.
    bool saveTo(const QString &path, QString *error);
    // Paints the report on a printer set up by its dialog (or a test's PDF printer).
    void printOn(QPrinter *printer);
    QPrintPreviewWidget *preview() const { return m_preview; }

private:
    void rebuild();
    void print();
    void savePdf();

    std::function<const QList<PreflightItem> *()> m_preflightSource;
    Report m_report;
    bool m_ok = false;
    std::unique_ptr<QPrinter> m_printer;
    QLabel *m_summary;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
};

} // namespace phw
