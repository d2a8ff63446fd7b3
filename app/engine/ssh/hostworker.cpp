#include "hostworker.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <csignal>
#include <mutex>
#include <pthread.h>

namespace phw {

HostWorker::HostWorker(const QString &host, SecretProvider *secrets)
    : m_host(host)
{
    m_session =
        std::make_unique<SshSession>(secrets, [this](const QString &h, const QString &fingerprint) {
            emit hostKeyQuestion(h, fingerprint);
            // Waits in this worker's thread for the operator; stopping answers no.
            while (!m_answered.tryAcquire(1, 200)) {
                if (m_stopping.load() || m_cancel.load())
                    return false;
            }
            return m_answer.load();
        });
}

HostWorker *HostWorker::spawn(const QString &host, SecretProvider *secrets)
{
    // A link that drops while libssh writes must be an error code, never a SIGPIPE that
    // ends the program.
    static std::once_flag ignorePipe;
    std::call_once(ignorePipe, [] { std::signal(SIGPIPE, SIG_IGN); });
    qRegisterMetaType<phw::ConnectParams>();
    qRegisterMetaType<phw::ConnectResult>();
    qRegisterMetaType<phw::ExecRequest>();
    qRegisterMetaType<phw::ExecResult>();
    qRegisterMetaType<phw::OutputLine>();
    qRegisterMetaType<QList<phw::OutputLine>>();
    auto *worker = new HostWorker(host, secrets);
    worker->m_thread = new QThread;
    worker->m_thread->setObjectName(u"ssh-"_qs + host);
    worker->moveToThread(worker->m_thread);
    // The worker never takes SIGINT or SIGTERM (its thread inherits this mask): an
    // interruption reaches the caller's thread, whose handler stops the run cleanly, and
    // never breaks a libssh call off with EINTR.
    sigset_t block, previous;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &previous);
    worker->m_thread->start();
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return worker;
}

void HostWorker::shutdown()
{
    // Once only: the worker deletes itself below.
    if (m_stopping.exchange(true))
        return;
    m_cancel.store(true);
    QThread *thread = m_thread;
    if (!thread->isRunning()) {
        // No event loop to run the deletion in: the session is closed here, once.
        m_session.reset();
        delete this;
        delete thread;
        return;
    }
    // The session is closed and the worker deleted in its own thread.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_session.reset();
            QThread *t = m_thread;
            delete this;
            t->quit();
        },
        Qt::QueuedConnection);
    thread->wait();
    delete thread;
}

void HostWorker::answerHostKey(bool accept)
{
    m_answer.store(accept);
    m_answered.release();
}

void HostWorker::requestConnect(const ConnectParams &params)
{
    QMetaObject::invokeMethod(
        this, [this, params] { doConnect(params); }, Qt::QueuedConnection);
}

void HostWorker::requestExec(quint64 id, const ExecRequest &request)
{
    m_cancel.store(false);
    QMetaObject::invokeMethod(
        this, [this, id, request] { doExec(id, request); }, Qt::QueuedConnection);
}

void HostWorker::doConnect(const ConnectParams &params)
{
    if (m_stopping.load())
        return;
    const ConnectResult r = m_session->connect(params);
    emit connected(m_host, r);
}

void HostWorker::doExec(quint64 id, const ExecRequest &request)
{
    if (m_stopping.load())
        return;
    QList<OutputLine> batch;
    QElapsedTimer sinceSent;
    sinceSent.start();
    const auto send = [&] {
        if (batch.isEmpty())
            return;
        m_unhandled.fetch_add(batch.size());
        emit lines(m_host, id, batch);
        batch.clear();
        sinceSent.restart();
    };
    // Called on each line and on each pass of the session's read loop: sends what is
    // gathered when the receiver has handled everything, when a batch is full, or after
    // kFlushMs (a receiver that never acknowledges still gets its lines).
    constexpr qint64 kFlushMs = 40;
    const auto pump = [&] {
        if (batch.isEmpty())
            return;
        if (m_unhandled.load() == 0 || batch.size() >= kBatchLines ||
            sinceSent.elapsed() >= kFlushMs) {
            // Too much unhandled: wait (the channel is not read meanwhile) until the receiver
            // catches up, the command is cancelled, or a long while passed.
            QElapsedTimer waited;
            waited.start();
            while (m_unhandled.load() >= kMaxUnhandled && !m_cancel.load() && !m_stopping.load() &&
                   waited.elapsed() < 5000)
                QThread::usleep(500);
            send();
        }
    };
    const ExecResult r = m_session->exec(
        request,
        [&](const OutputLine &l) {
            batch.append(l);
            pump();
        },
        &m_cancel, pump);
    send();
    emit finished(m_host, id, r);
}

} // namespace phw
