// One libssh session to one host. Not thread-safe: it belongs to one thread at a time (the
// host's worker, see hostworker.h). Every call blocks that thread, never the caller's.
#pragma once

#include "hostkey.h"
#include "linesplitter.h"
#include "secrets.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

struct ssh_session_struct;

namespace phw {

struct ConnectParams
{
    QString name;    // the deployment's host name (messages, secrets)
    QString address; // what ssh would be given: looked up in the SSH configuration
    int port = 0;    // 0: from the configuration, else 22
    QString user;    // empty: from the configuration, else root
    bool sudo = false;
    QString keyFile;       // tried before the configuration's IdentityFile
    QString sshConfigFile; // empty: ~/.ssh/config
    QString
        knownHostsFile; // empty: the configuration's UserKnownHostsFile, else ~/.ssh/known_hosts
    UnknownKeyPolicy unknownKeys = UnknownKeyPolicy::Refuse;
    int connectTimeoutSeconds = 15;
};

enum class OutputKind { Stdout, Stderr, Info, Error };

struct OutputLine
{
    OutputKind kind = OutputKind::Stdout;
    QString text;
    bool progress = false;
};

struct ConnectResult
{
    enum class Status {
        Connected,
        Unreachable,
        HostKeyUnknown,
        HostKeyChanged,
        AuthFailed,
        NoRoot
    };
    Status status = Status::Unreachable;
    QString message;               // translated, names the host: what happened
    QString hint;                  // translated: what to do (empty when connected)
    QString fingerprint;           // the server's key, SHA256
    QStringList knownFingerprints; // what known_hosts records for that host
    bool ok() const { return status == Status::Connected; }
    // The message and what to do, in one text (logs, apply's and status's output).
    QString text() const { return hint.isEmpty() ? message : message + u' ' + hint; }
};

// Why ssh_connect() failed, told from libssh's text (English; its errno part may be
// localised by the C library): the operator reads the finding in the wizard's language.
enum class ConnectFailure { Resolve, Refused, Timeout, NoRoute, Other };
ConnectFailure classifyConnectError(const QString &libsshText);
// The finding for a failed ssh_connect(): a message and what to do, both translated; libssh's
// own text only when it could not be classified.
void describeConnectFailure(ConnectResult &r, const QString &host, const QString &address, int port,
                            int timeoutSeconds, const QString &libsshText);

struct ExecRequest
{
    QString command;     // remote command, e.g. "sh -s -- --step=accounts.hobo"
    QByteArray input;    // sent on stdin, then end of file
    int timeoutMs = 0;   // 0: none
    bool asRoot = false; // through sudo when the host's user is not root
};

struct ExecResult
{
    enum class Status { Exited, Failed, LinkDropped, TimedOut, Cancelled, NoExitStatus };
    Status status = Status::Failed;
    int exitCode = -1;
    QStringList lastStderr; // last lines of stderr
    QString error;          // translated, when status is not Exited
    qint64 elapsedMs = 0;
    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
};

class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)

public:
    // Asked (in this session's thread) when the policy is Ask and the key is unknown.
    using HostKeyQuestion = std::function<bool(const QString &host, const QString &fingerprint)>;

    explicit SshSession(SecretProvider *secrets, HostKeyQuestion ask = {});
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    ConnectResult connect(const ConnectParams &params);
    void disconnect();
    bool isConnected() const;

    // Runs one command; each complete line reaches onLine as it arrives. cancel may be set
    // from any thread. onPoll, if given, is called on each pass of the read loop (at least
    // every 50 ms while the command runs).
    ExecResult exec(const ExecRequest &request,
                    const std::function<void(const OutputLine &)> &onLine,
                    const std::atomic<bool> *cancel = nullptr,
                    const std::function<void()> &onPoll = {});

    // The command line actually sent for a request (sudo, LC_ALL=C): no secret in it.
    QString wrapCommand(const ExecRequest &request) const;
    const ConnectParams &params() const { return m_params; }
    bool usesSudo() const { return m_params.sudo && m_user != u"root"; }

    static constexpr int kStderrKept = 20;

private:
    bool authenticate(QString &why);
    bool tryKeyFile(const QString &file, QString &why);
    ExecResult execRaw(const QString &command, const QByteArray &prefix, const QByteArray &input,
                       int timeoutMs, const std::function<void(const OutputLine &)> &onLine,
                       const std::atomic<bool> *cancel, const std::function<void()> &onPoll);

    SecretProvider *m_secrets;
    HostKeyQuestion m_ask;
    ssh_session_struct *m_session = nullptr;
    ConnectParams m_params;
    QString m_user;
    QStringList m_identityFiles;
    bool m_sudoWithoutPassword = false;
    QByteArray m_sshPassword; // kept when password authentication worked, for sudo
};

QString describeExec(const ExecResult &result);

} // namespace phw
