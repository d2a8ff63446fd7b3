#include "hostjournals.h"

#include "render.h"
#include "runner.h"

#include <algorithm>

namespace phw {

HostJournals::HostJournals(const Deployment &deployment, const QList<Host> &journalHosts,
                           ConnectionOptions options, SecretProvider *secrets, QObject *parent)
    : QObject(parent)
    , m_all(deployment)
    , m_hosts(deployment.orderedHosts())
    , m_options(std::move(options))
    , m_pool(std::make_unique<HostPool>(secrets))
{
    for (const Host &jh : journalHosts) {
        if (std::none_of(m_hosts.cbegin(), m_hosts.cend(),
                         [&](const Host &h) { return h.name == jh.name; })) {
            m_hosts.append(jh);
            Host extra = jh;
            extra.role = HostRole::Secondary;
            m_all.hosts.append(extra);
        }
    }
}

HostJournals::~HostJournals() = default;

void HostJournals::start()
{
    QMap<QString, ConnectParams> params;
    for (const Host &h : std::as_const(m_hosts))
        params.insert(h.name, connectParamsFor(h, m_options));
    const Plan plan = buildPlan(m_all);
    m_pool->connectAll(params, [this, plan](const QMap<QString, ConnectResult> &results) {
        for (const Host &h : std::as_const(m_hosts)) {
            const ConnectResult r = results.value(h.name);
            if (!r.ok()) {
                m_problems.insert(h.name, r.message);
                continue;
            }
            ++m_waiting;
            m_lines.insert(h.name, {});
            const QByteArray input = Runner::hostInput({}, renderHostScript(m_all, plan, h.name));
            m_pool->exec(
                h.name, {u"sh -s -- --journal"_qs, input, 120000, true},
                [this, name = h.name](const OutputLine &l) {
                    if (l.kind == OutputKind::Stdout && !l.progress)
                        m_lines[name].append(l.text);
                },
                [this, name = h.name](const ExecResult &e) {
                    if (!e.succeeded()) {
                        m_lines.remove(name);
                        m_problems.insert(name,
                                          describeExec(e) + (e.lastStderr.isEmpty()
                                                                 ? QString()
                                                                 : u": "_qs + e.lastStderr.last()));
                    }
                    if (--m_waiting == 0)
                        finish();
                });
        }
        if (m_waiting == 0)
            finish();
    });
}

void HostJournals::finish()
{
    m_done = true;
    emit finished();
}

QStringList HostJournals::stepsToUndo(const QStringList &hostJournal)
{
    QStringList steps;
    for (const QString &line : hostJournal) {
        const QStringList w = line.split(u' ', Qt::SkipEmptyParts);
        if (w.size() >= 2 && (w.first() == u"undo" || w.first() == u"begin") &&
            !steps.contains(w.at(1)))
            steps.append(w.at(1));
    }
    return steps;
}

} // namespace phw
