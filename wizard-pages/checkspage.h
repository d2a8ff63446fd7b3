// Vérifications: the engine's preflight on every host at once, off the GUI thread (the
// engine's HostPool workers). Next only when nothing blocks and the warnings are
// acknowledged; a changed deployment asks for a new run. An unknown host key is asked
// about (SHA256 fingerprint), a changed one is the engine's refusal, shown as blocking.
#pragma once

#include "pagebase.h"

#include "preflight.h"

#include <memory>

class QCheckBox;
class QDialog;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace phw {

class SecretStore;
class StoreSecretProvider;

class ChecksPage : public PageBase
{
    Q_OBJECT
public:
    ChecksPage(DeploymentModel *model, SecretStore *secrets, ConnectionOptions options,
               QWidget *parent = nullptr);
    ~ChecksPage() override;

    bool isComplete() const override;
    void initializePage() override;

    // Shows the findings of a run (what finished() brings); public for the tests.
    // files: what the run read of the files the plan writes (kept for the preview's diffs).
    void showResults(const QList<PreflightItem> &items, const CurrentFiles &files = {});
    bool running() const { return m_preflight != nullptr; }
    const QList<PreflightItem> &lastItems() const { return m_items; }
    bool hasResults() const { return m_done; }

public slots:
    void run();
    void cancel();

signals:
    void hostKeyAsked(QMessageBox *dialog);
    void changedHostKeyShown(QDialog *dialog);

private:
    void askHostKey(const QString &host, const QString &fingerprint);
    void invalidate();
    void stopPreflight();

    SecretStore *m_secrets;
    ConnectionOptions m_options;
    std::unique_ptr<StoreSecretProvider> m_provider;
    Preflight *m_preflight = nullptr;
    Deployment m_checked; // the deployment the shown results are about
    QList<PreflightItem> m_items;
    bool m_done = false;
    bool m_blocked = false;
    int m_warnings = 0;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QCheckBox *m_acknowledge;
};

} // namespace phw
