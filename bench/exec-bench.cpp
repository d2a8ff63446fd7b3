// The Exécution page under load (bench/exec-bench.sh runs it on the lab; not a test):
//   phw-exec-bench stream DEPLOYMENT SSH_CONFIG HOST LINES ROUNDS
//     LINES lines (about 60 bytes each) printed on HOST, streamed over the engine's SSH
//     worker (HostPool: the runner's own path, batched and queued to the GUI thread) into
//     the page's output slot (the slot the runner's output signal reaches), against
//     `ssh HOST GENERATOR >/dev/null` of the same output, alternately, ROUNDS times.
//     Prints per round: wall times, the longest event-loop stall (a 5 ms timer on the GUI
//     thread), and whether the log file holds every line; then the peak memory (RSS).
//   phw-exec-bench apply DEPLOYMENT SSH_CONFIG
//     The whole installation run from the page (Exécuter, confirmed): its wall time.
#include "executionpage.h"
#include "secretstore.h"

#include "hostpool.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace phw;

namespace {

QString generator(qint64 lines)
{
    // ~60 bytes a line, like dpkg's output.
    return QStringLiteral("awk 'BEGIN { for (i = 1; i <= %1; i++) printf \"%07d Unpacking "
                          "publik-component (1.0-%07d) over (0.9) ...\\n\", i, i }'")
        .arg(lines);
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_qs);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QString();
}

long peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

struct Window
{
    DeploymentModel model;
    MemorySecretStore store;
    std::unique_ptr<ExecutionPage> page;
};

std::unique_ptr<Window> makePage(const QString &deploymentFile, const QString &sshConfig)
{
    auto w = std::make_unique<Window>();
    QString error;
    if (!w->model.open(deploymentFile, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    ConnectionOptions o;
    o.sshConfigFile = sshConfig;
    w->page = std::make_unique<ExecutionPage>(&w->model, &w->store, o);
    w->page->resize(1200, 800);
    w->page->show();
    w->page->initializePage();
    return w;
}

int stream(const QStringList &a)
{
    const QString deployment = a.value(0), sshConfig = a.value(1), host = a.value(2);
    const qint64 lines = a.value(3).toLongLong();
    const int rounds = qMax(1, a.value(4).toInt());
    std::unique_ptr<Window> w = makePage(deployment, sshConfig);
    if (!w)
        return 2;
    QTemporaryDir dir;
    EnvironmentSecrets secrets;
    HostPool pool(&secrets);
    Host target;
    for (const Host &h : w->model.deployment().hosts) {
        if (h.name == host)
            target = h;
    }
    ConnectionOptions options;
    options.sshConfigFile = sshConfig;
    bool connected = false;
    QEventLoop loop;
    pool.connectAll({{host, connectParamsFor(target, options)}},
                    [&](const QMap<QString, ConnectResult> &r) {
                        connected = r.value(host).ok();
                        if (!connected)
                            std::fprintf(stderr, "%s\n", qPrintable(r.value(host).message));
                        loop.quit();
                    });
    loop.exec();
    if (!connected)
        return 1;
    // The longest gap between two ticks of a 5 ms timer, beyond its 5 ms.
    qint64 stall = 0;
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { stall = qMax(stall, tickClock.restart() - 5); });
    // What this machine's scheduler alone costs the GUI thread: the same timer, idle, 3 s.
    stall = 0;
    tickClock.start();
    ticker.start();
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    ticker.stop();
    std::printf("idle event loop: longest stall %lld ms in 3 s (the machine's load: %s)\n",
                static_cast<long long>(stall), qPrintable(loadAverage()));
    std::printf("round  floor_s  wizard_s  ratio  stall_ms  log_complete\n");
    bool allComplete = true;
    QList<double> ratios, stalls;
    // Round 0 warms up (the lab's caches, the page's views): printed, not counted.
    for (int round = 0; round <= rounds; ++round) {
        // The floor: plain OpenSSH, the same output to /dev/null.
        QProcess ssh;
        ssh.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer floorClock;
        floorClock.start();
        ssh.start(u"ssh"_qs, {u"-F"_qs, sshConfig, host, generator(lines)});
        ssh.waitForFinished(-1);
        const double floorS = double(floorClock.elapsed()) / 1000.0;
        if (ssh.exitCode() != 0) {
            std::fprintf(stderr, "ssh failed: %s\n", ssh.readAllStandardError().constData());
            return 1;
        }
        // The page.
        const QString log = dir.filePath(QStringLiteral("round-%1.log").arg(round));
        w->page->beginLog(log);
        stall = 0;
        tickClock.start();
        ticker.start();
        QElapsedTimer clock;
        clock.start();
        bool ok = false;
        pool.exec(
            host, {generator(lines), {}, 0, true},
            [&](const OutputLine &l) { w->page->appendOutput(host, u"bench"_qs, l); },
            [&](const ExecResult &r) {
                ok = r.succeeded();
                loop.quit();
            });
        loop.exec();
        w->page->endLog();
        const double wizardS = double(clock.elapsed()) / 1000.0;
        ticker.stop();
        qint64 written = 0;
        QFile f(log);
        if (f.open(QIODevice::ReadOnly)) {
            while (!f.atEnd()) {
                if (f.readLine().contains(" Unpacking publik-component"))
                    ++written;
            }
        }
        const bool complete = ok && written == lines;
        if (round > 0) {
            ratios.append(wizardS / floorS);
            stalls.append(double(stall));
        }
        allComplete = allComplete && complete;
        std::printf("%5d  %7.2f  %8.2f  %5.2f  %8lld  %s (%lld lines)\n", round, floorS, wizardS,
                    wizardS / floorS, static_cast<long long>(stall), complete ? "yes" : "NO",
                    static_cast<long long>(written));
        std::fflush(stdout);
        QFile::remove(log);
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2)
                            : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2.0;
    };
    const auto [rmin, rmax] = std::minmax_element(ratios.cbegin(), ratios.cend());
    const auto [smin, smax] = std::minmax_element(stalls.cbegin(), stalls.cend());
    std::printf("wizard / floor: median %.2fx, min %.2fx, max %.2fx, spread %.0f%% "
                "(target <= 2x)\n",
                median(ratios), *rmin, *rmax, 100.0 * (*rmax - *rmin) / median(ratios));
    std::printf("longest stall: median %.0f ms, min %.0f, max %.0f (target <= 50 ms)\n",
                median(stalls), *smin, *smax);
    std::printf("peak memory (RSS): %ld KiB (target <= 200 MB)\n", peakRssKiB());
    return allComplete ? 0 : 1;
}

int apply(const QStringList &a)
{
    std::unique_ptr<Window> w = makePage(a.value(0), a.value(1));
    if (!w)
        return 2;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(w->page.get(), &ExecutionPage::confirmationAsked, [](QMessageBox *box) {
        QTimer::singleShot(0, box, [box] {
            if (auto *yes = box->findChild<QAbstractButton *>(box->objectName() + u"Yes"_qs))
                yes->click();
        });
    });
    QObject::connect(w->page.get(), &ExecutionPage::runFinished, [&](bool finished) {
        ok = finished;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    w->page->execute();
    loop.exec();
    std::printf("wizard apply: %.2f s, %s\n", double(clock.elapsed()) / 1000.0,
                ok ? "ok" : "FAILED");
    if (!ok)
        std::fprintf(stderr, "%s\n%s\n", qPrintable(w->page->statusText()),
                     qPrintable(w->page->failureText()));
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    args.removeFirst();
    if (mode == u"stream" && args.size() >= 5)
        return stream(args);
    if (mode == u"apply" && args.size() >= 2)
        return apply(args);
    std::fprintf(stderr, "usage: phw-exec-bench stream DEPLOYMENT SSH_CONFIG HOST LINES ROUNDS\n"
                         "       phw-exec-bench apply DEPLOYMENT SSH_CONFIG\n");
    return 2;
}
