#include "sshsession.h"

#include "sshconfig.h"
#include "textutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace phw {

namespace {

constexpr int kReadSliceMs = 50;
constexpr qint64 kKeepaliveMs = 10000;

QString sshError(ssh_session s)
{
    return QString::fromUtf8(ssh_get_error(s));
}

void setTcpKeepalive(ssh_session s)
{
    const socket_t fd = ssh_get_fd(s);
    if (fd < 0)
        return;
    int on = 1, idle = 15, interval = 5, count = 3;
    unsigned int userTimeout = 45000;
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
}

KnownHostState mapState(ssh_known_hosts_e e)
{
    switch (e) {
    case SSH_KNOWN_HOSTS_OK:
        return KnownHostState::Ok;
    case SSH_KNOWN_HOSTS_CHANGED:
        return KnownHostState::Changed;
    case SSH_KNOWN_HOSTS_OTHER:
        return KnownHostState::OtherType;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        return KnownHostState::Unknown;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return KnownHostState::Error;
}

} // namespace

SshSession::SshSession(SecretProvider *secrets, HostKeyQuestion ask)
    : m_secrets(secrets)
    , m_ask(std::move(ask))
{
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::disconnect()
{
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    scrub(m_sshPassword);
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session);
}

ConnectResult SshSession::connect(const ConnectParams &p)
{
    disconnect();
    m_params = p;
    ConnectResult r;
    const QString configPath =
        p.sshConfigFile.isEmpty() ? SshConfig::defaultPath() : p.sshConfigFile;
    bool configOk = true;
    const SshConfig config = SshConfig::load(configPath, &configOk);
    if (!configOk) {
        r.message = tr("%1: cannot read the SSH configuration %2.").arg(p.name, configPath);
        r.hint = tr("Check that the file exists and can be read, or give another one with "
                    "--ssh-config.");
        return r;
    }
    if (!config.includeTooDeep().isEmpty()) {
        r.message = tr("%1: the SSH configuration %2 includes files more than 16 levels deep (%3: "
                       "an Include loop?); ssh refuses it too.")
                        .arg(p.name, configPath, config.includeTooDeep());
        r.hint = tr("Remove the Include loop from the SSH configuration.");
        return r;
    }
    SshTarget t = config.resolve(p.address, qEnvironmentVariable("USER"));
    if (!t.matchedHostBlock && !p.name.isEmpty() && p.name != p.address) {
        // No block for the address: the deployment's host name may be the alias the
        // configuration knows (Host web1 / HostName 10.0.0.11); the address stays.
        const SshTarget byName = config.resolve(p.name, qEnvironmentVariable("USER"));
        if (byName.matchedHostBlock) {
            t = byName;
            t.alias = p.address;
            t.hostName = p.address;
        }
    }
    const QString hostName = t.effectiveHostName();
    const int port = p.port > 0 ? p.port : (t.port > 0 ? t.port : 22);
    m_user = !p.user.isEmpty() ? p.user : (!t.user.isEmpty() ? t.user : u"root"_qs);
    QString knownHosts = p.knownHostsFile;
    if (knownHosts.isEmpty())
        knownHosts = t.userKnownHostsFiles.value(0, QDir::homePath() + u"/.ssh/known_hosts"_qs);
    m_params.knownHostsFile = knownHosts;
    m_identityFiles.clear();
    if (!p.keyFile.isEmpty())
        m_identityFiles.append(p.keyFile);
    m_identityFiles.append(t.identityFiles);
    m_identityFiles.removeDuplicates();
    if (m_identityFiles.isEmpty() || !t.identitiesOnly) {
        for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
            const QString f = QDir::homePath() + u"/.ssh/"_qs + QString::fromLatin1(name);
            if (!m_identityFiles.contains(f))
                m_identityFiles.append(f);
        }
    }

    m_session = ssh_new();
    if (!m_session) {
        r.message = tr("%1: cannot create an SSH session.").arg(p.name);
        r.hint = tr("Check that this machine has free memory, then try again.");
        return r;
    }
    const QByteArray host = hostName.toUtf8();
    const QByteArray user = m_user.toUtf8();
    const QByteArray known = knownHosts.toUtf8();
    const unsigned int uport = static_cast<unsigned int>(port);
    const long timeout = p.connectTimeoutSeconds > 0 ? p.connectTimeoutSeconds : 15;
    const int yes = 1, no = 0;
    const bool optionsOk =
        ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData()) == SSH_OK &&
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &uport) == SSH_OK &&
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData()) == SSH_OK &&
        ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &yes) == SSH_OK &&
        ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no) == SSH_OK &&
        ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout) == SSH_OK &&
        ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, known.constData()) == SSH_OK &&
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null") == SSH_OK;
    if (!optionsOk) {
        r.message = tr("%1: invalid SSH option: %2.").arg(p.name, sshError(m_session));
        r.hint = tr("Check the host's address, port and user in the deployment.");
        disconnect();
        return r;
    }
    if (ssh_connect(m_session) != SSH_OK) {
        r.status = ConnectResult::Status::Unreachable;
        describeConnectFailure(r, p.name, hostName, port, int(timeout), sshError(m_session));
        disconnect();
        return r;
    }
    setTcpKeepalive(m_session);

    // Host key, before any authentication.
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) != SSH_OK) {
        r.message = tr("%1: the server did not show its host key.").arg(p.name);
        r.hint = tr("Check that the address and port are those of an SSH server, then try again.");
        disconnect();
        return r;
    }
    r.fingerprint = sha256Fingerprint(serverKey);
    // With HostKeyAlias, known_hosts records the key under the alias (as ssh(1) does);
    // otherwise under the host name and port, which libssh looks up itself.
    const QString keyAlias = t.hostKeyAlias;
    const QString keyName = keyAlias.isEmpty() ? hostName : keyAlias;
    const int keyPort = keyAlias.isEmpty() ? port : 22; // an alias stands without its port
    const KnownHostsLookup onFile = lookupKnownHosts(knownHosts, keyName, keyPort, serverKey);
    const KnownHostState state =
        keyAlias.isEmpty() ? mapState(ssh_session_is_known_server(m_session)) : onFile.state;
    if (state == KnownHostState::Changed || state == KnownHostState::OtherType)
        r.knownFingerprints = onFile.recordedFingerprints;
    const QString khName = knownHostsName(keyName, keyPort);
    const auto record = [&]() {
        QDir().mkpath(QFileInfo(knownHosts).absolutePath());
        QString why;
        const bool ok = keyAlias.isEmpty() ? ssh_session_update_known_hosts(m_session) == SSH_OK
                                           : appendKnownHost(knownHosts, keyAlias, serverKey, &why);
        if (!ok) {
            r.message = tr("%1: cannot record the host key in %2.").arg(p.name, knownHosts);
            r.hint = tr("Check that %1 and its folder can be written by you.").arg(knownHosts);
        }
        return ok;
    };
    const HostKeyVerdict verdict = decideHostKey(state, p.unknownKeys);
    const bool recorded =
        verdict == HostKeyVerdict::RecordAndProceed ||
        (verdict == HostKeyVerdict::AskOperator && m_ask && m_ask(p.name, r.fingerprint));
    const bool recordFailed = recorded && !record();
    ssh_key_free(serverKey);
    if (recordFailed) {
        disconnect();
        return r;
    }
    if (!recorded && verdict != HostKeyVerdict::Proceed) {
        if (state == KnownHostState::Unknown) {
            r.status = ConnectResult::Status::HostKeyUnknown;
            r.message = tr("%1: the host key of %2 is unknown (%3 in %4).")
                            .arg(p.name, khName, r.fingerprint, knownHosts);
            r.hint = tr("Compare this fingerprint with the one the host shows (ssh-keygen -lf "
                        "/etc/ssh/ssh_host_ed25519_key.pub, on the host), then accept it "
                        "(--accept-new-host-keys headless).");
        } else if (state == KnownHostState::Error) {
            r.status = ConnectResult::Status::HostKeyChanged;
            r.message = tr("%1: cannot read the known hosts file %2.").arg(p.name, knownHosts);
            r.hint = tr("Check that %1 can be read, or give another file with --known-hosts.")
                         .arg(knownHosts);
        } else {
            r.status = ConnectResult::Status::HostKeyChanged;
            r.message =
                tr("%1: the host key of %2 has CHANGED%3: the server now shows %4, %5 records %6. "
                   "Nothing was sent.")
                    .arg(p.name, khName,
                         state == KnownHostState::OtherType ? tr(" (a key of another type)")
                                                            : QString(),
                         r.fingerprint, knownHosts, r.knownFingerprints.join(u", "_qs));
            r.hint = tr("If the host was reinstalled, check the new fingerprint with its "
                        "administrator and remove the old line (ssh-keygen -R %1 -f %2); "
                        "otherwise, someone may be between you and the host: do not go on.")
                         .arg(khName, knownHosts);
        }
        disconnect();
        return r;
    }

    QString why;
    if (!authenticate(why)) {
        r.status = ConnectResult::Status::AuthFailed;
        r.message = tr("%1: authentication of %2 failed (%3).").arg(p.name, m_user, why);
        r.hint = tr("Load the key in ssh-agent, choose the host's key file, or give the SSH "
                    "password (in the wizard, or %1).")
                     .arg(EnvironmentSecrets::hostVariable(u"PUBLIK_SSH_PASSWORD"_qs, p.name));
        disconnect();
        return r;
    }

    // Root, or sudo that works.
    m_sudoWithoutPassword = false;
    if (m_user != u"root") {
        if (!p.sudo) {
            r.status = ConnectResult::Status::NoRoot;
            r.message = tr("%1: %2 is not root and sudo is off for this host.").arg(p.name, m_user);
            r.hint = tr("Turn sudo on for this host, or connect as root.");
            disconnect();
            return r;
        }
        const ExecResult n = execRaw(u"sudo -n true"_qs, {}, {}, 15000, {}, nullptr, {});
        m_sudoWithoutPassword = n.succeeded();
    }
    QString uid;
    const ExecResult id = exec({u"id -u"_qs, {}, 15000, true}, [&uid](const OutputLine &l) {
        if (l.kind == OutputKind::Stdout)
            uid += l.text;
    });
    if (!id.succeeded() || uid.trimmed() != u"0") {
        r.status = ConnectResult::Status::NoRoot;
        r.message = tr("%1: cannot become root (%2)%3.")
                        .arg(p.name, describeExec(id),
                             id.lastStderr.isEmpty() ? QString()
                                                     : u": "_qs + id.lastStderr.join(u" / "_qs));
        r.hint =
            tr("Check the sudo rights of %1 on the host (sudo -l) and its sudo password "
               "(in the wizard, or %2).")
                .arg(m_user, EnvironmentSecrets::hostVariable(u"PUBLIK_SUDO_PASSWORD"_qs, p.name));
        disconnect();
        return r;
    }
    r.status = ConnectResult::Status::Connected;
    return r;
}

bool SshSession::tryKeyFile(const QString &file, QString &why)
{
    if (!QFileInfo::exists(file))
        return false;
    const QByteArray path = QFile::encodeName(file);
    ssh_key key = nullptr;
    int rc = ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &key);
    if (rc != SSH_OK) {
        std::optional<QByteArray> passphrase =
            m_secrets ? m_secrets->secret({SecretKind::KeyPassphrase, m_params.name, file})
                      : std::nullopt;
        if (!passphrase) {
            why += tr("%1: passphrase needed; ").arg(file);
            return false;
        }
        rc = ssh_pki_import_privkey_file(path.constData(), passphrase->constData(), nullptr,
                                         nullptr, &key);
        scrub(*passphrase);
        if (rc != SSH_OK) {
            why += tr("%1: cannot read the key (wrong passphrase?); ").arg(file);
            return false;
        }
    }
    rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    why += tr("%1: key refused; ").arg(file);
    return false;
}

bool SshSession::authenticate(QString &why)
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR) {
        why = sshError(m_session);
        return false;
    }
    const int methods = ssh_userauth_list(m_session, nullptr);
    // 1. ssh-agent
    if ((methods & SSH_AUTH_METHOD_PUBLICKEY) && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS)
            return true;
        why += tr("ssh-agent: no key accepted; ");
    }
    // 2. key files
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        for (const QString &f : std::as_const(m_identityFiles)) {
            if (tryKeyFile(f, why))
                return true;
            if (!ssh_is_connected(m_session)) {
                why += sshError(m_session);
                return false;
            }
        }
    }
    // 3. password
    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        std::optional<QByteArray> password =
            m_secrets ? m_secrets->secret({SecretKind::SshPassword, m_params.name, {}})
                      : std::nullopt;
        if (password) {
            rc = ssh_userauth_password(m_session, nullptr, password->constData());
            if (rc == SSH_AUTH_SUCCESS) {
                m_sshPassword = *password;
                scrub(*password);
                return true;
            }
            scrub(*password);
            why += tr("password refused; ");
        } else {
            why += tr("no password given; ");
        }
    }
    if (why.endsWith(u"; "))
        why.chop(2);
    if (why.isEmpty())
        why = tr("no method the server accepts");
    return false;
}

QString SshSession::wrapCommand(const ExecRequest &request) const
{
    if (request.asRoot && usesSudo()) {
        if (m_sudoWithoutPassword)
            return u"sudo -n env LC_ALL=C "_qs + request.command;
        // -k: always ask, so that the password line is always read by sudo and never by sh.
        return u"sudo -S -k -p '' env LC_ALL=C "_qs + request.command;
    }
    return u"env LC_ALL=C "_qs + request.command;
}

ExecResult SshSession::exec(const ExecRequest &request,
                            const std::function<void(const OutputLine &)> &onLine,
                            const std::atomic<bool> *cancel, const std::function<void()> &onPoll)
{
    QByteArray prefix;
    if (request.asRoot && usesSudo() && !m_sudoWithoutPassword) {
        std::optional<QByteArray> pw =
            m_secrets ? m_secrets->secret({SecretKind::SudoPassword, m_params.name, {}})
                      : std::nullopt;
        if (!pw && !m_sshPassword.isEmpty())
            pw = m_sshPassword;
        if (!pw) {
            ExecResult r;
            r.status = ExecResult::Status::Failed;
            r.error =
                tr("%1: sudo needs the password of %2: none was given.").arg(m_params.name, m_user);
            return r;
        }
        prefix = *pw + '\n';
        scrub(*pw);
    }
    ExecResult r = execRaw(wrapCommand(request), prefix, request.input, request.timeoutMs, onLine,
                           cancel, onPoll);
    scrub(prefix);
    return r;
}

ExecResult SshSession::execRaw(const QString &command, const QByteArray &prefix,
                               const QByteArray &input, int timeoutMs,
                               const std::function<void(const OutputLine &)> &onLine,
                               const std::atomic<bool> *cancel, const std::function<void()> &onPoll)
{
    ExecResult r;
    QElapsedTimer clock;
    clock.start();
    if (!isConnected()) {
        r.status = ExecResult::Status::LinkDropped;
        r.error = tr("%1: the SSH link is down.").arg(m_params.name);
        return r;
    }
    ssh_channel ch = ssh_channel_new(m_session);
    if (!ch || ssh_channel_open_session(ch) != SSH_OK) {
        const bool up = ssh_is_connected(m_session);
        r.status = up ? ExecResult::Status::Failed : ExecResult::Status::LinkDropped;
        r.error =
            up ? tr("%1: cannot open an SSH channel: %2.").arg(m_params.name, sshError(m_session))
               : tr("%1: the SSH link dropped (%2).").arg(m_params.name, sshError(m_session));
        if (ch)
            ssh_channel_free(ch);
        return r;
    }
    const QByteArray cmd = command.toUtf8();
    if (ssh_channel_request_exec(ch, cmd.constData()) != SSH_OK) {
        const bool up = ssh_is_connected(m_session);
        r.status = up ? ExecResult::Status::Failed : ExecResult::Status::LinkDropped;
        r.error =
            up ? tr("%1: cannot start the command: %2.").arg(m_params.name, sshError(m_session))
               : tr("%1: the SSH link dropped (%2).").arg(m_params.name, sshError(m_session));
        ssh_channel_free(ch);
        return r;
    }
    auto writeAll = [&](const QByteArray &data) {
        qsizetype done = 0;
        while (done < data.size()) {
            const qsizetype chunk = qMin<qsizetype>(data.size() - done, 32768);
            const int n =
                ssh_channel_write(ch, data.constData() + done, static_cast<uint32_t>(chunk));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    };
    bool writeOk = writeAll(prefix) && writeAll(input);
    if (writeOk)
        ssh_channel_send_eof(ch);

    LineSplitter out, err;
    auto deliver = [&](const QList<SplitLine> &lines, OutputKind kind) {
        for (const SplitLine &l : lines) {
            if (kind == OutputKind::Stderr && !l.progress) {
                r.lastStderr.append(l.text);
                if (r.lastStderr.size() > kStderrKept)
                    r.lastStderr.removeFirst();
            }
            if (onLine)
                onLine({kind, l.text, l.progress});
        }
    };
    char buf[16384];
    bool readError = false;
    qint64 lastTraffic = clock.elapsed();
    for (;;) {
        if (onPoll)
            onPoll();
        if (cancel && cancel->load()) {
            r.status = ExecResult::Status::Cancelled;
            r.error = tr("%1: stopped.").arg(m_params.name);
            break;
        }
        if (timeoutMs > 0 && clock.elapsed() > timeoutMs) {
            r.status = ExecResult::Status::TimedOut;
            r.error = tr("%1: the command did not finish within %2 s.")
                          .arg(m_params.name)
                          .arg(timeoutMs / 1000);
            break;
        }
        const int e = ssh_channel_read_nonblocking(ch, buf, sizeof buf, 1);
        if (e > 0)
            deliver(err.feed(QByteArrayView(buf, e)), OutputKind::Stderr);
        const int o = ssh_channel_read_timeout(ch, buf, sizeof buf, 0, e > 0 ? 0 : kReadSliceMs);
        if (o > 0)
            deliver(out.feed(QByteArrayView(buf, o)), OutputKind::Stdout);
        if (o == SSH_ERROR || e == SSH_ERROR) {
            readError = true;
            break;
        }
        if (o > 0 || e > 0) {
            lastTraffic = clock.elapsed();
            continue;
        }
        if (ssh_channel_is_eof(ch) || ssh_channel_is_closed(ch)) {
            // Drain what is left of stderr, then stop.
            int rest;
            while ((rest = ssh_channel_read_nonblocking(ch, buf, sizeof buf, 1)) > 0)
                deliver(err.feed(QByteArrayView(buf, rest)), OutputKind::Stderr);
            break;
        }
        if (!ssh_is_connected(m_session)) {
            readError = true;
            break;
        }
        if (clock.elapsed() - lastTraffic > kKeepaliveMs) {
            ssh_send_ignore(m_session, "phw-keepalive");
            lastTraffic = clock.elapsed();
        }
    }
    deliver(out.finish(), OutputKind::Stdout);
    deliver(err.finish(), OutputKind::Stderr);

    if (r.status == ExecResult::Status::Cancelled || r.status == ExecResult::Status::TimedOut) {
        ssh_channel_close(ch);
        ssh_channel_free(ch);
        r.elapsedMs = clock.elapsed();
        return r;
    }
    const bool connected = ssh_is_connected(m_session);
    const int code = connected ? ssh_channel_get_exit_status(ch) : -1;
    if (code >= 0) {
        r.status = ExecResult::Status::Exited;
        r.exitCode = code;
    } else if (!connected || readError || !ssh_is_connected(m_session)) {
        r.status = ExecResult::Status::LinkDropped;
        r.error = tr("%1: the SSH link dropped during the command (%2): the command's outcome on "
                     "the host is "
                     "unknown; the host's journal tells what was done.")
                      .arg(m_params.name, sshError(m_session));
    } else if (!writeOk) {
        r.status = ExecResult::Status::Failed;
        r.error = tr("%1: the command's input could not be sent: %2.")
                      .arg(m_params.name, sshError(m_session));
    } else {
        r.status = ExecResult::Status::NoExitStatus;
        r.error = tr("%1: the command ended without an exit status (killed by a signal?).")
                      .arg(m_params.name);
    }
    if (connected)
        ssh_channel_close(ch);
    ssh_channel_free(ch);
    r.elapsedMs = clock.elapsed();
    return r;
}

ConnectFailure classifyConnectError(const QString &libsshText)
{
    // libssh 0.10: "Failed to resolve hostname NAME (gai text)", "Timeout connecting to NAME",
    // otherwise strerror(errno) of the connect(), English or the C library's language.
    const QString t = libsshText.toLower();
    const auto any = [&t](std::initializer_list<const char16_t *> words) {
        for (const char16_t *w : words) {
            if (t.contains(QStringView(w)))
                return true;
        }
        return false;
    };
    if (any({u"resolve hostname", u"name or service not known", u"name resolution",
             u"nodename nor servname"}))
        return ConnectFailure::Resolve;
    if (any({u"connection refused", u"connexion refus"}))
        return ConnectFailure::Refused;
    if (any({u"timeout", u"timed out", u"délai"}))
        return ConnectFailure::Timeout;
    if (any({u"no route to host", u"network is unreachable", u"aucun chemin",
             u"réseau n'est pas accessible"}))
        return ConnectFailure::NoRoute;
    return ConnectFailure::Other;
}

void describeConnectFailure(ConnectResult &r, const QString &host, const QString &address, int port,
                            int timeoutSeconds, const QString &libsshText)
{
    switch (classifyConnectError(libsshText)) {
    case ConnectFailure::Resolve:
        r.message =
            SshSession::tr("%1: the name %2 does not resolve (no DNS record).").arg(host, address);
        r.hint = SshSession::tr("Check the host's address in the deployment, or add the name to "
                                "the DNS or to /etc/hosts of this machine.");
        break;
    case ConnectFailure::Refused:
        r.message = SshSession::tr("%1: %2 refuses connections on port %3: no SSH server listens "
                                   "there.")
                        .arg(host, address)
                        .arg(port);
        r.hint = SshSession::tr("Check the port in the deployment and that sshd runs on the host "
                                "(systemctl status ssh).");
        break;
    case ConnectFailure::Timeout:
        r.message = SshSession::tr("%1: %2 does not answer on port %3 (waited %4 s).")
                        .arg(host, address)
                        .arg(port)
                        .arg(timeoutSeconds);
        r.hint = SshSession::tr("Check that the host is up, its address, and that no firewall "
                                "drops port %1 between this machine and the host.")
                     .arg(port);
        break;
    case ConnectFailure::NoRoute:
        r.message = SshSession::tr("%1: no network route to %2.").arg(host, address);
        r.hint = SshSession::tr("Check the address and this machine's network towards the host "
                                "(VPN, routes).");
        break;
    case ConnectFailure::Other:
        r.message = SshSession::tr("%1: cannot connect to %2 port %3 (libssh: %4).")
                        .arg(host, address)
                        .arg(port)
                        .arg(libsshText);
        r.hint = SshSession::tr("Check the address, the port and that sshd runs on the host.");
        break;
    }
}

QString describeExec(const ExecResult &r)
{
    switch (r.status) {
    case ExecResult::Status::Exited:
        return SshSession::tr("exit status %1").arg(r.exitCode);
    case ExecResult::Status::LinkDropped:
        return SshSession::tr("SSH link dropped");
    case ExecResult::Status::TimedOut:
        return SshSession::tr("timed out");
    case ExecResult::Status::Cancelled:
        return SshSession::tr("stopped");
    case ExecResult::Status::NoExitStatus:
        return SshSession::tr("no exit status");
    case ExecResult::Status::Failed:
        break;
    }
    return r.error.isEmpty() ? SshSession::tr("failed") : r.error;
}

} // namespace phw
