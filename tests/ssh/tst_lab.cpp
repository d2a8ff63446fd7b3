// On the two-host lab (tests/lab/lab, label "lab"; root; PHW_LAB=1, which ctest sets: the
// test owns the lab, brings it up and resets it): apply over SSH yields the same manifests
// as the exported scripts, a second apply changes nothing, rollback gives the first
// manifests back byte for byte; a password canary appears in no output, journal or process
// list; a second apply at once is refused with the holder's name; the link cut before and
// inside each step; apply refuses what check blocks on (a password PostgreSQL rejects, a
// share not mounted) before changing anything, and restarts a running service whose settings
// it rewrites; Ctrl-C and SIGTERM stop a run saying where, release the lock, and a lock left
// by a killed run is taken over; rollback asks first; status compares with the hosts'
// journals; changed and unknown host keys.
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
    void checksBlockApplyThenRestart();
    void unmountedShareNamed();
    void interruptedApplyResumes();
    void hostKeysChecked();

private:
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
    QCOMPARE(tool({u"rollback"_qs, m_deployment, u"--yes"_qs}).code, 0);
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
    QVERIFY2(byHand.err.contains("not mounted") &&
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
