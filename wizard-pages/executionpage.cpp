#include "executionpage.h"

#include "hostkeydialog.h"
#include "render.h"
#include "report.h"
#include "secretstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace phw {

namespace {

// The log file's time stamp, in UTF-8.
QByteArray logTime()
{
    return QTime::currentTime().toString(u"HH:mm:ss.zzz"_qs).toUtf8();
}

constexpr qsizetype kViewCap = 20000; // lines a view keeps; the log file has them all
constexpr int kFlushMs = 100;

QString rowKey(const QString &host, const QString &step)
{
    return host + u'\n' + step;
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("phw::ExecutionPage", "%1 s").arg(QLocale().toString(s));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QListView *makeLogView(QAbstractItemModel *model, const QString &name, const QString &accessible,
                       QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setUniformItemSizes(true); // a million rows lay out in constant time
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->setTextElideMode(Qt::ElideNone);
    return view;
}

} // namespace

ExecutionPage::ExecutionPage(DeploymentModel *model, SecretStore *secrets,
                             ConnectionOptions options, QWidget *parent)
    : PageBase(model, {}, parent)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    setObjectName(u"executionPage"_qs);
    m_options.unknownKeys = UnknownKeyPolicy::Ask;
    build();
}

ExecutionPage::~ExecutionPage()
{
    m_stepAnswer = nullptr;
    delete m_reader;
    m_reader = nullptr;
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->stop();
        delete m_runner; // its workers' threads end (each step goes on on its host)
        m_runner = nullptr;
    }
    m_logFile.close();
}

void ExecutionPage::build()
{
    setTitle(tr("Execution"));
    setSubTitle(tr("The plan runs on the hosts over SSH, the primary first, then the secondaries "
                   "in parallel. Every host journals what it does: a run can be stopped, "
                   "resumed, or rolled back."));

    auto *bar = new QHBoxLayout;
    m_execute = new QPushButton(tr("&Execute"), this);
    m_execute->setObjectName(u"executeButton"_qs);
    m_stepByStep = new QPushButton(tr("Step &by step"), this);
    m_stepByStep->setObjectName(u"stepByStepButton"_qs);
    m_stepByStep->setToolTip(tr("Asks before each step, showing its commands."));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(u"stopButton"_qs);
    m_resume = new QPushButton(tr("Res&ume"), this);
    m_resume->setObjectName(u"resumeButton"_qs);
    m_resume->setToolTip(tr("Runs again: each host resumes where its journal stopped."));
    m_rollback = new QPushButton(tr("Roll &back"), this);
    m_rollback->setObjectName(u"rollbackButton"_qs);
    m_rollback->setToolTip(tr("Undoes what was done, host by host, from the hosts' journals."));
    for (QPushButton *b : {m_execute, m_stepByStep, m_stop, m_resume, m_rollback})
        bar->addWidget(b);
    bar->addStretch();
    contentLayout()->addLayout(bar);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"executionProgress"_qs);
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(u"progressText"_qs);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    contentLayout()->addLayout(progressRow);

    m_status = new QLabel(this);
    m_status->setObjectName(u"executionStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_status);

    m_failure = new QLabel(this);
    m_failure->setObjectName(u"failurePanel"_qs);
    m_failure->setWordWrap(true);
    m_failure->setTextFormat(Qt::PlainText);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setStyleSheet(u"QLabel { color: #b00020; background: #fff0f0; border: 1px solid "
                             "#e0a0a0; padding: 6px; }"_qs);
    m_failure->setVisible(false);
    contentLayout()->addWidget(m_failure);

    // Pas à pas: the question about the next step, with its commands.
    m_question = new QWidget(this);
    m_question->setObjectName(u"stepQuestion"_qs);
    auto *q = new QVBoxLayout(m_question);
    q->setContentsMargins(0, 0, 0, 0);
    m_questionText = new QLabel(m_question);
    m_questionText->setObjectName(u"stepQuestionText"_qs);
    m_questionText->setWordWrap(true);
    m_questionCommands = new QPlainTextEdit(m_question);
    m_questionCommands->setObjectName(u"stepQuestionCommands"_qs);
    m_questionCommands->setAccessibleName(tr("Commands of the step"));
    m_questionCommands->setReadOnly(true);
    m_questionCommands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_questionCommands->setMaximumHeight(140);
    auto *answers = new QHBoxLayout;
    auto *yes = new QPushButton(tr("&Run this step"), m_question);
    yes->setObjectName(u"runStepButton"_qs);
    auto *no = new QPushButton(tr("Stop &here"), m_question);
    no->setObjectName(u"refuseStepButton"_qs);
    answers->addWidget(yes);
    answers->addWidget(no);
    answers->addStretch();
    q->addWidget(m_questionText);
    q->addWidget(m_questionCommands);
    q->addLayout(answers);
    m_question->setVisible(false);
    contentLayout()->addWidget(m_question);
    connect(yes, &QPushButton::clicked, this, [this] { answerStep(true); });
    connect(no, &QPushButton::clicked, this, [this] { answerStep(false); });

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(u"stepTree"_qs);
    m_tree->setAccessibleName(tr("Steps by host"));
    m_tree->setHeaderLabels({tr("Step"), tr("State"), tr("Duration")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);

    auto *logSide = new QWidget(split);
    auto *logLayout = new QVBoxLayout(logSide);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(logSide);
    m_tabs->setObjectName(u"logTabs"_qs);
    m_merged = new LogModel(true, kViewCap, this);
    m_mergedView = makeLogView(m_merged, u"mergedLog"_qs, tr("Log of every host"), m_tabs);
    m_tabs->addTab(m_mergedView, tr("All hosts"));
    logLayout->addWidget(m_tabs, 1);

    auto *tools = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), logSide);
    m_search = new QLineEdit(logSide);
    m_search->setObjectName(u"logSearch"_qs);
    m_search->setAccessibleName(tr("Find in the log"));
    m_search->setPlaceholderText(tr("text to find (Ctrl+F), Enter for the next one"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    m_searchResult = new QLabel(logSide);
    m_searchResult->setObjectName(u"logSearchResult"_qs);
    auto *copy = new QPushButton(tr("&Copy"), logSide);
    copy->setObjectName(u"copyLogButton"_qs);
    copy->setToolTip(tr("Copies the selected lines (all the view's lines if none is selected)."));
    auto *save = new QPushButton(tr("Save the &log…"), logSide);
    save->setObjectName(u"saveLogButton"_qs);
    tools->addWidget(searchLabel);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_searchResult);
    tools->addWidget(copy);
    tools->addWidget(save);
    logLayout->addLayout(tools);
    m_logPathLabel = new QLabel(logSide);
    m_logPathLabel->setObjectName(u"logPath"_qs);
    m_logPathLabel->setWordWrap(true);
    m_logPathLabel->setTextFormat(Qt::PlainText);
    m_logPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    logLayout->addWidget(m_logPathLabel);
    split->addWidget(m_tree);
    split->addWidget(logSide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 640});
    contentLayout()->addWidget(split, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ExecutionPage::copySelection);
    m_tabs->addAction(copyAction);

    connect(m_execute, &QPushButton::clicked, this, &ExecutionPage::execute);
    connect(m_stepByStep, &QPushButton::clicked, this, &ExecutionPage::executeStepByStep);
    connect(m_stop, &QPushButton::clicked, this, &ExecutionPage::stop);
    connect(m_resume, &QPushButton::clicked, this, &ExecutionPage::resume);
    connect(m_rollback, &QPushButton::clicked, this, &ExecutionPage::rollback);
    connect(m_search, &QLineEdit::returnPressed, this, &ExecutionPage::findNext);
    connect(copy, &QPushButton::clicked, this, &ExecutionPage::copySelection);
    connect(save, &QPushButton::clicked, this, &ExecutionPage::saveLogAs);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(kFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ExecutionPage::flushViews);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &ExecutionPage::tick);
    m_time = logTime();
    updateButtons();
}

bool ExecutionPage::hasJournal(const QString &deployment)
{
    if (deployment.isEmpty())
        return false;
    LocalJournal journal(LocalJournal::defaultPath(deployment));
    return journal.load() && !journal.steps.isEmpty();
}

void ExecutionPage::initializePage()
{
    if (running())
        return;
    if (!(m_shown == model()->deployment()))
        rebuildTree();
    loadJournalState();
    if (m_ran)
        readHostStates();
}

bool ExecutionPage::isComplete() const
{
    return !running();
}

void ExecutionPage::rebuildTree()
{
    m_shown = model()->deployment();
    m_plan = phw::hasErrors(model()->allProblems()) ? Plan() : buildPlan(m_shown);
    m_tree->clear();
    m_rows.clear();
    m_hostItems.clear();
    // The host tabs of another deployment go.
    while (m_tabs->count() > 1) {
        QWidget *w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete w;
    }
    qDeleteAll(m_hostLogs);
    m_hostLogs.clear();
    m_hostViews.clear();
    for (const Host &h : m_shown.orderedHosts()) {
        auto *hostItem = new QTreeWidgetItem(m_tree);
        hostItem->setText(0, h.role == HostRole::Primary ? tr("%1 (primary)").arg(h.name)
                                                         : tr("%1 (secondary)").arg(h.name));
        hostItem->setData(0, Qt::UserRole, h.name);
        QFont bold = hostItem->font(0);
        bold.setBold(true);
        hostItem->setFont(0, bold);
        m_hostItems.insert(h.name, hostItem);
        const QList<Step> steps = m_plan.stepsFor(h.name);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            auto *item = new QTreeWidgetItem(hostItem);
            item->setText(0, tr("%1. %2").arg(i + 1).arg(steps.at(i).title));
            item->setToolTip(0, steps.at(i).title + u" ("_qs + steps.at(i).id + u')');
            item->setData(0, Qt::UserRole, steps.at(i).id);
            item->setText(1, stateText(StepState::Waiting));
            m_rows.insert(rowKey(h.name, steps.at(i).id), StepRow{item, StepState::Waiting, {}});
        }
        hostItem->setExpanded(true);
        auto *log = new LogModel(false, kViewCap, this);
        m_hostLogs.insert(h.name, log);
        QListView *view =
            makeLogView(log, u"log_"_qs + h.name, tr("Log of %1").arg(h.name), m_tabs);
        m_hostViews.insert(h.name, view);
        m_tabs->addTab(view, h.name);
    }
    updateProgress();
}

QString ExecutionPage::stateText(StepState state)
{
    switch (state) {
    case StepState::Waiting:
        return tr("waiting");
    case StepState::Running:
        return tr("running");
    case StepState::Done:
        return tr("done");
    case StepState::AlreadyDone:
        return tr("already done (skipped)");
    case StepState::Failed:
        return tr("failed");
    case StepState::Interrupted:
        return tr("interrupted");
    case StepState::Unknown:
        return tr("unknown");
    case StepState::Undone:
        return tr("undone");
    }
    return {};
}

namespace {
// The local journal's words for the states (and "waiting", "unknown" for the page's own).
const std::pair<int, const char16_t *> kStateIds[] = {
    {0, u"waiting"}, {1, u"running"},     {2, u"done"},    {3, u"already-done"},
    {4, u"failed"},  {5, u"interrupted"}, {6, u"unknown"}, {7, u"rolled-back"},
};
} // namespace

ExecutionPage::StepState ExecutionPage::stateFromId(const QString &id)
{
    for (const auto &[state, name] : kStateIds) {
        if (id == QStringView(name))
            return StepState(state);
    }
    return StepState::Unknown; // "running" after a lost link: the host's journal knows
}

QString ExecutionPage::stepState(const QString &host, const QString &step) const
{
    const auto it = m_rows.constFind(rowKey(host, step));
    if (it == m_rows.cend())
        return {};
    return QString::fromUtf16(kStateIds[int(it->state)].second);
}

void ExecutionPage::setStepState(const QString &host, const QString &step, StepState state,
                                 qint64 ms)
{
    const auto it = m_rows.find(rowKey(host, step));
    if (it == m_rows.end())
        return;
    it->state = state;
    it->item->setText(1, stateText(state));
    if (state == StepState::Running) {
        it->clock.start();
        it->item->setText(2, duration(0));
    } else if (ms >= 0) {
        it->item->setText(2, duration(ms));
    }
    QColor colour;
    switch (state) {
    case StepState::Running:
        colour = QColor(0xdd, 0xea, 0xff);
        break;
    case StepState::Done:
    case StepState::AlreadyDone:
        colour = QColor(0xe2, 0xf5, 0xe2);
        break;
    case StepState::Failed:
    case StepState::Unknown:
        colour = QColor(0xff, 0xd7, 0xd7);
        break;
    case StepState::Interrupted:
        colour = QColor(0xff, 0xf0, 0xc8);
        break;
    case StepState::Undone:
        colour = QColor(0xee, 0xee, 0xee);
        break;
    case StepState::Waiting:
        break;
    }
    for (int c = 0; c < 3; ++c)
        it->item->setBackground(c, colour.isValid() ? QBrush(colour) : QBrush());
    it->item->setToolTip(1, state == StepState::Unknown
                                ? tr("The link was lost during the step: the host's journal says "
                                     "how it ended; Resume reads it.")
                                : QString());
}

QStringList ExecutionPage::interruptionLines() const
{
    QStringList lines;
    for (const Host &h : m_shown.orderedHosts()) {
        QStringList services;
        for (const Step &s : m_plan.stepsFor(h.name)) {
            for (const QString &service : stoppedServices(s)) {
                if (!services.contains(service))
                    services.append(service);
            }
        }
        if (!services.isEmpty())
            lines.append(tr("%1: %2 stopped for a while").arg(h.name, services.join(u", "_qs)));
    }
    return lines;
}

void ExecutionPage::confirmThen(const QString &objectName, const QString &title,
                                const QString &text, const QString &details, const QString &yes,
                                std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    box->setTextFormat(Qt::PlainText);
    QPushButton *ok = box->addButton(yes, QMessageBox::AcceptRole);
    ok->setObjectName(objectName + u"Yes"_qs);
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(objectName + u"No"_qs);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [ok, then](QAbstractButton *clicked) {
        if (clicked == ok)
            then();
    });
    box->open();
    emit confirmationAsked(box);
}

void ExecutionPage::execute()
{
    if (running())
        return;
    rebuildTree();
    QStringList hosts;
    for (const Host &h : m_shown.orderedHosts())
        hosts.append(h.role == HostRole::Primary ? tr("%1 (primary)").arg(h.name) : h.name);
    const QStringList interruptions = interruptionLines();
    confirmThen(u"executeConfirm"_qs, tr("Run the installation"),
                tr("Run the installation of %1 on %2?").arg(m_shown.name, hosts.join(u", "_qs)),
                tr("Services are interrupted during the run:\n%1\nThe primary runs first, then the "
                   "secondaries in parallel.")
                    .arg(interruptions.isEmpty() ? tr("none") : interruptions.join(u'\n')),
                tr("&Execute"), [this] { startRun(Runner::Mode::Apply, false); });
}

void ExecutionPage::executeStepByStep()
{
    if (running())
        return;
    rebuildTree();
    confirmThen(u"stepConfirm"_qs, tr("Run step by step"),
                tr("Run the installation of %1 step by step?").arg(m_shown.name),
                tr("Each step is shown with its commands and runs only once you say so; the hosts "
                   "run one after the other. Services are interrupted during the run:\n%1")
                    .arg(interruptionLines().join(u'\n')),
                tr("&Start"), [this] { startRun(Runner::Mode::Apply, true); });
}

void ExecutionPage::resume()
{
    if (running())
        return;
    rebuildTree();
    loadJournalState();
    startRun(Runner::Mode::Apply, false);
}

void ExecutionPage::startRun(Runner::Mode mode, bool stepByStep)
{
    if (running())
        return;
    delete m_reader;
    m_reader = nullptr;
    m_mode = mode;
    m_stopAsked = false;
    m_refused = false;
    m_failedHost.clear();
    m_failedStep.clear();
    m_failure->setVisible(false);
    m_question->setVisible(false);
    m_ran = true;
    m_merged->clear();
    for (LogModel *l : std::as_const(m_hostLogs))
        l->clear();

    // The complete log of this run, beside the deployment's journal.
    const QString folder = QFileInfo(LocalJournal::defaultPath(m_shown.name)).absolutePath();
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_qs);
    const QString path = folder + u"/logs/"_qs + stamp +
                         (mode == Runner::Mode::Apply ? u"-apply.log"_qs : u"-rollback.log"_qs);
    beginLog(path);
    m_logFile.writeText(
        tr("%1 of %2, started %3 by %4")
            .arg(mode == Runner::Mode::Apply ? tr("Installation") : tr("Rollback"), m_shown.name,
                 QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                 Runner::holderName()));

    // The keychain's passwords are read (asynchronously) before the run needs them.
    QStringList variables;
    for (const Step &s : m_plan.steps) {
        for (const QString &v : s.secrets()) {
            if (!variables.contains(v))
                variables.append(v);
        }
    }
    auto provider = std::make_shared<StoreSecretProvider>(m_secrets, m_shown.name);
    RunnerOptions ro;
    ro.connection = m_options;
    ro.commandLineAdvice = false; // the page says what to do next, with its buttons
    if (stepByStep) {
        ro.askStep = [this](const QString &host, const Step &step,
                            std::function<void(bool)> answer) {
            if (m_stopAsked) {
                answer(false);
                return;
            }
            m_stepAnswer = std::move(answer);
            m_stepHost = host;
            const QList<Step> steps = m_plan.stepsFor(host);
            qsizetype index = 0;
            for (qsizetype i = 0; i < steps.size(); ++i) {
                if (steps.at(i).id == step.id)
                    index = i;
            }
            m_questionText->setText(tr("Next: step %1 of %2 on %3, %4 (%5). Run it?")
                                        .arg(index + 1)
                                        .arg(steps.size())
                                        .arg(host, step.title, step.id));
            m_questionCommands->setPlainText(renderStepText(step, index, steps.size()).trimmed());
            m_question->setVisible(true);
            note(tr("Step %1 on %2: waiting for the operator's answer.").arg(step.id, host));
            emit stepAsked(host, step.id);
        };
    }
    m_runner = new Runner(m_shown, ro, provider.get(), this);
    // The provider lives as long as the runner (its workers may still ask it).
    connect(m_runner, &QObject::destroyed, this, [provider] { Q_UNUSED(provider) });
    connect(m_runner, &Runner::output, this, &ExecutionPage::onOutput);
    connect(m_runner, &Runner::stepStarted, this, &ExecutionPage::onStepStarted);
    connect(m_runner, &Runner::stepEnded, this, &ExecutionPage::onStepEnded);
    connect(m_runner, &Runner::hostRollbackStarted, this,
            [this](const QString &host) { onRollbackHost(host, true, false); });
    connect(m_runner, &Runner::hostRollbackEnded, this,
            [this](const QString &host, bool ok) { onRollbackHost(host, false, ok); });
    connect(m_runner, &Runner::finished, this, &ExecutionPage::onFinished);
    connect(m_runner->pool(), &HostPool::hostKeyQuestion, this, &ExecutionPage::askHostKey);

    m_runClock.start();
    m_lastElapsed = 0;
    m_flushTimer->start();
    m_tickTimer->start();
    m_status->setText(mode == Runner::Mode::Apply ? tr("Installation running…")
                                                  : tr("Rollback running…"));
    if (QWizardPage *previous = wizard() ? wizard()->page(PreviewPageId) : nullptr)
        previous->setCommitPage(true); // no way back while it runs
    updateButtons();
    updateProgress();
    emit completeChanged();

    auto waiting = std::make_shared<qsizetype>(variables.size());
    const auto go = [this, mode, runner = QPointer<Runner>(m_runner)] {
        if (runner && runner == m_runner)
            m_runner->start(mode);
    };
    if (mode == Runner::Mode::Rollback || variables.isEmpty()) {
        go();
        return;
    }
    for (const QString &v : std::as_const(variables)) {
        m_secrets->read(m_shown.name + u'/' + v, [waiting, go](bool, const QByteArray &) {
            if (--*waiting == 0)
                go();
        });
    }
}

void ExecutionPage::beginLog(const QString &path)
{
    QString error;
    if (!m_logFile.open(path, &error))
        m_logPathLabel->setText(tr("The log cannot be written to %1: %2.").arg(path, error));
    else
        m_logPathLabel->setText(tr("Complete log: %1").arg(path));
    // The first lines come before the first flush: the time of the run, not of the page's
    // building or of the previous run's end.
    m_time = logTime();
    m_flushTimer->start();
}

void ExecutionPage::endLog()
{
    flushViews();
    m_flushTimer->stop();
    m_logFile.close();
}

void ExecutionPage::note(const QString &text, OutputKind kind)
{
    onOutput(QString(), QString(), OutputLine{kind, text, false});
}

void ExecutionPage::onOutput(const QString &host, const QString &step, const OutputLine &line)
{
    LogEntry e{host, step, line.kind, line.text, false};
    if (line.kind == OutputKind::Stderr) {
        // The procedure's UIDs and GIDs are above 999 on purpose: useradd and groupadd warn
        // that they are outside the system range. Said once, and shown as expected.
        static const QRegularExpression idWarning(
            u"^(useradd|groupadd)( warning)?:.*(SYS_UID|SYS_GID|system range)"_qs);
        if (idWarning.match(line.text).hasMatch()) {
            e.expected = true;
            if (!m_useraddNoted) {
                m_useraddNoted = true;
                note(tr("Note: useradd and groupadd warn that the accounts' UIDs and GIDs are "
                        "outside the system range (above 999). That is intended: the procedure "
                        "gives every host the same fixed UIDs and GIDs."));
            }
        }
    }
    m_logFile.write(e, m_time);
    if (!host.isEmpty()) {
        if (LogModel *l = m_hostLogs.value(host))
            l->append(e);
    }
    m_merged->append(std::move(e));
}

void ExecutionPage::flushViews()
{
    m_time = logTime();
    const auto flushOne = [](LogModel *model, QListView *view) {
        QScrollBar *bar = view->verticalScrollBar();
        // The view follows the output unless the operator scrolled up.
        const bool follow = bar->value() >= bar->maximum() - 2;
        if (model->flush() && follow)
            view->scrollToBottom();
    };
    flushOne(m_merged, m_mergedView);
    for (auto it = m_hostLogs.cbegin(); it != m_hostLogs.cend(); ++it)
        flushOne(it.value(), m_hostViews.value(it.key()));
    m_logFile.flush();
}

void ExecutionPage::tick()
{
    for (StepRow &r : m_rows) {
        if (r.state == StepState::Running && r.clock.isValid())
            r.item->setText(2, duration(r.clock.elapsed()));
    }
    updateProgress();
}

void ExecutionPage::updateProgress()
{
    int total = 0;
    int done = 0;
    for (const StepRow &r : std::as_const(m_rows)) {
        ++total;
        if (r.state == StepState::Done || r.state == StepState::AlreadyDone)
            ++done;
    }
    const qint64 elapsed = running() ? m_runClock.elapsed() : m_lastElapsed;
    if (m_mode == Runner::Mode::Rollback && (running() || m_lastOk)) {
        int undone = 0;
        int left = 0; // found done before the installation: the rollback leaves them
        for (const StepRow &r : std::as_const(m_rows)) {
            undone += r.state == StepState::Undone || r.state == StepState::Waiting ? 1 : 0;
            left += r.state == StepState::AlreadyDone ? 1 : 0;
        }
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(undone + left);
        if (left > 0)
            m_progressText->setText(tr("%1 of %2 steps undone or never applied, %3 left in place "
                                       "(done before the installation) · %4 elapsed")
                                        .arg(QLocale().toString(undone), QLocale().toString(total),
                                             QLocale().toString(left), duration(elapsed)));
        else
            m_progressText->setText(
                tr("%1 of %2 steps undone or never applied · %3 elapsed")
                    .arg(QLocale().toString(undone), QLocale().toString(total), duration(elapsed)));
        return;
    }
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progressText->setText(
        tr("%1 of %2 steps done · %3 elapsed")
            .arg(QLocale().toString(done), QLocale().toString(total), duration(elapsed)));
}

void ExecutionPage::onStepStarted(const QString &host, const QString &step)
{
    setStepState(host, step, StepState::Running);
    updateHostRow(host);
}

void ExecutionPage::updateHostRow(const QString &host)
{
    QTreeWidgetItem *item = m_hostItems.value(host);
    if (!item)
        return;
    int done = 0, total = 0;
    bool busy = false;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!it.key().startsWith(host + u'\n'))
            continue;
        ++total;
        done += it->state == StepState::Done || it->state == StepState::AlreadyDone ? 1 : 0;
        busy = busy || it->state == StepState::Running;
    }
    item->setText(1, busy ? tr("running, %1/%2 done").arg(done).arg(total)
                          : tr("%1/%2 done").arg(done).arg(total));
}

void ExecutionPage::onStepEnded(const QString &host, const QString &step, const QString &state,
                                qint64 ms)
{
    const StepState s = state == u"running" ? StepState::Unknown : stateFromId(state);
    setStepState(host, step, s, ms);
    if (s == StepState::Failed || s == StepState::Unknown) {
        m_failedHost = host;
        m_failedStep = step;
    }
    updateHostRow(host);
    updateProgress();
}

void ExecutionPage::onRollbackHost(const QString &host, bool started, bool ok)
{
    QTreeWidgetItem *h = m_hostItems.value(host);
    if (started) {
        if (h)
            h->setText(1, tr("rollback running"));
        return;
    }
    if (h)
        h->setText(1, ok ? tr("rolled back") : tr("rollback failed"));
    if (!ok) {
        m_failedHost = host;
        m_failedStep.clear();
        return;
    }
    // What was found done before the installation is not the tool's to undo: left in place.
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it.key().startsWith(host + u'\n') && it->state != StepState::Waiting &&
            it->state != StepState::AlreadyDone)
            setStepState(host, it.key().mid(host.size() + 1), StepState::Undone);
    }
    updateProgress();
}

void ExecutionPage::onFinished(bool ok, const QString &summary)
{
    Runner *runner = m_runner;
    const bool interrupted = runner && runner->interrupted();
    const bool refused = !ok && !interrupted && m_refused;
    m_refused = false;
    m_stepAnswer = nullptr;
    m_question->setVisible(false);
    m_lastElapsed = m_runClock.elapsed();
    m_lastOk = ok;
    for (const QString &line : summary.split(u'\n', Qt::SkipEmptyParts))
        note(line, ok ? OutputKind::Info : OutputKind::Error);
    flushViews();
    m_logFile.writeText(
        tr("Ended %1: %2")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                 ok ? tr("success") : tr("not complete")));
    m_logFile.close();
    m_flushTimer->stop();
    m_tickTimer->stop();
    if (runner) {
        runner->disconnect(this);
        runner->pool()->disconnect(this);
        runner->deleteLater();
    }
    m_runner = nullptr;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->state == StepState::Running)
            setStepState(it.key().section(u'\n', 0, 0), it.key().section(u'\n', 1),
                         interrupted ? StepState::Interrupted : StepState::Unknown);
    }
    if (m_mode == Runner::Mode::Apply) {
        for (auto it = m_hostItems.cbegin(); it != m_hostItems.cend(); ++it)
            updateHostRow(it.key());
    }
    if (ok) {
        m_status->setText(m_mode == Runner::Mode::Apply
                              ? tr("Installation complete on every host.")
                              : tr("Rollback complete: the hosts are as they were before."));
    } else if (interrupted) {
        m_status->setText(tr("Stopped. %1\nResume goes on where the journals stopped; Roll back "
                             "undoes what was done.")
                              .arg(summary));
    } else if (refused) {
        m_status->setText(
            tr("Stopped before the step, as asked: nothing of it was done. %1").arg(summary));
    } else {
        showFailure(summary);
    }
    m_stepHost.clear();
    if (QWizardPage *previous = wizard() ? wizard()->page(PreviewPageId) : nullptr)
        previous->setCommitPage(false);
    updateButtons();
    updateProgress();
    emit completeChanged();
    emit runFinished(ok);
    if (m_afterStop) {
        auto then = std::move(m_afterStop);
        m_afterStop = nullptr;
        QTimer::singleShot(0, this, then);
    }
}

void ExecutionPage::showFailure(const QString &summary)
{
    QString head;
    if (!m_failedHost.isEmpty() && !m_failedStep.isEmpty()) {
        QString title;
        if (const Step *s = m_plan.step(m_failedStep))
            title = s->title;
        head = tr("Failure on %1, step %2 (%3).").arg(m_failedHost, m_failedStep, title);
    } else if (!m_failedHost.isEmpty()) {
        head = tr("Failure on %1.").arg(m_failedHost);
    } else {
        head = tr("The run did not complete.");
    }
    QString text = head + u"\n\n"_qs + summary;
    if (!m_failedHost.isEmpty()) {
        if (LogModel *l = m_hostLogs.value(m_failedHost)) {
            const QStringList last = l->lastLines(10);
            if (!last.isEmpty())
                text += u"\n\n"_qs + tr("Last lines of %1:").arg(m_failedHost) + u'\n' +
                        last.join(u'\n');
        }
        // The failing host and step are selected, and the host's log shown.
        const auto it = m_rows.constFind(rowKey(m_failedHost, m_failedStep));
        if (it != m_rows.cend()) {
            m_tree->setCurrentItem(it->item);
            // Once the failure's box has taken its room (the tree shrinks), in sight.
            QTimer::singleShot(0, m_tree, [this, key = it.key()] {
                const auto row = m_rows.constFind(key);
                if (row != m_rows.cend())
                    m_tree->scrollToItem(row->item, QAbstractItemView::PositionAtCenter);
            });
        } else if (QTreeWidgetItem *h = m_hostItems.value(m_failedHost)) {
            m_tree->setCurrentItem(h);
        }
        if (QListView *v = m_hostViews.value(m_failedHost))
            m_tabs->setCurrentWidget(v);
    }
    text += u"\n\n"_qs + tr("Fix the cause, then Resume; or Roll back to undo what was done.");
    m_failure->setText(text);
    m_failure->setVisible(true);
    m_status->setText(head);
}

void ExecutionPage::updateButtons()
{
    const bool busy = running() || m_reader;
    m_execute->setEnabled(!busy && !m_plan.steps.isEmpty());
    m_stepByStep->setEnabled(!busy && !m_plan.steps.isEmpty());
    m_stop->setEnabled(running());
    m_stop->setText(m_stopAsked ? tr("Stop at &once") : tr("S&top"));
    m_resume->setEnabled(!busy && m_ran && !m_plan.steps.isEmpty());
    m_rollback->setEnabled(!busy && m_ran);
}

void ExecutionPage::stop()
{
    if (!m_runner)
        return;
    if (!m_stopAsked) {
        m_stopAsked = true;
        note(tr("Stop asked: the running steps end on the hosts (their journals record them), "
                "no other starts. Stop again to stop at once."));
        m_runner->requestStop();
        if (m_stepAnswer)
            answerStep(false);
    } else {
        note(tr("Stopping at once: the running steps go on to their end on the hosts, whose "
                "journals record them."));
        m_runner->stop();
    }
    updateButtons();
}

void ExecutionPage::stopThen(std::function<void()> then)
{
    if (!running()) {
        then();
        return;
    }
    m_afterStop = std::move(then);
    if (!m_stopAsked)
        stop();
}

void ExecutionPage::answerStep(bool run)
{
    if (!m_stepAnswer)
        return;
    auto answer = std::move(m_stepAnswer);
    m_stepAnswer = nullptr;
    m_question->setVisible(false);
    if (!run) {
        m_refused = !m_stopAsked;
        note(tr("The operator stopped the run before this step."));
    }
    answer(run);
}

void ExecutionPage::loadJournalState()
{
    LocalJournal journal(LocalJournal::defaultPath(m_shown.name));
    QString error;
    if (m_shown.name.isEmpty() || !journal.load(&error)) {
        m_ran = false;
        if (!error.isEmpty())
            m_status->setText(tr("The local journal cannot be read: %1").arg(error));
        updateButtons();
        return;
    }
    m_ran = !journal.steps.isEmpty();
    for (const JournalStep &s : std::as_const(journal.steps)) {
        const StepState state = s.state == u"running" ? StepState::Unknown : stateFromId(s.state);
        setStepState(s.host, s.step, state);
    }
    if (m_ran) {
        QStringList lines;
        for (const Host &h : m_shown.orderedHosts()) {
            int done = 0, total = 0;
            for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
                if (!it.key().startsWith(h.name + u'\n'))
                    continue;
                ++total;
                done += it->state == StepState::Done || it->state == StepState::AlreadyDone;
            }
            lines.append(tr("%1: %2 of %3 steps done according to this machine's journal.")
                             .arg(h.name)
                             .arg(done)
                             .arg(total));
            updateHostRow(h.name);
        }
        if (!journal.runs.isEmpty()) {
            const JournalRun &last = journal.runs.last();
            lines.prepend(tr("Last run: %1, %2 (%3).")
                              .arg(last.mode == u"apply" ? tr("installation") : tr("rollback"),
                                   last.result == u"ok"            ? tr("complete")
                                   : last.result == u"interrupted" ? tr("interrupted")
                                   : last.result == u"running"     ? tr("did not end")
                                                                   : tr("failed"),
                                   last.started));
        }
        m_status->setText(lines.join(u'\n'));
    }
    updateButtons();
    updateProgress();
}

void ExecutionPage::readHostStates()
{
    if (running() || m_reader || m_shown.hosts.isEmpty())
        return;
    LocalJournal journal(LocalJournal::defaultPath(m_shown.name));
    journal.load();
    auto provider = std::make_shared<StoreSecretProvider>(m_secrets, m_shown.name);
    m_reader = new HostJournals(m_shown, journal.hosts, m_options, provider.get(), this);
    connect(m_reader, &QObject::destroyed, this, [provider] { Q_UNUSED(provider) });
    connect(m_reader->pool(), &HostPool::hostKeyQuestion, this, &ExecutionPage::askHostKey);
    const QString before = m_status->text();
    m_status->setText(before + u'\n' + tr("Reading each host's journal…"));
    connect(m_reader, &HostJournals::finished, this, [this, before] {
        HostJournals *reader = m_reader;
        LocalJournal local(LocalJournal::defaultPath(m_shown.name));
        local.load();
        QStringList lines;
        for (const Host &h : reader->hosts()) {
            if (!reader->problem(h.name).isEmpty()) {
                lines.append(tr("%1: its journal could not be read: %2")
                                 .arg(h.name, reader->problem(h.name)));
                continue;
            }
            const QStringList hostLines = reader->lines(h.name);
            // What the host's journal says is done wins over this machine's (a link lost
            // before the step's end is reported here as unknown).
            QString open;
            for (const QString &l : hostLines) {
                if (l.startsWith(u"done ")) {
                    const QString id = l.mid(5).trimmed();
                    const auto it = m_rows.constFind(rowKey(h.name, id));
                    if (it != m_rows.cend() && it->state != StepState::Done &&
                        it->state != StepState::AlreadyDone)
                        setStepState(h.name, id, StepState::Done);
                    open.clear();
                } else if (l.startsWith(u"begin ")) {
                    open = l.mid(6).trimmed();
                }
            }
            if (!open.isEmpty())
                setStepState(h.name, open, StepState::Interrupted);
            const QStringList diff = local.differencesWith(h.name, hostLines);
            lines.append(diff.isEmpty()
                             ? tr("%1: its journal agrees with this machine's.").arg(h.name)
                             : tr("%1: its journal differs from this machine's (the host's is "
                                  "right): %2")
                                   .arg(h.name, diff.join(u"; "_qs)));
        }
        m_status->setText(before + u'\n' + lines.join(u'\n'));
        reader->deleteLater();
        m_reader = nullptr;
        updateButtons();
        updateProgress();
        emit hostStatesRead();
    });
    updateButtons();
    m_reader->start();
}

void ExecutionPage::rollback()
{
    if (running() || m_reader)
        return;
    if (!(m_shown == model()->deployment()))
        rebuildTree();
    // What will be undone, host by host, from the hosts' own journals.
    readHostStates();
    if (!m_reader)
        return;
    connect(m_reader, &HostJournals::finished, this, [this, reader = m_reader] {
        QStringList order;
        const QList<Host> hosts = reader->hosts();
        for (const Host &h : hosts) {
            if (h.role != HostRole::Primary)
                order.prepend(h.name);
        }
        for (const Host &h : hosts) {
            if (h.role == HostRole::Primary)
                order.append(h.name);
        }
        QStringList lines;
        for (const QString &host : std::as_const(order)) {
            if (!reader->problem(host).isEmpty()) {
                lines.append(tr("%1: its journal cannot be read now (%2); the rollback reads it "
                                "again.")
                                 .arg(host, reader->problem(host)));
                continue;
            }
            const QStringList steps = HostJournals::stepsToUndo(reader->lines(host));
            if (steps.isEmpty()) {
                lines.append(tr("%1: nothing to undo.").arg(host));
                continue;
            }
            QStringList titles;
            for (const QString &id : steps) {
                const Step *s = m_plan.step(id);
                titles.prepend(s ? s->title : id); // undone in reverse order
            }
            lines.append(tr("%1: %n step(s) to undo: %2", nullptr, int(steps.size()))
                             .arg(host, titles.join(u"; "_qs)));
        }
        confirmThen(u"rollbackConfirm"_qs, tr("Roll back"),
                    tr("Undo what was done on %1, in this order (secondaries first)?")
                        .arg(order.join(u", "_qs)),
                    lines.join(u"\n\n"_qs), tr("&Roll back"),
                    [this] { startRun(Runner::Mode::Rollback, false); });
    });
}

void ExecutionPage::askHostKey(const QString &host, const QString &fingerprint)
{
    QMessageBox *box = openHostKeyDialog(this, host, fingerprint, [this, host](bool accept) {
        if (m_runner)
            m_runner->pool()->answerHostKey(host, accept);
        else if (m_reader)
            m_reader->pool()->answerHostKey(host, accept);
    });
    emit hostKeyAsked(box);
}

QListView *ExecutionPage::currentView() const
{
    return qobject_cast<QListView *>(m_tabs->currentWidget());
}

void ExecutionPage::findNext()
{
    QListView *view = currentView();
    const QString needle = m_search->text();
    if (!view || needle.isEmpty())
        return;
    auto *log = static_cast<LogModel *>(view->model());
    const int rows = log->rowCount();
    const int start = view->currentIndex().isValid() ? view->currentIndex().row() + 1 : 0;
    for (int i = 0; i < rows; ++i) {
        const int row = (start + i) % rows;
        if (log->lineText(row).contains(needle, Qt::CaseInsensitive)) {
            const QModelIndex index = log->index(row);
            view->setCurrentIndex(index);
            view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_searchResult->setText(tr("line %1").arg(QLocale().toString(row + 1)));
            return;
        }
    }
    m_searchResult->setText(tr("not found"));
}

void ExecutionPage::copySelection()
{
    QListView *view = currentView();
    if (!view)
        return;
    auto *log = static_cast<LogModel *>(view->model());
    QModelIndexList selected = view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end());
    QStringList lines;
    if (selected.isEmpty()) {
        for (int r = 0; r < log->rowCount(); ++r)
            lines.append(log->lineText(r));
    } else {
        for (const QModelIndex &i : std::as_const(selected))
            lines.append(log->lineText(i.row()));
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

bool ExecutionPage::saveLogTo(const QString &path, QString *error)
{
    m_logFile.flush();
    if (m_logFile.path().isEmpty() || !QFileInfo::exists(m_logFile.path())) {
        if (error)
            *error = tr("No run has written a log yet.");
        return false;
    }
    if (QFileInfo::exists(path))
        QFile::remove(path);
    QFile source(m_logFile.path());
    if (!source.copy(path)) {
        if (error)
            *error = source.errorString();
        return false;
    }
    return true;
}

void ExecutionPage::saveLogAs()
{
    if (m_logFile.path().isEmpty())
        return;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          u'/' + QFileInfo(m_logFile.path()).fileName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the log"), start,
                                                      tr("Logs (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveLogTo(path, &error))
        QMessageBox::critical(this, tr("Cannot save the log"), error);
}

QString ExecutionPage::viewsText() const
{
    QStringList out;
    const auto dump = [&out](const LogModel *m) {
        for (int r = 0; r < m->rowCount(); ++r)
            out.append(m->lineText(r));
    };
    dump(m_merged);
    for (const LogModel *m : m_hostLogs)
        dump(m);
    out.append(m_status->text());
    out.append(m_failure->text());
    out.append(m_questionText->text());
    out.append(m_questionCommands->toPlainText());
    return out.join(u'\n');
}

QString ExecutionPage::statusText() const
{
    return m_status->text();
}

QString ExecutionPage::failureText() const
{
    return m_failure->isVisible() ? m_failure->text() : QString();
}

} // namespace phw
