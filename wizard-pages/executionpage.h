// Exécution: the plan run on the hosts by the engine's Runner (its HostPool workers do the
// SSH work; this page only gets queued signals, in batches): a step list per host with
// states and durations, progress, the live log (merged and per host, capped in memory, the
// complete log on disk), Exécuter / Pas à pas / Arrêter / Reprendre / Retour arrière, the
// failure shown with its host, step, last lines and the engine's message; opening a
// deployment that has a journal shows where each host stands (the engine's status).
#pragma once

#include "logmodel.h"
#include "pagebase.h"

#include "hostjournals.h"
#include "localjournal.h"
#include "runner.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <memory>

class QLineEdit;
class QListView;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace phw {

class SecretStore;
class StoreSecretProvider;

class ExecutionPage : public PageBase
{
    Q_OBJECT
public:
    ExecutionPage(DeploymentModel *model, SecretStore *secrets, ConnectionOptions options,
                  QWidget *parent = nullptr);
    ~ExecutionPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool running() const { return m_runner != nullptr; }
    // Stops a run cleanly (the running steps end on the hosts, then the lock is released)
    // and calls then() once it has finished; at once when nothing runs.
    void stopThen(std::function<void()> then);
    // The local journal of the open deployment records steps (it ran from here).
    static bool hasJournal(const QString &deployment);

    QString logPath() const { return m_logFile.path(); }
    bool saveLogTo(const QString &path, QString *error = nullptr);
    // Every line the views hold, as shown (tests: the password canary).
    QString viewsText() const;
    LogModel *mergedLog() const { return m_merged; }
    QString statusText() const;
    QString failureText() const;
    // The state shown for a step ("done", "failed", …: the journal's words), or "waiting".
    QString stepState(const QString &host, const QString &step) const;
    QTreeWidget *stepTree() const { return m_tree; }

    // What a run does with its output, for the bench: a log file opened, lines fed as the
    // runner feeds them (any rate: batched into the views, capped there, all in the file),
    // then the views flushed and the file closed.
    void beginLog(const QString &path);
    void appendOutput(const QString &host, const QString &step, const OutputLine &line)
    {
        onOutput(host, step, line);
    }
    void endLog();

public slots:
    void execute();           // asks (hosts, service interruptions), then applies
    void executeStepByStep(); // the same, each step asked first
    void stop();              // once: the running steps end; twice: at once
    void resume();
    void rollback(); // lists what will be undone, asks, then rolls back
    void answerStep(bool run);
    void readHostStates(); // the engine's status: each host's journal, compared

signals:
    void confirmationAsked(QMessageBox *box);
    void hostKeyAsked(QMessageBox *box);
    void stepAsked(const QString &host, const QString &step);
    void runFinished(bool ok);
    void hostStatesRead();

private:
    enum class StepState {
        Waiting,
        Running,
        Done,
        AlreadyDone,
        Failed,
        Interrupted,
        Unknown,
        Undone
    };
    static StepState stateFromId(const QString &id);

    void build();
    void rebuildTree();
    void startRun(Runner::Mode mode, bool stepByStep);
    void onOutput(const QString &host, const QString &step, const OutputLine &line);
    void onStepStarted(const QString &host, const QString &step);
    void onStepEnded(const QString &host, const QString &step, const QString &state, qint64 ms);
    void onRollbackHost(const QString &host, bool started, bool ok);
    void onFinished(bool ok, const QString &summary);
    void flushViews();
    void tick();
    void updateButtons();
    void updateProgress();
    void updateHostRow(const QString &host);
    void setStepState(const QString &host, const QString &step, StepState state, qint64 ms = -1);
    void showFailure(const QString &summary);
    void loadJournalState();
    void askHostKey(const QString &host, const QString &fingerprint);
    void confirmThen(const QString &objectName, const QString &title, const QString &text,
                     const QString &details, const QString &yes, std::function<void()> then);
    void findNext();
    void copySelection();
    void saveLogAs();
    void note(const QString &text, OutputKind kind = OutputKind::Info);
    QListView *currentView() const;
    QStringList interruptionLines() const;
    static QString stateText(StepState state);

    SecretStore *m_secrets;
    ConnectionOptions m_options;
    std::unique_ptr<StoreSecretProvider> m_provider;
    Runner *m_runner = nullptr;
    Runner::Mode m_mode = Runner::Mode::Apply;
    HostJournals *m_reader = nullptr;
    Plan m_plan;
    Deployment m_shown; // the deployment the tree is about

    struct StepRow
    {
        QTreeWidgetItem *item = nullptr;
        StepState state = StepState::Waiting;
        QElapsedTimer clock;
    };
    QHash<QString, StepRow> m_rows; // "host\nstep"
    QHash<QString, QTreeWidgetItem *> m_hostItems;
    QHash<QString, LogModel *> m_hostLogs;
    QHash<QString, QListView *> m_hostViews;
    LogModel *m_merged = nullptr;
    LogFile m_logFile;
    QByteArray m_time; // the log file's time stamp (UTF-8), refreshed by the flush timer
    QElapsedTimer m_runClock;
    qint64 m_lastElapsed = 0;
    bool m_stopAsked = false;
    bool m_refused = false; // Pas à pas: the operator said no to a step
    bool m_useraddNoted = false;
    bool m_lastOk = false;
    bool m_ran = false; // something ran, in this session or according to the journal
    QString m_failedHost;
    QString m_failedStep;
    QString m_stepHost; // the step being asked about (Pas à pas)
    std::function<void(bool)> m_stepAnswer;
    std::function<void()> m_afterStop;

    QPushButton *m_execute;
    QPushButton *m_stepByStep;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QPushButton *m_rollback;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_status;
    QLabel *m_failure;
    QWidget *m_question;
    QLabel *m_questionText;
    QPlainTextEdit *m_questionCommands;
    QTreeWidget *m_tree;
    QTabWidget *m_tabs;
    QListView *m_mergedView;
    QLineEdit *m_search;
    QLabel *m_searchResult;
    QLabel *m_logPathLabel;
    QTimer *m_flushTimer;
    QTimer *m_tickTimer;
};

} // namespace phw
