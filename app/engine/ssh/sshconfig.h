// The subset of the OpenSSH client configuration the runner honours: Host blocks (patterns
// with * and ?, negation with !), HostName, Port, User, IdentityFile, IdentitiesOnly,
// UserKnownHostsFile, HostKeyAlias, ConnectTimeout. As in ssh(1), the first value obtained
// for a keyword wins (IdentityFile accumulates). Match blocks are skipped, except
// "Match all". Include is followed as ssh(1) does: files read in place, relative paths
// under ~/.ssh, wildcards expanded and sorted, everything an included file says applying
// only where the block holding the Include applies; deeper than 16 levels, the
// configuration is refused (includeTooDeep()).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace phw {

struct SshTarget
{
    QString alias;    // the name asked for
    QString hostName; // empty: the alias
    int port = 0;     // 0: not set
    QString user;
    QStringList identityFiles;
    bool identitiesOnly = false;
    QStringList userKnownHostsFiles;
    QString hostKeyAlias;
    int connectTimeout = 0;        // seconds, 0: not set
    bool matchedHostBlock = false; // a Host block other than "Host *" matched

    QString effectiveHostName() const { return hostName.isEmpty() ? alias : hostName; }
};

class SshConfig
{
public:
    // Parses config text; lines it does not understand are ignored, as ssh(1) would
    // reject them loudly but the runner only needs the subset above.
    // includeDir: where relative Include paths are (empty: ~/.ssh).
    static SshConfig parse(const QString &text, const QString &includeDir = {});
    // Reads path; a missing file is an empty configuration. ok is false when the file
    // exists but cannot be read.
    static SshConfig load(const QString &path, bool *ok = nullptr);
    // ~/.ssh/config
    static QString defaultPath();

    SshTarget resolve(const QString &alias, const QString &localUser = {}) const;
    bool isEmpty() const { return m_blocks.isEmpty(); }
    // The file whose Include went deeper than 16 levels (a loop, say), or empty. Like ssh(1),
    // the caller refuses such a configuration.
    const QString &includeTooDeep() const { return m_includeTooDeep; }

private:
    struct Condition
    {
        QStringList patterns; // empty: every host
        bool never = false;   // a Match block we do not evaluate
        bool matches(const QString &host) const;
    };
    struct Block
    {
        QStringList patterns;    // empty: applies to every host (before the first Host)
        bool never = false;      // a Match block we do not evaluate
        QList<Condition> within; // the blocks holding the Include that read this one
        QList<std::pair<QString, QStringList>> options; // keyword (lower case), arguments
    };
    void parseInto(const QString &text, const QString &includeDir, int depth);
    void include(const QStringList &paths, const QString &includeDir, int depth);

    QList<Block> m_blocks;
    QList<Condition> m_within; // while an included file is read: where it applies
    QString m_includeTooDeep;
};

// The files a path pattern (glob(3) wildcards *, ? and [...] in any component) names, in
// name order; a pattern without wildcards gives itself when it exists.
QStringList globFiles(const QString &pattern);

// OpenSSH pattern matching: '*' any run, '?' one character, case-insensitive.
bool sshWildcardMatch(const QString &pattern, const QString &value);
// A Host line's pattern list against a host: one positive match and no negated match.
bool sshHostMatches(const QStringList &patterns, const QString &host);
// Splits an OpenSSH config line into words ("quoted words" kept whole).
QStringList sshConfigWords(const QString &line);

} // namespace phw
