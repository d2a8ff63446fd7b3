#include "reportprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
};

const QString kInk = u"#1b2a41"_qs;   // headings, rules
const QString kMuted = u"#55606e"_qs; // secondary text
const QString kShade = u"#e9edf2"_qs; // table headers
const int kListingChunk = 34;         // lines of a listing kept together
const int kTableChunk = 22;           // rows of a table kept together (header repeated)

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// One piece of the flow: kept whole on one page; a heading stays with what follows it.
struct Block
{
    QString html;
    bool keepWithNext = false;
    double spaceBefore = 0; // millimetres, dropped at the top of a page
    bool ruleBelow = false; // a thin line under it (the checklist's rows)
};

class Layout
{
public:
    explicit Layout(QPagedPaintDevice *device)
        : m_device(device)
    {
        m_dpi = device->logicalDpiY();
        m_font = QFont(u"DejaVu Sans"_qs);
        m_font.setPointSizeF(9.5);
    }

    // Millimetres in device units (the painter's), and in the CSS pixels (1/96 inch) of the
    // rich text, which QTextDocument scales to the device itself.
    double mm(double v) const { return v * m_dpi / 25.4; }
    static int px(double millimetres) { return qRound(millimetres * 96 / 25.4); }

    std::unique_ptr<QTextDocument> document(const QString &html, double width) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(m_device);
        doc->setDefaultFont(m_font);
        doc->setDocumentMargin(0);
        doc->setDefaultStyleSheet(
            u"h1 { font-size: 19pt; color: %1; font-weight: 600; }"
            "h2 { font-size: 13pt; color: %1; font-weight: 600; }"
            "h3 { font-size: 10.5pt; color: %1; font-weight: 600; }"
            "th { background-color: %2; text-align: left; font-weight: 600; }"
            ".muted { color: %3; }"
            ".small { font-size: 8pt; }"
            "table.grid { border-collapse: collapse; border-color: #9aa3ad; }"
            "table.grid td, table.grid th { border: 1px solid #9aa3ad; }"
            ".code { font-family: 'DejaVu Sans Mono'; font-size: 7pt; white-space: pre-wrap; }"
            ".done { color: #1e6b34; font-weight: 600; }"
            ".already { color: #1e6b34; }"
            ".failed { color: #a4161a; font-weight: 600; }"
            ".undone { color: #8a5a00; font-weight: 600; }"
            ".box { font-size: 13pt; }"_qs.arg(kInk, kShade, kMuted));
        doc->setHtml(html);
        doc->setTextWidth(width);
        return doc;
    }

    QPagedPaintDevice *m_device;
    int m_dpi = 96;
    QFont m_font;
};

// The report's flow of blocks, section by section.
class Builder
{
public:
    explicit Builder(const Report &r)
        : m_r(r)
    {
    }

    QList<Block> build()
    {
        titleBlock();
        deploymentSection();
        preflightSection();
        interruptionsSection();
        checklistSection();
        manualSection();
        signatureSection();
        return m_blocks;
    }

private:
    QString table(const QStringList &headers, const QList<QStringList> &rows,
                  const QList<int> &widths) const
    {
        QString html = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                       "cellpadding=\"%1\" border=\"1\">"_qs.arg(Layout::px(1.0));
        html += u"<tr>"_qs;
        for (qsizetype i = 0; i < headers.size(); ++i)
            html += u"<th width=\"%1%\">%2</th>"_qs.arg(widths.value(i)).arg(esc(headers.at(i)));
        html += u"</tr>"_qs;
        for (const QStringList &row : rows) {
            html += u"<tr>"_qs;
            for (const QString &cell : row)
                html += u"<td>"_qs + cell + u"</td>"_qs;
            html += u"</tr>"_qs;
        }
        return html + u"</table>"_qs;
    }

    // A table in chunks of rows (the header repeated), each chunk kept on one page.
    void tableBlocks(const QStringList &headers, const QList<QStringList> &rows,
                     const QList<int> &widths)
    {
        for (qsizetype i = 0; i < rows.size() || i == 0; i += kTableChunk) {
            m_blocks.append({table(headers, rows.mid(i, kTableChunk), widths), false, 1.5});
            if (rows.isEmpty())
                break;
        }
    }

    void heading(int level, const QString &text, double spaceBefore)
    {
        m_blocks.append({u"<h%1>%2</h%1>"_qs.arg(level).arg(esc(text)), true, spaceBefore});
    }

    void paragraph(const QString &html, double spaceBefore = 1.5, bool keepWithNext = false)
    {
        m_blocks.append({u"<p>"_qs + html + u"</p>"_qs, keepWithNext, spaceBefore});
    }

    void listing(const QString &text)
    {
        QStringList lines = text.split(u'\n');
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (qsizetype i = 0; i < lines.size(); i += kListingChunk) {
            const QString chunk = lines.mid(i, kListingChunk).join(u'\n');
            m_blocks.append(
                {u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                 "style=\"background-color: #f4f6f8;\">"
                 "<tr><td><pre class=\"code\">%2</pre></td></tr></table>"_qs.arg(Layout::px(1.2))
                     .arg(esc(chunk)),
                 false, i == 0 ? 1.5 : 0});
        }
    }

    QString box() const { return u"<span class=\"box\">&#x2610;</span>"_qs; }

    void titleBlock()
    {
        QString html = u"<h1>%1</h1>"_qs.arg(esc(m_r.title));
        html +=
            u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">"_qs.arg(Layout::px(0.8));
        const auto row = [](const QString &k, const QString &v) {
            return u"<tr><td width=\"26%\" class=\"muted\">%1</td><td><b>%2</b></td></tr>"_qs.arg(
                esc(k), esc(v));
        };
        html += row(Tr::tr("Deployment"), m_r.deployment);
        html += row(Tr::tr("Date"), m_r.date);
        html += row(Tr::tr("Operator"), m_r.operatorName.isEmpty() ? u"—"_qs : m_r.operatorName);
        html += row(Tr::tr("Tool"), Tr::tr("publik-ha-wizard %1").arg(m_r.version));
        html += row(Tr::tr("Hosts"), QString::number(m_r.hosts.size()));
        html += row(Tr::tr("Steps"), QString::number(m_r.stepCount()));
        QString state;
        if (!m_r.runHappened)
            state = Tr::tr("not run from this machine yet: tick each step as it is done");
        else
            state =
                m_r.runSummary.isEmpty() ? Tr::tr("run recorded in the journal") : m_r.runSummary;
        html += row(Tr::tr("State"), state);
        html += u"</table>"_qs;
        html += u"<p class=\"muted small\">%1</p>"_qs.arg(esc(
            Tr::tr("This checklist is rendered from the deployment file and the installation plan "
                   "that the tool runs (the same steps as its preview and its exported scripts). "
                   "It holds no password: each one is named by the variable that provides it.")));
        m_blocks.append({html, false, 0});
    }

    void deploymentSection()
    {
        heading(2, Tr::tr("1. The deployment"), 6);
        heading(3, Tr::tr("1.1 Hosts and roles"), 2);
        QList<QStringList> rows;
        for (const ReportHost &h : m_r.hosts)
            rows.append({u"<b>%1</b>"_qs.arg(esc(h.name)), esc(h.address), esc(h.role),
                         QString::number(h.steps.size())});
        tableBlocks({Tr::tr("Host"), Tr::tr("Address"), Tr::tr("Role"), Tr::tr("Steps")}, rows,
                    {20, 40, 25, 15});

        heading(3, Tr::tr("1.2 System accounts (same UID and GID on every host)"), 4);
        rows.clear();
        for (const ReportAccount &a : m_r.accounts)
            rows.append({u"<b>%1</b>"_qs.arg(esc(a.user)), QString::number(a.uid),
                         QString::number(a.gid), esc(a.home)});
        tableBlocks({Tr::tr("Account"), Tr::tr("UID"), Tr::tr("GID"), Tr::tr("Home folder")}, rows,
                    {34, 12, 12, 42});

        heading(3, Tr::tr("1.3 Database"), 4);
        paragraph(Tr::tr("PostgreSQL server: <b>%1</b>, port <b>%2</b>.")
                      .arg(esc(m_r.databaseHost))
                      .arg(m_r.databasePort),
                  1.5, true);
        rows.clear();
        for (const ReportDatabase &db : m_r.databases)
            rows.append({esc(db.component),
                         db.database.isEmpty() ? u"<i>%1</i>"_qs.arg(esc(
                                                     Tr::tr("its own, one per tenant (CREATEDB)")))
                                               : esc(db.database),
                         esc(db.role),
                         u"<span class=\"small\">%1</span>"_qs.arg(esc(db.passwordVariable))});
        tableBlocks({Tr::tr("Component"), Tr::tr("Database"), Tr::tr("Role"),
                     Tr::tr("Password (given by)")},
                    rows, {20, 26, 20, 34});

        heading(3, Tr::tr("1.4 NFS share"), 4);
        paragraph(Tr::tr("Mount point on every host: <b>%1</b>. Publik folder: <b>%2</b>.")
                      .arg(esc(m_r.shareMount), esc(m_r.publikDir)));
    }

    void preflightSection()
    {
        heading(2, Tr::tr("2. Preflight checks"), 6);
        if (!m_r.preflightKnown) {
            paragraph(esc(Tr::tr("Not known for this report: run the checks (the wizard's "
                                 "Checks page, or publik-ha-wizard check FILE) before the "
                                 "installation and note the outcome here.")) +
                      u"<br/>"_qs + box() + u" "_qs + esc(Tr::tr("Checks run, nothing blocking.")));
            return;
        }
        if (m_r.findings.isEmpty()) {
            paragraph(esc(Tr::tr("Every check passed on every host: nothing to report.")));
            return;
        }
        QList<QStringList> rows;
        for (const ReportFinding &f : m_r.findings) {
            const QString cls = f.blocking ? u"failed"_qs : u"undone"_qs;
            QString text = esc(f.message);
            if (!f.hint.isEmpty())
                text += u"<br/><span class=\"muted\">%1</span>"_qs.arg(esc(f.hint));
            rows.append({f.host.isEmpty() ? Tr::tr("all") : esc(f.host),
                         u"<span class=\"%1\">%2</span>"_qs.arg(cls, esc(f.severity)), text});
        }
        tableBlocks({Tr::tr("Host"), Tr::tr("Severity"), Tr::tr("Finding and what to do")}, rows,
                    {12, 20, 68});
    }

    void interruptionsSection()
    {
        heading(2, Tr::tr("3. Service interruptions"), 6);
        if (m_r.interruptions.isEmpty()) {
            paragraph(esc(Tr::tr("No step of this plan stops a service.")));
            return;
        }
        paragraph(esc(Tr::tr("These steps stop services while they move files to the share; "
                             "plan them when the sites may be unavailable for a while.")),
                  1.5, true);
        QList<QStringList> rows;
        for (const ReportInterruption &i : m_r.interruptions)
            rows.append({esc(i.host), QString::number(i.number), esc(i.step),
                         esc(i.services.join(u", "_qs))});
        tableBlocks({Tr::tr("Host"), Tr::tr("Step"), Tr::tr("Title"), Tr::tr("Stopped services")},
                    rows, {14, 8, 53, 25});
    }

    QString outcome(const ReportStep &s) const
    {
        if (s.state.isEmpty() && m_r.runHappened)
            return u"<span class=\"muted\">%1</span>"_qs.arg(esc(Tr::tr("not run")));
        if (s.state.isEmpty()) // to fill in by hand
            return u"<span class=\"small muted\">%1<br/><br/>%2</span>"_qs.arg(
                esc(Tr::tr("Done on: ……………")), esc(Tr::tr("Initials: ……………")));
        QString cls = u"done"_qs;
        if (s.state == u"already-done")
            cls = u"already"_qs;
        else if (s.state == u"failed" || s.state == u"interrupted" || s.state == u"running")
            cls = u"failed"_qs;
        else if (s.state == u"rolled-back")
            cls = u"undone"_qs;
        QString html = u"<span class=\"%1\" style=\"white-space: nowrap;\">%2</span>"_qs.arg(
            cls, esc(s.stateLabel));
        if (!s.when.isEmpty())
            html += u"<br/><span class=\"small muted\">%1</span>"_qs.arg(esc(s.when));
        return html;
    }

    void checklistSection()
    {
        heading(2, Tr::tr("4. Checklist of the installation"), 6);
        QString intro = esc(Tr::tr(
            "Every step of the plan, host by host, in the order it runs (primary host first), "
            "numbered as in the preview. Tick each box once the step is checked."));
        if (m_r.runHappened && !m_r.runSummary.isEmpty())
            intro += u"<br/><b>%1</b>"_qs.arg(esc(m_r.runSummary));
        if (m_r.rolledBack) {
            QString done = Tr::tr("Rollback done: the steps marked undone are no longer applied on "
                                  "the hosts.");
            bool leftInPlace = false;
            for (const ReportHost &h : m_r.hosts) {
                for (const ReportStep &s : h.steps)
                    leftInPlace = leftInPlace || s.state == u"already-done";
            }
            if (leftInPlace)
                done += u' ' + Tr::tr("Those already done before the installation are left in "
                                      "place: the rollback only undoes what the tool did.");
            intro += u"<br/><span class=\"undone\">%1</span>"_qs.arg(esc(done));
        }
        paragraph(intro);
        const int pad = Layout::px(1.0);
        for (const ReportHost &h : m_r.hosts) {
            heading(3,
                    Tr::tr("%1 — %2 (%3), %n step(s)", nullptr, static_cast<int>(h.steps.size()))
                        .arg(h.name, h.role, h.address),
                    5);
            for (const ReportStep &s : h.steps) {
                QString detail = u"<span class=\"small muted\">%1 · %2</span>"_qs.arg(
                    esc(s.id), esc(Tr::tr("procedure: %1").arg(s.procedure)));
                if (!s.stoppedServices.isEmpty())
                    detail += u"<br/><span class=\"small undone\">%1</span>"_qs.arg(
                        esc(Tr::tr("stops: %1").arg(s.stoppedServices.join(u", "_qs))));
                if (!s.message.isEmpty() && s.state != u"done" && s.state != u"already-done")
                    detail += u"<br/><span class=\"small failed\">%1</span>"_qs.arg(esc(s.message));
                const QString html =
                    u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><tr>"
                    "<td width=\"5%\" valign=\"top\">%2</td>"
                    "<td width=\"10%\" valign=\"top\"><b>%3/%4</b></td>"
                    "<td width=\"57%\" valign=\"top\"><b>%5</b><br/>%6</td>"
                    "<td width=\"28%\" valign=\"top\">%7</td></tr></table>"_qs.arg(pad)
                        .arg(box())
                        .arg(s.number)
                        .arg(s.count)
                        .arg(esc(s.title), detail, outcome(s));
                m_blocks.append({html, false, 0, true});
            }
        }
    }

    void manualSection()
    {
        heading(2, Tr::tr("5. Tasks left to people"), 6);
        paragraph(esc(Tr::tr("The procedure leaves these to the client's teams: tick each one "
                             "once done and checked.")));
        int n = 0;
        for (const ReportManualTask &t : m_r.manualTasks) {
            ++n;
            heading(3, u"5.%1 %2"_qs.arg(n).arg(t.title), 4);
            for (const QString &item : t.items) {
                m_blocks.append(
                    {u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><tr>"
                     "<td width=\"5%\" valign=\"top\">%2</td><td>%3</td></tr></table>"_qs
                         .arg(Layout::px(0.6))
                         .arg(box(), esc(item)),
                     false, 0});
            }
            if (!t.listing.isEmpty())
                listing(t.listing);
        }
    }

    void signatureSection()
    {
        heading(2, Tr::tr("6. Signatures"), 8);
        QString html = u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                       "cellpadding=\"%1\" border=\"1\"><tr>"_qs.arg(Layout::px(2));
        for (const QString &who : {Tr::tr("The operator"), Tr::tr("The client")})
            html += u"<th width=\"50%\">%1</th>"_qs.arg(esc(who));
        html += u"</tr><tr>"_qs;
        for (int i = 0; i < 2; ++i) {
            const QString name =
                i == 0 && !m_r.operatorName.isEmpty() ? u" "_qs + esc(m_r.operatorName) : QString();
            html +=
                u"<td valign=\"top\">%1<br/><br/>%2<br/><br/>%3<br/><br/><br/><br/></td>"_qs.arg(
                    esc(Tr::tr("Name:")) + name, esc(Tr::tr("Date:")), esc(Tr::tr("Signature:")));
        }
        html += u"</tr></table>"_qs;
        m_blocks.append({html, false, 2});
    }

    const Report &m_r;
    QList<Block> m_blocks;
};

struct Placed
{
    int page = 0;
    double y = 0;
    std::shared_ptr<QTextDocument> doc;
};

} // namespace

void setReportPageLayout(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
}

int paintReport(const Report &report, QPagedPaintDevice *device)
{
    Layout l(device);
    const double width = device->width();
    const double height = device->height();
    const double top = l.mm(11);            // under the header
    const double bottom = height - l.mm(9); // above the footer

    // Layout: each block whole on a page; a heading moves with the block after it.
    const QList<Block> blocks = Builder(report).build();
    QList<Placed> placed;
    QList<double> heights;
    for (const Block &b : blocks) {
        std::shared_ptr<QTextDocument> doc = l.document(b.html, width);
        heights.append(doc->size().height());
        placed.append({0, 0, std::move(doc)});
    }
    int page = 0;
    double y = top;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        // What must stay together from here: this block and the ones it keeps with.
        double need = 0;
        qsizetype j = i;
        for (; j < blocks.size(); ++j) {
            need += heights.at(j) + (j == i ? 0 : l.mm(blocks.at(j).spaceBefore));
            if (!blocks.at(j).keepWithNext)
                break;
        }
        const double before = y > top ? l.mm(blocks.at(i).spaceBefore) : 0;
        if (y + before + need > bottom && y > top) {
            ++page;
            y = top;
        } else {
            y += before;
        }
        placed[i].page = page;
        placed[i].y = y;
        y += heights.at(i) + (blocks.at(i).ruleBelow ? l.mm(0.6) : 0);
    }
    const int pages = page + 1;

    QPainter p(device);
    QFont small(u"DejaVu Sans"_qs);
    small.setPointSizeF(7.5);
    const QLocale locale = reportLocale(report.language);
    qsizetype next = 0;
    for (int pg = 0; pg < pages; ++pg) {
        if (pg > 0)
            device->newPage();
        // Header: title and deployment on the left, the date on the right, a rule under them.
        p.setFont(small);
        p.setPen(QColor(kMuted));
        const QRectF head(0, 0, width, l.mm(6));
        p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
                   report.title + u" · "_qs + report.deployment);
        p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, report.date);
        p.setPen(QPen(QColor(kInk), l.mm(0.3)));
        p.drawLine(QPointF(0, l.mm(7)), QPointF(width, l.mm(7)));
        // Footer: the tool and the page number.
        p.setPen(QPen(QColor(kMuted), l.mm(0.2)));
        p.drawLine(QPointF(0, height - l.mm(6.5)), QPointF(width, height - l.mm(6.5)));
        const QRectF foot(0, height - l.mm(6), width, l.mm(6));
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("publik-ha-wizard %1 — signed copy to keep with the deployment file")
                       .arg(report.version));
        p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                   Tr::tr("Page %1 of %2").arg(locale.toString(pg + 1), locale.toString(pages)));
        while (next < placed.size() && placed.at(next).page == pg) {
            p.save();
            p.translate(0, placed.at(next).y);
            placed.at(next).doc->drawContents(&p);
            p.restore();
            if (blocks.at(next).ruleBelow) {
                const double under = placed.at(next).y + heights.at(next) + l.mm(0.3);
                p.setPen(QPen(QColor(u"#c5ccd4"_qs), l.mm(0.2)));
                p.drawLine(QPointF(0, under), QPointF(width, under));
            }
            ++next;
        }
    }
    p.end();
    return pages;
}

bool writeReportPdf(const Report &report, const QString &path, QString *error)
{
    // All or nothing: written aside, renamed over the file once complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(report.title + u" — "_qs + report.deployment);
        writer.setCreator(u"publik-ha-wizard "_qs + report.version);
        setReportPageLayout(&writer);
        paintReport(report, &writer);
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace phw
