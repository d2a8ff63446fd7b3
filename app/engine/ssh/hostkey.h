// Host keys: what known_hosts says about the key a server shows, and what to do about it.
// A changed key, or a key of another type than the one recorded, is always refused, before
// any authentication; an unknown key is refused unless the operator accepts it (a question
// in the wizard, --accept-new-host-keys headless).
#pragma once

#include <QString>
#include <QStringList>

struct ssh_key_struct;

namespace phw {

enum class KnownHostState { Ok, Changed, OtherType, Unknown, Error };
enum class UnknownKeyPolicy { Refuse, AcceptNew, Ask };
enum class HostKeyVerdict { Proceed, AskOperator, RecordAndProceed, Refuse };

// The decision, from the state and the policy; pure, so that it is tested on its own.
HostKeyVerdict decideHostKey(KnownHostState state, UnknownKeyPolicy policy);

// The name known_hosts uses for a host: "host" on port 22, "[host]:port" otherwise.
QString knownHostsName(const QString &host, int port);

// "SHA256:…" of a public key (empty on error).
QString sha256Fingerprint(ssh_key_struct *key);

struct KnownHostsLookup
{
    KnownHostState state = KnownHostState::Unknown;
    QStringList recordedFingerprints; // the keys known_hosts has for that host
};

// Reads knownHostsFile (one OpenSSH known_hosts file, hashed names included) and compares
// key with what it records for host/port. A missing file means Unknown.
KnownHostsLookup lookupKnownHosts(const QString &knownHostsFile, const QString &host, int port,
                                  ssh_key_struct *key);

// Appends "name keytype base64" to knownHostsFile (created when missing): how a key is
// recorded under a HostKeyAlias. False, with the reason, when it cannot be written.
bool appendKnownHost(const QString &knownHostsFile, const QString &name, ssh_key_struct *key,
                     QString *error);

} // namespace phw
