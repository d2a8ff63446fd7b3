// On the two-host lab (tests/lab/lab, label "lab"; root; PHW_LAB=1, which ctest sets: the
// test owns the lab, brings it up and resets it): apply over SSH yields the same manifests
// as the exported scripts, a second apply changes nothing, rollback gives the first
// manifests back byte for byte; a password canary appears in no output, journal or process
// list; a second apply at once is refused with the holder's name; the link cut before and
// inside each step; apply refused before any change (share unmounted, another deployment);
// apply refuses what check blocks on (a password PostgreSQL rejects, a share not mounted)
// before changing anything, and restarts a running service whose settings it rewrites;
// Ctrl-C and SIGTERM stop a run saying where, release the lock, and a lock left by a killed
// run is taken over; rollback asks first; status compares with the hosts' journals; changed
// and unknown host keys. Rollback (issue 9): production writing on the primary during the
// secondary's apply and rollback loses nothing; rollback follows the hosts' journals with an
// edited file; it refuses a secondary without journal that is still attached and a primary
// whose secondaries are attached; rollback interrupted in each step (the host library's
// test interruption point: killed, by the tool and by the exported scripts; the link cut)
// completes when run again; Ctrl-C during rollback says where it stopped and exits 130; a
// share step without space changes nothing and leaves the service running.
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
#include <functional>
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
    void linkCutResumes_data();
    void linkCutResumes();
    void linkCutBeforeEachStep();
    void applyRefusedBeforeAnyChange();
    void checksBlockApplyThenRestart();
    void unmountedShareNamed();
    void interruptedApplyResumes();
    void hostKeysChecked();
    void productionWritesKept_data();
    void productionWritesKept();
    void rollbackFollowsHostJournals();
    void rollbackInterruptedResumes_data();
    void rollbackInterruptedResumes();
    void shareStepWithoutSpace();

private:
    QByteArray resetSingleHost();
    Run labSh(const QString &host, const QString &command, int timeoutMs = 60000);
    QStringList writtenByProduction(const QString &host);
    void startProduction(QProcess &writer);
    void stopProduction(QProcess &writer);
    int productionCount();
    QString writeDeployment(const QString &name, const std::function<void(QJsonObject &)> &edit);
    struct UndoTarget
    {
        QString host;
        QString step;
        int undos = 0;
    };
    QList<UndoTarget> rollbackTargets();
    bool armInterruption(const UndoTarget &target, const QString &at, const QString &how);
    bool interruptionFired(const QString &host);
    void rollbackCtrlC();
    bool hostIsIdle(const QString &host);
    void checkJournalsAgree(const QString &cutStep = {});
    QList<std::pair<QString, QString>> startFromSingleHost();
    void completeThenRollBack();
    QByteArray manifests();
    QByteArray servicePid(const QString &host, const QString &service);
    bool lockGone();
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
    // apply checks every database password first (as check does): PostgreSQL is given this
    // test's, the canary included (an earlier lab user may have set others).
    const Run set = run(QStringLiteral(PHW_LAB_SCRIPT), {u"db-passwords"_qs}, env(), 120000);
    QVERIFY2(set.code == 0, set.err.constData());
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

Run TestLab::tool(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcessEnvironment e = env();
    for (const QString &key : extra.keys())
        e.insert(key, extra.value(key));
    return run(QStringLiteral(PHW_BINARY), args + QStringList{u"--ssh-config"_qs, m_sshConfig}, e);
}

QByteArray TestLab::servicePid(const QString &host, const QString &service)
{
    // The stand-in daemons' pidfile, when the process it names runs.
    return lab({u"exec"_qs, host, u"sh"_qs, u"-c"_qs,
                u"p=$(cat /run/"_qs + service + u".pid) && kill -0 \"$p\" && echo \"$p\""_qs},
               10000)
        .out.trimmed();
}

bool TestLab::lockGone()
{
    return lab({u"exec"_qs, u"web1"_qs, u"test"_qs, u"!"_qs, u"-e"_qs,
                u"/srv/nfs/.publik-ha-wizard/lab/lock"_qs},
               10000)
               .code == 0;
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
    const Run back = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
    QVERIFY2(back.code == 0,
             (back.err + "\n--- stdout (end) ---\n" + back.out.right(1500)).constData());
    QCOMPARE(manifests(), before);
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
    const Run back = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
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
        QVERIFY2(cut, ((targetHost + u' ' + targetStep).toUtf8() + "\n" + out.right(2000) + "\n" +
                       err.right(2000))
                          .constData());
        QVERIFY2(apply.exitCode() != 0, (targetHost + u' ' + targetStep).toUtf8().constData());
        QVERIFY2(err.contains("link"), err.constData());
        ++cuts;
        QVERIFY(hostIsIdle(targetHost));
        checkJournalsAgree(targetStep);
        // The next run answers yes up to the next step aimed at: the step cut here runs (or
        // resumes) in it first, so no run of its own is needed in between.
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
    const auto refused = [this](const QByteArray &message, const QByteArray &orMessage = {}) {
        QDir(m_dir.filePath(u"xdg"_qs)).removeRecursively();
        const QByteArray before = manifests();
        const Run r = tool({u"apply"_qs, m_deployment, u"--lang"_qs, u"fr"_qs});
        const QByteArray text = r.out + "\n--- stderr ---\n" + r.err;
        QVERIFY2(r.code == 1, text.constData());
        QVERIFY2(text.contains(message) || (!orMessage.isEmpty() && text.contains(orMessage)),
                 text.constData());
        QCOMPARE(manifests(), before);
    };
    const auto inWeb1 = [](const QString &command) {
        return lab({u"exec"_qs, u"web1"_qs, u"sh"_qs, u"-c"_qs, command}).code;
    };

    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
    QCOMPARE(inWeb1(u"umount -l /srv/nfs && ! mountpoint -q /srv/nfs && [ -d /srv/nfs ]"_qs), 0);
    // apply's own checks (preflight) see it first; the script's guard would refuse as well.
    refused("le partage /srv/nfs n'est pas un système de fichiers monté sur cet hôte",
            "web1 : le partage n'est pas monté sur /srv/nfs");
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

void TestLab::checksBlockApplyThenRestart()
{
    // Issue 9, point 5: apply blocks on what check blocks on (a database password PostgreSQL
    // rejects), with the same finding and before changing anything; with the right password
    // it writes the settings and restarts the running service, also when only that file is
    // rewritten. Point 11: rollback asks first (refused without a terminal and --yes); status
    // says it is this machine's journal and compares it with the hosts'.
    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
    QDir(m_dir.filePath(u"xdg"_qs)).removeRecursively();
    const QByteArray before = manifests();
    const QByteArray comboAtFirst = servicePid(u"web1"_qs, u"combo"_qs);
    QVERIFY(!comboAtFirst.isEmpty());

    QProcessEnvironment wrong;
    wrong.insert(u"PUBLIK_DB_PASSWORD_COMBO"_qs, u"not-the-password"_qs);
    wrong.insert(u"PUBLIK_HA_LANG"_qs, u"fr"_qs);
    const Run checked = tool({u"check"_qs, m_deployment}, wrong);
    QCOMPARE(checked.code, 1);
    const Run blocked = tool({u"apply"_qs, m_deployment}, wrong);
    QVERIFY2(blocked.code == 1, (blocked.err + "\n--- stdout ---\n" + blocked.out).constData());
    // check's finding about combo (message and hint, in French), word for word.
    const QList<QByteArray> checkLines = checked.out.split('\n');
    int found = 0;
    for (qsizetype i = 1; i < checkLines.size(); ++i) {
        if (!checkLines.at(i).contains("PUBLIK_DB_PASSWORD_COMBO"))
            continue;
        ++found;
        QVERIFY2(
            blocked.err.contains(checkLines.at(i - 1)) && blocked.err.contains(checkLines.at(i)),
            (checkLines.at(i - 1) + "\n" + checkLines.at(i) + "\n--- apply ---\n" + blocked.err)
                .constData());
    }
    QVERIFY2(found >= 1, checked.out.constData()); // each host checks the credentials
    QVERIFY2(!blocked.err.contains("apply stopped before changing anything"),
             blocked.err.constData());
    QVERIFY2(!blocked.out.contains(" | "), blocked.out.constData()); // no step ran
    QCOMPARE(manifests(), before);
    QCOMPARE(servicePid(u"web1"_qs, u"combo"_qs), comboAtFirst);

    // The right password: apply goes, writes it, and restarts combo, which was running.
    const Run applied = tool({u"apply"_qs, m_deployment});
    QVERIFY2(applied.code == 0,
             (applied.err + "\n--- stdout (end) ---\n" + applied.out.right(1500)).constData());
    QVERIFY2(applied.out.contains("web1 database.combo | restarting combo"),
             applied.out.constData());
    QCOMPARE(lab({u"db-check"_qs, u"web1"_qs, u"combo"_qs}).code, 0);

    // The settings rewritten with a password PostgreSQL rejects (the exported script, which
    // has no preflight), then apply with the right one: that step alone runs, and combo is
    // restarted on it (its PID changes), so that it reads the fixed file.
    const QString scripts = m_dir.filePath(u"scripts-restart"_qs);
    QCOMPARE(tool({u"export"_qs, m_deployment, u"--script"_qs, scripts}).code, 0);
    QFile web1Script(scripts + u"/01-web1.sh"_qs);
    QVERIFY(web1Script.open(QIODevice::ReadOnly));
    const QByteArray web1Text = web1Script.readAll();
    QProcessEnvironment wrongEnv = env();
    wrongEnv.insert(u"PUBLIK_DB_PASSWORD_COMBO"_qs, u"not-the-password"_qs);
    const Run broke = run(u"ssh"_qs,
                          {u"-F"_qs, m_sshConfig, u"web1"_qs, u"sh"_qs, u"-s"_qs, u"--"_qs,
                           u"--step=database.combo"_qs},
                          wrongEnv, 120000, web1Text);
    QVERIFY2(broke.code == 0, broke.err.constData());
    QVERIFY(lab({u"db-check"_qs, u"web1"_qs, u"combo"_qs}).code != 0);
    const QByteArray comboBefore = servicePid(u"web1"_qs, u"combo"_qs);
    QVERIFY(!comboBefore.isEmpty());
    const Run fixed = tool({u"apply"_qs, m_deployment});
    QVERIFY2(fixed.code == 0,
             (fixed.err + "\n--- stdout (end) ---\n" + fixed.out.right(1500)).constData());
    QVERIFY2(fixed.out.contains("web1 database.combo | restarting combo"), fixed.out.constData());
    const QByteArray comboAfter = servicePid(u"web1"_qs, u"combo"_qs);
    QVERIFY2(!comboAfter.isEmpty() && comboAfter != comboBefore,
             (comboBefore + " -> " + comboAfter).constData());
    QCOMPARE(lab({u"db-check"_qs, u"web1"_qs, u"combo"_qs}).code, 0);
    const QByteArray applied2 = manifests();
    if (m_exported.contains(u"single-host"_qs))
        QCOMPARE(applied2, m_exported.value(u"single-host"_qs));

    // status: this machine's journal, and the hosts' agree with it.
    const Run status = tool({u"status"_qs, m_deployment});
    QCOMPARE(status.code, 0);
    QVERIFY2(status.out.contains("This machine's journal only") &&
                 status.out.contains("web1: its journal agrees with this one.") &&
                 status.out.contains("web2: its journal agrees with this one."),
             (status.out + status.err).constData());
    const Run local = tool({u"status"_qs, m_deployment, u"--local"_qs});
    QCOMPARE(local.code, 0);
    QVERIFY(!local.out.contains("agrees"));

    // rollback asks first: without a terminal (as here) and without --yes, it refuses (2).
    const Run refused = tool({u"rollback"_qs, m_deployment});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
    QCOMPARE(manifests(), applied2);
    const Run back = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
    QVERIFY2(back.code == 0,
             (back.err + "\n--- stdout (end) ---\n" + back.out.right(1500)).constData());
    QCOMPARE(manifests(), before);
    QVERIFY(!servicePid(u"web1"_qs, u"combo"_qs).isEmpty());

    // A step run by the exported script after that: status points at the difference.
    const Run byHand = run(u"ssh"_qs,
                           {u"-F"_qs, m_sshConfig, u"web1"_qs, u"sh"_qs, u"-s"_qs, u"--"_qs,
                            u"--step=database.combo"_qs},
                           env(), 120000, web1Text);
    QVERIFY2(byHand.code == 0, byHand.err.constData());
    const Run differ = tool({u"status"_qs, m_deployment});
    QCOMPARE(differ.code, 0);
    QVERIFY2(differ.out.contains("web1: its journal differs from this one:") &&
                 differ.out.contains("done on web1 but not recorded here as applied") &&
                 differ.out.contains("database.combo") &&
                 differ.out.contains("web2: its journal agrees with this one."),
             differ.out.constData());
}

void TestLab::unmountedShareNamed()
{
    // Issue 9, points 5 and 11: the share not mounted on the secondary. check says so and
    // reports nothing about writing in the bare folder; apply stops on it before changing
    // anything; the exported script says the share is not mounted (not "run the primary's
    // script first").
    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
    QDir(m_dir.filePath(u"xdg"_qs)).removeRecursively();
    const Run umount = lab({u"exec"_qs, u"web2"_qs, u"umount"_qs, u"/srv/nfs"_qs}, 10000);
    QVERIFY2(umount.code == 0, umount.err.constData());
    const QByteArray before = manifests();

    const Run checked = tool({u"check"_qs, m_deployment});
    QCOMPARE(checked.code, 1);
    QVERIFY2(checked.out.contains("[web2] blocking: web2: the share is not mounted on /srv/nfs."),
             checked.out.constData());
    QVERIFY2(!checked.out.contains("web2: share /srv/nfs writable") &&
                 !checked.out.contains("web2: root cannot write") &&
                 !checked.out.contains("is not the same share"),
             checked.out.constData());

    const Run applied = tool({u"apply"_qs, m_deployment});
    QCOMPARE(applied.code, 1);
    QVERIFY2(applied.err.contains("web2: the share is not mounted on /srv/nfs."),
             applied.err.constData());
    QVERIFY2(!applied.out.contains(" | "), applied.out.constData());
    QCOMPARE(manifests(), before);

    const QString scripts = m_dir.filePath(u"scripts-unmounted"_qs);
    QCOMPARE(tool({u"export"_qs, m_deployment, u"--script"_qs, scripts}).code, 0);
    QFile f(scripts + u"/02-web2.sh"_qs);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run byHand = run(u"ssh"_qs, {u"-F"_qs, m_sshConfig, u"web2"_qs, u"sh"_qs, u"-s"_qs},
                           env(), 300000, f.readAll());
    QVERIFY(byHand.code != 0);
    QVERIFY2((byHand.err.contains("not mounted") || byHand.err.contains("not a mounted")) &&
                 !byHand.err.contains("run the primary host's script first"),
             byHand.err.constData());
    QCOMPARE(lab({u"reset"_qs, u"single-host"_qs}).code, 0);
}

void TestLab::interruptedApplyResumes()
{
    // Issue 9, point 10: Ctrl-C lets the running step end, then says where it stopped,
    // releases the share's lock, exits 130; Ctrl-C then SIGTERM closes the running step's
    // channel at once (the step ends on its host); a run killed outright leaves its lock,
    // which the next run, on the same machine, takes over; that run completes.
    QVERIFY(!startFromSingleHost().isEmpty());
    const auto startApply = [this](QProcess &p) {
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(PHW_BINARY),
                {u"apply"_qs, m_deployment, u"--ssh-config"_qs, m_sshConfig});
        return p.waitForStarted();
    };
    const auto waitForLine = [](QProcess &p, QByteArray &out, const QByteArray &what) {
        (void)QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(20);
                out += p.readAllStandardOutput();
                return out.contains(what) || p.state() == QProcess::NotRunning;
            },
            600000);
        return out.contains(what) && p.state() == QProcess::Running;
    };
    QElapsedTimer clock;
    clock.start();

    // 1. Ctrl-C inside a step of the primary.
    {
        QProcess apply;
        QVERIFY(startApply(apply));
        QByteArray out;
        QVERIFY2(waitForLine(apply, out, "web1 share.wcs | "), out.constData());
        QVERIFY(::kill(static_cast<pid_t>(apply.processId()), SIGINT) == 0);
        QVERIFY(apply.waitForFinished(600000));
        const QByteArray err = apply.readAllStandardError();
        QVERIFY2(apply.exitStatus() == QProcess::NormalExit && apply.exitCode() == 130,
                 err.constData());
        QVERIFY2(err.contains("Interrupted: apply stopped") &&
                     QRegularExpression(u"web1: stopped before step \\S+ \\("_qs)
                         .match(QString::fromUtf8(err))
                         .hasMatch() &&
                     err.contains("/var/lib/publik-ha-wizard/lab/journal") &&
                     err.contains("web2: not started") && err.contains("Run apply again"),
                 err.constData());
        QVERIFY(lockGone());
        checkJournalsAgree();
    }
    // 2. Ctrl-C, then SIGTERM, inside the secondary's packages: stopped at once.
    {
        QProcess apply;
        QVERIFY(startApply(apply));
        QByteArray out;
        QVERIFY2(waitForLine(apply, out, "web2 packages.secondary | "), out.constData());
        QVERIFY(::kill(static_cast<pid_t>(apply.processId()), SIGINT) == 0);
        QVERIFY(::kill(static_cast<pid_t>(apply.processId()), SIGTERM) == 0);
        QVERIFY(apply.waitForFinished(600000));
        const QByteArray err = apply.readAllStandardError();
        QVERIFY2(apply.exitStatus() == QProcess::NormalExit && apply.exitCode() == 130,
                 err.constData());
        QVERIFY2(err.contains("web2: step packages.secondary") ||
                     err.contains("web2: stopped before step"),
                 err.constData());
        QVERIFY2(err.contains("web1: every step is done."), err.constData());
        QVERIFY(lockGone());
        QVERIFY(hostIsIdle(u"web2"_qs));
        checkJournalsAgree(u"packages.secondary"_qs);
    }
    // 3. Killed outright (SIGKILL) inside a step: its lock stays, naming a dead process.
    {
        QProcess apply;
        QVERIFY(startApply(apply));
        QByteArray out;
        QVERIFY2(waitForLine(apply, out, " | "), out.constData());
        QVERIFY(::kill(static_cast<pid_t>(apply.processId()), SIGKILL) == 0);
        QVERIFY(apply.waitForFinished(60000));
        QVERIFY(!lockGone());
        QVERIFY(hostIsIdle(u"web1"_qs) && hostIsIdle(u"web2"_qs));
    }
    // 4. The next run takes that lock over, says so, resumes and completes.
    const Run again = tool({u"apply"_qs, m_deployment});
    QVERIFY2(again.code == 0,
             (again.err + "\n--- stdout (end) ---\n" + again.out.right(1500)).constData());
    QVERIFY2(again.out.contains("a process of this machine that no longer runs: taken over"),
             again.out.left(3000).constData());
    QVERIFY(lockGone());
    checkJournalsAgree();
    if (m_exported.contains(u"single-host"_qs))
        QCOMPARE(manifests(), m_exported.value(u"single-host"_qs));
    const Run back = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
    if (back.code != 0)
        qWarning().noquote() << back.err;
    QVERIFY2(back.code == 0,
             (back.err + "\n--- stdout (end) ---\n" + back.out.right(1500)).constData());
    if (m_before.contains(u"single-host"_qs))
        QCOMPARE(manifests(), m_before.value(u"single-host"_qs));
    qInfo("interrupted, stopped at once, killed, then resumed and rolled back in %lld s",
          clock.elapsed() / 1000);
}

void TestLab::hostKeysChecked()
{
    // The lab's real sshd: a changed key is refused before authentication with both
    // fingerprints; an unknown key is refused headless, and recorded with the flag.
    QVERIFY(lab({u"up"_qs}).code == 0 || lab({u"status"_qs}).code == 0);
    // up gives the roles the lab's default passwords: this test's again (apply checks them).
    const Run set = run(QStringLiteral(PHW_LAB_SCRIPT), {u"db-passwords"_qs}, env(), 120000);
    QVERIFY2(set.code == 0, set.err.constData());
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

// ---- rollback (issue 9) -----------------------------------------------------------------

namespace {

// Production on web1: writes tenants' uploads into /var/lib/hobo (hobo is the first
// component moved to the share and the last brought back) through the host's link, one
// file after the other, each logged once written, until told to stop. The pause paces the
// emulated production; the test itself waits on conditions only.
const char kProductionWriter[] = R"SH(d=/var/lib/hobo/tenants/prod-writer
rm -f /run/phw-writer.stop
: >/run/phw-writer.log
mkdir -p "$d" || exit 1
i=0
while [ ! -e /run/phw-writer.stop ]; do
    i=$((i + 1))
    if echo "upload $i" >"$d/upload-$i"; then echo "$d/upload-$i" >>/run/phw-writer.log; fi
    sleep 0.05
done
)SH";

// On web2, every dpkg run (the secondary's installation and its purge) first and last
// writes a file into hobo's folder on the share: something that appears there while
// apt-get runs and that the packages did not make.
const char kDpkgHook[] =
    R"(DPkg::Pre-Invoke { "if [ -d /srv/nfs/publik/var/lib/hobo ]; then d=/srv/nfs/publik/var/lib/hobo/tenants/prod-hook; n=$(($(cat /run/phw-hook.n 2>/dev/null || echo 0) + 1)); echo $n >/run/phw-hook.n; mkdir -p $d && echo pre >$d/pre-$n && echo $d/pre-$n >>/run/phw-hook.log; fi"; };
DPkg::Post-Invoke { "if [ -d /srv/nfs/publik/var/lib/hobo ]; then d=/srv/nfs/publik/var/lib/hobo/tenants/prod-hook; n=$(($(cat /run/phw-hook.n 2>/dev/null || echo 0) + 1)); echo $n >/run/phw-hook.n; mkdir -p $d && echo post >$d/post-$n && echo $d/post-$n >>/run/phw-hook.log; fi"; };
)";

const char kHookFile[] = "/etc/apt/apt.conf.d/99phw-lab-production";

} // namespace

QByteArray TestLab::resetSingleHost()
{
    // The lab back to single-host, no local journal: the manifests (nothing on failure).
    if (lab({u"reset"_qs, u"single-host"_qs}).code != 0)
        return {};
    QDir(m_dir.filePath(u"xdg"_qs)).removeRecursively();
    return manifests();
}

Run TestLab::labSh(const QString &host, const QString &command, int timeoutMs)
{
    return lab({u"exec"_qs, host, u"sh"_qs, u"-c"_qs, command}, timeoutMs);
}

void TestLab::startProduction(QProcess &writer)
{
    writer.start(QStringLiteral(PHW_LAB_SCRIPT), {u"exec"_qs, u"web1"_qs, u"sh"_qs, u"-c"_qs,
                                                  QString::fromLatin1(kProductionWriter)});
    QVERIFY(writer.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return productionCount() > 0; }, 60000));
}

int TestLab::productionCount()
{
    return labSh(u"web1"_qs, u"wc -l </run/phw-writer.log 2>/dev/null || echo 0"_qs, 10000)
        .out.trimmed()
        .toInt();
}

void TestLab::stopProduction(QProcess &writer)
{
    QCOMPARE(labSh(u"web1"_qs, u"touch /run/phw-writer.stop"_qs).code, 0);
    QVERIFY(writer.waitForFinished(60000));
}

QStringList TestLab::writtenByProduction(const QString &host)
{
    // What the writer and the hook wrote and is not on HOST (as HOST sees hobo's data
    // folder), one line each; nothing when every file is there.
    const QByteArray hook = labSh(u"web2"_qs, u"cat /run/phw-hook.log 2>/dev/null; true"_qs).out;
    QString check = u"missing=0; n=0; while IFS= read -r f; do n=$((n+1)); [ -f \"$f\" ] || "
                    "echo \"missing $f\"; done </run/phw-writer.log; "_qs;
    for (const QByteArray &line : hook.split('\n')) {
        if (line.isEmpty())
            continue;
        QString f = QString::fromUtf8(line);
        f.replace(u"/srv/nfs/publik/var/lib/hobo"_qs, u"/var/lib/hobo"_qs);
        check += u"[ -f "_qs + f + u" ] || echo \"missing "_qs + f + u"\"; "_qs;
    }
    check += u"true"_qs;
    QStringList missing;
    for (const QByteArray &line : labSh(host, check).out.split('\n')) {
        if (!line.isEmpty())
            missing.append(QString::fromUtf8(line));
    }
    return missing;
}

QString TestLab::writeDeployment(const QString &name,
                                 const std::function<void(QJsonObject &)> &edit)
{
    QFile in(m_deployment);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    edit(o);
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(o).toJson());
    return path;
}

void TestLab::productionWritesKept_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("exported scripts") << u"scripts"_qs;
    QTest::newRow("tool") << u"tool"_qs;
}

void TestLab::productionWritesKept()
{
    // Production writes on the primary (through the share) during the secondary's whole
    // apply and rollback, and files appear on the share while apt-get runs on the
    // secondary: none is lost, and the hosts' manifests come back to the first ones.
    QFETCH(QString, route);
    QElapsedTimer timer;
    timer.start();
    const QByteArray before = resetSingleHost();
    QVERIFY(!before.isEmpty());
    QCOMPARE(labSh(u"web2"_qs, u"rm -f /run/phw-hook.log /run/phw-hook.n && cat >"_qs +
                                   QString::fromLatin1(kHookFile) + u" <<'EOF'\n"_qs +
                                   QString::fromLatin1(kDpkgHook) + u"EOF\n"_qs)
                 .code,
             0);
    QProcess writer;
    int duringInstall = -1;
    auto watchInstall = [&](const QByteArray &out, const QByteArray &started,
                            const QByteArray &done, int &atStart) {
        if (atStart < 0 && out.contains(started))
            atStart = productionCount();
        if (duringInstall < 0 && atStart >= 0 && out.contains(done))
            duringInstall = productionCount() - atStart;
    };

    if (route == u"scripts") {
        const QString scripts = m_dir.filePath(u"scripts-production"_qs);
        QCOMPARE(tool({u"export"_qs, m_deployment, u"--script"_qs, scripts}).code, 0);
        auto script = [&](const QString &host, const QString &file, const QStringList &args = {}) {
            QFile f(scripts + u'/' + file);
            f.open(QIODevice::ReadOnly);
            return run(u"ssh"_qs,
                       QStringList{u"-F"_qs, m_sshConfig, host, u"sh"_qs, u"-s"_qs, u"--"_qs} +
                           args,
                       env(), 900000, f.readAll());
        };
        const Run primary = script(u"web1"_qs, u"01-web1.sh"_qs);
        QVERIFY2(primary.code == 0, primary.err.constData());
        startProduction(writer);
        // The secondary's script, followed line by line.
        QProcess secondary;
        secondary.setProcessEnvironment(env());
        secondary.start(u"ssh"_qs, {u"-F"_qs, m_sshConfig, u"web2"_qs, u"sh"_qs, u"-s"_qs});
        QFile f(scripts + u"/02-web2.sh"_qs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        secondary.write(f.readAll());
        secondary.closeWriteChannel();
        QByteArray out;
        int atStart = -1;
        QVERIFY(QTest::qWaitFor(
            [&] {
                secondary.waitForReadyRead(20);
                out += secondary.readAllStandardOutput();
                watchInstall(out, "packages.secondary: ", "step packages.secondary: done", atStart);
                return secondary.state() == QProcess::NotRunning;
            },
            900000));
        QVERIFY2(secondary.exitCode() == 0, secondary.readAllStandardError().constData());
        QVERIFY2(out.contains("rollback keeps them"), out.right(3000).constData());
        // The primary's rollback is refused while web2 is attached: nothing changes.
        const QByteArray applied = manifests();
        const Run early = script(u"web1"_qs, u"01-web1.sh"_qs, {u"--rollback"_qs});
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains("web2") && early.err.contains("attached"),
                 early.err.constData());
        QVERIFY(writtenByProduction(u"web1"_qs).isEmpty());
        const Run back2 = script(u"web2"_qs, u"02-web2.sh"_qs, {u"--rollback"_qs});
        QVERIFY2(back2.code == 0, back2.err.constData());
        stopProduction(writer);
        QVERIFY2(writtenByProduction(u"web1"_qs).isEmpty(),
                 writtenByProduction(u"web1"_qs).join(u'\n').toUtf8().constData());
        Q_UNUSED(applied);
        const Run back1 = script(u"web1"_qs, u"01-web1.sh"_qs, {u"--rollback"_qs});
        QVERIFY2(back1.code == 0, back1.err.constData());
    } else {
        QProcess apply;
        apply.setProcessEnvironment(env());
        apply.start(QStringLiteral(PHW_BINARY),
                    {u"apply"_qs, m_deployment, u"--ssh-config"_qs, m_sshConfig});
        QByteArray out;
        int atStart = -1;
        bool writing = false;
        // The same apply shows that a second one at once is refused with the holder's name,
        // and that the hosts' process lists never show the password canary meanwhile.
        Run second;
        bool leaked = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                apply.waitForReadyRead(20);
                out += apply.readAllStandardOutput();
                for (const QString &host : {u"web1"_qs, u"web2"_qs}) {
                    const Run ps = lab({u"exec"_qs, host, u"ps"_qs, u"-eo"_qs, u"args"_qs}, 10000);
                    leaked = leaked || ps.out.contains(m_canary.toUtf8());
                }
                // Once a step runs, the lock is held.
                if (second.code < 0 && out.contains(" | "))
                    second = tool({u"apply"_qs, m_deployment});
                // From the moment hobo's data is on the share, production writes there.
                if (!writing && out.contains("web1 share.hobo | step share.hobo: done")) {
                    startProduction(writer);
                    writing = true;
                }
                watchInstall(out, "web2 packages.secondary | ",
                             "web2 packages.secondary | step packages.secondary: done", atStart);
                return apply.state() == QProcess::NotRunning;
            },
            900000));
        QVERIFY2(apply.exitCode() == 0, apply.readAllStandardError().constData());
        QVERIFY(writing);
        QVERIFY(!leaked);
        QCOMPARE(second.code, 1);
        QVERIFY2(second.err.contains("locked by") && second.err.contains("pid"),
                 second.err.constData());
        // Another secondary recorded as attached (web9): the tool rolls web2 back, then
        // web1 refuses and stays as it is, with production still writing.
        QCOMPARE(
            labSh(u"web1"_qs, u"echo web9 >/srv/nfs/.publik-ha-wizard/lab/attached/web9"_qs).code,
            0);
        const Run refused = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("web9") && refused.err.contains("attached"),
                 refused.err.constData());
        QCOMPARE(labSh(u"web2"_qs, u"test -e /var/lib/publik-ha-wizard/lab/journal"_qs).code, 1);
        QCOMPARE(labSh(u"web1"_qs, u"test -L /var/lib/hobo"_qs).code, 0);
        stopProduction(writer);
        QVERIFY2(writtenByProduction(u"web1"_qs).isEmpty(),
                 writtenByProduction(u"web1"_qs).join(u'\n').toUtf8().constData());
        QCOMPARE(labSh(u"web1"_qs, u"rm /srv/nfs/.publik-ha-wizard/lab/attached/web9"_qs).code, 0);
        // Run again: web2 has nothing left to undo, web1 is rolled back.
        const Run back = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
        QVERIFY2(back.code == 0,
                 (back.err + "\n--- stdout (end) ---\n" + back.out.right(1500)).constData());
        QVERIFY(back.out.contains("nothing to undo"));
    }
    // Production wrote during the secondary's installation, and every file it wrote is
    // found after the rollbacks, now in the primary's own folder again.
    qInfo("%d files written by production during packages.secondary", duringInstall);
    QVERIFY(duringInstall > 0);
    const QStringList missing = writtenByProduction(u"web1"_qs);
    QVERIFY2(missing.isEmpty(), missing.join(u'\n').toUtf8().constData());
    const int written = productionCount();
    const Run hooks = labSh(u"web2"_qs, u"wc -l </run/phw-hook.log"_qs);
    qInfo("%d files written by production, %s by the dpkg hook", written,
          hooks.out.trimmed().constData());
    QVERIFY(hooks.out.trimmed().toInt() >= 4); // install and purge, before and after each
    QCOMPARE(labSh(u"web1"_qs, u"rm -r /var/lib/hobo/tenants/prod-writer "
                               "/var/lib/hobo/tenants/prod-hook"_qs)
                 .code,
             0);
    QCOMPARE(labSh(u"web2"_qs, u"rm "_qs + QString::fromLatin1(kHookFile)).code, 0);
    QCOMPARE(manifests(), before);
    qInfo("%s: %lld s", route.toUtf8().constData(), timer.elapsed() / 1000);
}

void TestLab::rollbackFollowsHostJournals()
{
    // One applied state, then: the roles swapped in the file (the primary's rollback
    // refused while web2 is attached), web2 without its journal (refused: it is attached),
    // a component removed from the file (rollback follows the hosts' journals: web1 gets
    // its /etc/wcs back whole), and a rollback with nothing left (fine).
    QElapsedTimer timer;
    timer.start();
    const QByteArray before = resetSingleHost();
    QVERIFY(!before.isEmpty());
    const Run applied = tool({u"apply"_qs, m_deployment});
    QVERIFY2(applied.code == 0, applied.err.constData());
    const QByteArray afterApply = manifests();

    const QString swapped = writeDeployment(u"swapped.json"_qs, [](QJsonObject &o) {
        QJsonArray hosts = o.value(u"hosts").toArray();
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            QJsonObject h = hosts.at(i).toObject();
            h.insert(u"role"_qs,
                     h.value(u"role").toString() == u"primary" ? u"secondary"_qs : u"primary"_qs);
            hosts.replace(i, h);
        }
        o.insert(u"hosts"_qs, hosts);
    });
    const Run roles = tool({u"rollback"_qs, swapped, u"--yes"_qs});
    QCOMPARE(roles.code, 1);
    QVERIFY2(roles.err.contains("web2") && roles.err.contains("attached"), roles.err.constData());
    QCOMPARE(manifests(), afterApply);

    QCOMPARE(labSh(u"web2"_qs, u"mv /var/lib/publik-ha-wizard /root/phw-saved"_qs).code, 0);
    const Run noJournal = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
    QCOMPARE(noJournal.code, 1);
    QVERIFY2(noJournal.err.contains("no journal") && noJournal.err.contains("/etc/wcs"),
             noJournal.err.constData());
    QVERIFY(!noJournal.out.contains("Rollback complete"));
    QCOMPARE(manifests(), afterApply);
    QCOMPARE(
        labSh(u"web2"_qs,
              u"rm -r /var/lib/publik-ha-wizard && mv /root/phw-saved /var/lib/publik-ha-wizard"_qs)
            .code,
        0);

    const QString edited = writeDeployment(u"without-wcs.json"_qs, [](QJsonObject &o) {
        QJsonArray components;
        for (const QJsonValue &c : o.value(u"components").toArray()) {
            if (c.toString() != u"wcs")
                components.append(c);
        }
        o.insert(u"components"_qs, components);
    });
    const Run back = tool({u"rollback"_qs, edited, u"--yes"_qs});
    QVERIFY2(back.code == 0,
             (back.err + "\n--- stdout (end) ---\n" + back.out.right(1500)).constData());
    QCOMPARE(
        labSh(u"web1"_qs, u"test -f /etc/wcs/settings.py && test -d /etc/wcs/settings.d"_qs).code,
        0);
    QCOMPARE(manifests(), before);

    const Run again = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
    QVERIFY2(again.code == 0, again.err.constData());
    QVERIFY(again.out.contains("nothing to undo"));
    QCOMPARE(manifests(), before);
    qInfo("%lld s", timer.elapsed() / 1000);
}

QList<TestLab::UndoTarget> TestLab::rollbackTargets()
{
    // Every (host, step) the hosts' journals hold, in the order rollback undoes them (the
    // secondary from its last step, then the primary), with the number of undo lines each.
    QList<UndoTarget> targets;
    for (const QString &host : {u"web2"_qs, u"web1"_qs}) {
        const QByteArray journal =
            labSh(host, u"cat /var/lib/publik-ha-wizard/lab/journal 2>/dev/null; true"_qs, 10000)
                .out;
        QList<UndoTarget> ofHost;
        for (const QByteArray &line : journal.split('\n')) {
            const QList<QByteArray> w = line.split(' ');
            if (w.size() >= 2 && w.at(0) == "done")
                ofHost.prepend({host, QString::fromUtf8(w.at(1)), 0});
        }
        for (UndoTarget &t : ofHost) {
            for (const QByteArray &line : journal.split('\n')) {
                const QList<QByteArray> w = line.split(' ');
                if (w.size() >= 3 && w.at(0) == "undo" && w.at(1) == t.step.toUtf8())
                    ++t.undos;
            }
        }
        targets += ofHost;
    }
    return targets;
}

bool TestLab::armInterruption(const UndoTarget &target, const QString &at, const QString &how)
{
    // The host library's test interruption point (phw_test_interrupt): fires once, then is
    // gone.
    return labSh(target.host,
                 u"printf '%s %s %s\\n' "_qs + target.step + u' ' + at + u' ' + how +
                     u" >/var/lib/publik-ha-wizard/lab/test-interrupt"_qs,
                 10000)
               .code == 0;
}

bool TestLab::interruptionFired(const QString &host)
{
    return labSh(host, u"! test -e /var/lib/publik-ha-wizard/lab/test-interrupt"_qs, 10000).code ==
           0;
}

void TestLab::rollbackInterruptedResumes_data()
{
    // Deterministic interruptions (the host library's test point, no race): the host's
    // rollback killed (SIGKILL of its shell: no cleanup, its lock left to a dead process) in
    // every step the journals hold, one rollback run a step, then run again; by the tool
    // (right after each step's first undo has run, its journal line still there: that undo
    // runs again) and by the exported scripts (right after each step's last undo, same).
    // Ctrl-C during the secondary's rollback (it ends there, the primary is not started),
    // then the link cut in the primary's (the host goes on to its end: one cut a host), on
    // the same apply.
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("how");
    QTest::newRow("tool, killed in each step") << u"tool"_qs << u"kill"_qs;
    QTest::newRow("scripts, killed in each step") << u"scripts"_qs << u"kill"_qs;
    QTest::newRow("tool, Ctrl-C then link cut") << u"tool"_qs << u"cut"_qs;
}

void TestLab::rollbackInterruptedResumes()
{
    QFETCH(QString, route);
    QFETCH(QString, how);
    QElapsedTimer timer;
    timer.start();
    const QByteArray before = resetSingleHost();
    QVERIFY(!before.isEmpty());
    const Run applied = tool({u"apply"_qs, m_deployment});
    QVERIFY2(applied.code == 0, applied.err.constData());
    QList<UndoTarget> targets = rollbackTargets();
    QVERIFY(targets.size() > 40);
    const QString scripts = m_dir.filePath(u"scripts-rollback"_qs);
    if (route == u"scripts")
        QCOMPARE(tool({u"export"_qs, m_deployment, u"--script"_qs, scripts}).code, 0);
    const auto rollBack = [&](const QString &host) {
        if (route == u"tool")
            return tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
        QFile f(scripts + (host == u"web1" ? u"/01-web1.sh"_qs : u"/02-web2.sh"_qs));
        if (!f.open(QIODevice::ReadOnly))
            return Run{};
        return run(u"ssh"_qs,
                   {u"-F"_qs, m_sshConfig, host, u"sh"_qs, u"-s"_qs, u"--"_qs, u"--rollback"_qs},
                   env(), 900000, f.readAll());
    };
    if (how == u"cut") {
        // Ctrl-C: web2 rolled back, web1 not started. Then the link cut in web1's first step
        // (the host's rollback ends on its own).
        rollbackCtrlC();
        if (QTest::currentTestFailed())
            return;
        QList<UndoTarget> first;
        for (const UndoTarget &t : std::as_const(targets)) {
            if (t.host == u"web1")
                first.append(t);
        }
        targets = first.mid(0, 1);
        QCOMPARE(targets.size(), 1);
    }
    int stops = 0;
    QString previousHost;
    for (const UndoTarget &t : std::as_const(targets)) {
        if (route == u"scripts" && !previousHost.isEmpty() && previousHost != t.host) {
            // By hand, the secondary's rollback is run to its end before the primary's.
            const Run rest = rollBack(previousHost);
            QVERIFY2(rest.code == 0, (rest.err + rest.out.right(1500)).constData());
        }
        previousHost = t.host;
        const QString at = how == u"cut" || route == u"tool" ? u"1"_qs : QString::number(t.undos);
        QVERIFY(armInterruption(t, at, how == u"cut" ? u"cut"_qs : QString()));
        const Run back = rollBack(t.host);
        const QByteArray what = (t.host + u' ' + t.step + u" at "_qs + at).toUtf8();
        QVERIFY2(interruptionFired(t.host), what.constData());
        QVERIFY2(back.code != 0, what.constData());
        if (route == u"tool")
            QVERIFY2(back.err.contains(t.host.toUtf8() + ": rollback stopped"),
                     (what + "\n" + back.err).constData());
        ++stops;
        if (how == u"cut")
            QVERIFY(hostIsIdle(t.host));
    }
    // The last runs complete what is left.
    if (route == u"tool") {
        const Run last = rollBack(QString());
        QVERIFY2(last.code == 0,
                 (last.err + "\n--- stdout (end) ---\n" + last.out.right(1500)).constData());
    } else {
        const Run last = rollBack(u"web1"_qs);
        QVERIFY2(last.code == 0, (last.err + last.out.right(1500)).constData());
        const Run again = rollBack(u"web2"_qs);
        QVERIFY2(again.code == 0, (again.err + again.out.right(1500)).constData());
    }
    qInfo("%s, %s: the rollback stopped in %d steps of %lld, then completed, in %lld s",
          qPrintable(route), qPrintable(how), stops, static_cast<long long>(targets.size()),
          timer.elapsed() / 1000);
    QCOMPARE(stops, static_cast<int>(targets.size()));
    QCOMPARE(manifests(), before);
}

void TestLab::rollbackCtrlC()
{
    // Issue 9: Ctrl-C during rollback lets the host's rollback that runs end (web2's), then
    // stops before the next host, says where it stopped, releases the lock, exits 130.
    QProcess back;
    back.setProcessEnvironment(env());
    back.start(QStringLiteral(PHW_BINARY),
               {u"rollback"_qs, m_deployment, u"--yes"_qs, u"--ssh-config"_qs, m_sshConfig});
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            back.waitForReadyRead(20);
            out += back.readAllStandardOutput();
            return out.contains("web2 rollback | ") || back.state() == QProcess::NotRunning;
        },
        600000));
    QVERIFY2(back.state() == QProcess::Running, out.constData());
    QVERIFY(::kill(static_cast<pid_t>(back.processId()), SIGINT) == 0);
    QVERIFY(back.waitForFinished(600000));
    const QByteArray err = back.readAllStandardError();
    QVERIFY2(back.exitStatus() == QProcess::NormalExit && back.exitCode() == 130, err.constData());
    QVERIFY2(err.contains("Interrupted: rollback stopped") && err.contains("web2: rolled back.") &&
                 err.contains("web1: not rolled back yet") && err.contains("Run rollback again"),
             err.constData());
    QVERIFY(lockGone());
    // web1 untouched: its journal is whole.
    QCOMPARE(labSh(u"web1"_qs, u"grep -q '^done ' /var/lib/publik-ha-wizard/lab/journal"_qs).code,
             0);
    QCOMPARE(labSh(u"web2"_qs, u"! test -s /var/lib/publik-ha-wizard/lab/journal"_qs).code, 0);
}

void TestLab::shareStepWithoutSpace()
{
    // web1 applied up to hobo's share step (the first to move data), then: a share too
    // small (the step refuses before it stops hobo: nothing changes), and a share that
    // fails the copy of /var/lib/hobo after /etc/hobo was moved (the step is undone at once
    // and hobo runs again). Then rollback gives back the first manifests.
    QElapsedTimer timer;
    timer.start();
    const QList<std::pair<QString, QString>> targets = startFromSingleHost();
    const QByteArray before = manifests();
    const qsizetype at = targets.indexOf(std::pair{u"web1"_qs, u"share.hobo"_qs});
    QVERIFY(at > 0);
    const Run upTo = run(QStringLiteral(PHW_BINARY),
                         {u"apply"_qs, m_deployment, u"--ssh-config"_qs, m_sshConfig, u"--step"_qs},
                         env(), 600000, QByteArray("y\n").repeated(static_cast<int>(at)) + "n\n");
    QVERIFY2(upTo.out.contains("Step share.hobo on web1"), upTo.out.right(1500).constData());
    const QByteArray m0 = manifests();

    // 1. 4 KiB free where /var/lib/hobo goes.
    QCOMPARE(labSh(u"web1"_qs,
                   u"mount -t tmpfs -o size=4k,mode=0755 phw-full /srv/nfs/publik/var/lib"_qs)
                 .code,
             0);
    const Run full = tool({u"apply"_qs, m_deployment});
    QCOMPARE(labSh(u"web1"_qs, u"umount /srv/nfs/publik/var/lib"_qs).code, 0);
    QCOMPARE(full.code, 1);
    QVERIFY2(full.err.contains("share.hobo") &&
                 QRegularExpression(u"has [0-9.]+ kB free"_qs)
                     .match(QString::fromUtf8(full.err))
                     .hasMatch() &&
                 full.err.contains("no service was stopped"),
             full.err.constData());
    QCOMPARE(labSh(u"web1"_qs, u"service hobo status"_qs).code, 0);
    QCOMPARE(manifests(), m0);

    // 2. Room enough, but the copy of /var/lib/hobo fails (a read-only filesystem there).
    QCOMPARE(labSh(u"web1"_qs,
                   u"mount -t tmpfs -o size=64m,mode=0755,ro phw-ro /srv/nfs/publik/var/lib"_qs)
                 .code,
             0);
    const Run failing = tool({u"apply"_qs, m_deployment});
    QCOMPARE(labSh(u"web1"_qs, u"umount /srv/nfs/publik/var/lib"_qs).code, 0);
    QCOMPARE(failing.code, 1);
    QVERIFY2(failing.err.contains("running again") && failing.err.contains("hobo"),
             failing.err.constData());
    QCOMPARE(
        labSh(u"web1"_qs, u"service hobo status && test -d /etc/hobo && ! test -L /etc/hobo"_qs)
            .code,
        0);
    QCOMPARE(manifests(), m0);

    const Run back = tool({u"rollback"_qs, m_deployment, u"--yes"_qs});
    QVERIFY2(back.code == 0, back.err.constData());
    QCOMPARE(manifests(), before);
    qInfo("%lld s", timer.elapsed() / 1000);
}

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
