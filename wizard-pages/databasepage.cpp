#include "databasepage.h"

#include "secretstore.h"
#include "textutil.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace phw {

namespace {

QStringList databaseComponents(const Deployment &d)
{
    QStringList out;
    for (const ComponentInfo &c : d.componentInfos()) {
        if (c.django)
            out.append(c.name);
    }
    return out;
}

QByteArray strongPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.+";
    QByteArray out;
    for (int i = 0; i < 28; ++i)
        out.append(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return out;
}

} // namespace

DatabasePage::DatabasePage(DeploymentModel *model, SecretStore *secrets, QWidget *parent)
    : PageBase(model, {u"database"_qs}, parent)
    , m_secrets(secrets)
{
    setObjectName(u"databasePage"_qs);
    setTitle(tr("Database"));
    setSubTitle(tr("The PostgreSQL server every host connects to, and for each component its "
                   "database, its role and the role's password."));

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"databaseHost"_qs);
    m_host->setPlaceholderText(tr("e.g. sql-prod"));
    auto *hostLabel = new QLabel(tr("Database &server:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, m_host);
    form->addRow(new ProblemLabel(model, {u"database.host"_qs}, true, this));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"databasePort"_qs);
    m_port->setRange(0, 999999);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(u"0000000"_qs) + 40);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    form->addRow(portLabel, portRow);
    form->addRow(new ProblemLabel(model, {u"database.port"_qs}, true, this));
    contentLayout()->addLayout(form);
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &text) {
        this->model()->edit([&](Deployment &d) { d.database.host = text.trimmed(); });
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this](int value) {
        this->model()->edit([&](Deployment &d) { d.database.port = value; });
    });

    m_needs = new QLabel(this);
    m_needs->setObjectName(u"databaseNeeds"_qs);
    m_needs->setWordWrap(true);
    contentLayout()->addWidget(m_needs);

    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    auto *inner = new QWidget(area);
    m_grid = new QGridLayout(inner);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(new QLabel(tr("Component"), inner), 0, 0);
    m_grid->addWidget(new QLabel(tr("Database"), inner), 0, 1);
    m_grid->addWidget(new QLabel(tr("Role"), inner), 0, 2);
    m_grid->addWidget(new QLabel(tr("Password"), inner), 0, 3);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 2);
    m_grid->setColumnStretch(3, 3);
    area->setWidget(inner);
    contentLayout()->addWidget(area, 1);

    m_secretState = new QLabel(this);
    m_secretState->setObjectName(u"secretStoreState"_qs);
    m_secretState->setWordWrap(true);
    contentLayout()->addWidget(m_secretState);
    connect(m_secrets, &SecretStore::stateChanged, this, &DatabasePage::updateSecretState);
    connect(m_secrets, &SecretStore::stateChanged, this, [this] {
        m_passwordsLoadedFor.clear();
        loadPasswords();
    });
    updateSecretState();
}

void DatabasePage::updateSecretState()
{
    m_secretState->setText(m_secrets->stateText());
    m_secretState->setStyleSheet(
        m_secrets->state() == SecretStore::State::MemoryOnly ? u"color: #8a5a00;"_qs : QString());
}

void DatabasePage::rebuildRows(const QStringList &components)
{
    QWidget *inner = m_grid->parentWidget();
    for (const Row &r : std::as_const(m_rows)) {
        delete r.label;
        delete r.name;
        delete r.role;
        delete r.password;
        delete r.show;
        delete r.generate;
        delete r.problems;
    }
    m_rows.clear();
    m_components = components;
    QWidget *previous = m_port;
    int line = 1;
    for (const QString &c : components) {
        Row r;
        r.label = new QLabel(c, inner);
        r.name = new QLineEdit(inner);
        r.name->setObjectName(u"databaseName_"_qs + c);
        r.name->setAccessibleName(tr("Database of %1").arg(c));
        r.role = new QLineEdit(inner);
        r.role->setObjectName(u"databaseRole_"_qs + c);
        r.role->setAccessibleName(tr("Role of %1").arg(c));
        r.password = new QLineEdit(inner);
        r.password->setObjectName(u"databasePassword_"_qs + c);
        r.password->setAccessibleName(tr("Password of %1").arg(c));
        r.password->setEchoMode(QLineEdit::Password);
        r.password->setPlaceholderText(tr("not set (else %1)").arg(passwordVariable(c)));
        r.show = new QToolButton(inner);
        r.show->setObjectName(u"databaseShowPassword_"_qs + c);
        r.show->setText(tr("Show"));
        r.show->setAccessibleName(tr("Show the password of %1").arg(c));
        r.show->setCheckable(true);
        r.generate = new QPushButton(tr("Generate"), inner);
        r.generate->setObjectName(u"databaseGenerate_"_qs + c);
        r.generate->setAccessibleName(tr("Generate a password for %1").arg(c));
        r.problems = new ProblemLabel(model(), {u"database.components."_qs + c}, false, inner);
        m_grid->addWidget(r.label, line, 0);
        m_grid->addWidget(r.name, line, 1);
        m_grid->addWidget(r.role, line, 2);
        auto *passwordBox = new QHBoxLayout;
        passwordBox->addWidget(r.password, 1);
        passwordBox->addWidget(r.show);
        passwordBox->addWidget(r.generate);
        m_grid->addLayout(passwordBox, line, 3);
        m_grid->addWidget(r.problems, line + 1, 1, 1, 3);
        line += 2;
        for (QWidget *w : {static_cast<QWidget *>(r.name), static_cast<QWidget *>(r.role),
                           static_cast<QWidget *>(r.password), static_cast<QWidget *>(r.show),
                           static_cast<QWidget *>(r.generate)}) {
            setTabOrder(previous, w);
            previous = w;
        }
        connect(r.name, &QLineEdit::textEdited, this, [this, c](const QString &text) {
            this->model()->edit(
                [&](Deployment &d) { d.database.components[c].name = text.trimmed(); });
        });
        connect(r.role, &QLineEdit::textEdited, this, [this, c](const QString &text) {
            this->model()->edit(
                [&](Deployment &d) { d.database.components[c].user = text.trimmed(); });
        });
        connect(r.password, &QLineEdit::editingFinished, this, [this, c] { storePassword(c); });
        QLineEdit *password = r.password;
        QToolButton *show = r.show;
        connect(r.show, &QToolButton::toggled, this, [password, show](bool on) {
            password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            show->setText(on ? tr("Hide") : tr("Show"));
        });
        connect(r.generate, &QPushButton::clicked, this, [this, c, password] {
            QByteArray value = strongPassword();
            password->setText(QString::fromLatin1(value));
            scrub(value);
            storePassword(c);
        });
        m_rows.insert(c, r);
    }
    m_grid->setRowStretch(line, 1);
}

void DatabasePage::refresh()
{
    const Deployment &d = model()->deployment();
    setTextIfDifferent(m_host, d.database.host);
    if (m_port->value() != d.database.port) {
        const QSignalBlocker block(m_port);
        m_port->setValue(d.database.port);
    }
    QStringList without;
    for (const ComponentInfo &c : d.componentInfos()) {
        if (!c.django)
            without.append(c.name);
    }
    m_needs->setText(
        without.isEmpty()
            ? tr("Every component needs a database.")
            : tr("Every component needs a database except %1.").arg(without.join(u", "_qs)));
    const QStringList components = databaseComponents(d);
    if (components != m_components)
        rebuildRows(components);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const DatabaseAccess access = d.database.components.value(it.key());
        setTextIfDifferent(it->name, access.name);
        setTextIfDifferent(it->role, access.user);
    }
    if (m_passwordsLoadedFor != d.name)
        loadPasswords();
}

void DatabasePage::loadPasswords()
{
    const QString name = model()->deployment().name;
    if (name.isEmpty() || m_secrets->state() == SecretStore::State::Probing)
        return;
    m_passwordsLoadedFor = name;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        QPointer<QLineEdit> edit = it->password;
        m_secrets->read(SecretStore::databaseKey(name, it.key()),
                        [edit](bool found, const QByteArray &value) {
                            if (found && edit && edit->text().isEmpty())
                                edit->setText(QString::fromUtf8(value));
                        });
    }
}

void DatabasePage::storePassword(const QString &component)
{
    const auto it = m_rows.constFind(component);
    const QString name = model()->deployment().name;
    if (it == m_rows.cend() || name.isEmpty() || it->password->text().isEmpty())
        return;
    m_secrets->write(SecretStore::databaseKey(name, component), it->password->text().toUtf8());
}

bool DatabasePage::validatePage()
{
    for (const QString &c : std::as_const(m_components))
        storePassword(c);
    return true;
}

} // namespace phw
