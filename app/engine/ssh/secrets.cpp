#include "secrets.h"

#include <QtGlobal>

namespace phw {

namespace {
std::optional<QByteArray> fromEnv(const QString &name)
{
    const QByteArray key = name.toLatin1();
    if (!qEnvironmentVariableIsSet(key.constData()))
        return std::nullopt;
    QByteArray value = qgetenv(key.constData());
    if (value.isEmpty())
        return std::nullopt;
    return value;
}
} // namespace

QString EnvironmentSecrets::hostVariable(const QString &prefix, const QString &host)
{
    QString h = host.toUpper();
    h.replace(u'-', u'_').replace(u'.', u'_');
    return prefix + u'_' + h;
}

std::optional<QByteArray> EnvironmentSecrets::secret(const SecretRequest &r)
{
    switch (r.kind) {
    case SecretKind::DatabasePassword:
        return fromEnv(r.name);
    case SecretKind::SshPassword:
        if (auto v = fromEnv(hostVariable(u"PUBLIK_SSH_PASSWORD"_qs, r.host)))
            return v;
        return fromEnv(u"PUBLIK_SSH_PASSWORD"_qs);
    case SecretKind::SudoPassword:
        if (auto v = fromEnv(hostVariable(u"PUBLIK_SUDO_PASSWORD"_qs, r.host)))
            return v;
        if (auto v = fromEnv(u"PUBLIK_SUDO_PASSWORD"_qs))
            return v;
        return secret({SecretKind::SshPassword, r.host, {}});
    case SecretKind::KeyPassphrase:
        if (!r.host.isEmpty()) {
            if (auto v = fromEnv(hostVariable(u"PUBLIK_KEY_PASSPHRASE"_qs, r.host)))
                return v;
        }
        return fromEnv(u"PUBLIK_KEY_PASSPHRASE"_qs);
    }
    return std::nullopt;
}

void scrub(QByteArray &secret)
{
    // A shared copy is detached by fill(): only this copy is cleared, which is the best a
    // QByteArray allows; callers keep secrets in one copy.
    secret.fill('\0');
    secret.clear();
}

} // namespace phw
