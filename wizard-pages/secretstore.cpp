#include "secretstore.h"

#include "textutil.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace phw {

SecretStore::~SecretStore()
{
    QMutexLocker lock(&m_mutex);
    for (QByteArray &value : m_session)
        scrub(value);
}

QString SecretStore::stateText() const
{
    switch (state()) {
    case State::Probing:
        return tr("Looking for the system keychain…");
    case State::Keychain:
        return tr("Passwords are saved in the system keychain, never in the deployment file.");
    case State::MemoryOnly:
        break;
    }
    return tr("No system keychain is reachable: the passwords are kept in memory for this "
              "session only, never on disk. Type them again next time, or set the "
              "PUBLIK_DB_PASSWORD_<COMPONENT> variables.");
}

QString SecretStore::databaseKey(const QString &deployment, const QString &component)
{
    return deployment + u'/' + passwordVariable(component);
}

QString SecretStore::hostKey(const QString &deployment, SecretKind kind, const QString &host)
{
    const QString prefix = kind == SecretKind::SudoPassword    ? u"PUBLIK_SUDO_PASSWORD"_qs
                           : kind == SecretKind::KeyPassphrase ? u"PUBLIK_KEY_PASSPHRASE"_qs
                                                               : u"PUBLIK_SSH_PASSWORD"_qs;
    return deployment + u'/' + EnvironmentSecrets::hostVariable(prefix, host);
}

std::optional<QByteArray> SecretStore::sessionValue(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_session.constFind(key);
    if (it == m_session.cend())
        return std::nullopt;
    return *it;
}

void SecretStore::remember(const QString &key, const QByteArray &value)
{
    QMutexLocker lock(&m_mutex);
    QByteArray &slot = m_session[key];
    scrub(slot);
    slot = value;
}

void MemorySecretStore::write(const QString &key, const QByteArray &value)
{
    remember(key, value);
    emit written(key, false);
}

void MemorySecretStore::read(const QString &key,
                             const std::function<void(bool, const QByteArray &)> &done)
{
    const std::optional<QByteArray> value = sessionValue(key);
    QTimer::singleShot(0, this,
                       [done, value] { done(value.has_value(), value.value_or(QByteArray())); });
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
    // A read of a key nobody writes: "not found" means a keychain answered.
    auto *job = new QKeychain::ReadPasswordJob(serviceName()); // no parent: see write()
    job->setAutoDelete(true);
    job->setKey(u"probe"_qs);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        const bool reachable =
            j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        setState(reachable ? State::Keychain : State::MemoryOnly);
        const auto pending = std::exchange(m_pendingWrites, {});
        for (const auto &[key, value] : pending)
            write(key, value);
    });
    job->start();
}

QString KeychainSecretStore::serviceName()
{
    return u"publik-ha-wizard"_qs;
}

void KeychainSecretStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    if (m_state == State::Keychain && sessionValue(key) == value) {
        emit written(key, true); // already there: no second job for the same value
        return;
    }
    remember(key, value);
    if (m_state == State::Probing) {
        m_pendingWrites.append({key, value});
        return;
    }
    if (m_state == State::MemoryOnly) {
        emit written(key, false);
        return;
    }
    // The job has no parent: it finishes (and deletes itself) even if the wizard is closed
    // meanwhile; destroying a job in flight would leave the keychain's callback dangling.
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        emit written(key, j->error() == QKeychain::NoError);
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key,
                               const std::function<void(bool, const QByteArray &)> &done)
{
    if (const std::optional<QByteArray> value = sessionValue(key)) {
        QTimer::singleShot(0, this, [done, v = *value] { done(true, v); });
        return;
    }
    if (m_state != State::Keychain) {
        QTimer::singleShot(0, this, [done] { done(false, {}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName()); // no parent: see write()
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (r->error() != QKeychain::NoError) {
            done(false, {});
            return;
        }
        const QByteArray value = r->binaryData();
        remember(key, value);
        done(true, value);
    });
    job->start();
}

StoreSecretProvider::StoreSecretProvider(const SecretStore *store, QString deployment)
    : m_store(store)
    , m_deployment(std::move(deployment))
{
}

std::optional<QByteArray> StoreSecretProvider::secret(const SecretRequest &request)
{
    if (request.kind == SecretKind::DatabasePassword) {
        if (auto v = m_store->sessionValue(m_deployment + u'/' + request.name))
            return v;
    } else if (!request.host.isEmpty()) {
        // Typed into the Hosts page (keychain or memory), else the headless variables.
        if (auto v = m_store->sessionValue(
                SecretStore::hostKey(m_deployment, request.kind, request.host)))
            return v;
    }
    return m_environment.secret(request);
}

} // namespace phw
