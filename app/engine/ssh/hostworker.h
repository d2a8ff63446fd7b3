// A host's worker: a QObject living in its own thread, owning that host's SSH session.
// The caller talks to it through queued calls and gets results through queued signals, so
// the caller's thread (the wizard's GUI, the CLI's event loop) never blocks on the network.
#pragma once

#include "sshsession.h"

#include <QObject>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <memory>

namespace phw {

class HostWorker : public QObject
{
    Q_OBJECT

public:
    // Creates a worker in a new thread, already started. Destroy it with shutdown().
    static HostWorker *spawn(const QString &host, SecretProvider *secrets);
    // Stops any command, closes the session, ends the thread and deletes the worker.
    // Blocks until the current libssh call returns (a read slice, at most a timeout).
    void shutdown();

    const QString &host() const { return m_host; }

    // Thread-safe.
    void cancel() { m_cancel.store(true); }
    void answerHostKey(bool accept);
    // The receiver of lines() says it has handled count lines (thread-safe): the worker
    // stops reading the channel while too many are unhandled (the SSH window then holds the
    // host's output back), so a slow receiver is never flooded.
    void delivered(qsizetype count) { m_unhandled.fetch_sub(count); }

    // Lines go out in batches: at once while the receiver keeps up, else gathered (at most
    // kBatchLines a batch, kMaxUnhandled unhandled), so that a receiver's thread (the GUI)
    // handles a bounded amount of output per event and never stalls on a flood.
    static constexpr qsizetype kBatchLines = 1024;
    static constexpr qsizetype kMaxUnhandled = 4096;

    // Queued entry points (call them with QMetaObject::invokeMethod or through the
    // helpers below, from any thread).
    void requestConnect(const ConnectParams &params);
    void requestExec(quint64 id, const ExecRequest &request);

signals:
    void connected(const QString &host, const phw::ConnectResult &result);
    // A batch of lines of a command's output, in order; acknowledge with delivered().
    void lines(const QString &host, quint64 id, const QList<phw::OutputLine> &lines);
    void finished(const QString &host, quint64 id, const phw::ExecResult &result);
    // The policy is Ask and the host key is unknown: answer with answerHostKey().
    void hostKeyQuestion(const QString &host, const QString &fingerprint);

private:
    HostWorker(const QString &host, SecretProvider *secrets);
    void doConnect(const ConnectParams &params);
    void doExec(quint64 id, const ExecRequest &request);

    QString m_host;
    std::unique_ptr<SshSession> m_session;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_stopping{false};
    std::atomic<qsizetype> m_unhandled{0};
    QSemaphore m_answered;
    std::atomic<bool> m_answer{false};
    QThread *m_thread = nullptr;
};

} // namespace phw

Q_DECLARE_METATYPE(phw::ConnectParams)
Q_DECLARE_METATYPE(phw::ConnectResult)
Q_DECLARE_METATYPE(phw::ExecRequest)
Q_DECLARE_METATYPE(phw::ExecResult)
Q_DECLARE_METATYPE(phw::OutputLine)
Q_DECLARE_METATYPE(QList<phw::OutputLine>)
