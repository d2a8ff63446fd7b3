// Time to build and render the plan (text, JSON and every host's script) for 2 and 50 hosts;
// time to load, validate and plan the largest file the format allows, and to refuse a hostile
// file of the maximum size.
// Plain QElapsedTimer, repeated runs, median. Targets: < 5 ms (2 hosts), < 50 ms (50 hosts),
// growing linearly. Run with bench/run (Release build).
#include "deployment.h"
#include "i18n.h"
#include "plan.h"
#include "render.h"
#include "validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

phw::Deployment withHosts(const QJsonObject &seed, int hosts)
{
    QJsonObject o = seed;
    const QJsonArray original = seed.value(u"hosts"_qs).toArray();
    QJsonArray list{original.at(0)};
    for (int i = 1; i < hosts; ++i) {
        QJsonObject h = original.at(1).toObject();
        h.insert(u"name"_qs, QStringLiteral("web%1").arg(i + 1));
        h.insert(u"address"_qs, QStringLiteral("web%1.example.org").arg(i + 1));
        list.append(h);
    }
    o.insert(u"hosts"_qs, list);
    const phw::LoadResult r = phw::loadDeployment(QJsonDocument(o).toJson());
    if (!r.ok() || phw::hasErrors(phw::validate(r.deployment)))
        qFatal("the benchmark deployment is not valid");
    return r.deployment;
}

struct Figures
{
    double build = 0; // ms, median
    double total = 0; // ms, median: build + text + JSON + scripts
    qsizetype bytes = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Figures measure(const phw::Deployment &d, int runs)
{
    std::vector<double> build;
    std::vector<double> total;
    qsizetype bytes = 0;
    for (int i = 0; i < runs + 3; ++i) { // the first 3 runs warm the caches up and are dropped
        QElapsedTimer t;
        t.start();
        const phw::Plan plan = phw::buildPlan(d);
        const qint64 built = t.nsecsElapsed();
        const QString text = phw::renderPlanText(d, plan);
        const QByteArray json = phw::renderPlanJson(d, plan);
        const QList<phw::ExportedScript> scripts = phw::renderScripts(d, plan);
        const qint64 all = t.nsecsElapsed();
        bytes = text.toUtf8().size() + json.size();
        for (const phw::ExportedScript &s : scripts)
            bytes += s.content.size();
        if (i >= 3) {
            build.push_back(static_cast<double>(built) / 1e6);
            total.push_back(static_cast<double>(all) / 1e6);
        }
    }
    return {median(build), median(total), bytes};
}

// The largest file the format's limits allow: 50 secondaries, 64 described components (each
// with a cron and a database), 128 accounts, 512 extra packages.
QByteArray maximalFile(const QJsonObject &seed)
{
    QJsonObject o = seed;
    const QJsonArray original = seed.value(u"hosts"_qs).toArray();
    QJsonArray hosts{original.at(0)};
    for (int i = 1; i <= phw::kMaxSecondaries; ++i) {
        QJsonObject h = original.at(1).toObject();
        h.insert(u"name"_qs, QStringLiteral("web%1").arg(i + 1));
        h.insert(u"address"_qs, QStringLiteral("web%1.example.org").arg(i + 1));
        hosts.append(h);
    }
    QJsonArray components, accounts, packages;
    QJsonObject catalog, databases;
    for (int i = 0; i < phw::kMaxComponents; ++i) {
        const QString c = QStringLiteral("comp%1").arg(i);
        components.append(c);
        catalog.insert(c, QJsonObject{{u"crons"_qs, QJsonArray{u"/etc/cron.d/"_qs + c}}});
        databases.insert(c, QJsonObject{{u"name"_qs, c}, {u"user"_qs, c}});
    }
    for (int i = 0; i < phw::kMaxAccounts; ++i)
        accounts.append(QJsonObject{{u"user"_qs, QStringLiteral("comp%1").arg(i)},
                                    {u"uid"_qs, 3000 + i},
                                    {u"gid"_qs, 3000 + i}});
    for (int i = 0; i < phw::kMaxExtraPackages; ++i)
        packages.append(QStringLiteral("package%1").arg(i));
    o.insert(u"hosts"_qs, hosts);
    o.insert(u"components"_qs, components);
    o.insert(u"accounts"_qs, accounts);
    o.insert(u"component_catalog"_qs, catalog);
    o.insert(u"extra_packages"_qs, packages);
    QJsonObject db = o.value(u"database"_qs).toObject();
    db.insert(u"components"_qs, databases);
    o.insert(u"database"_qs, db);
    return QJsonDocument(o).toJson();
}

// A hostile file just under the size limit: one object with as many keys as fit, each twice,
// and a list far over its limit (issue 8: such files once took 27 s).
QByteArray hostileFile()
{
    QByteArray out = "{\"format\": 1, \"accounts\": [";
    for (int i = 0; out.size() < phw::kMaxDeploymentFileSize / 2; ++i)
        out += "{\"user\": \"u" + QByteArray::number(i) + "\", \"uid\": 1, \"gid\": 1},";
    out += "{}], \"x\": {";
    for (int i = 0; out.size() < phw::kMaxDeploymentFileSize - 64; ++i)
        out += "\"k" + QByteArray::number(i) + "\": 1, \"k" + QByteArray::number(i) + "\": 2,";
    out += "\"end\": 0}}";
    return out;
}

// Median time (ms) of load + every problem + plan of bytes.
double measureFile(const QByteArray &bytes, int runs, qsizetype *problems, qsizetype *steps)
{
    std::vector<double> times;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        const phw::LoadResult r = phw::loadDeployment(bytes);
        const QList<phw::Problem> found = phw::loadAndValidationProblems(r);
        const qsizetype planned =
            phw::hasErrors(found) ? 0 : phw::buildPlan(r.deployment).steps.size();
        if (i > 0)
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        *problems = found.size();
        *steps = planned;
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(PHW_VERSION));
    phw::installTranslations(u"fr"_qs);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(PHW_SEED);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QJsonObject seed = QJsonDocument::fromJson(f.readAll()).object();

    std::printf("publik-ha-wizard plan benchmark (median of repeated runs, %s)\n", PHW_BUILD_TYPE);
    std::printf("%6s %6s %6s %12s %16s %12s %10s\n", "hosts", "steps", "runs", "build (ms)",
                "build+render ms", "per host ms", "output KB");
    struct Row
    {
        int hosts;
        int runs;
        double target;
    };
    const Row rows[] = {{2, 200, 5.0}, {10, 60, 0}, {25, 30, 0}, {50, 20, 50.0}};
    double perHost2 = 0;
    double perHost50 = 0;
    bool ok = true;
    for (const Row &row : rows) {
        const phw::Deployment d = withHosts(seed, row.hosts);
        const Figures fig = measure(d, row.runs);
        const double perHost = fig.total / row.hosts;
        if (row.hosts == 2)
            perHost2 = perHost;
        if (row.hosts == 50)
            perHost50 = perHost;
        std::printf("%6d %6lld %6d %12.3f %16.3f %12.3f %10.1f", row.hosts,
                    static_cast<long long>(phw::buildPlan(d).steps.size()), row.runs, fig.build,
                    fig.total, perHost, static_cast<double>(fig.bytes) / 1024.0);
        if (row.target > 0) {
            const bool met = fig.total < row.target;
            ok = ok && met;
            std::printf("   target < %.0f ms: %s", row.target, met ? "met" : "MISSED");
        }
        std::printf("\n");
    }
    std::printf("growth: per-host time at 50 hosts is %.2f x the one at 2 hosts (1.0 = linear)\n",
                perHost2 > 0 ? perHost50 / perHost2 : 0.0);

    // Loading and validation of the largest files: the format's maximum, and a hostile file.
    qsizetype problems = 0;
    qsizetype steps = 0;
    const QByteArray maximal = maximalFile(seed);
    const double maximalMs = measureFile(maximal, 20, &problems, &steps);
    const bool maximalMet = maximalMs < 50.0 && steps > 0;
    std::printf("maximal file (%.1f KB, 51 hosts, 64 components, 128 accounts): load + validate + "
                "plan %.3f ms, %lld steps   target < 50 ms: %s\n",
                static_cast<double>(maximal.size()) / 1024.0, maximalMs,
                static_cast<long long>(steps), maximalMet ? "met" : "MISSED");
    const QByteArray hostile = hostileFile();
    const double hostileMs = measureFile(hostile, 5, &problems, &steps);
    const bool hostileMet = hostileMs < 2000.0;
    std::printf("hostile file (%.1f MB of duplicate keys, a list over its limit): refused in "
                "%.1f ms with %lld problems   target < 2 s: %s\n",
                static_cast<double>(hostile.size()) / (1024.0 * 1024.0), hostileMs,
                static_cast<long long>(problems), hostileMet ? "met" : "MISSED");
    ok = ok && maximalMet && hostileMet;
    return ok ? 0 : 1;
}
