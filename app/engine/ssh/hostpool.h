// The workers of a run: one HostWorker per host, and continuation-style calls on them, all
// delivered in the owner's thread. Shared by the runner and the preflight.
#pragma once

#include "hostworker.h"

#include "deployment.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <functional>

namespace phw {

// Options common to every command that connects to hosts.
struct ConnectionOptions
{
    QString sshConfigFile;  // empty: ~/.ssh/config
    QString knownHostsFile; // empty: from the configuration, else ~/.ssh/known_hosts
    UnknownKeyPolicy unknownKeys = UnknownKeyPolicy::Refuse;
};

ConnectParams connectParamsFor(const Host &host, const ConnectionOptions &options);

class HostPool : public QObject
{
    Q_OBJECT

public:
    using LineFn = std::function<void(const OutputLine &)>;
    using DoneFn = std::function<void(const ExecResult &)>;

    explicit HostPool(SecretProvider *secrets, QObject *parent = nullptr);
    ~HostPool() override;

    // Connects every host at once; done gets every result when the last one is in.
    void connectAll(const QMap<QString, ConnectParams> &hosts,
                    std::function<void(const QMap<QString, ConnectResult> &)> done);
    void exec(const QString &host, const ExecRequest &request, LineFn onLine, DoneFn done);
    bool busy(const QString &host) const;
    bool anyBusy() const { return !m_pending.isEmpty(); }
    void cancelAll();
    void answerHostKey(const QString &host, bool accept);
    void shutdown();

signals:
    void hostKeyQuestion(const QString &host, const QString &fingerprint);

private:
    struct Pending
    {
        QString host;
        LineFn onLine;
        DoneFn done;
    };
    SecretProvider *m_secrets;
    QMap<QString, HostWorker *> m_workers;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    QMap<QString, ConnectResult> m_connectResults;
    int m_connectWaiting = 0;
    std::function<void(const QMap<QString, ConnectResult> &)> m_connectDone;
};

} // namespace phw
