#include "hostkey.h"

#include <QFile>

#include <libssh/libssh.h>

namespace phw {

HostKeyVerdict decideHostKey(KnownHostState state, UnknownKeyPolicy policy)
{
    switch (state) {
    case KnownHostState::Ok:
        return HostKeyVerdict::Proceed;
    case KnownHostState::Unknown:
        switch (policy) {
        case UnknownKeyPolicy::AcceptNew:
            return HostKeyVerdict::RecordAndProceed;
        case UnknownKeyPolicy::Ask:
            return HostKeyVerdict::AskOperator;
        case UnknownKeyPolicy::Refuse:
            return HostKeyVerdict::Refuse;
        }
        break;
    case KnownHostState::Changed:
    case KnownHostState::OtherType:
    case KnownHostState::Error:
        return HostKeyVerdict::Refuse;
    }
    return HostKeyVerdict::Refuse;
}

QString knownHostsName(const QString &host, int port)
{
    if (port == 22 || port <= 0)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString sha256Fingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t len = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
    ssh_clean_pubkey_hash(&hash);
    if (!text)
        return {};
    const QString out = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return out;
}

KnownHostsLookup lookupKnownHosts(const QString &knownHostsFile, const QString &host, int port,
                                  ssh_key key)
{
    KnownHostsLookup out;
    QFile f(knownHostsFile);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly)) {
        out.state = KnownHostState::Error;
        return out;
    }
    const QByteArray name = knownHostsName(host, port).toUtf8();
    bool sameType = false;
    bool match = false;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(name.constData(), line.constData(), &entry) != SSH_OK ||
            !entry)
            continue; // another host, or a line libssh does not read
        if (entry->publickey) {
            out.recordedFingerprints.append(sha256Fingerprint(entry->publickey));
            if (key) {
                if (ssh_key_type(entry->publickey) == ssh_key_type(key)) {
                    sameType = true;
                    if (ssh_key_cmp(entry->publickey, key, SSH_KEY_CMP_PUBLIC) == 0)
                        match = true;
                }
            }
        }
        ssh_knownhosts_entry_free(entry);
    }
    if (match)
        out.state = KnownHostState::Ok;
    else if (sameType)
        out.state = KnownHostState::Changed;
    else if (!out.recordedFingerprints.isEmpty())
        out.state = KnownHostState::OtherType;
    else
        out.state = KnownHostState::Unknown;
    return out;
}

bool appendKnownHost(const QString &knownHostsFile, const QString &name, ssh_key key,
                     QString *error)
{
    char *base64 = nullptr;
    const char *type = key ? ssh_key_type_to_char(ssh_key_type(key)) : nullptr;
    if (!type || ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK || !base64) {
        *error = u"cannot export the key"_qs;
        return false;
    }
    QByteArray line = name.toUtf8() + ' ' + type + ' ' + base64 + '\n';
    ssh_string_free_char(base64);
    QFile f(knownHostsFile);
    if (f.open(QIODevice::ReadOnly)) {
        // A file whose last line has no newline (edited by hand) gets one first.
        if (f.size() > 0 && f.seek(f.size() - 1) && f.read(1) != "\n")
            line.prepend('\n');
        f.close();
    }
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(line) != line.size() ||
        !f.flush()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace phw
