// The wizard's cold start and memory at rest, against a bare QWizard measured the same way.
// One process a measure: `phw-wizard-bench wizard|bare` prints
//   <mode> start_ms=<process start to first page painted> rss_kib=<resident, 1 s after>
// bench/wizard-bench.sh runs both several times under Xvfb and compares the medians.
#include "i18n.h"
#include "secretstore.h"
#include "wizardwindow.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since this process started (kernel start time, clock ticks).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat(5)
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

long rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const char *mode)
        : m_mode(mode)
    {
    }
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            const double ms = msSinceProcessStart();
            QTimer::singleShot(1000, qApp, [this, ms] {
                std::printf("%s start_ms=%.0f rss_kib=%ld\n", m_mode, ms, rssKib());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(object, event);
    }

private:
    const char *m_mode;
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    const bool bare = argc > 1 && qstrcmp(argv[1], "bare") == 0;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("publik-ha-wizard-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("publik-ha-wizard-bench"));
    FirstPaint first(bare ? "bare" : "wizard");
    if (bare) {
        QWizard wizard;
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Bare"));
        wizard.addPage(page);
        page->installEventFilter(&first);
        wizard.show();
        return app.exec();
    }
    phw::installTranslations(QStringLiteral("fr"));
    phw::LaunchOptions options;
    phw::WizardWindow window(options, new phw::MemorySecretStore);
    window.page(phw::WelcomePageId)->installEventFilter(&first);
    window.show();
    return app.exec();
}
