// The Rapport page: its preview, "Print…" on a PDF printer and "Save as PDF…" give the same
// pages as `export --report`, with the preflight's findings of the Checks page in them.
#include "checkspage.h"
#include "i18n.h"
#include "plan.h"
#include "reportpage.h"
#include "reportprinter.h"
#include "secretstore.h"
#include "wizardwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace phw;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_qs, {u"-raw"_qs, u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    static const QRegularExpression space(u"\\s+"_qs);
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC) // "ﬁ" (a ligature) reads as "fi"
        .replace(space, u" "_qs);
}

} // namespace

class TestWizardReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<WizardWindow> m_window;
    QTemporaryDir m_dir;

    void openOnReport()
    {
        LaunchOptions options;
        options.deploymentFile = QStringLiteral(PHW_SOURCE_DIR "/examples/seed.json");
        auto *store = new MemorySecretStore;
        m_window = std::make_unique<WizardWindow>(options, store);
        store->setParent(m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // What a run of the Checks page found, as Preflight::finished brings it.
        m_window->checksPage()->showResults(
            {{u"web2"_qs, PreflightItem::Severity::Warning, u"L’horloge de web2 avance de 40 s."_qs,
              u"Activez NTP sur web2."_qs}});
        m_window->setCurrentId(ReportPageId);
        QTRY_COMPARE(m_window->currentId(), int(ReportPageId));
    }

    template <typename T> T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_qs).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_qs).toUtf8());
        qputenv("XDG_CACHE_HOME", m_dir.filePath(u"cache"_qs).toUtf8());
        QCoreApplication::setOrganizationName(u"publik-ha-wizard-test"_qs);
        QCoreApplication::setApplicationName(u"publik-ha-wizard-test"_qs);
        QCoreApplication::setApplicationVersion(QStringLiteral(PHW_VERSION));
        QSettings().clear();
        installTranslations(u"fr"_qs);
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
                 "poppler-utils is needed (installer/packages-test.txt)");
    }

    void cleanup() { m_window.reset(); }

    void printsAndSavesTheSamePages()
    {
        openOnReport();
        ReportPage *page = m_window->reportPage();
        QCOMPARE(page->title(), u"Rapport"_qs);
        auto *preview = find<QPrintPreviewWidget>(u"reportPreview"_qs);
        QTRY_VERIFY(preview->pageCount() > 3);
        QVERIFY(find<QPushButton>(u"printReportButton"_qs)->isEnabled());
        QVERIFY(find<QPushButton>(u"saveReportPdfButton"_qs)->isEnabled());
        QVERIFY(!preview->accessibleName().isEmpty());
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisible())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(iface && !iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(w->objectName() + u' ' +
                                QString::fromLatin1(w->metaObject()->className())));
        }

        // Imprimer, on a printer whose output is a PDF file.
        const QString printed = m_dir.filePath(u"printed.pdf"_qs);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        setReportPageLayout(&printer);
        page->printOn(&printer);
        // Enregistrer en PDF.
        const QString saved = m_dir.filePath(u"saved.pdf"_qs);
        QString error;
        QVERIFY2(page->saveTo(saved, &error), qPrintable(error));

        // The same pages: the printer lays them out at its own resolution, so the same count
        // and the same words, not the same bytes.
        const QString text = pdfText(printed);
        const QString savedText = pdfText(saved);
        auto words = [](const QString &t) { // lines cut elsewhere: hyphens dropped or not
            QStringList w = QString(t).remove(u'-').split(u' ', Qt::SkipEmptyParts);
            w.sort();
            return w;
        };
        QCOMPARE(words(savedText), words(text));
        QVERIFY(text.contains(u"Haute disponibilité Publik — liste de contrôle"_qs));
        QVERIFY(text.contains(u"L’horloge de web2 avance de 40 s."_qs));
        QVERIFY(text.contains(u"avertissement"_qs));
        const Deployment &d = m_window->deploymentModel()->deployment();
        for (const Step &s : buildPlan(d).steps) {
            QString title = s.title;
            title.replace(QRegularExpression(u"\\s+"_qs), u" "_qs);
            // pdftotext drops a hyphen at the end of a line ("authentic2-" / "multitenant").
            static const QRegularExpression cut(u"[\\s-]+"_qs);
            QVERIFY2(QString(text).remove(cut).contains(title.remove(cut)), qPrintable(s.title));
        }
        QCOMPARE(preview->pageCount(), [&] {
            QProcess p;
            p.start(u"pdfinfo"_qs, {saved});
            p.waitForFinished(30000);
            const QString info = QString::fromUtf8(p.readAllStandardOutput());
            const QRegularExpressionMatch m =
                QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(info);
            return m.captured(1).toInt();
        }());
    }

    // Under Xvfb (tst_wizard_report_screenshot): the page as the operator sees it.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("PHW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PHW_SCREENSHOT_DIR unset");
        QDir().mkpath(dir);
        openOnReport();
        QTRY_VERIFY(find<QPrintPreviewWidget>(u"reportPreview"_qs)->pageCount() > 3);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u"/8-rapport.png"_qs));
    }
};

QTEST_MAIN(TestWizardReport)
#include "tst_wizard_report.moc"
