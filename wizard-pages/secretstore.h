// Where the passwords typed into the wizard go: the system keychain (QtKeychain: Secret
// Service, KWallet), else this session's memory only, never a file. A SecretProvider view
// of the same store is what the runner and preflight use (memory, keychain, environment).
#pragma once

#include "secrets.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <functional>

namespace phw {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class State { Probing, Keychain, MemoryOnly };

    using QObject::QObject;
    ~SecretStore() override;

    virtual State state() const = 0;
    // A sentence for the operator: where the passwords are kept.
    QString stateText() const;

    // key: "<deployment>/<VARIABLE>", e.g. "macollectivite/PUBLIK_DB_PASSWORD_COMBO".
    virtual void write(const QString &key, const QByteArray &value) = 0;
    // Calls done(found, value) later, in this object's thread.
    virtual void read(const QString &key,
                      const std::function<void(bool, const QByteArray &)> &done) = 0;

    static QString databaseKey(const QString &deployment, const QString &component);
    // The SSH secrets of a host, named as the headless commands' variables:
    // "<deployment>/PUBLIK_SSH_PASSWORD_WEB1", …_SUDO_PASSWORD_…, …_KEY_PASSPHRASE_….
    static QString hostKey(const QString &deployment, SecretKind kind, const QString &host);

    // What this session knows (typed or read back), thread-safe; empty optional if nothing.
    std::optional<QByteArray> sessionValue(const QString &key) const;

signals:
    void stateChanged();
    void written(const QString &key, bool inKeychain);

protected:
    void remember(const QString &key, const QByteArray &value);

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_session;
};

// This session's memory only (no keychain reachable, or tests).
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    State state() const override { return State::MemoryOnly; }
    void write(const QString &key, const QByteArray &value) override;
    void read(const QString &key,
              const std::function<void(bool, const QByteArray &)> &done) override;
};

// QtKeychain. It probes the keychain once at start; if none answers, it says so and keeps
// the values in memory for this session.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    State state() const override { return m_state; }
    void write(const QString &key, const QByteArray &value) override;
    void read(const QString &key,
              const std::function<void(bool, const QByteArray &)> &done) override;

    static QString serviceName();

private:
    void setState(State state);
    State m_state = State::Probing;
    QList<std::pair<QString, QByteArray>> m_pendingWrites; // while probing
};

// The store seen as the engine's SecretProvider: this session's values, then the
// environment variables of the headless commands.
class StoreSecretProvider : public SecretProvider
{
public:
    StoreSecretProvider(const SecretStore *store, QString deployment);
    std::optional<QByteArray> secret(const SecretRequest &request) override;

private:
    const SecretStore *m_store;
    QString m_deployment;
    EnvironmentSecrets m_environment;
};

} // namespace phw
