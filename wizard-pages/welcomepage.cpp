#include "welcomepage.h"

#include "localjournal.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace phw {

WelcomePage::WelcomePage(DeploymentModel *model, QWidget *parent)
    : PageBase(model, {u"format"_qs, u"name"_qs, u"components"_qs, u"extra_packages"_qs}, parent)
{
    setObjectName(u"welcomePage"_qs);
    setTitle(tr("Welcome"));
    setSubTitle(tr("Start a new deployment with the procedure's values, or open a deployment "
                   "file. Nothing is changed on the hosts before the last page."));

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("&New deployment"), this);
    newButton->setObjectName(u"newDeploymentButton"_qs);
    newButton->setToolTip(tr("Fill every page with the procedure's values: web1 and web2, the "
                             "eight accounts from UID 2102, sql-prod:5432, /srv/nfs."));
    auto *openButton = new QPushButton(tr("&Open…"), this);
    openButton->setObjectName(u"openButton"_qs);
    openButton->setToolTip(tr("Open a deployment file (JSON)."));
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    auto *language = new QComboBox(this);
    language->setObjectName(u"languageChoice"_qs);
    language->addItem(u"Français"_qs, u"fr"_qs);
    language->addItem(u"English"_qs, u"en"_qs);
    // The current language: what the French catalogue says its own name is.
    language->setCurrentIndex(tr("English", "the language this text is in") == u"Français" ? 0 : 1);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(language);
    buttons->addWidget(languageLabel);
    buttons->addWidget(language);
    connect(language, &QComboBox::activated, this, [this, language](int index) {
        emit languageChosen(language->itemData(index).toString());
    });
    contentLayout()->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, [this] { emit openRequested({}); });

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"deploymentName"_qs);
    m_name->setPlaceholderText(tr("e.g. macollectivite"));
    auto *nameLabel = new QLabel(tr("Deployment na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(new ProblemLabel(model, {u"name"_qs, u"format"_qs}, true, this));
    m_components = new QLabel(this);
    m_components->setObjectName(u"componentsLabel"_qs);
    m_components->setWordWrap(true);
    form->addRow(tr("Components:"), m_components);
    form->addRow(new ProblemLabel(model, {u"components"_qs, u"extra_packages"_qs}, false, this));
    contentLayout()->addLayout(form);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->model()->edit([&](Deployment &d) { d.name = text; });
    });

    auto *recentLabel = new QLabel(tr("&Recent deployments:"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(u"recentFiles"_qs);
    m_recent->setAccessibleName(tr("Recent deployments"));
    recentLabel->setBuddy(m_recent);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 10);
    contentLayout()->addWidget(recentLabel);
    contentLayout()->addWidget(m_recent);

    auto *steps = new QLabel(
        tr("The pages that follow: Hosts, System accounts, Database, NFS share, Preflight "
           "checks, then the Preview of the installation plan, which can be exported as one "
           "script per host. Every field is checked as you type; Next stays disabled while a "
           "page has a problem, shown in red beside the field. The deployment file never holds "
           "a password."),
        this);
    steps->setObjectName(u"welcomeSteps"_qs);
    steps->setWordWrap(true);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(steps);
    contentLayout()->addStretch(1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(item->data(Qt::UserRole).toString());
    });
    setRecentFiles({});
}

QString WelcomePage::journalState(const QString &path)
{
    const LoadResult loaded = loadDeploymentFile(path);
    if (!loaded.ok())
        return tr("cannot be read");
    LocalJournal journal(LocalJournal::defaultPath(loaded.deployment.name));
    if (!journal.load() || journal.runs.isEmpty())
        return tr("never run");
    const JournalRun &last = journal.runs.constLast();
    if (last.mode == u"rollback" && last.result == u"ok")
        return tr("rolled back");
    if (last.mode == u"apply" && last.result == u"ok")
        return tr("installed");
    for (const JournalStep &s : std::as_const(journal.steps)) {
        if (s.state == u"done" || s.state == u"already-done" || s.state == u"failed" ||
            s.state == u"interrupted")
            return tr("partly applied");
    }
    return tr("never run");
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &path : files) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2 (%3)")
                                    .arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath(),
                                         journalState(path)),
                                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent deployment."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::refresh()
{
    const Deployment &d = model()->deployment();
    setTextIfDifferent(m_name, d.name);
    m_components->setText(d.components.join(u", "_qs));
}

} // namespace phw
