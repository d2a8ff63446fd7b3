#include "hostpool.h"

namespace phw {

ConnectParams connectParamsFor(const Host &host, const ConnectionOptions &options)
{
    ConnectParams p;
    p.name = host.name;
    p.address = host.address;
    p.port = host.port;
    p.user = host.user;
    p.sudo = host.sudo;
    if (host.auth == AuthMethod::Key)
        p.keyFile = host.keyFile;
    p.sshConfigFile = options.sshConfigFile;
    p.knownHostsFile = options.knownHostsFile;
    p.unknownKeys = options.unknownKeys;
    return p;
}

HostPool::HostPool(SecretProvider *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

HostPool::~HostPool()
{
    shutdown();
}

void HostPool::shutdown()
{
    for (HostWorker *w : std::as_const(m_workers))
        w->cancel();
    for (HostWorker *w : std::as_const(m_workers))
        w->shutdown();
    m_workers.clear();
    m_pending.clear();
}

void HostPool::connectAll(const QMap<QString, ConnectParams> &hosts,
                          std::function<void(const QMap<QString, ConnectResult> &)> done)
{
    m_connectResults.clear();
    m_connectDone = std::move(done);
    m_connectWaiting = static_cast<int>(hosts.size());
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it) {
        HostWorker *w = m_workers.value(it.key());
        if (!w) {
            w = HostWorker::spawn(it.key(), m_secrets);
            m_workers.insert(it.key(), w);
            connect(w, &HostWorker::hostKeyQuestion, this, &HostPool::hostKeyQuestion,
                    Qt::QueuedConnection);
            connect(
                w, &HostWorker::connected, this,
                [this](const QString &host, const ConnectResult &r) {
                    m_connectResults.insert(host, r);
                    if (--m_connectWaiting == 0 && m_connectDone) {
                        auto cb = std::move(m_connectDone);
                        m_connectDone = nullptr;
                        // A copy too: a callback that connects again clears the member.
                        const QMap<QString, ConnectResult> results = m_connectResults;
                        cb(results);
                    }
                },
                Qt::QueuedConnection);
            connect(
                w, &HostWorker::lines, this,
                [this, w](const QString &host, quint64 id, const QList<OutputLine> &lines) {
                    auto it2 = m_pending.constFind(id);
                    if (it2 != m_pending.cend() && it2->onLine) {
                        const LineFn onLine = it2->onLine; // the call may end the command
                        for (const OutputLine &l : lines)
                            onLine(l);
                    }
                    if (m_workers.value(host) == w) // not shut down meanwhile
                        w->delivered(lines.size());
                },
                Qt::QueuedConnection);
            connect(
                w, &HostWorker::finished, this,
                [this](const QString &, quint64 id, const ExecResult &r) {
                    const Pending p = m_pending.take(id);
                    if (p.done)
                        p.done(r);
                },
                Qt::QueuedConnection);
        }
        w->requestConnect(it.value());
    }
    if (hosts.isEmpty() && m_connectDone) {
        auto cb = std::move(m_connectDone);
        m_connectDone = nullptr;
        cb(m_connectResults);
    }
}

void HostPool::exec(const QString &host, const ExecRequest &request, LineFn onLine, DoneFn done)
{
    HostWorker *w = m_workers.value(host);
    if (!w) {
        ExecResult r;
        r.status = ExecResult::Status::Failed;
        r.error = host;
        if (done)
            done(r);
        return;
    }
    const quint64 id = m_nextId++;
    m_pending.insert(id, {host, std::move(onLine), std::move(done)});
    w->requestExec(id, request);
}

bool HostPool::busy(const QString &host) const
{
    for (const Pending &p : m_pending) {
        if (p.host == host)
            return true;
    }
    return false;
}

void HostPool::cancelAll()
{
    for (HostWorker *w : std::as_const(m_workers))
        w->cancel();
}

void HostPool::answerHostKey(const QString &host, bool accept)
{
    if (HostWorker *w = m_workers.value(host))
        w->answerHostKey(accept);
}

} // namespace phw
