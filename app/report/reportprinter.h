// The checklist report laid out on A4 pages with Qt's own printing: a header and the page
// number on every page, a step never split across two pages. It paints on any paged device:
// a QPdfWriter (export --report, offscreen) or the wizard's QPrinter (preview, printing).
#pragma once

#include "report.h"

#include <QString>

class QPagedPaintDevice;

namespace phw {

// A4 portrait with the report's margins, to set on a device before painting or previewing.
void setReportPageLayout(QPagedPaintDevice *device);

// Paints every page of the report on device (its page layout as it is); the page count.
int paintReport(const Report &report, QPagedPaintDevice *device);

// Writes the report as a PDF file (A4). False with a message when the file cannot be written.
bool writeReportPdf(const Report &report, const QString &path, QString *error);

} // namespace phw
