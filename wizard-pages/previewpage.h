// Aperçu: the plan as a tree (host → numbered steps); the selected step's text exactly as
// `plan` prints it (the engine's renderer), and "Export the script…".
#pragma once

#include "pagebase.h"

#include "plan.h"

class QPlainTextEdit;
class QStandardItemModel;
class QTreeView;
class QPushButton;

namespace phw {

class PreviewPage : public PageBase
{
    Q_OBJECT
public:
    explicit PreviewPage(DeploymentModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Writes the scripts as `export --script folder` does; false with a message box text.
    bool exportTo(const QString &folder, QString *error);
    QTreeView *tree() const { return m_tree; }
    QString stepText() const;
    // The services the plan interrupts, host by host, as the page shows them above the tree.
    QString interruptionsText() const;
    // The selected step's files against the hosts' current files (empty: nothing read).
    QString diffText() const;

signals:
    void exported(const QStringList &files);

private:
    void rebuild();
    void showCurrent();
    void exportScripts();
    void showInterruptions();
    void showDiff(const QString &host, const Step *step);

    Plan m_plan;
    bool m_planOk = false;
    QLabel *m_summary;
    QLabel *m_interruptions;
    QTreeView *m_tree;
    QStandardItemModel *m_steps;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_diff;
    QPushButton *m_export;
};

} // namespace phw
