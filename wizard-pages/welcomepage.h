// Accueil: a new deployment (the procedure's values), open a file, the recent ones; the
// deployment's name.
#pragma once

#include "pagebase.h"

class QLineEdit;
class QListWidget;

namespace phw {

class WelcomePage : public PageBase
{
    Q_OBJECT
public:
    explicit WelcomePage(DeploymentModel *model, QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);
    // What the local journal says of a deployment file: never run, installed, partly
    // applied, rolled back.
    static QString journalState(const QString &path);

signals:
    void newRequested();
    void openRequested(const QString &path);      // empty: ask for a file
    void languageChosen(const QString &language); // "fr" or "en"

protected:
    void refresh() override;

private:
    QLineEdit *m_name;
    QLabel *m_components;
    QListWidget *m_recent;
};

} // namespace phw
