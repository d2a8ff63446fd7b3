// Base de données: host and port, then per component its database, role and password.
// Passwords go to the SecretStore (keychain), never into the deployment.
#pragma once

#include "pagebase.h"

#include <QMap>

class QGridLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QPushButton;

namespace phw {

class SecretStore;

class DatabasePage : public PageBase
{
    Q_OBJECT
public:
    DatabasePage(DeploymentModel *model, SecretStore *secrets, QWidget *parent = nullptr);
    bool validatePage() override;

protected:
    void refresh() override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *role = nullptr;
        QLineEdit *password = nullptr;
        QToolButton *show = nullptr;
        QPushButton *generate = nullptr;
        ProblemLabel *problems = nullptr;
    };
    void rebuildRows(const QStringList &components);
    void storePassword(const QString &component);
    void loadPasswords();
    void updateSecretState();

    SecretStore *m_secrets;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLabel *m_needs;
    QLabel *m_secretState;
    QGridLayout *m_grid;
    QStringList m_components;
    QMap<QString, Row> m_rows;
    QString m_passwordsLoadedFor;
};

} // namespace phw
