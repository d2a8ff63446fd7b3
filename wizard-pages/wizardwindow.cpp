#include "wizardwindow.h"

#include "accountspage.h"
#include "checkspage.h"
#include "databasepage.h"
#include "executionpage.h"
#include "hostspage.h"
#include "previewpage.h"
#include "reportpage.h"
#include "secretstore.h"
#include "sharepage.h"
#include "welcomepage.h"

#include "i18n.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace phw {

namespace {
const QString kRecentFiles = u"recentFiles"_qs;
const QString kGeometry = u"window/geometry"_qs;
const QString kLanguage = u"language"_qs;
constexpr int kMaxRecent = 8;
} // namespace

WizardWindow::WizardWindow(const LaunchOptions &launchOptions, SecretStore *secrets,
                           QWidget *parent)
    : QWizard(parent)
    , m_options(launchOptions)
    , m_model(new DeploymentModel(this))
    , m_secrets(secrets ? secrets : new KeychainSecretStore(this))
{
    setObjectName(u"wizard"_qs);
    setWindowIcon(QIcon(u":/phw/wizard/resources/publik-ha-wizard.png"_qs));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    // The language chosen in the application last time, unless --lang says otherwise.
    if (m_options.language.isEmpty()) {
        const QString saved = QSettings().value(kLanguage).toString();
        if (!saved.isEmpty())
            installTranslations(saved);
    }
    button(QWizard::CustomButton1)->setObjectName(u"saveButton"_qs);
    button(QWizard::CustomButton2)->setObjectName(u"saveAsButton"_qs);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            save();
        else if (which == QWizard::CustomButton2)
            saveAs();
    });
    setAcceptDrops(true);

    buildPages();

    const std::pair<QKeySequence::StandardKey, std::function<void()>> shortcuts[] = {
        {QKeySequence::Save,
         [this] {
             save();
         }},
        {QKeySequence::SaveAs,
         [this] {
             saveAs();
         }},
        {QKeySequence::Open,
         [this] {
             openWithDialog();
         }},
    };
    for (const auto &[key, slot] : shortcuts) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    }

    // The draft: written a few seconds after a change, removed once saved or discarded.
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(5000);
    connect(m_autosave, &QTimer::timeout, this, &WizardWindow::writeDraft);
    connect(m_model, &DeploymentModel::changed, this, [this] {
        if (m_model->isModified())
            m_autosave->start();
    });
    connect(m_model, &DeploymentModel::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_autosave->stop();
            removeDraft();
        }
    });
    if (m_options.offerDraft)
        QTimer::singleShot(0, this, &WizardWindow::offerDraft);
    connect(m_model, &DeploymentModel::changed, this, &WizardWindow::updateTitle);
    connect(m_model, &DeploymentModel::modifiedChanged, this, &WizardWindow::updateTitle);
    connect(m_model, &DeploymentModel::filePathChanged, this, &WizardWindow::updateTitle);
    updateTitle();

    resize(1240, 800);
    const QByteArray geometry = QSettings().value(kGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    if (!m_options.deploymentFile.isEmpty())
        openFile(m_options.deploymentFile);
}

void WizardWindow::buildPages()
{
    setButtonText(QWizard::CustomButton1, tr("&Save"));
    setButtonText(QWizard::CustomButton2, tr("Save &as…"));
    m_welcome = new WelcomePage(m_model, this);
    setPage(WelcomePageId, m_welcome);
    ConnectionOptions connection;
    connection.sshConfigFile = m_options.sshConfig;
    connection.knownHostsFile = m_options.knownHosts;
    m_hosts = new HostsPage(m_model, m_secrets, connection, this);
    setPage(HostsPageId, m_hosts);
    setPage(AccountsPageId, new AccountsPage(m_model, this));
    setPage(DatabasePageId, new DatabasePage(m_model, m_secrets, this));
    setPage(SharePageId, new SharePage(m_model, this));
    m_checks = new ChecksPage(m_model, m_secrets, connection, this);
    setPage(ChecksPageId, m_checks);
    m_preview = new PreviewPage(m_model, this);
    setPage(PreviewPageId, m_preview);
    m_execution = new ExecutionPage(m_model, m_secrets, connection, this);
    setPage(ExecutionPageId, m_execution);
    m_report = new ReportPage(m_model, this);
    // The Checks page may go first (pages rebuilt in another language): a guarded pointer.
    m_report->setPreflightSource(
        [checks = QPointer<ChecksPage>(m_checks)]() -> const QList<PreflightItem> * {
            return checks && checks->hasResults() ? &checks->lastItems() : nullptr;
        });
    setPage(ReportPageId, m_report);
    setStartId(WelcomePageId);
    m_welcome->setRecentFiles(recentFiles());
    connect(m_welcome, &WelcomePage::newRequested, this, &WizardWindow::newDeployment);
    connect(m_welcome, &WelcomePage::openRequested, this, [this](const QString &path) {
        if (path.isEmpty())
            openWithDialog();
        else
            openFile(path);
    });
    connect(m_welcome, &WelcomePage::languageChosen, this, &WizardWindow::setLanguage,
            Qt::QueuedConnection); // the page that asks is replaced
    updateTitle();
}

void WizardWindow::setLanguage(const QString &language)
{
    const QString installed = installTranslations(language);
    QSettings().setValue(kLanguage, installed);
    // The pages only bind widgets to the model: built again in the new language, they show
    // the same deployment. The Welcome page is where the language is chosen.
    const QList<int> ids = pageIds();
    for (int id : ids) {
        QWizardPage *old = page(id);
        removePage(id);
        delete old;
    }
    buildPages();
    restart();
}

WizardWindow::~WizardWindow()
{
    QSettings().setValue(kGeometry, saveGeometry());
}

void WizardWindow::updateTitle()
{
    const QString name = m_model->deployment().name;
    setWindowTitle(
        tr("%1[*] — Publik high availability").arg(name.isEmpty() ? tr("new deployment") : name));
    setWindowModified(m_model->isModified());
}

QStringList WizardWindow::recentFiles()
{
    return QSettings().value(kRecentFiles).toStringList();
}

void WizardWindow::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentFiles, files);
    m_welcome->setRecentFiles(files);
}

bool WizardWindow::maybeSave()
{
    if (!m_model->isModified())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        tr("The deployment %1 has changes that are not saved.").arg(m_model->deployment().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesBox"_qs);
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void WizardWindow::done(int result)
{
    if (m_execution->running()) {
        // A run goes on: asked first; if the operator insists, the run stops cleanly (the
        // running steps end on the hosts, the lock is released), then the window closes.
        if (m_closeAsked)
            return;
        m_closeAsked = true;
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("A run is going on"),
            tr("The deployment %1 is being run on its hosts.").arg(m_model->deployment().name),
            QMessageBox::NoButton, this);
        box->setObjectName(u"closeWhileRunningBox"_qs);
        box->setInformativeText(tr("Stop it and close? The running steps end on the hosts, "
                                   "whose journals record them; reopening the deployment shows "
                                   "where it stopped, to resume or roll back."));
        QPushButton *stopClose = box->addButton(tr("&Stop and close"), QMessageBox::AcceptRole);
        stopClose->setObjectName(u"stopAndCloseButton"_qs);
        QPushButton *keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
        keep->setObjectName(u"keepRunningButton"_qs);
        box->setDefaultButton(keep);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        connect(box, &QMessageBox::buttonClicked, this,
                [this, stopClose, result](QAbstractButton *clicked) {
                    if (clicked != stopClose) {
                        m_closeAsked = false;
                        return;
                    }
                    m_execution->stopThen([this, result] {
                        m_closeAsked = false;
                        done(result);
                    });
                });
        box->open();
        emit m_execution->confirmationAsked(box);
        return;
    }
    if (!maybeSave())
        return;
    m_autosave->stop();
    removeDraft(); // saved, or its changes discarded on purpose
    QWizard::done(result);
}

QString WizardWindow::draftPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/draft/deployment.json"_qs;
}

void WizardWindow::writeDraft()
{
    if (!m_model->isModified())
        return;
    QDir().mkpath(QFileInfo(draftPath()).absolutePath());
    QSaveFile f(draftPath());
    const QByteArray bytes = m_model->deployment().toJsonBytes();
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size())
        f.commit();
    QSaveFile origin(draftPath() + u".origin"_qs);
    const QByteArray path = m_model->filePath().toUtf8();
    if (origin.open(QIODevice::WriteOnly) && origin.write(path) == path.size())
        origin.commit();
}

void WizardWindow::removeDraft()
{
    QFile::remove(draftPath());
    QFile::remove(draftPath() + u".origin"_qs);
}

bool WizardWindow::offerDraft()
{
    if (!QFileInfo::exists(draftPath()))
        return false;
    QFile originFile(draftPath() + u".origin"_qs);
    const QString origin =
        originFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(originFile.readAll()) : QString();
    const LoadResult draft = loadDeploymentFile(draftPath());
    if (!draft.ok()) {
        removeDraft();
        return false;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Unsaved draft"),
        tr("The last session ended before the deployment %1 was saved. Its "
           "changes were kept in a draft.")
            .arg(draft.deployment.name.isEmpty() ? tr("new deployment") : draft.deployment.name),
        QMessageBox::NoButton, this);
    box.setObjectName(u"draftBox"_qs);
    box.setInformativeText(tr("Restore the draft? Otherwise it is deleted."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(u"restoreDraftButton"_qs);
    box.addButton(tr("&Delete the draft"), QMessageBox::DestructiveRole)
        ->setObjectName(u"deleteDraftButton"_qs);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        removeDraft();
        return false;
    }
    m_model->reset(draft.deployment, origin);
    m_model->markModified();
    writeDraft(); // kept until saved or discarded, as before
    if (currentId() != WelcomePageId)
        restart();
    return true;
}

void WizardWindow::newDeployment()
{
    if (!maybeSave())
        return;
    m_model->reset(DeploymentModel::procedureDeployment());
}

void WizardWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString start = m_model->filePath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_model->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a deployment"), start, tr("Deployment files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool WizardWindow::openFile(const QString &path)
{
    QString error;
    if (!m_model->open(path, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the deployment"),
                        tr("%1 cannot be opened.").arg(path), QMessageBox::Ok, this);
        box.setObjectName(u"openErrorBox"_qs);
        box.setInformativeText(error);
        box.exec();
        return false;
    }
    addRecent(path);
    if (ExecutionPage::hasJournal(m_model->deployment().name)) {
        // It ran from here: opened where it stands, to resume or roll back.
        showExecution();
        return true;
    }
    if (currentId() != WelcomePageId)
        restart();
    return true;
}

void WizardWindow::showExecution()
{
    if (currentId() != WelcomePageId)
        restart();
    // Through the pages, so that Back leads to them; the Checks page does not run on the way.
    setProperty("phwPassingThrough", true);
    for (int guard = 0; guard < 16 && currentId() != ExecutionPageId && currentId() != -1; ++guard)
        next();
    setProperty("phwPassingThrough", false);
}

bool WizardWindow::save()
{
    if (m_model->filePath().isEmpty())
        return saveAs();
    return saveTo(m_model->filePath());
}

bool WizardWindow::saveAs()
{
    const QString name =
        m_model->deployment().name.isEmpty() ? tr("deployment") : m_model->deployment().name;
    const QString start =
        m_model->filePath().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name +
                  u".json"_qs
            : m_model->filePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the deployment"), start, tr("Deployment files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool WizardWindow::saveTo(const QString &path)
{
    QString error;
    if (!m_model->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save the deployment"), error);
        return false;
    }
    addRecent(path);
    return true;
}

void WizardWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void WizardWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().constFirst().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openFile(path);
}

} // namespace phw
