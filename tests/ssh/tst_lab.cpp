// On the two-host lab (tests/lab/lab, label "lab"; root; PHW_LAB=1, which ctest sets: the
// test owns the lab, brings it up and resets it): apply over SSH yields the same manifests
// as the exported scripts, a second apply changes nothing, rollback gives the first
// manifests back byte for byte; a password canary appears in no output, journal or process
// list; a second apply at once is refused with the holder's name; the link cut before and
// inside each step; apply refused before any change (share unmounted, another deployment);
// changed and unknown host keys.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 900000, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run lab(const QStringList &args, int timeoutMs = 900000)
{
    return run(QStringLiteral(PHW_LAB_SCRIPT), args, QProcessEnvironment::systemEnvironment(),
               timeoutMs);
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applyMatchesExportAndRollbackRestores_data();
    void applyMatchesExportAndRollbackRestores();
    void secondApplyRefusedWhileOneRuns();
    void linkCutResumes_data();
    void linkCutResumes();
    void linkCutBeforeEachStep();
    void applyRefusedBeforeAnyChange();
    void hostKeysChecked();

private:
    bool hostIsIdle(const QString &host);
    void checkJournalsAgree(const QString &cutStep = {});
    QList<std::pair<QString, QString>> startFromSingleHost();
    void completeThenRollBack();
    QByteArray manifests();
    Run tool(const QStringList &args, const QProcessEnvironment &extra = {});
    QProcessEnvironment env() const;

    QTemporaryDir m_dir;
    QString m_deployment;
    QString m_sshConfig;
    QString m_canary;
    QMap<QString, QString> m_passwords;
    QMap<QString, QByteArray> m_before;   // state -> manifests
    QMap<QString, QByteArray> m_exported; // state -> manifests after the exported scripts
};

void TestLab::initTestCase()
{
    // The lab is shared and reset by this test: it runs only when asked for explicitly.
    if (qEnvironmentVariable("PHW_LAB") != u"1")
        QSKIP("set PHW_LAB=1 to run the lab tests (they reset the lab): PHW_LAB=1 ctest -L lab");
    // Asked for explicitly: from here on, nothing is skipped.
    QVERIFY2(::geteuid() == 0, "PHW_LAB=1: the lab needs root");
    const Run status = lab({u"status"_qs}, 60000);
    if (status.code != 0 || !status.out.contains("web1: running") ||
        !status.out.contains("web2: running")) {
        const Run up = lab({u"up"_qs}, 900000);
        QVERIFY2(up.code == 0, up.err.constData());
    }
    m_deployment = m_dir.filePath(u"lab.json"_qs);
    QFile d(m_deployment);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write(lab({u"deployment"_qs}).out);
    d.close();
    m_sshConfig = m_dir.filePath(u"ssh_config"_qs);
    QFile c(m_sshConfig);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(lab({u"ssh-config"_qs}).out);
    c.close();
    // The lab's passwords (PostgreSQL accepts them), one of them replaced by nothing: the
    // canary goes in a component whose database the test does not open.
    static const QRegularExpression exportLine(u"^export (PUBLIK_DB_PASSWORD_[A-Z0-9_]+)=(.*)$"_qs);
    for (const QByteArray &line : lab({u"db-env"_qs}).out.split('\n')) {
        const QRegularExpressionMatch m = exportLine.match(QString::fromUtf8(line));
        if (m.hasMatch()) {
            QString v = m.captured(2);
            if (v.startsWith(u'\'') && v.endsWith(u'\''))
                v = v.mid(1, v.size() - 2);
            m_passwords.insert(m.captured(1), v);
        }
    }
    QVERIFY(!m_passwords.isEmpty());
    m_canary = QStringLiteral("Canary-%1-x'y\"z$w").arg(::getpid());
}

QProcessEnvironment TestLab::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it)
        e.insert(it.key(), it.key() == u"PUBLIK_DB_PASSWORD_BIJOE" ? m_canary : it.value());
    e.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"xdg"_qs));
    e.insert(u"PUBLIK_HA_LANG"_qs, u"en"_qs);
    return e;
}

Run TestLab::tool(const QStringList &args, const QProcessEnvironment &)
{
    return run(QStringLiteral(PHW_BINARY), args + QStringList{u"--ssh-config"_qs, m_sshConfig},
               env());
}

QByteArray TestLab::manifests()
{
    return lab({u"manifest"_qs, u"web1"_qs}).out + "\n----\n" +
           lab({u"manifest"_qs, u"web2"_qs}).out;
}

void TestLab::applyMatchesExportAndRollbackRestores_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("single-host") << u"single-host"_qs;
    QTest::newRow("bare") << u"bare"_qs;
}

void TestLab::applyMatchesExportAndRollbackRestores()
{
    QFETCH(QString, state);
    QCOMPARE(lab({u"reset"_qs, state}).code, 0);
    const QByteArray before = manifests();

    // 1. The exported scripts, run with OpenSSH: the reference.
    const QString scripts = m_dir.filePath(u"scripts-"_qs + state);
    QCOMPARE(tool({u"export"_qs, m_deployment, u"--script"_qs, scripts}).code, 0);
    for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
        QFile f(scripts + (host == u"web1" ? u"/01-web1.sh"_qs : u"/02-web2.sh"_qs));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Run r = run(u"ssh"_qs, {u"-F"_qs, m_sshConfig, host, u"sh"_qs, u"-s"_qs}, env(),
                          900000, f.readAll());
        QVERIFY2(r.code == 0, r.err.constData());
    }
    const QByteArray exported = manifests();
    m_before.insert(state, before);
    m_exported.insert(state, exported);

    // 2. apply over libssh, from the same starting state.
    QCOMPARE(lab({u"reset"_qs, state}).code, 0);
    QCOMPARE(manifests(), before);
    QDir(m_dir.filePath(u"xdg"_qs)).removeRecursively();
    const Run applied = tool({u"apply"_qs, m_deployment});
    QVERIFY2(applied.code == 0,
             (applied.err + "\n--- stdout (end) ---\n" + applied.out.right(1500)).constData());
    QCOMPARE(manifests(), exported);

    // 3. A second apply changes nothing: every step is reported already done.
    const Run again = tool({u"apply"_qs, m_deployment});
    QVERIFY2(again.code == 0,
             (again.err + "\n--- stdout (end) ---\n" + again.out.right(1500)).constData());
    QVERIFY(again.out.contains("already done"));
    QVERIFY(!again.out.contains("step ") || !again.out.contains(": done\n"));
    QCOMPARE(manifests(), exported);

    const Run status = tool({u"status"_qs, m_deployment});
    QCOMPARE(status.code, 0);
    QVERIFY(status.out.contains("applied"));

    // The canary is nowhere but in the file it belongs to.
    const QByteArray canary = m_canary.toUtf8();
    QVERIFY(!applied.out.contains(canary) && !applied.err.contains(canary));
    QVERIFY(!again.out.contains(canary) && !again.err.contains(canary));
    const Run grepLocal = run(u"grep"_qs, {u"-rlF"_qs, QString::fromUtf8(canary),
                                           m_dir.filePath(u"xdg"_qs), m_deployment});
    QVERIFY2(grepLocal.code == 1, grepLocal.out.constData());
    for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
        const Run j = lab({u"exec"_qs, host, u"sh"_qs, u"-c"_qs,
                           u"cat /var/lib/publik-ha-wizard/lab/journal 2>/dev/null; true"_qs});
        QVERIFY(!j.out.contains(canary));
    }

    // 4. rollback gives back the first manifests, byte for byte.
    const Run back = tool({u"rollback"_qs, m_deployment});
    QVERIFY2(back.code == 0,
             (back.err + "\n--- stdout (end) ---\n" + back.out.right(1500)).constData());
    QCOMPARE(manifests(), before);
}

void TestLab::secondApplyRefusedWhileOneRuns()
{
    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
    QProcess first;
    first.setProcessEnvironment(env());
    first.start(QStringLiteral(PHW_BINARY),
                {u"apply"_qs, m_deployment, u"--ssh-config"_qs, m_sshConfig});
    QByteArray firstOut;
    // Once a step runs, the lock is held. Meanwhile, the hosts' process lists never show the
    // canary.
    bool leaked = false;
    const bool started = QTest::qWaitFor(
        [&] {
            first.waitForReadyRead(100);
            firstOut += first.readAllStandardOutput();
            const Run ps = lab({u"exec"_qs, u"web1"_qs, u"ps"_qs, u"-eo"_qs, u"args"_qs}, 10000);
            leaked = leaked || ps.out.contains(m_canary.toUtf8());
            return firstOut.contains(" | ");
        },
        120000);
    QVERIFY(started);
    const Run second = tool({u"apply"_qs, m_deployment});
    QCOMPARE(second.code, 1);
    QVERIFY2(second.err.contains("locked by") && second.err.contains("pid"),
             second.err.constData());
    while (first.state() != QProcess::NotRunning) {
        const Run ps = lab({u"exec"_qs, u"web2"_qs, u"ps"_qs, u"-eo"_qs, u"args"_qs}, 10000);
        leaked = leaked || ps.out.contains(m_canary.toUtf8());
        first.waitForFinished(200);
    }
    QCOMPARE(first.exitCode(), 0);
    QVERIFY(!leaked);
    QCOMPARE(tool({u"rollback"_qs, m_deployment}).code, 0);
}

QList<std::pair<QString, QString>> TestLab::startFromSingleHost()
{
    // The lab back to single-host, no local journal; every (host, step) in the order apply
    // runs them: the primary, then the secondary.
    QList<std::pair<QString, QString>> targets;
    if (lab({u"reset"_qs, u"single-host"_qs}).code != 0)
        return targets;
    QDir(m_dir.filePath(u"xdg"_qs)).removeRecursively();
    const Run plan = run(QStringLiteral(PHW_BINARY), {u"plan"_qs, m_deployment, u"--json"_qs});
    for (const QJsonValue &h :
         QJsonDocument::fromJson(plan.out).object().value(u"hosts").toArray()) {
        for (const QJsonValue &id : h.toObject().value(u"steps").toArray())
            targets.append({h.toObject().value(u"name").toString(), id.toString()});
    }
    return targets;
}

void TestLab::completeThenRollBack()
{
    // Again: it completes, the result is the exported scripts' result, and rollback gives
    // back the first manifests.
    const Run again = tool({u"apply"_qs, m_deployment});
    QVERIFY2(again.code == 0,
             (again.err + "\n--- stdout (end) ---\n" + again.out.right(1500)).constData());
    checkJournalsAgree();
    QCOMPARE(manifests(), m_exported.value(u"single-host"_qs));
    const Run back = tool({u"rollback"_qs, m_deployment});
    QVERIFY2(back.code == 0,
             (back.err + "\n--- stdout (end) ---\n" + back.out.right(1500)).constData());
    QCOMPARE(manifests(), m_before.value(u"single-host"_qs));
}

void TestLab::linkCutResumes_data()
{
    // The link is cut inside each step in turn (its first output line has arrived), or
    // right after it (its "done" line has arrived, so before the next one): one chain of
    // apply runs per row, each cut at the next step the plan runs.
    QTest::addColumn<QString>("when");
    QTest::newRow("inside each step") << u"inside"_qs;
}

void TestLab::linkCutBeforeEachStep()
{
    // apply --step asks before each step: the link is cut at the question of the step
    // aimed at, then the answer is yes. One run a step of the plan, every one of them cut.
    if (!m_exported.contains(u"single-host"_qs))
        QSKIP(
            "needs the reference manifests of applyMatchesExportAndRollbackRestores(single-host)");
    const QList<std::pair<QString, QString>> targets = startFromSingleHost();
    QVERIFY(targets.size() > 40);
    static const QRegularExpression question(
        u"Step (\\S+) on (\\S+): [^\\n]*\\nRun it\\? \\[y/N\\] "_qs);
    int cuts = 0;
    for (const auto &target : std::as_const(targets)) {
        const QString targetHost = target.first; // plain variables: lambdas capture them
        const QString targetStep = target.second;
        QProcess apply;
        apply.setProcessEnvironment(env());
        apply.start(QStringLiteral(PHW_BINARY),
                    {u"apply"_qs, m_deployment, u"--ssh-config"_qs, m_sshConfig, u"--step"_qs});
        QByteArray out;
        qsizetype answered = 0;
        bool cut = false;
        const bool ended = QTest::qWaitFor(
            [&] {
                apply.waitForReadyRead(20);
                out += apply.readAllStandardOutput();
                QRegularExpressionMatchIterator it = question.globalMatch(QString::fromUtf8(out));
                qsizetype seen = 0;
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    if (++seen <= answered)
                        continue;
                    if (m.captured(1) == targetStep && m.captured(2) == targetHost && !cut) {
                        const Run pids = lab({u"exec"_qs, targetHost, u"pgrep"_qs, u"-f"_qs,
                                              u"^sshd: root@notty"_qs},
                                             10000);
                        for (const QByteArray &pid : pids.out.split('\n')) {
                            if (!pid.trimmed().isEmpty())
                                lab({u"exec"_qs, targetHost, u"kill"_qs, u"-KILL"_qs,
                                     QString::fromLatin1(pid.trimmed())},
                                    10000);
                        }
                        cut = true;
                    }
                    apply.write("y\n");
                    answered = seen;
                }
                return apply.state() == QProcess::NotRunning;
            },
            600000);
        QVERIFY(ended);
        const QByteArray err = apply.readAllStandardError();
        QVERIFY2(cut, (targetHost + u' ' + targetStep).toUtf8().constData());
        QVERIFY2(apply.exitCode() != 0, (targetHost + u' ' + targetStep).toUtf8().constData());
        QVERIFY2(err.contains("link"), err.constData());
        ++cuts;
        QVERIFY(hostIsIdle(targetHost));
        checkJournalsAgree(targetStep);
        // Now the step aimed at runs, so that the next run aims at the next one.
        const Run stepRun =
            run(QStringLiteral(PHW_BINARY),
                {u"apply"_qs, m_deployment, u"--ssh-config"_qs, m_sshConfig, u"--step"_qs}, env(),
                600000, QByteArray("y\n").repeated(static_cast<int>(answered)) + "n\n");
        QVERIFY(
            stepRun.out.contains((u"Step "_qs + targetStep + u" on "_qs + targetHost).toUtf8()));
    }
    qInfo("the link cut before each of the %d steps", cuts);
    QCOMPARE(cuts, static_cast<int>(targets.size()));
    completeThenRollBack();
}

bool TestLab::hostIsIdle(const QString &host)
{
    // The step that ran when the link dropped goes on to its end on the host (SIGPIPE is
    // ignored there); its lock goes with it.
    return QTest::qWaitFor(
        [&] {
            return lab({u"exec"_qs, host, u"test"_qs, u"!"_qs, u"-d"_qs,
                        u"/var/lib/publik-ha-wizard/lab/lock"_qs},
                       10000)
                       .code == 0;
        },
        120000);
}

void TestLab::checkJournalsAgree(const QString &cutStep)
{
    // What this machine's journal says was applied is done on the host, and only the step
    // the link was cut in may be left half-done there (the next run resumes it).
    QFile f(m_dir.filePath(u"xdg/publik-ha-wizard/lab/journal.json"_qs));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray steps =
        QJsonDocument::fromJson(f.readAll()).object().value(u"steps").toArray();
    for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
        const QByteArray journal =
            lab({u"exec"_qs, host, u"sh"_qs, u"-c"_qs,
                 u"cat /var/lib/publik-ha-wizard/lab/journal 2>/dev/null; true"_qs})
                .out;
        QByteArray lastFrame;
        for (const QByteArray &line : journal.split('\n')) {
            if (line.startsWith("begin ") || line.startsWith("done "))
                lastFrame = line;
        }
        QVERIFY2(!lastFrame.startsWith("begin ") || lastFrame == "begin " + cutStep.toUtf8(),
                 (host + u": "_qs + QString::fromUtf8(lastFrame)).toUtf8().constData());
        for (const QJsonValue &v : steps) {
            const QJsonObject o = v.toObject();
            if (o.value(u"host").toString() != host || o.value(u"state").toString() != u"done")
                continue;
            const QByteArray done = "done " + o.value(u"step").toString().toUtf8() + "\n";
            QVERIFY2(journal.contains(done),
                     (host + u": "_qs + o.value(u"step").toString()).toUtf8().constData());
        }
    }
}

void TestLab::linkCutResumes()
{
    QFETCH(QString, when);
    if (!m_exported.contains(u"single-host"_qs))
        QSKIP(
            "needs the reference manifests of applyMatchesExportAndRollbackRestores(single-host)");
    const QList<std::pair<QString, QString>> targets = startFromSingleHost();
    QVERIFY(targets.size() > 40);

    qsizetype next = 0;
    int cuts = 0;
    int runs = 0;
    while (next < targets.size()) {
        QVERIFY2(++runs <= targets.size() + 2, "apply does not progress");
        QProcess apply;
        apply.setProcessEnvironment(env());
        apply.start(QStringLiteral(PHW_BINARY),
                    {u"apply"_qs, m_deployment, u"--ssh-config"_qs, m_sshConfig});
        QByteArray out;
        qsizetype lastCut = -1;
        // Within one run: skip the targets reported already done, cut the link at the first
        // one that runs; if the run survives the cut (the step had already ended, and the
        // rest goes on over another host's link), aim at the next target of the same run.
        while (apply.state() != QProcess::NotRunning && next < targets.size()) {
            QString cutHost;
            const bool reached = QTest::qWaitFor(
                [&] {
                    apply.waitForReadyRead(20);
                    out += apply.readAllStandardOutput();
                    while (next < targets.size()) {
                        const auto &[host, step] = targets.at(next);
                        const QByteArray skipped =
                            (host + u": step "_qs + step + u" already done"_qs).toUtf8();
                        const QByteArray running = (host + u' ' + step + u" | "_qs).toUtf8();
                        const QByteArray done = (host + u' ' + step + u" | ["_qs + host +
                                                 u"] step "_qs + step + u": done"_qs)
                                                    .toUtf8();
                        if (out.contains(skipped)) {
                            ++next;
                            continue;
                        }
                        if (out.contains(when == u"inside" ? running : done)) {
                            cutHost = host;
                            return true;
                        }
                        break;
                    }
                    return next >= targets.size() || apply.state() == QProcess::NotRunning;
                },
                600000);
            QVERIFY(reached);
            if (cutHost.isEmpty() || apply.state() == QProcess::NotRunning)
                break;
            // The run is frozen while its link is cut, so the cut lands where it was aimed
            // (the host goes on with its own work meanwhile).
            const auto applyPid = static_cast<pid_t>(apply.processId());
            QVERIFY(::kill(applyPid, SIGSTOP) == 0);
            // Kill the session's sshd processes on that host (not the listener).
            const Run pids =
                lab({u"exec"_qs, cutHost, u"pgrep"_qs, u"-f"_qs, u"^sshd: root@notty"_qs}, 10000);
            for (const QByteArray &pid : pids.out.split('\n')) {
                if (!pid.trimmed().isEmpty())
                    lab({u"exec"_qs, cutHost, u"kill"_qs, u"-KILL"_qs,
                         QString::fromLatin1(pid.trimmed())},
                        10000);
            }
            QVERIFY(::kill(applyPid, SIGCONT) == 0);
            lastCut = next++;
        }
        if (apply.state() != QProcess::NotRunning)
            QVERIFY(apply.waitForFinished(600000));
        out += apply.readAllStandardOutput();
        const QByteArray err = apply.readAllStandardError();
        if (apply.exitCode() == 0)
            break; // to its end: the result is checked below like any other
        // The run stopped at a cut with a clear message about the link; the journals agree.
        QVERIFY2(lastCut >= 0, err.constData());
        ++cuts;
        QVERIFY2(err.contains("link") || err.contains("connection"), err.constData());
        const auto &[cutHost, cutStep] = targets.at(lastCut);
        QVERIFY(hostIsIdle(cutHost));
        checkJournalsAgree(cutStep);
        next = lastCut + 1;
    }
    // How many runs a cut ends depends on timing (a step may end before the cut lands, and
    // the run goes on): the chain reached the end of the plan, and cut at least once.
    qInfo("%d runs, the link cut in %d of them", runs, cuts);
    QVERIFY(cuts > 0);

    completeThenRollBack();
}

void TestLab::applyRefusedBeforeAnyChange()
{
    // The runner sends the exported script: its guards stop apply before anything changes
    // on the hosts (issue 8: the share unmounted on the primary; issue 9 point 8: a host
    // that carries another deployment), with the script's French message.
    QElapsedTimer timer;
    timer.start();
    const auto refused = [this](const QByteArray &message) {
        QDir(m_dir.filePath(u"xdg"_qs)).removeRecursively();
        const QByteArray before = manifests();
        const Run r = tool({u"apply"_qs, m_deployment, u"--lang"_qs, u"fr"_qs});
        const QByteArray text = r.out + "\n--- stderr ---\n" + r.err;
        QVERIFY2(r.code == 1, text.constData());
        QVERIFY2(text.contains(message), text.constData());
        QCOMPARE(manifests(), before);
    };
    const auto inWeb1 = [](const QString &command) {
        return lab({u"exec"_qs, u"web1"_qs, u"sh"_qs, u"-c"_qs, command}).code;
    };

    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
    QCOMPARE(inWeb1(u"umount -l /srv/nfs && ! mountpoint -q /srv/nfs && [ -d /srv/nfs ]"_qs), 0);
    refused("le partage /srv/nfs n'est pas un système de fichiers monté sur cet hôte");
    if (QTest::currentTestFailed())
        return;

    // The reset mounts the share again; web1 carries the journal of a deployment "ancien".
    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
    QCOMPARE(inWeb1(u"mkdir -p /var/lib/publik-ha-wizard/ancien && printf 'begin accounts.hobo\\n"
                    "done accounts.hobo\\n' >/var/lib/publik-ha-wizard/ancien/journal"_qs),
             0);
    refused("cet hôte prend déjà part au déploiement ancien");
    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
    qInfo("applyRefusedBeforeAnyChange: %lld ms", static_cast<long long>(timer.elapsed()));
}

void TestLab::hostKeysChecked()
{
    // The lab's real sshd: a changed key is refused before authentication with both
    // fingerprints; an unknown key is refused headless, and recorded with the flag.
    QVERIFY(lab({u"up"_qs}).code == 0 || lab({u"status"_qs}).code == 0);
    const QString knownHosts = QString::fromUtf8(lab({u"known-hosts-file"_qs}).out.trimmed());
    QFile real(knownHosts);
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = real.readAll().split('\n');
    const QString otherKey = m_dir.filePath(u"other_ed25519"_qs);
    QCOMPARE(run(u"ssh-keygen"_qs,
                 {u"-q"_qs, u"-t"_qs, u"ed25519"_qs, u"-N"_qs, u""_qs, u"-f"_qs, otherKey})
                 .code,
             0);
    QFile pub(otherKey + u".pub"_qs);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> otherWords = pub.readAll().trimmed().split(' ');
    QByteArray changed;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() >= 3 && words.at(0).contains("10.231.0.11") &&
            words.at(1) == "ssh-ed25519")
            changed += words.at(0) + ' ' + otherWords.at(0) + ' ' + otherWords.at(1) + '\n';
        else if (!line.isEmpty())
            changed += line + '\n';
    }
    const QString changedFile = m_dir.filePath(u"known_hosts_changed"_qs);
    QFile c(changedFile);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(changed);
    c.close();
    const Run refused = tool({u"check"_qs, m_deployment, u"--known-hosts"_qs, changedFile});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("CHANGED") || refused.out.contains("CHANGED"),
             (refused.err + "\n--- stdout (end) ---\n" + refused.out.right(1500)).constData());
    QVERIFY((refused.out + refused.err).contains("SHA256:"));
    // Nothing authenticated on web1 with that file: its sshd accepted no session for it.
    QVERIFY(!(refused.out + refused.err).contains("Connected to web1"));

    const QString emptyFile = m_dir.filePath(u"known_hosts_empty"_qs);
    QFile e(emptyFile);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.close();
    const Run unknown = tool({u"check"_qs, m_deployment, u"--known-hosts"_qs, emptyFile});
    QCOMPARE(unknown.code, 1);
    QVERIFY2((unknown.out + unknown.err).contains("unknown"),
             (unknown.err + "\n--- stdout (end) ---\n" + unknown.out.right(1500)).constData());
    QVERIFY(QFileInfo(emptyFile).size() == 0);
    const Run accepted = tool(
        {u"check"_qs, m_deployment, u"--known-hosts"_qs, emptyFile, u"--accept-new-host-keys"_qs});
    QVERIFY2(!(accepted.out + accepted.err).contains("unknown"),
             (accepted.err + "\n--- stdout (end) ---\n" + accepted.out.right(1500)).constData());
    QVERIFY(QFileInfo(emptyFile).size() > 0);
}

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
