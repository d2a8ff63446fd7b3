// Unit tests of the SSH runner's pure parts: line splitting, OpenSSH configuration,
// host-key decisions against a known_hosts file, the runner's stdin, preflight analysis.
#include "hostkey.h"
#include "i18n.h"
#include "linediff.h"
#include "linesplitter.h"
#include "localjournal.h"
#include "preflight.h"
#include "runner.h"
#include "sshconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <libssh/libssh.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace phw;

class TestSshUnit : public QObject
{
    Q_OBJECT

private slots:
    void splitter_data();
    void splitter();
    void splitterByteByByte();
    void splitterAnyChunks();
    void splitterEdgeChunks();
    void configResolve();
    void configInclude();
    void configPatterns_data();
    void configPatterns();
    void hostKeyDecision_data();
    void hostKeyDecision();
    void knownHostsLookup();
    void hostInputIsOneGroup();
    void preflightAnalysis();
    void preflightPassesWhereApplyWas();
    void hostJournalDifferences();
    void staleLockOwner();
    void preflightDatabaseCredentials_data();
    void preflightDatabaseCredentials();
    void connectFailures_data();
    void probeReadsFiles();
    void probeHidesHostSecrets();
    void lineDiffs();
    void connectFailures();
};

void TestSshUnit::splitter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QList<bool>>("progress");
    QTest::newRow("plain") << QByteArray("a\nb\n") << QStringList{u"a"_qs, u"b"_qs}
                           << QList<bool>{false, false};
    QTest::newRow("partial last") << QByteArray("a\nbc") << QStringList{u"a"_qs, u"bc"_qs}
                                  << QList<bool>{false, false};
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringList{u"a"_qs, u"b"_qs}
                          << QList<bool>{false, false};
    QTest::newRow("progress") << QByteArray("10%\r50%\r100%\ndone\n")
                              << QStringList{u"10%"_qs, u"50%"_qs, u"100%"_qs, u"done"_qs}
                              << QList<bool>{true, true, false, false};
    QTest::newRow("trailing cr") << QByteArray("x\r") << QStringList{u"x"_qs} << QList<bool>{true};
    QTest::newRow("empty lines") << QByteArray("\n\n") << QStringList{QString(), QString()}
                                 << QList<bool>{false, false};
    QTest::newRow("utf8") << QByteArray("\xc3\xa9t\xc3\xa9\n") << QStringList{u"été"_qs}
                          << QList<bool>{false};
}

void TestSshUnit::splitter()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, lines);
    QFETCH(QList<bool>, progress);
    LineSplitter s;
    QList<SplitLine> got = s.feed(input);
    got.append(s.finish());
    QCOMPARE(got.size(), lines.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).text, lines.at(i));
        QCOMPARE(got.at(i).progress, progress.at(i));
    }
}

void TestSshUnit::splitterByteByByte()
{
    // Chunk boundaries inside "\r\n" and inside a UTF-8 character change nothing.
    const QByteArray input("ab\r\nc\xc3\xa9\r50%\rz");
    LineSplitter s;
    QList<SplitLine> got;
    for (const char c : input)
        got.append(s.feed(QByteArrayView(&c, 1)));
    got.append(s.finish());
    QCOMPARE(got.size(), 4);
    QCOMPARE(got.at(0), (SplitLine{u"ab"_qs, false}));
    QCOMPARE(got.at(1), (SplitLine{u"cé"_qs, true}));
    QCOMPARE(got.at(2), (SplitLine{u"50%"_qs, true}));
    QCOMPARE(got.at(3), (SplitLine{u"z"_qs, false}));
}

namespace {

// The splitter's rules, one byte at a time: the model the chunked splitter must match.
QList<SplitLine> splitByBytes(const QByteArray &input)
{
    QList<SplitLine> out;
    QByteArray line;
    bool cr = false;
    const auto emitLine = [&](bool progress) {
        if (!(progress && line.isEmpty()))
            out.append({QString::fromUtf8(line), progress});
        line.clear();
    };
    for (const char c : input) {
        if (cr) {
            cr = false;
            if (c == '\n') {
                emitLine(false);
                continue;
            }
            emitLine(true);
        }
        if (c == '\r') {
            cr = true;
        } else if (c == '\n') {
            emitLine(false);
        } else {
            line.append(c);
            if (line.size() >= LineSplitter::kMaxLine)
                emitLine(false);
        }
    }
    if (cr)
        emitLine(true);
    else if (!line.isEmpty())
        emitLine(false);
    return out;
}

} // namespace

void TestSshUnit::splitterAnyChunks()
{
    // Random streams of short lines, "\r\n", lone '\r', empty lines, UTF-8 and lines longer
    // than kMaxLine (or exactly kMaxLine long), cut into random chunks: the same lines as
    // the byte-by-byte rules. A fixed seed: every run tries the same streams.
    QRandomGenerator random(20261130);
    const QByteArray alphabet("ab \xc3\xa9\r\n\n\r\r\n");
    for (int round = 0; round < 200; ++round) {
        // Odd rounds: short lines in chunks of 1 to 4 bytes; even ones: long lines too.
        const bool tiny = round % 2;
        QByteArray input;
        const int parts = random.bounded(1, 40);
        for (int i = 0; i < parts; ++i) {
            switch (tiny ? 2 : random.bounded(8)) {
            case 0:
                input.append(QByteArray(LineSplitter::kMaxLine - random.bounded(2), 'x'));
                break;
            case 1:
                input.append(QByteArray(LineSplitter::kMaxLine + random.bounded(3), 'y'));
                break;
            default:
                for (int n = random.bounded(1, 30); n > 0; --n)
                    input.append(alphabet.at(random.bounded(alphabet.size())));
            }
        }
        const QList<SplitLine> expected = splitByBytes(input);
        LineSplitter s;
        QList<SplitLine> got;
        for (qsizetype at = 0; at < input.size();) {
            const qsizetype n =
                qMin<qsizetype>(input.size() - at, random.bounded(1, tiny ? 5 : 70000));
            got.append(s.feed(QByteArrayView(input.constData() + at, n)));
            at += n;
        }
        got.append(s.finish());
        QCOMPARE(got.size(), expected.size());
        QVERIFY2(got == expected, qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestSshUnit::splitterEdgeChunks()
{
    // Chunk boundaries the random streams rarely hit: a chunk ending exactly at kMaxLine
    // (with and without a partial line before it), just before and just after a '\r' that
    // another '\r' or a '\n' follows, empty chunks, and a flood of '\r' alone.
    const qsizetype max = LineSplitter::kMaxLine;
    const QByteArray x(max, 'x');
    const QList<QList<QByteArray>> cases = {
        {x, "\n"},
        {x, "\r\n"},
        {x, "\r", "\n"},
        {x.left(10), x.mid(10), "z\n"},
        {x.left(10), x.mid(10) + "\r", "\r", "a"},
        {"ab\r", "\r", "\rc\r", "", "\n"},
        {"ab\r", "", "\n", "", "cd\r", ""},
        {"", "\r\r\r", "", "\r"},
        {QByteArray(1 << 20, '\r'), "end"},
        {x.left(max - 1) + "\r", "\n"},
        {x.left(max - 1), "\r" + x + "y"},
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        LineSplitter s;
        QList<SplitLine> got;
        for (const QByteArray &chunk : cases.at(i))
            got.append(s.feed(chunk));
        got.append(s.finish());
        QVERIFY2(got == splitByBytes(cases.at(i).join()), qPrintable(QString::number(i)));
    }
    // Gigabytes without a line end come out in pieces as they arrive, none kept back.
    LineSplitter s;
    const QByteArray mib(1 << 20, 'y');
    qsizetype pieces = 0;
    for (int i = 0; i < 64; ++i) {
        for (const SplitLine &l : s.feed(mib)) {
            QCOMPARE(l.text.size(), max);
            ++pieces;
        }
    }
    QCOMPARE(pieces, 64 * (qsizetype(1) << 20) / max);
    QVERIFY(s.finish().isEmpty());
}

void TestSshUnit::configResolve()
{
    const SshConfig c = SshConfig::parse(uR"(# comment
User global
Host web1 web1.example.org
  HostName 10.0.0.11
  Port=2222
  IdentityFile ~/.ssh/id_web
  IdentityFile "/keys/with space"
  UserKnownHostsFile /tmp/kh1 /tmp/kh2
  HostKeyAlias web1-key
Host *.example.org !web3.example.org
  User deploy
  IdentitiesOnly yes
Match host web1
  Port 9999
Host *
  Port 22
  IdentityFile %d/.ssh/id_%h
)"_qs);
    SshTarget t = c.resolve(u"web1"_qs, u"me"_qs);
    QCOMPARE(t.hostName, u"10.0.0.11"_qs);
    QCOMPARE(t.port, 2222);
    QCOMPARE(t.user, u"global"_qs); // the first value obtained wins
    QCOMPARE(t.userKnownHostsFiles, (QStringList{u"/tmp/kh1"_qs, u"/tmp/kh2"_qs}));
    QCOMPARE(t.hostKeyAlias, u"web1-key"_qs);
    QCOMPARE(t.identityFiles.size(), 3);
    QCOMPARE(t.identityFiles.at(0), QDir::homePath() + u"/.ssh/id_web"_qs);
    QCOMPARE(t.identityFiles.at(1), u"/keys/with space"_qs);
    QCOMPARE(t.identityFiles.at(2), QDir::homePath() + u"/.ssh/id_10.0.0.11"_qs);

    t = c.resolve(u"web2.example.org"_qs);
    QCOMPARE(t.effectiveHostName(), u"web2.example.org"_qs);
    QCOMPARE(t.port, 22);
    QVERIFY(t.identitiesOnly);
    t = c.resolve(u"web3.example.org"_qs);
    QVERIFY(!t.identitiesOnly); // negated
    QVERIFY(SshConfig::parse(QString()).resolve(u"x"_qs).userKnownHostsFiles.isEmpty());
    QVERIFY(c.resolve(u"web1"_qs).matchedHostBlock);
    QVERIFY(!c.resolve(u"other"_qs).matchedHostBlock); // only the catch-all block
}

void TestSshUnit::configInclude()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(name)).path()));
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(text), text.size());
    };
    // Files in name order; the first value obtained wins, so 10-a's HostName holds.
    write(u"conf.d/10-a.conf"_qs, "Host a\n  HostName 10.0.0.1\n");
    write(u"conf.d/20-b.conf"_qs, "Host a\n  HostName 10.0.0.99\nHost b\n  Port 2200\n");
    write(u"conf.d/.hidden.conf"_qs, "Host b\n  Port 1\n");    // * skips dot files
    write(u"conf.d/notes.txt"_qs, "Host b\n  Port 2\n");       // not *.conf
    write(u"conf.d/sub.conf/x.conf"_qs, "Host b\n  Port 3\n"); // a folder named *.conf
    write(u"nested/deep/x.conf"_qs, "Host d\n  User deep\n");  // wildcard in a folder
    // Everything in a file included inside a Host block applies only to that block's hosts
    // (ssh -G agrees: its "Host c" does not reach c, its Port reaches web9).
    write(u"extra"_qs, "Port 2209\nHost c\n  User cuser\nHost web9\n  HostName 10.0.0.9\n");
    const SshConfig c = SshConfig::parse(uR"(Include conf.d/*.conf
Include nested/*/x.conf missing-file
Host web9
  Include extra
  User nine
Host *
  User fallback
)"_qs,
                                         dir.path());
    QCOMPARE(c.resolve(u"a"_qs).hostName, u"10.0.0.1"_qs);
    QCOMPARE(c.resolve(u"a"_qs).user, u"fallback"_qs);
    QCOMPARE(c.resolve(u"b"_qs).port, 2200);
    QCOMPARE(c.resolve(u"d"_qs).user, u"deep"_qs);
    QCOMPARE(c.resolve(u"web9"_qs).port, 2209);
    QCOMPARE(c.resolve(u"web9"_qs).user, u"nine"_qs); // after the Include, web9's block again
    QCOMPARE(c.resolve(u"other"_qs).port, 0);         // extra's Port only under web9
    QCOMPARE(c.resolve(u"web9"_qs).hostName, u"10.0.0.9"_qs);
    QCOMPARE(c.resolve(u"c"_qs).user, u"fallback"_qs);
    QCOMPARE(c.resolve(u"c"_qs).port, 0);
    QVERIFY(c.resolve(u"a"_qs).matchedHostBlock);
    QVERIFY(c.resolve(u"web9"_qs).matchedHostBlock);
    QVERIFY(!c.resolve(u"other"_qs).matchedHostBlock);
    QVERIFY(c.includeTooDeep().isEmpty());

    // An Include under a Match block that is not evaluated brings nothing.
    const SshConfig m =
        SshConfig::parse(u"Match host x exec true\n  Include extra\n"_qs, dir.path());
    QCOMPARE(m.resolve(u"web9"_qs).port, 0);
    QCOMPARE(m.resolve(u"c"_qs).user, QString());

    // A loop is refused, as ssh(1) refuses it ("Too many recursive configuration includes").
    write(u"loop"_qs, "Include loop\nHost l\n  User looped\n");
    const SshConfig looped = SshConfig::parse(u"Include loop\n"_qs, dir.path());
    QCOMPARE(looped.includeTooDeep(), dir.filePath(u"loop"_qs));
    QCOMPARE(
        globFiles(dir.filePath(u"conf.d/*.conf"_qs)),
        (QStringList{dir.filePath(u"conf.d/10-a.conf"_qs), dir.filePath(u"conf.d/20-b.conf"_qs),
                     dir.filePath(u"conf.d/sub.conf"_qs)}));
    QCOMPARE(globFiles(dir.filePath(u"extra"_qs)), QStringList{dir.filePath(u"extra"_qs)});
    QVERIFY(globFiles(dir.filePath(u"nothing"_qs)).isEmpty());
}

void TestSshUnit::configPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("match");
    QTest::newRow("exact") << u"web1"_qs << u"web1"_qs << true;
    QTest::newRow("case") << u"WEB1"_qs << u"web1"_qs << true;
    QTest::newRow("star") << u"web*"_qs << u"web12"_qs << true;
    QTest::newRow("star middle") << u"w*1"_qs << u"web1"_qs << true;
    QTest::newRow("question") << u"web?"_qs << u"web12"_qs << false;
    QTest::newRow("question ok") << u"web?"_qs << u"web1"_qs << true;
    QTest::newRow("prefix only") << u"web"_qs << u"web1"_qs << false;
}

void TestSshUnit::configPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, match);
    QCOMPARE(sshWildcardMatch(pattern, host), match);
}

void TestSshUnit::hostKeyDecision_data()
{
    QTest::addColumn<KnownHostState>("state");
    QTest::addColumn<UnknownKeyPolicy>("policy");
    QTest::addColumn<HostKeyVerdict>("verdict");
    QTest::newRow("known") << KnownHostState::Ok << UnknownKeyPolicy::Refuse
                           << HostKeyVerdict::Proceed;
    QTest::newRow("unknown headless")
        << KnownHostState::Unknown << UnknownKeyPolicy::Refuse << HostKeyVerdict::Refuse;
    QTest::newRow("unknown accepted") << KnownHostState::Unknown << UnknownKeyPolicy::AcceptNew
                                      << HostKeyVerdict::RecordAndProceed;
    QTest::newRow("unknown asked")
        << KnownHostState::Unknown << UnknownKeyPolicy::Ask << HostKeyVerdict::AskOperator;
    for (const UnknownKeyPolicy p :
         {UnknownKeyPolicy::Refuse, UnknownKeyPolicy::AcceptNew, UnknownKeyPolicy::Ask}) {
        const QByteArray suffix = QByteArray::number(int(p));
        QTest::newRow("changed " + suffix)
            << KnownHostState::Changed << p << HostKeyVerdict::Refuse;
        QTest::newRow("other type " + suffix)
            << KnownHostState::OtherType << p << HostKeyVerdict::Refuse;
        QTest::newRow("error " + suffix) << KnownHostState::Error << p << HostKeyVerdict::Refuse;
    }
}

void TestSshUnit::hostKeyDecision()
{
    QFETCH(KnownHostState, state);
    QFETCH(UnknownKeyPolicy, policy);
    QFETCH(HostKeyVerdict, verdict);
    QCOMPARE(decideHostKey(state, policy), verdict);
}

static QByteArray publicLine(ssh_key key)
{
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) != SSH_OK)
        return {};
    const QByteArray out = QByteArray(ssh_key_type_to_char(ssh_key_type(key))) + ' ' + b64;
    ssh_string_free_char(b64);
    return out;
}

void TestSshUnit::knownHostsLookup()
{
    QTemporaryDir dir;
    ssh_key ed = nullptr, ed2 = nullptr, ecdsa = nullptr;
    QCOMPARE(ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &ed), SSH_OK);
    QCOMPARE(ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &ed2), SSH_OK);
    QCOMPARE(ssh_pki_generate(SSH_KEYTYPE_ECDSA_P256, 256, &ecdsa), SSH_OK);
    const QString file = dir.filePath(u"known_hosts"_qs);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# comment\n");
    f.write("web1 " + publicLine(ed) + "\n");
    f.write("[web2]:2222 " + publicLine(ed) + "\n");
    f.write("web3 " + publicLine(ecdsa) + "\n");
    f.close();

    QCOMPARE(lookupKnownHosts(file, u"web1"_qs, 22, ed).state, KnownHostState::Ok);
    const KnownHostsLookup changed = lookupKnownHosts(file, u"web1"_qs, 22, ed2);
    QCOMPARE(changed.state, KnownHostState::Changed);
    QCOMPARE(changed.recordedFingerprints, QStringList{sha256Fingerprint(ed)});
    QVERIFY(sha256Fingerprint(ed).startsWith(u"SHA256:"));
    QCOMPARE(lookupKnownHosts(file, u"web2"_qs, 2222, ed).state, KnownHostState::Ok);
    QCOMPARE(lookupKnownHosts(file, u"web2"_qs, 22, ed).state,
             KnownHostState::Unknown); // port matters
    QCOMPARE(lookupKnownHosts(file, u"web3"_qs, 22, ed).state, KnownHostState::OtherType);
    QCOMPARE(lookupKnownHosts(file, u"web4"_qs, 22, ed).state, KnownHostState::Unknown);
    QCOMPARE(lookupKnownHosts(dir.filePath(u"missing"_qs), u"web1"_qs, 22, ed).state,
             KnownHostState::Unknown);
    QCOMPARE(knownHostsName(u"h"_qs, 22), u"h"_qs);
    QCOMPARE(knownHostsName(u"h"_qs, 2222), u"[h]:2222"_qs);
    ssh_key_free(ed);
    ssh_key_free(ed2);
    ssh_key_free(ecdsa);
}

void TestSshUnit::hostInputIsOneGroup()
{
    const QByteArray in = Runner::hostInput("A='x'\n", "#!/bin/sh\necho hi\n");
    QCOMPARE(in, QByteArray("trap '' PIPE\nA='x'\n{\n#!/bin/sh\necho hi\n\n}\n"));
}

void TestSshUnit::preflightAnalysis()
{
    LoadResult loaded =
        loadDeploymentFile(QStringLiteral(PHW_SOURCE_DIR) + u"/examples/seed.json"_qs);
    QVERIFY(loaded.ok());
    const Deployment &d = loaded.deployment;
    const QStringList good{
        u"os debian 12"_qs,  u"cpu 8"_qs,      u"mem 33000000"_qs,   u"disk 200000000"_qs,
        u"mounted 1"_qs,     u"writable 1"_qs, u"sharefree 1000"_qs, u"tokenwrite 1"_qs,
        u"wwwdata 33:33"_qs, u"db 1"_qs};
    HostFacts web1 =
        Preflight::parseProbe(u"web1"_qs, true, good + QStringList{u"machineid aaa"_qs});
    HostFacts web2 = Preflight::parseProbe(
        u"web2"_qs, false,
        QStringList{u"os debian 11"_qs, u"cpu 2"_qs, u"mem 1000"_qs, u"disk 10"_qs, u"mounted 0"_qs,
                    u"writable 0"_qs, u"wwwdata 33:34"_qs, u"db 0"_qs, u"machineid aaa"_qs,
                    u"account hobo 999:999"_qs, u"uidowner 2103 someone"_qs,
                    u"pkg wcs absent (none)"_qs,
                    u"cronline combo /etc/combo/uwsgi.ini:12:cron2 = -1 x"_qs});
    const QList<PreflightItem> items = Preflight::analyse(d, {web1, web2});
    auto count = [&](const QString &host, PreflightItem::Severity s) {
        return std::count_if(items.cbegin(), items.cend(), [&](const PreflightItem &i) {
            return i.host == host && i.severity == s;
        });
    };
    QCOMPARE(count(u"web1"_qs, PreflightItem::Severity::Blocking), 0);
    QCOMPARE(count(u"web1"_qs, PreflightItem::Severity::Warning), 0);
    // web2: not mounted, account, uid, db, package: 5 blocking at once. Unmounted, the share's
    // writability is not reported (the folder is the host's own disk).
    QCOMPARE(count(u"web2"_qs, PreflightItem::Severity::Blocking), 5);
    for (const PreflightItem &i : items)
        QVERIFY2(i.host != u"web2" || !i.message.contains(u"write"_qs), qPrintable(i.message));
    // Debian 11, cpu, memory, disk, cron: 5 warnings.
    QCOMPARE(count(u"web2"_qs, PreflightItem::Severity::Warning), 5);
    // machine-id and www-data across hosts.
    QCOMPARE(count(QString(), PreflightItem::Severity::Blocking), 2);
    const QString text = Preflight::renderText(items);
    QVERIFY(text.contains(u"/etc/combo/uwsgi.ini:12"_qs));

    // Not mounted but writable (the mount point's folder on the host's disk): only "not
    // mounted", never "writable" next to it.
    HostFacts unmounted = Preflight::parseProbe(u"web2"_qs, false, good);
    unmounted.values.replace(u"mounted"_qs, u"0"_qs);
    unmounted.values.replace(u"machineid"_qs, u"bbb"_qs);
    const QList<PreflightItem> second = Preflight::analyse(d, {web1, unmounted});
    QStringList web2Items;
    for (const PreflightItem &i : second) {
        if (i.host == u"web2")
            web2Items.append(i.message);
    }
    QVERIFY2(web2Items.contains(u"web2: the share is not mounted on /srv/nfs."_qs) ||
                 web2Items.join(u'\n').contains(u"the share is not mounted on"_qs),
             qPrintable(web2Items.join(u'\n')));
    QVERIFY2(!web2Items.join(u'\n').contains(u"writable"_qs), qPrintable(web2Items.join(u'\n')));
}

void TestSshUnit::preflightPassesWhereApplyWas()
{
    // apply runs these checks before each run, the resumed ones too: a host as a (partial)
    // apply leaves it (accounts with the planned ids, packages installed, the share linked,
    // crons commented out) has nothing blocking.
    LoadResult loaded =
        loadDeploymentFile(QStringLiteral(PHW_SOURCE_DIR) + u"/examples/seed.json"_qs);
    QVERIFY(loaded.ok());
    const Deployment &d = loaded.deployment;
    QStringList applied{u"os debian 12"_qs,   u"cpu 8"_qs,        u"mem 33000000"_qs,
                        u"disk 200000000"_qs, u"mounted 1"_qs,    u"writable 1"_qs,
                        u"sharefree 1000"_qs, u"tokenwrite 1"_qs, u"wwwdata 33:33"_qs,
                        u"db 1"_qs,           u"psycopg2 1"_qs};
    for (const Account &a : d.accounts) {
        applied.append(QStringLiteral("account %1 %2:%3").arg(a.user).arg(a.uid).arg(a.gid));
        applied.append(QStringLiteral("groupid %1 %2").arg(a.user).arg(a.gid));
        applied.append(QStringLiteral("uidowner %1 %2").arg(a.uid).arg(a.user));
        applied.append(QStringLiteral("gidowner %1 %2").arg(a.gid).arg(a.user));
    }
    for (const ComponentInfo &c : d.componentInfos()) {
        for (const QString &p : c.packages) {
            applied.append(u"pkg "_qs + p + u" installed 1.0"_qs);
            applied.append(u"installed "_qs + p);
        }
    }
    for (const ComponentInfo &c : Preflight::databaseComponents(d))
        applied.append(u"dbauth "_qs + c.name + u" ok"_qs);
    HostFacts web1 = Preflight::parseProbe(u"web1"_qs, true, applied);
    web1.values.insert(u"machineid"_qs, u"aaa"_qs);
    HostFacts web2 = Preflight::parseProbe(u"web2"_qs, false, applied);
    web2.values.insert(u"machineid"_qs, u"bbb"_qs);
    const QList<PreflightItem> items = Preflight::analyse(d, {web1, web2});
    for (const PreflightItem &i : items)
        QVERIFY2(i.severity != PreflightItem::Severity::Blocking, qPrintable(i.message));
}

void TestSshUnit::hostJournalDifferences()
{
    // status: what a host's own journal says against this machine's.
    LocalJournal j(u"/nonexistent/journal.json"_qs);
    j.steps = {{u"web1"_qs, u"accounts.hobo"_qs, {}, u"done"_qs, 0, {}, {}, {}},
               {u"web1"_qs, u"database.combo"_qs, {}, u"done"_qs, 0, {}, {}, {}},
               {u"web1"_qs, u"share.folders"_qs, {}, u"already-done"_qs, 0, {}, {}, {}},
               {u"web2"_qs, u"accounts.hobo"_qs, {}, u"rolled-back"_qs, 0, {}, {}, {}}};
    const QStringList same{
        u"begin accounts.hobo"_qs, u"undo accounts.hobo phw_undo_user hobo 2102"_qs,
        u"done accounts.hobo"_qs, u"begin database.combo"_qs, u"done database.combo"_qs};
    QVERIFY(j.differencesWith(u"web1"_qs, same).isEmpty());
    QVERIFY(j.differencesWith(u"web2"_qs, {}).isEmpty());
    // Rolled back by hand on web1, one step applied by a script on web2 and one interrupted.
    const QStringList web1 = j.differencesWith(u"web1"_qs, {});
    QCOMPARE(web1.size(), 1);
    QVERIFY2(web1.first().contains(u"absent from web1's journal"_qs) &&
                 web1.first().contains(u"accounts.hobo, database.combo"_qs),
             qPrintable(web1.first()));
    const QStringList web2 = j.differencesWith(
        u"web2"_qs, {u"begin accounts.hobo"_qs, u"done accounts.hobo"_qs, u"begin attach.hobo"_qs});
    QCOMPARE(web2.size(), 2);
    QVERIFY2(web2.at(0).contains(u"done on web2 but not recorded here"_qs) &&
                 web2.at(0).endsWith(u": accounts.hobo"_qs),
             qPrintable(web2.at(0)));
    QVERIFY2(web2.at(1).contains(u"step attach.hobo began on web2 and did not finish"_qs),
             qPrintable(web2.at(1)));
}

void TestSshUnit::staleLockOwner()
{
    // The share's lock names its owner: machine-id, hostname, PID, start time.
    const QString mine = Runner::ownerTag();
    const QStringList w = mine.split(u' ');
    QCOMPARE(w.size(), 4);
    QVERIFY(!Runner::ownerIsStale(mine)); // this very process
    // A process of this machine that has ended: stale.
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(Runner::ownerIsStale(
        QStringList{w.at(0), w.at(1), QString::number(child), w.at(3)}.join(u' ')));
    // Running (the parent here), but started at another time than the lock's writer: a
    // reused PID, stale.
    QVERIFY(Runner::ownerIsStale(
        QStringList{w.at(0), w.at(1), QString::number(::getppid()), u"999999999999"_qs}.join(
            u' ')));
    // Another machine (or hostname), or a tag that cannot be read: never taken for stale.
    QVERIFY(!Runner::ownerIsStale(
        QStringList{u"0123456789abcdef"_qs, w.at(1), QString::number(child), w.at(3)}.join(u' ')));
    QVERIFY(!Runner::ownerIsStale(
        QStringList{w.at(0), u"elsewhere"_qs, QString::number(child), w.at(3)}.join(u' ')));
    QVERIFY(!Runner::ownerIsStale(u"alice@laptop pid 42"_qs));
    QVERIFY(!Runner::ownerIsStale(QString()));
}

void TestSshUnit::preflightDatabaseCredentials_data()
{
    // The probe's answer about the database credentials (on top of a host otherwise fine),
    // and what the analysis makes of it. "web1" is the host; "*" the deployment as a whole.
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("blocking");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QStringList>("expected"); // "host|severity|text in message|text in hint"
    QTest::newRow("all accepted")
        << QStringList{u"psycopg2 1"_qs, u"dbauth hobo ok"_qs, u"dbauth combo ok"_qs} << 0 << 0
        << QStringList{u"web1|info|database credentials accepted for combo, hobo|"_qs};
    QTest::newRow("no psycopg2")
        << QStringList{u"psycopg2 0"_qs} << 0 << 1
        << QStringList{u"web1|warning|python3-psycopg2 is absent on web1|python3-psycopg2"_qs};
    QTest::newRow("password refused")
        << QStringList{u"psycopg2 1"_qs, u"dbauth hobo ok"_qs,
                       u"dbauth combo refused connection to server at \"sql-prod\" (10.0.0.5), "
                       u"port 5432 failed: FATAL:  "
                       "password authentication failed for user \"combo\""_qs}
        << 1 << 0
        << QStringList{
               u"web1|blocking|refused the credentials of combo (database combo, role combo): connection to server"_qs +
                   u"|PUBLIK_DB_PASSWORD_COMBO"_qs,
               u"web1|blocking|sql-prod:5432|ALTER ROLE combo PASSWORD"_qs,
               u"web1|info|accepted for hobo|"_qs};
    QTest::newRow("refused in French, role name from the deployment")
        << QStringList{u"psycopg2 1"_qs,
                       u"dbauth authentic2-multitenant refused FATAL:  l'authentification par mot de passe a échoué"_qs}
        << 1 << 0
        << QStringList{
               u"web1|blocking|authentic2-multitenant (database authentic2_multitenant, role authentic2_multitenant)"_qs
               u"|PUBLIK_DB_PASSWORD_AUTHENTIC2_MULTITENANT"_qs};
    QTest::newRow("pg_hba")
        << QStringList{u"psycopg2 1"_qs,
                       u"dbauth fargo hba FATAL:  no pg_hba.conf entry for host"_qs}
        << 1 << 0 << QStringList{u"web1|blocking|does not accept connections|pg_hba.conf"_qs};
    QTest::newRow("no database")
        << QStringList{u"psycopg2 1"_qs,
                       u"dbauth chrono nodb FATAL:  database \"chrono\" does not exist"_qs}
        << 1 << 0
        << QStringList{
               u"web1|blocking|the database chrono of chrono does not exist|Create the database chrono"_qs};
    QTest::newRow("other error")
        << QStringList{u"psycopg2 1"_qs, u"dbauth bijoe error timeout expired"_qs} << 1 << 0
        << QStringList{
               u"web1|blocking|cannot connect to the database bijoe as bijoe for bijoe: timeout expired|"_qs};
    QTest::newRow("secret missing, once for all hosts")
        << QStringList{u"psycopg2 1"_qs, u"dbauth passerelle nosecret"_qs} << 0 << 1
        << QStringList{u"*|warning|passerelle not checked|Set PUBLIK_DB_PASSWORD_PASSERELLE"_qs};
    QTest::newRow("everything at once")
        << QStringList{u"psycopg2 1"_qs,
                       u"dbauth hobo refused x"_qs,
                       u"dbauth combo refused y"_qs,
                       u"dbauth fargo hba z"_qs,
                       u"dbauth passerelle nosecret"_qs,
                       u"dbauth chrono ok"_qs}
        << 3 << 1 << QStringList{u"web1|info|accepted for chrono|"_qs};
}

void TestSshUnit::preflightDatabaseCredentials()
{
    QFETCH(QStringList, lines);
    QFETCH(int, blocking);
    QFETCH(int, warnings);
    QFETCH(QStringList, expected);
    LoadResult loaded =
        loadDeploymentFile(QStringLiteral(PHW_SOURCE_DIR) + u"/examples/seed.json"_qs);
    QVERIFY(loaded.ok());
    const Deployment &d = loaded.deployment;
    const QStringList good{u"os debian 12"_qs,   u"cpu 8"_qs,        u"mem 33000000"_qs,
                           u"disk 200000000"_qs, u"mounted 1"_qs,    u"writable 1"_qs,
                           u"sharefree 1000"_qs, u"tokenwrite 1"_qs, u"wwwdata 33:33"_qs,
                           u"db 1"_qs,           u"machineid aaa"_qs};
    const HostFacts web1 = Preflight::parseProbe(u"web1"_qs, true, good + lines);
    HostFacts web2 = Preflight::parseProbe(u"web2"_qs, false, good);
    web2.values.replace(u"machineid"_qs, u"bbb"_qs);
    // A second host with the same missing secret: still one warning for the deployment.
    if (lines.contains(u"dbauth passerelle nosecret"_qs))
        web2.values.insert(u"dbauth"_qs, u"passerelle nosecret"_qs);
    const QList<PreflightItem> items = Preflight::analyse(d, {web1, web2});
    using S = PreflightItem::Severity;
    const auto count = [&](S s) {
        return int(std::count_if(items.cbegin(), items.cend(),
                                 [&](const PreflightItem &i) { return i.severity == s; }));
    };
    const QString text = Preflight::renderText(items);
    QVERIFY2(count(S::Blocking) == blocking, qPrintable(text));
    QVERIFY2(count(S::Warning) == warnings, qPrintable(text));
    for (const QString &e : expected) {
        const QStringList w = e.split(u'|');
        const QString host = w.value(0) == u"*" ? QString() : w.value(0);
        const S severity = w.value(1) == u"blocking"  ? S::Blocking
                           : w.value(1) == u"warning" ? S::Warning
                                                      : S::Info;
        const bool found = std::any_of(items.cbegin(), items.cend(), [&](const PreflightItem &i) {
            return i.host == host && i.severity == severity && i.message.contains(w.value(2)) &&
                   i.hint.contains(w.value(3));
        });
        QVERIFY2(found, qPrintable(e + u"\n"_qs + text));
    }
}

void TestSshUnit::connectFailures_data()
{
    QTest::addColumn<QString>("libssh");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("inMessage"); // French: what the operator reads
    using F = ConnectFailure;
    QTest::newRow("resolve") << u"Failed to resolve hostname web1.example.org (Name or service "
                                u"not known)"_qs
                             << int(F::Resolve) << u"ne se résout pas"_qs;
    QTest::newRow("refused") << u"Connection refused"_qs << int(F::Refused)
                             << u"refuse les connexions sur le port 2222"_qs;
    QTest::newRow("refused, French libc")
        << u"Connexion refusée"_qs << int(F::Refused) << u"refuse les connexions"_qs;
    QTest::newRow("timeout") << u"Timeout connecting to 10.0.0.11"_qs << int(F::Timeout)
                             << u"ne répond pas sur le port 2222 (attendu 15 s)"_qs;
    QTest::newRow("no route") << u"No route to host"_qs << int(F::NoRoute)
                              << u"aucune route réseau"_qs;
    QTest::newRow("other") << u"Socket error: disconnected"_qs << int(F::Other)
                           << u"(libssh : Socket error: disconnected)"_qs;
}

// A failed ssh_connect() is told in the operator's language, with what to do; libssh's
// English text only when it could not be told apart (then quoted as libssh's).
void TestSshUnit::connectFailures()
{
    QFETCH(QString, libssh);
    QFETCH(int, kind);
    QFETCH(QString, inMessage);
    installTranslations(u"fr"_qs);
    QCOMPARE(int(classifyConnectError(libssh)), kind);
    ConnectResult r;
    describeConnectFailure(r, u"web1"_qs, u"web1.example.org"_qs, 2222, 15, libssh);
    installTranslations(u"en"_qs);
    QVERIFY2(r.message.startsWith(u"web1 : "_qs), qPrintable(r.message));
    QVERIFY2(r.message.contains(inMessage), qPrintable(r.message));
    if (kind != int(ConnectFailure::Other))
        QVERIFY2(!r.message.contains(libssh), qPrintable(r.message));
    QVERIFY2(r.hint.startsWith(u"Vérifiez"_qs), qPrintable(r.hint));
    QVERIFY(r.text().endsWith(r.hint));
}

// The files the plan writes, as the probe prints them: content by file, absent files, the
// size that says it was cut.
void TestSshUnit::probeReadsFiles()
{
    const HostFacts f = Preflight::parseProbe(
        u"web1"_qs, true,
        {u"os debian 12"_qs, u"filebegin /etc/combo/settings.d/x.py"_qs,
         u"fileline DATABASES[\"default\"][\"PASSWORD\"] = «…»"_qs, u"fileline "_qs,
         u"fileline end"_qs, u"fileend 70000 /etc/combo/settings.d/x.py"_qs,
         u"fileabsent /etc/systemd/system/combo.service.d/wait-for-nfs.conf"_qs, u"end 1"_qs});
    QCOMPARE(f.value(u"os"_qs), u"debian 12"_qs);
    QVERIFY(!f.values.contains(u"fileline"_qs));
    QCOMPARE(f.files.size(), 2);
    const CurrentFile settings = f.files.value(u"/etc/combo/settings.d/x.py"_qs);
    QVERIFY(settings.present);
    QVERIFY(settings.truncated);
    QCOMPARE(settings.content, u"DATABASES[\"default\"][\"PASSWORD\"] = «…»\n\nend\n"_qs);
    QVERIFY(!f.files.value(u"/etc/systemd/system/combo.service.d/wait-for-nfs.conf"_qs).present);
    // The plan's files of a host, in plan order: what the probe is asked to read.
    const Deployment d =
        loadDeploymentFile(QStringLiteral(PHW_SOURCE_DIR "/examples/seed.json")).deployment;
    const QStringList web1 = Preflight::writtenFiles(d, u"web1"_qs);
    QVERIFY(web1.contains(u"/etc/combo/settings.d/macollectivite.py"_qs));
    QVERIFY(web1.contains(u"/etc/systemd/system/nginx.service.d/wait-for-nfs.conf"_qs) ||
            web1.contains(u"/etc/systemd/system/supervisor.service.d/wait-for-nfs.conf"_qs));
    QVERIFY(!Preflight::writtenFiles(d, u"web2"_qs)
                 .contains(u"/etc/combo/settings.d/macollectivite.py"_qs));
}

// The probe's file reading, run here as it runs on a host: no secret of the host's files in
// what it prints (other spellings than "PASSWORD = ...", values over several lines, .pgpass,
// URLs), and a symbolic link at (or above) a planned path is not followed (review).
void TestSshUnit::probeHidesHostSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString d = dir.path();
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(d + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(u"settings.py"_qs, "DATABASES = {\n"
                             "    'default': {\n"
                             "        'NAME': 'combo',\n"
                             "        'PASSWORD':\n"
                             "            'CANARY1',\n"
                             "        'USER': 'combo',\n"
                             "    }\n"
                             "}\n"
                             "DATABASES['default']['PASSWORD'] = \\\n"
                             "    'CANARY2'\n"
                             "SECRET_KEY = 'CANARY3'\n"
                             "X = {\"password\": (\"CANARY4\"\n"
                             "    \"CANARY5\"), 'HOST': 'db'}\n"
                             "URL = \"postgres://u:CANARY6@h/db\"\n"
                             "AUTH_TOKEN = 'CANARY7'\n"
                             "\"Password\": \"a=CANARY8\"\n"
                             "plain = 1\n");
    write(u"my.pgpass"_qs, "db:5432:*:combo:CANARY9\n");
    write(u"secret-target"_qs, "root:CANARY10:19000:0:99999:7:::\n");
    QVERIFY(QFile::link(d + u"/secret-target"_qs, d + u"/link.py"_qs));
    QVERIFY(QDir(d).mkdir(u"real"_qs));
    write(u"real/f"_qs, "CANARY11\n");
    QVERIFY(QFile::link(d + u"/real"_qs, d + u"/ldir"_qs));
    QProcess sh;
    sh.start(u"sh"_qs,
             {u"-s"_qs, u"--"_qs, d + u"/nomount"_qs, d + u"/nomount/s"_qs, u"tok"_qs, u"read"_qs,
              u"127.0.0.1"_qs, u"1"_qs, u"--"_qs, u"--"_qs, u"--"_qs, d + u"/settings.py"_qs,
              d + u"/my.pgpass"_qs, d + u"/link.py"_qs, d + u"/ldir/f"_qs, u"--"_qs, u"sh"_qs});
    QVERIFY(sh.waitForStarted());
    sh.write(Preflight::probeScript());
    sh.closeWriteChannel();
    QVERIFY(sh.waitForFinished(60000));
    const QString out = QString::fromUtf8(sh.readAllStandardOutput());
    QVERIFY2(!out.contains(u"CANARY"_qs), qPrintable(out));
    const HostFacts f = Preflight::parseProbe(u"web1"_qs, true, out.split(u'\n'));
    const QString settings = f.files.value(d + u"/settings.py"_qs).content;
    QVERIFY(settings.contains(u"'NAME': 'combo',\n"_qs));
    QVERIFY(settings.contains(u"'PASSWORD': «…»\n«…»\n        'USER': 'combo',\n"_qs));
    QVERIFY(settings.endsWith(u"plain = 1\n"_qs));
    QVERIFY(f.files.value(d + u"/my.pgpass"_qs).present);
    QVERIFY(!f.files.contains(d + u"/link.py"_qs));
    QVERIFY(!f.files.contains(d + u"/ldir/f"_qs));
    QCOMPARE(f.value(u"filelink"_qs), d + u"/ldir/f"_qs);
}

void TestSshUnit::lineDiffs()
{
    const QStringList before = diffLines(u"a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"_qs);
    const QStringList after = diffLines(u"a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\n"_qs);
    QCOMPARE(before.size(), 10);
    const QList<DiffLine> diff = lineDiff(before, after);
    QCOMPARE(renderLineDiff(diff, 1), u"  a\n  b\n- c\n+ C\n  d\n  …\n  j\n+ k\n"_qs);
    QVERIFY(lineDiff(before, before).size() == before.size());
    QVERIFY(lineDiff(before, after, 5).isEmpty()); // too large: the caller says so
    QCOMPARE(renderLineDiff(lineDiff({}, {u"x"_qs})), u"+ x\n"_qs);
}

QTEST_GUILESS_MAIN(TestSshUnit)
#include "tst_sshunit.moc"
