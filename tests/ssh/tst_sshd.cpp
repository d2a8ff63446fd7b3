// Against a real sshd: the test starts /usr/sbin/sshd on 127.0.0.1 (a free port, a
// temporary host key, a temporary authorized key; root needed) and checks exec (stdin,
// exit status, stderr lines, progress), host-key refusals before authentication, a
// dropped link told from a failed command, secrets on stdin only, the deployment lock,
// sudo (when sudo is installed), and the preflight's database credentials against a
// throwaway PostgreSQL (when PostgreSQL 15 is installed).
#include "hostworker.h"
#include "preflight.h"
#include "runner.h"
#include "sshsession.h"

#include "deployment.h"
#include "textutil.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace phw;

namespace {

bool runTool(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return false;
    if (output)
        *output = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

class FixedSecrets : public SecretProvider
{
public:
    QMap<QString, QByteArray> values;
    std::optional<QByteArray> secret(const SecretRequest &r) override
    {
        const QString key = r.kind == SecretKind::DatabasePassword ? r.name
                            : r.kind == SecretKind::SudoPassword   ? u"sudo"_qs
                            : r.kind == SecretKind::SshPassword    ? u"ssh"_qs
                                                                   : u"passphrase"_qs;
        if (!values.contains(key))
            return std::nullopt;
        return values.value(key);
    }
};

} // namespace

class TestSshd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void execStdinExitStderr();
    void configIncludeGivesTheHost();
    void hostKeyAliasIsHonoured();
    void secretsOnStdinOnly();
    void changedHostKeyRefusedBeforeAuth();
    void unknownHostKeyRefusedHeadless();
    void workerReportsDroppedLink();
    void lockRefusesSecondRun();
    void sudoWithPasswordOnStdin();
    void preflightDatabaseCredentials();

private:
    ConnectParams params(const QString &knownHosts = {}) const;
    bool localDeployment(const QString &prefix, const QString &share, Deployment &d) const;
    bool writeHostBlock(const QString &file, const QString &alias, const QByteArray &extra) const;
    void writeKnownHosts(const QString &file, const QString &pubFile);

    QTemporaryDir m_dir;
    QProcess m_sshd;
    int m_port = 0;
    QString m_testUser;
};

ConnectParams TestSshd::params(const QString &knownHosts) const
{
    ConnectParams p;
    p.name = u"local"_qs;
    p.address = u"127.0.0.1"_qs;
    p.port = m_port;
    p.user = u"root"_qs;
    p.keyFile = m_dir.filePath(u"client"_qs);
    p.sshConfigFile = m_dir.filePath(u"ssh_config"_qs); // empty file: nothing from ~/.ssh
    p.knownHostsFile = knownHosts.isEmpty() ? m_dir.filePath(u"known_hosts"_qs) : knownHosts;
    return p;
}

void TestSshd::writeKnownHosts(const QString &file, const QString &pubFile)
{
    QFile pub(pubFile);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(knownHostsName(u"127.0.0.1"_qs, m_port).toUtf8() + ' ' + parts.value(0) + ' ' +
            parts.value(1) + '\n');
}

void TestSshd::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to start sshd (run the suite as root)");
    if (!QFile::exists(u"/usr/sbin/sshd"_qs))
        QSKIP("needs /usr/sbin/sshd (apt-get install openssh-server)");
    QVERIFY(m_dir.isValid());
    for (const QString &key : {u"host"_qs, u"host2"_qs, u"client"_qs})
        QVERIFY(runTool(u"ssh-keygen"_qs, {u"-q"_qs, u"-t"_qs, u"ed25519"_qs, u"-N"_qs, QString(),
                                           u"-f"_qs, m_dir.filePath(key)}));
    QVERIFY(QFile::copy(m_dir.filePath(u"client.pub"_qs), m_dir.filePath(u"authorized_keys"_qs)));
    QFile(m_dir.filePath(u"ssh_config"_qs)).open(QIODevice::WriteOnly);
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
    }
    QFile cfg(m_dir.filePath(u"sshd_config"_qs));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    cfg.write(
        QStringLiteral(
            "ListenAddress 127.0.0.1\nPort %1\nHostKey %2\nPidFile none\nAuthorizedKeysFile %3\n"
            "StrictModes no\nPermitRootLogin prohibit-password\nPasswordAuthentication yes\n"
            "KbdInteractiveAuthentication no\nUsePAM no\nLogLevel VERBOSE\n")
            .arg(m_port)
            .arg(m_dir.filePath(u"host"_qs), m_dir.filePath(u"authorized_keys"_qs))
            .toUtf8());
    cfg.close();
    QDir().mkpath(u"/run/sshd"_qs);
    m_sshd.setProcessChannelMode(QProcess::SeparateChannels);
    m_sshd.start(u"/usr/sbin/sshd"_qs, {u"-D"_qs, u"-e"_qs, u"-f"_qs, cfg.fileName()});
    QVERIFY(m_sshd.waitForStarted());
    // Bounded polling for the port: the banner says sshd is ready.
    const bool ready = QTest::qWaitFor(
        [this] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
            return s.waitForConnected(200) && s.waitForReadyRead(500) &&
                   s.readAll().startsWith("SSH-2.0");
        },
        10000);
    QVERIFY2(ready, m_sshd.readAllStandardError().constData());
    writeKnownHosts(m_dir.filePath(u"known_hosts"_qs), m_dir.filePath(u"host.pub"_qs));
}

void TestSshd::cleanupTestCase()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        m_sshd.waitForFinished(5000);
    }
    if (!m_testUser.isEmpty()) {
        runTool(u"userdel"_qs, {u"-r"_qs, m_testUser});
        QFile::remove(u"/etc/sudoers.d/"_qs + m_testUser);
    }
}

void TestSshd::execStdinExitStderr()
{
    EnvironmentSecrets secrets;
    SshSession s(&secrets);
    const ConnectResult c = s.connect(params());
    QVERIFY2(c.ok(), qPrintable(c.message));
    QList<OutputLine> lines;
    const QByteArray script = "printf 'args:%s,%s\\n' \"$1\" \"$2\"\n"
                              "echo \"lang:$LC_ALL\"\n"
                              "echo oops >&2; echo second-error >&2\n"
                              "printf '10%%\\r100%%\\n'\n"
                              "printf 'no newline'\n"
                              "exit 3\n";
    const ExecResult r = s.exec({u"sh -s -- 'a b' c"_qs, script + "", 10000, true},
                                [&](const OutputLine &l) { lines.append(l); });
    QCOMPARE(int(r.status), int(ExecResult::Status::Exited));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.lastStderr, (QStringList{u"oops"_qs, u"second-error"_qs}));
    QStringList out;
    for (const OutputLine &l : lines) {
        if (l.kind == OutputKind::Stdout)
            out.append((l.progress ? u"~"_qs : QString()) + l.text);
    }
    QCOMPARE(out, (QStringList{u"args:a b,c"_qs, u"lang:C"_qs, u"~10%"_qs, u"100%"_qs,
                               u"no newline"_qs}));

    // A large input and a large output go through.
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += "line " + QByteArray::number(i) + '\n';
    int count = 0;
    const ExecResult r2 = s.exec({u"cat"_qs, big, 30000, false}, [&](const OutputLine &l) {
        if (l.kind == OutputKind::Stdout)
            ++count;
    });
    QVERIFY(r2.succeeded());
    QCOMPARE(count, 20000);
}

bool TestSshd::localDeployment(const QString &prefix, const QString &share, Deployment &d) const
{
    // The seed deployment reduced to one host, this test's sshd, with its share in share.
    const LoadResult loaded =
        loadDeploymentFile(QStringLiteral(PHW_SOURCE_DIR) + u"/examples/seed.json"_qs);
    if (!loaded.ok())
        return false;
    d = loaded.deployment;
    d.name = prefix + QString::number(::getpid());
    d.nfs.mount = share;
    d.nfs.publikDir = share + u"/publik"_qs;
    Host h = d.hosts.first();
    h.address = u"127.0.0.1"_qs;
    h.port = m_port;
    h.auth = AuthMethod::Key;
    h.keyFile = m_dir.filePath(u"client"_qs);
    d.hosts = {h};
    return true;
}

bool TestSshd::writeHostBlock(const QString &file, const QString &alias,
                              const QByteArray &extra) const
{
    // An ssh_config Host block that reaches this test's sshd as root with the client key.
    QFile f(QDir(m_dir.path()).absoluteFilePath(file));
    const QByteArray text = QStringLiteral("Host %1\n  HostName 127.0.0.1\n  Port %2\n  User root\n"
                                           "  IdentityFile %3\n  ")
                                .arg(alias)
                                .arg(m_port)
                                .arg(m_dir.filePath(u"client"_qs))
                                .toUtf8() +
                            extra + '\n';
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

void TestSshd::configIncludeGivesTheHost()
{
    // The alias, its address, port, user and key come from a file the configuration
    // includes, as an operator's ~/.ssh/config with "Include config.d/*" has them.
    QVERIFY(QDir(m_dir.path()).mkpath(u"config.d"_qs));
    QVERIFY(writeHostBlock(u"config.d/lab.conf"_qs, u"phw-included"_qs, "IdentitiesOnly yes"));
    QFile main(m_dir.filePath(u"ssh_config_include"_qs));
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.write("Include " + m_dir.filePath(u"config.d"_qs).toUtf8() + "/*.conf\n");
    main.close();

    ConnectParams p;
    p.name = u"phw-included"_qs;
    p.address = u"phw-included"_qs;
    p.sshConfigFile = main.fileName();
    p.knownHostsFile = m_dir.filePath(u"known_hosts"_qs);
    EnvironmentSecrets secrets;
    SshSession s(&secrets);
    const ConnectResult c = s.connect(p);
    QVERIFY2(c.ok(), qPrintable(c.message));
    QStringList out;
    const ExecResult r = s.exec({u"id -un"_qs, {}, 10000, false}, [&](const OutputLine &l) {
        if (l.kind == OutputKind::Stdout)
            out.append(l.text);
    });
    QVERIFY(r.succeeded());
    QCOMPARE(out, QStringList{u"root"_qs});

    // An Include loop: the configuration is refused before any connection, as ssh does.
    QFile loop(m_dir.filePath(u"config.d/loop.conf"_qs));
    QVERIFY(loop.open(QIODevice::WriteOnly));
    loop.write("Include " + loop.fileName().toUtf8() + '\n');
    loop.close();
    SshSession refused(&secrets);
    const ConnectResult looped = refused.connect(p);
    QVERIFY(!looped.ok());
    QVERIFY2(looped.message.contains(loop.fileName()), qPrintable(looped.message));
}

void TestSshd::hostKeyAliasIsHonoured()
{
    // HostKeyAlias: known_hosts is read and written under the alias, not "[127.0.0.1]:port".
    const QString config = m_dir.filePath(u"ssh_config_alias"_qs);
    QVERIFY(writeHostBlock(config, u"phw-aliased"_qs, "HostKeyAlias phw-key-alias"));
    const auto keyLine = [this](const QString &pub) {
        QFile f(m_dir.filePath(pub));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().split(' ').mid(0, 2).join(' ')
                                           : QByteArray();
    };
    const auto writeFile = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
    };
    const auto connectWith = [&](const QString &knownHosts, UnknownKeyPolicy policy) {
        ConnectParams p;
        p.name = u"phw-aliased"_qs;
        p.address = u"phw-aliased"_qs;
        p.sshConfigFile = config;
        p.knownHostsFile = knownHosts;
        p.unknownKeys = policy;
        EnvironmentSecrets secrets;
        SshSession s(&secrets);
        return s.connect(p);
    };
    const QString kh = m_dir.filePath(u"known_hosts_alias"_qs);

    QVERIFY(writeFile(kh, "phw-key-alias " + keyLine(u"host.pub"_qs) + '\n'));
    ConnectResult c = connectWith(kh, UnknownKeyPolicy::Refuse);
    QVERIFY2(c.ok(), qPrintable(c.message));

    // The key recorded under the host's address does not count for the alias.
    c = connectWith(m_dir.filePath(u"known_hosts"_qs), UnknownKeyPolicy::Refuse);
    QCOMPARE(int(c.status), int(ConnectResult::Status::HostKeyUnknown));
    QVERIFY(c.message.contains(u"phw-key-alias"_qs));

    // Another key under the alias: refused as changed.
    QVERIFY(writeFile(kh, "phw-key-alias " + keyLine(u"host2.pub"_qs) + '\n'));
    c = connectWith(kh, UnknownKeyPolicy::Refuse);
    QCOMPARE(int(c.status), int(ConnectResult::Status::HostKeyChanged));
    QCOMPARE(c.knownFingerprints.size(), 1);

    // Accepted, it is recorded under the alias, and then known.
    QVERIFY(writeFile(kh, "# edited by hand, no newline at the end"));
    c = connectWith(kh, UnknownKeyPolicy::AcceptNew);
    QVERIFY2(c.ok(), qPrintable(c.message));
    QFile recorded(kh);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QCOMPARE(recorded.readAll(), "# edited by hand, no newline at the end\nphw-key-alias " +
                                     keyLine(u"host.pub"_qs) + '\n');
    c = connectWith(kh, UnknownKeyPolicy::Refuse);
    QVERIFY2(c.ok(), qPrintable(c.message));
}

void TestSshd::secretsOnStdinOnly()
{
    // The runner's stdin form: assignments, then the script as one brace group. The value
    // arrives byte-exact and is on no process's command line while the script runs.
    const QString canary = u"C4n4ry-'quote\" $(x) \\back é"_qs;
    const QByteArray assignments = "PUBLIK_DB_PASSWORD_TEST=" + shellQuote(canary).toUtf8() + '\n';
    const QByteArray script =
        "#!/bin/sh\n"
        "printf '%s' \"$PUBLIK_DB_PASSWORD_TEST\" | sha256sum | cut -d' ' -f1\n"
        "if grep -qa C4n4ry /proc/[0-9]*/cmdline 2>/dev/null; then echo LEAK; else echo clean; fi\n"
        "cat; echo read-end\n";
    EnvironmentSecrets secrets;
    SshSession s(&secrets);
    QVERIFY(s.connect(params()).ok());
    QStringList out;
    const ExecResult r = s.exec({u"sh -s"_qs, Runner::hostInput(assignments, script), 10000, true},
                                [&](const OutputLine &l) { out.append(l.text); });
    QVERIFY(r.succeeded());
    QCOMPARE(out.value(0),
             QString::fromLatin1(
                 QCryptographicHash::hash(canary.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(out.value(1), u"clean"_qs);
    QCOMPARE(out.value(2), u"read-end"_qs); // stdin is empty for the script's commands
    QVERIFY(!s.wrapCommand({u"sh -s"_qs, {}, 0, true}).contains(u"C4n4ry"_qs));
}

void TestSshd::changedHostKeyRefusedBeforeAuth()
{
    const QString kh = m_dir.filePath(u"known_hosts_changed"_qs);
    writeKnownHosts(kh, m_dir.filePath(u"host2.pub"_qs));
    m_sshd.readAllStandardError(); // the log so far
    EnvironmentSecrets secrets;
    SshSession s(&secrets);
    const ConnectResult c = s.connect(params(kh));
    QCOMPARE(int(c.status), int(ConnectResult::Status::HostKeyChanged));
    QVERIFY(c.message.contains(c.fingerprint));
    QCOMPARE(c.knownFingerprints.size(), 1);
    QVERIFY(c.message.contains(c.knownFingerprints.first()));
    QVERIFY(c.fingerprint != c.knownFingerprints.first());
    // sshd saw no authentication attempt on that connection (the last one in its log).
    QByteArray log;
    QByteArray segment;
    const bool closed = QTest::qWaitFor(
        [&] {
            m_sshd.waitForReadyRead(50);
            log += m_sshd.readAllStandardError();
            const qsizetype at = log.lastIndexOf("Connection from 127.0.0.1 port ");
            if (at < 0)
                return false;
            segment = log.mid(at);
            const QByteArray port = segment.mid(31, segment.indexOf(' ', 31) - 31);
            return segment.contains("closed by 127.0.0.1 port " + port) ||
                   segment.contains("Connection closed by remote host");
        },
        5000);
    QVERIFY2(closed, log.constData());
    QVERIFY2(!segment.contains("Accepted") && !segment.contains("Failed") &&
                 !segment.contains("Postponed") && !segment.contains("userauth"),
             segment.constData());
    QVERIFY(!s.isConnected());
}

void TestSshd::unknownHostKeyRefusedHeadless()
{
    const QString kh = m_dir.filePath(u"sub/known_hosts_new"_qs);
    EnvironmentSecrets secrets;
    {
        SshSession s(&secrets);
        const ConnectResult c = s.connect(params(kh));
        QCOMPARE(int(c.status), int(ConnectResult::Status::HostKeyUnknown));
        QVERIFY(c.message.contains(c.fingerprint));
        QVERIFY(!QFile::exists(kh));
    }
    {
        SshSession s(&secrets);
        ConnectParams p = params(kh);
        p.unknownKeys = UnknownKeyPolicy::AcceptNew;
        const ConnectResult c = s.connect(p);
        QVERIFY2(c.ok(), qPrintable(c.message));
        QVERIFY(QFile::exists(kh));
    }
    {
        SshSession s(&secrets); // recorded: known now, even when refusing new keys
        QVERIFY(s.connect(params(kh)).ok());
    }
    {
        // Ask: the operator's answer decides.
        SshSession s(&secrets,
                     [](const QString &, const QString &fp) { return !fp.isEmpty() && false; });
        ConnectParams p = params(m_dir.filePath(u"known_hosts_ask"_qs));
        p.unknownKeys = UnknownKeyPolicy::Ask;
        QCOMPARE(int(s.connect(p).status), int(ConnectResult::Status::HostKeyUnknown));
    }
}

void TestSshd::workerReportsDroppedLink()
{
    EnvironmentSecrets secrets;
    HostWorker *w = HostWorker::spawn(u"local"_qs, &secrets);
    // The worker's reports, queued to this thread (as HostPool gets them): read here with
    // no race, and a report that arrives before the test looks for it is still counted.
    QObject receiver;
    QList<ConnectResult> connected;
    QList<std::pair<quint64, OutputLine>> lines;
    QList<std::pair<quint64, ExecResult>> finished;
    connect(w, &HostWorker::connected, &receiver,
            [&](const QString &, const ConnectResult &c) { connected.append(c); });
    connect(w, &HostWorker::lines, &receiver,
            [&](const QString &, quint64 id, const QList<OutputLine> &batch) {
                for (const OutputLine &l : batch)
                    lines.append({id, l});
                w->delivered(batch.size());
            });
    connect(w, &HostWorker::finished, &receiver,
            [&](const QString &, quint64 id, const ExecResult &r) {
                finished.append({id, r});
            });
    w->requestConnect(params());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
    QVERIFY2(connected.first().ok(), qPrintable(connected.first().message));

    // A failed command is a command that failed.
    w->requestExec(1, {u"sh -c 'echo bad >&2; exit 7'"_qs, {}, 10000, true});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().first, quint64(1));
    ExecResult r = finished.first().second;
    QCOMPARE(int(r.status), int(ExecResult::Status::Exited));
    QCOMPARE(r.exitCode, 7);

    // The session's sshd process killed mid-command: a dropped link, not a failure.
    // The command prints the pid of its closest sshd ancestor: the session's process (a
    // login shell may or may not stand between them).
    w->requestExec(2, {u"sh -c 'p=$$; while [ \"$(cat /proc/$p/comm)\" != sshd ]; do "
                       "p=$(cut -d\" \" -f4 /proc/$p/stat); done; echo $p; exec sleep 30'"_qs,
                       {},
                       60000,
                       true});
    qint64 sessionPid = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &[id, l] : std::as_const(lines)) {
                if (id == 2 && l.text.toLongLong() > 1)
                    sessionPid = l.text.toLongLong();
            }
            return sessionPid > 1;
        },
        10000));
    QVERIFY(::kill(static_cast<pid_t>(sessionPid), SIGKILL) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(finished.last().first, quint64(2));
    r = finished.last().second;
    QCOMPARE(int(r.status), int(ExecResult::Status::LinkDropped));
    QVERIFY(r.elapsedMs < 20000);
    w->shutdown();
}

void TestSshd::lockRefusesSecondRun()
{
    QTemporaryDir share;
    // The host script refuses a share that is not a mounted file system: a bind mount of the
    // folder on itself is one, as an NFS mount would be.
    QVERIFY(runTool(u"mount"_qs, {u"--bind"_qs, share.path(), share.path()}));
    const auto unmount = qScopeGuard([&] { runTool(u"umount"_qs, {share.path()}); });
    Deployment d;
    QVERIFY(localDeployment(u"phwtest"_qs, share.path(), d));

    const QString lockDir = share.path() + u"/.publik-ha-wizard/"_qs + d.name + u"/lock"_qs;
    QVERIFY(QDir().mkpath(lockDir));
    QFile holder(lockDir + u"/holder"_qs);
    QVERIFY(holder.open(QIODevice::WriteOnly));
    holder.write("alice@laptop pid 42 2026-01-01T00:00:00\n");
    holder.close();

    EnvironmentSecrets secrets;
    RunnerOptions o;
    o.connection.sshConfigFile = m_dir.filePath(u"ssh_config"_qs);
    o.connection.knownHostsFile = m_dir.filePath(u"known_hosts"_qs);
    o.journalPath = m_dir.filePath(u"journal.json"_qs);
    {
        Runner runner(d, o, &secrets);
        QSignalSpy done(&runner, &Runner::finished);
        runner.start(Runner::Mode::Rollback);
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY(!runner.succeeded());
        QVERIFY2(runner.summary().contains(u"alice@laptop pid 42"_qs),
                 qPrintable(runner.summary()));
        QVERIFY(QFile::exists(lockDir + u"/holder"_qs)); // untouched
    }
    {
        // Taken over explicitly: the run goes (rollback of an empty host journal), then releases
        // it.
        o.takeOverLock = true;
        Runner runner(d, o, &secrets);
        QSignalSpy done(&runner, &Runner::finished);
        runner.start(Runner::Mode::Rollback);
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY2(runner.succeeded(), qPrintable(runner.summary()));
        QVERIFY(!QFile::exists(lockDir));
    }
    QDir(u"/var/lib/publik-ha-wizard/"_qs + d.name).removeRecursively();
}

void TestSshd::sudoWithPasswordOnStdin()
{
    if (!QFile::exists(u"/usr/bin/sudo"_qs))
        QSKIP("sudo is not installed on this machine: the sudo path is covered by the lab (user "
              "operator)");
    m_testUser = QStringLiteral("phwsudo%1").arg(::getpid() % 100000);
    QVERIFY(runTool(u"useradd"_qs, {u"-m"_qs, u"-s"_qs, u"/bin/sh"_qs, m_testUser}));
    const QByteArray password = "s3cr'et $x";
    QProcess chpasswd;
    chpasswd.start(u"chpasswd"_qs, QStringList{});
    chpasswd.write(m_testUser.toUtf8() + ':' + password + '\n');
    chpasswd.closeWriteChannel();
    QVERIFY(chpasswd.waitForFinished() && chpasswd.exitCode() == 0);
    QFile sudoers(u"/etc/sudoers.d/"_qs + m_testUser);
    QVERIFY(sudoers.open(QIODevice::WriteOnly));
    sudoers.write(m_testUser.toUtf8() + " ALL=(ALL:ALL) ALL\n");
    sudoers.close();
    FixedSecrets secrets;
    secrets.values.insert(u"ssh"_qs, password);
    SshSession s(&secrets);
    ConnectParams p = params();
    p.user = m_testUser;
    p.sudo = true;
    p.keyFile.clear();
    const ConnectResult c = s.connect(p);
    QVERIFY2(c.ok(), qPrintable(c.message));
    QStringList out;
    const ExecResult r = s.exec({u"sh -s -- x"_qs, "id -u; cat; echo \"arg:$1\"\n", 10000, true},
                                [&](const OutputLine &l) { out.append(l.text); });
    QVERIFY(r.succeeded());
    QCOMPARE(out, (QStringList{u"0"_qs, u"arg:x"_qs}));
    QVERIFY(!s.wrapCommand({u"sh -s"_qs, {}, 0, true}).contains(QString::fromUtf8(password)));
}

void TestSshd::preflightDatabaseCredentials()
{
    const QString pgBin = u"/usr/lib/postgresql/15/bin"_qs;
    if (!QFile::exists(pgBin + u"/initdb"_qs) || !QFile::exists(pgBin + u"/pg_ctl"_qs) ||
        !QFile::exists(u"/usr/bin/psql"_qs))
        QSKIP("PostgreSQL 15 is not installed (apt-get install postgresql): the credentials check "
              "is not tested here");
    if (!runTool(u"id"_qs, {u"postgres"_qs}))
        QSKIP("no postgres user (apt-get install postgresql creates it)");
    QVERIFY2(runTool(u"/usr/bin/python3"_qs, {u"-c"_qs, u"import psycopg2"_qs}),
             "python3-psycopg2 is needed by this test (installer/packages-test.txt)");

    // A throwaway cluster owned by postgres, on a free port, its socket in its own folder.
    QTemporaryDir pg;
    QVERIFY(pg.isValid());
    const QString data = pg.filePath(u"data"_qs);
    QVERIFY(runTool(u"chown"_qs, {u"postgres:"_qs, pg.path()}));
    int pgPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        pgPort = probe.serverPort();
    }
    auto asPostgres = [&](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(pg.path());
        p.start(u"runuser"_qs, QStringList{u"-u"_qs, u"postgres"_qs, u"--"_qs} + args);
        p.write(input);
        p.closeWriteChannel();
        const bool ok =
            p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            qWarning().noquote() << args.join(u' ') << p.readAll();
        return ok;
    };
    QVERIFY(
        asPostgres({pgBin + u"/initdb"_qs, u"-D"_qs, data, u"-U"_qs, u"postgres"_qs,
                    u"--auth-local=trust"_qs, u"--auth-host=scram-sha-256"_qs, u"--no-sync"_qs}));
    // -w: pg_ctl returns once the server accepts connections.
    QVERIFY(asPostgres(
        {pgBin + u"/pg_ctl"_qs, u"-D"_qs, data, u"-w"_qs, u"-t"_qs, u"60"_qs, u"-l"_qs,
         pg.filePath(u"log"_qs), u"-o"_qs,
         QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(pgPort).arg(pg.path()),
         u"start"_qs}));
    auto stop = qScopeGuard([&] {
        asPostgres({pgBin + u"/pg_ctl"_qs, u"-D"_qs, data, u"-w"_qs, u"-m"_qs, u"immediate"_qs,
                    u"stop"_qs});
    });
    const QByteArray good = "G00d-c4n4ry'\" $(x) \\ é";
    const QByteArray wrong = "Wr0ng-c4n4ry";
    // The role's password on psql's stdin (a dollar-quoted literal holds any byte but "$pw$").
    QVERIFY(asPostgres({u"psql"_qs, u"-X"_qs, u"-q"_qs, u"-v"_qs, u"ON_ERROR_STOP=1"_qs, u"-h"_qs,
                        pg.path(), u"-p"_qs, QString::number(pgPort), u"-U"_qs, u"postgres"_qs,
                        u"-d"_qs, u"postgres"_qs},
                       "CREATE ROLE combo LOGIN PASSWORD $pw$" + good +
                           "$pw$;\nCREATE DATABASE combo OWNER combo;\n"));

    QTemporaryDir share;
    Deployment d;
    QVERIFY(localDeployment(u"phwpre"_qs, share.path(), d));
    d.components = {u"combo"_qs, u"hobo"_qs};
    d.extraPackages.clear();
    d.database.host = u"127.0.0.1"_qs;
    d.database.port = pgPort;
    d.database.components = {{u"combo"_qs, {u"combo"_qs, u"combo"_qs}},
                             {u"hobo"_qs, {u"hobo"_qs, u"hobo"_qs}}};
    ConnectionOptions o;
    o.sshConfigFile = m_dir.filePath(u"ssh_config"_qs);
    o.knownHostsFile = m_dir.filePath(u"known_hosts"_qs);

    struct Run
    {
        QList<PreflightItem> items;
        QString text;
    };
    auto run = [&](const QByteArray &password) {
        FixedSecrets secrets;
        secrets.values.insert(passwordVariable(u"combo"_qs), password); // hobo's is not given
        Preflight preflight(d, o, &secrets);
        QString text;
        QObject::connect(&preflight, &Preflight::progress, &preflight,
                         [&](const QString &, const QString &t) { text += t + u'\n'; });
        QSignalSpy done(&preflight, &Preflight::finished);
        preflight.start();
        if (done.isEmpty())
            done.wait(120000);
        return Run{preflight.items(), text + Preflight::renderText(preflight.items())};
    };
    auto find = [](const Run &r, PreflightItem::Severity s, const QString &part) {
        return std::any_of(r.items.cbegin(), r.items.cend(), [&](const PreflightItem &i) {
            return i.severity == s && i.message.contains(part);
        });
    };
    auto dbBlocking = [](const Run &r) {
        return std::count_if(r.items.cbegin(), r.items.cend(), [](const PreflightItem &i) {
            return i.severity == PreflightItem::Severity::Blocking &&
                   i.message.contains(u"database"_qs);
        });
    };

    const Run ok = run(good);
    QVERIFY2(find(ok, PreflightItem::Severity::Info,
                  d.hosts.first().name + u": database credentials accepted for combo."_qs),
             qPrintable(ok.text));
    QVERIFY2(dbBlocking(ok) == 0, qPrintable(ok.text));
    QVERIFY2(find(ok, PreflightItem::Severity::Warning, u"hobo not checked"_qs),
             qPrintable(ok.text));

    const Run refused = run(wrong);
    QVERIFY2(find(refused, PreflightItem::Severity::Blocking,
                  QStringLiteral("%1: the database server 127.0.0.1:%2 refused the credentials of "
                                 "combo (database combo, role combo)")
                      .arg(d.hosts.first().name)
                      .arg(pgPort)),
             qPrintable(refused.text));
    QVERIFY2(dbBlocking(refused) == 1, qPrintable(refused.text));
    QVERIFY2(refused.text.contains(u"PUBLIK_DB_PASSWORD_COMBO"_qs), qPrintable(refused.text));

    // Neither password in anything the check printed, nor in the server's log.
    for (const QString &t : {ok.text, refused.text}) {
        QVERIFY(!t.contains(u"c4n4ry"_qs));
    }
    QFile log(pg.filePath(u"log"_qs));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains("c4n4ry"));
    QDir(u"/var/lib/publik-ha-wizard/"_qs + d.name).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSshd)
#include "tst_sshd.moc"
