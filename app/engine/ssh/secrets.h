// Where secrets come from at run time. The deployment only names them; a provider finds
// their values: the environment (headless), the system keychain (the wizard plugs
// QtKeychain in), or a prompt. Providers are called from the hosts' worker threads and
// must be thread-safe.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace phw {

enum class SecretKind {
    DatabasePassword, // name: the variable, e.g. PUBLIK_DB_PASSWORD_COMBO
    SshPassword,      // host: the deployment's host name
    SudoPassword,     // host
    KeyPassphrase,    // name: the key file
};

struct SecretRequest
{
    SecretKind kind = SecretKind::DatabasePassword;
    QString host;
    QString name;
};

class SecretProvider
{
public:
    virtual ~SecretProvider() = default;
    virtual std::optional<QByteArray> secret(const SecretRequest &request) = 0;
};

// Environment variables:
//   database passwords: PUBLIK_DB_PASSWORD_<COMPONENT>
//   SSH password: PUBLIK_SSH_PASSWORD_<HOST>, else PUBLIK_SSH_PASSWORD
//   sudo password: PUBLIK_SUDO_PASSWORD_<HOST>, else PUBLIK_SUDO_PASSWORD, else the SSH password
//   key passphrase: PUBLIK_KEY_PASSPHRASE_<HOST>, else PUBLIK_KEY_PASSPHRASE
// (<HOST>: the host's name in upper case, '-' and '.' as '_').
class EnvironmentSecrets : public SecretProvider
{
public:
    std::optional<QByteArray> secret(const SecretRequest &request) override;
    static QString hostVariable(const QString &prefix, const QString &host);
};

// Overwrites a secret's bytes before it is released.
void scrub(QByteArray &secret);

} // namespace phw
