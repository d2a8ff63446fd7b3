// Runs the plan on the hosts over SSH: apply (each step's check first, the primary's steps
// in plan order, then the secondaries in parallel), and rollback (secondaries first, then
// the primary, from the hosts' journals). Every host runs the very script the export
// writes (renderHostScript), sent on stdin with the secrets before it; a local journal
// records each step before and after it runs; a lock on the share keeps a second run out.
#pragma once

#include "hostpool.h"
#include "localjournal.h"

#include "plan.h"

#include <QObject>

#include <functional>
#include <memory>

namespace phw {

class Preflight;

struct RunnerOptions
{
    ConnectionOptions connection;
    bool takeOverLock = false;
    int stepTimeoutMs = 60 * 60 * 1000;
    QString journalPath; // empty: LocalJournal::defaultPath()
    QString holder;      // empty: user@machine pid N date
    // apply runs preflight's checks first (as `check`) and changes nothing if one blocks.
    bool preflight = true;
    // Asked before each step (--step); empty: no question. Called in the runner's thread.
    std::function<bool(const QString &host, const Step &step)> confirmStep;
    // The same question, answered later (the wizard's page): answer(true) runs the step,
    // answer(false) stops the run before it. Called and answered in the runner's thread.
    std::function<void(const QString &host, const Step &step, std::function<void(bool)> answer)>
        askStep;
    // The messages end with what to type next ("run apply again", "rollback"): the command
    // line's advice. The wizard gives its own (its Reprendre and Retour arrière buttons).
    bool commandLineAdvice = true;
};

class Runner : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Apply, Rollback };

    Runner(const Deployment &deployment, RunnerOptions options, SecretProvider *secrets,
           QObject *parent = nullptr);
    ~Runner() override;

    void start(Mode mode);
    // The operator interrupts (Ctrl-C): no further step starts, the running ones end on the
    // hosts and are recorded, then the lock is released and finished() says where it stopped.
    void requestStop();
    // At once: the running commands' channels are closed (each step goes on to its end on its
    // host, whose journal and lock say so); the lock is released, finished() says where.
    void stop();
    bool interrupted() const { return m_interrupted; }
    bool succeeded() const { return m_ok; }
    const QString &summary() const { return m_summary; }
    HostPool *pool() { return &m_pool; }

    // The text sent on stdin for one host: secret assignments, then the host script.
    static QByteArray hostInput(const QByteArray &secretAssignments, const QByteArray &script);
    static QString holderName();
    // "MACHINE-ID HOSTNAME PID START" of this process: written next to the share's lock so that
    // a lock left by a dead process of this machine is recognised as stale.
    static QString ownerTag();
    // The owner tag names a process of this machine that no longer runs.
    static bool ownerIsStale(const QString &ownerTag);

signals:
    // A line of a host's output; step is empty for the runner's own messages.
    void output(const QString &host, const QString &step, const phw::OutputLine &line);
    void finished(bool ok, const QString &summary);
    // apply: a step's channel opens on a host, and how the step ended (the local journal's
    // state: done, already-done, failed, interrupted, or running when the link dropped and
    // the host's journal alone knows), after ms milliseconds.
    void stepStarted(const QString &host, const QString &step);
    void stepEnded(const QString &host, const QString &step, const QString &state, qint64 ms);
    // rollback: a host's undoing starts, and ends (ok: everything undone there).
    void hostRollbackStarted(const QString &host);
    void hostRollbackEnded(const QString &host, bool ok);

private:
    struct HostRun
    {
        Host host;
        QList<Step> steps;
        qsizetype index = 0;
        QByteArray script;
        QByteArray secrets; // assignments, scrubbed at the end
        bool running = false;
        bool done = false;
        QString stoppedBefore; // the step not started because of an interruption
        QString cut;           // the step whose channel was closed by stop()
    };

    void info(const QString &host, const QString &text, OutputKind kind = OutputKind::Info);
    void connectHosts(const QList<Host> &hosts, std::function<void()> next);
    void takeLock(std::function<void()> next, const QString &staleOwner = {});
    void runPreflight(std::function<void()> next);
    QString interruptionSummary() const;
    void releaseLock(std::function<void()> next);
    void runNextStep(const QString &host, std::function<void()> hostDone);
    void runStep(const QString &host, const Step &step, std::function<void()> hostDone);
    void refuseStep(const QString &host, const Step &step, std::function<void()> hostDone);
    void runSecondaries();
    void rollbackNext();
    void fail(const QString &message);
    void finish(bool ok, const QString &message);
    void saveJournal();
    QByteArray secretAssignments(const Host &host, const QList<Step> &steps, QStringList &missing);
    QString lockDir() const;

    Deployment m_deployment;
    Plan m_plan;
    RunnerOptions m_options;
    SecretProvider *m_secrets;
    HostPool m_pool;
    LocalJournal m_journal;
    Mode m_mode = Mode::Apply;
    QMap<QString, HostRun> m_hosts;
    QStringList m_rollbackOrder;
    QStringList m_rolledBack;
    QString m_rollbackCurrent;
    QString m_lockHost;
    bool m_locked = false;
    bool m_failed = false;
    bool m_finishing = false;
    bool m_ok = false;
    bool m_stopRequested = false;
    bool m_interrupted = false;
    QString m_failure;
    std::unique_ptr<Preflight> m_preflight;
    QString m_summary;
    QString m_holder;
    int m_secondariesRunning = 0;
};

} // namespace phw
