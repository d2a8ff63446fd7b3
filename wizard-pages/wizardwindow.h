// The wizard's window: the pages in order, the one DeploymentModel they share, and the
// file commands (new, open, save, save as), the title and the unsaved-changes question.
#pragma once

#include "deploymentmodel.h"
#include "pagebase.h"
#include "wizardoptions.h"

#include <QWizard>

class QTimer;

namespace phw {

class SecretStore;
class WelcomePage;
class PreviewPage;
class ReportPage;
class ChecksPage;
class HostsPage;
class ExecutionPage;

class WizardWindow : public QWizard
{
    Q_OBJECT
public:
    // secrets: where typed passwords go; null: the system keychain (with its fallback).
    explicit WizardWindow(const LaunchOptions &options = {}, SecretStore *secrets = nullptr,
                          QWidget *parent = nullptr);
    ~WizardWindow() override;

    DeploymentModel *deploymentModel() const { return m_model; }
    SecretStore *secretStore() const { return m_secrets; }
    PreviewPage *previewPage() const { return m_preview; }
    ReportPage *reportPage() const { return m_report; }
    ChecksPage *checksPage() const { return m_checks; }
    HostsPage *hostsPage() const { return m_hosts; }
    ExecutionPage *executionPage() const { return m_execution; }
    // Goes to the Exécution page (a deployment with a journal opens there).
    void showExecution();
    const LaunchOptions &launchOptions() const { return m_options; }

    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    void newDeployment();
    bool save();
    bool saveAs();
    void openWithDialog();

    static QStringList recentFiles();

    // The autosaved draft (engine JSON, no secret) and the file it was a change of.
    static QString draftPath();
    void writeDraft();
    // Offers the draft a session left behind (it crashed, or was killed); true if taken.
    bool offerDraft();

    void done(int result) override;
    // Installs the language's translation, remembers it, and builds the pages again in it.
    void setLanguage(const QString &language);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildPages();
    bool maybeSave();
    void updateTitle();
    void addRecent(const QString &path);
    void removeDraft();
    QTimer *m_autosave;

    LaunchOptions m_options;
    DeploymentModel *m_model;
    SecretStore *m_secrets;
    WelcomePage *m_welcome;
    PreviewPage *m_preview;
    ReportPage *m_report = nullptr;
    ChecksPage *m_checks;
    HostsPage *m_hosts;
    ExecutionPage *m_execution;
    bool m_closeAsked = false;
};

} // namespace phw
