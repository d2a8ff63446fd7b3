#include "render.h"

#include "textutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Script)
};

QString hostLibrary()
{
    static const QString lib = [] {
        QFile f(u":/phw/engine/phw-lib.sh"_qs);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("host library missing from the resources");
        return QString::fromUtf8(f.readAll());
    }();
    return lib;
}

// The messages the host library prints, in the chosen language. printf formats: the
// number of %s must stay as in the source.
QList<std::pair<QString, QString>> messageTable()
{
    return {
        {u"ERROR"_qs, Tr::tr("ERROR:")},
        // Sizes (phw_size): the units from kB up, and the decimal point, in this language.
        {u"SIZE_UNITS"_qs, Tr::tr("kB MB GB TB")},
        {u"DECIMAL_POINT"_qs, QLocale().decimalPoint()},
        {u"WOULD"_qs, Tr::tr("would run:")},
        {u"JOURNAL_WRITE"_qs, Tr::tr("cannot write the journal %s.")},
        {u"GROUP_OTHER_ID"_qs,
         Tr::tr("the group %s already exists with GID %s instead of %s: nothing was changed; give "
                "it the planned GID by hand or change the deployment.")},
        {u"GID_TAKEN"_qs, Tr::tr("GID %s is already taken by the group %s (wanted for %s): choose "
                                 "another GID in the deployment.")},
        {u"USER_OTHER_ID"_qs,
         Tr::tr("the account %s already exists with UID:GID %s instead of %s: nothing was changed; "
                "fix it by hand or change the deployment.")},
        {u"UID_TAKEN"_qs, Tr::tr("UID %s is already taken by the account %s (wanted for %s): "
                                 "choose another UID in the deployment.")},
        {u"NOT_A_DIR"_qs, Tr::tr("%s exists but is not a folder.")},
        {u"MISSING_DIR"_qs, Tr::tr("the folder %s is missing: check that the share is mounted.")},
        {u"CONTENT_UNCHECKED"_qs,
         Tr::tr("%s exists; its content is not compared because %s is not set.")},
        {u"WRITE_FILE"_qs, Tr::tr("write the file %s")},
        {u"RESTORE_BLOCKED"_qs, Tr::tr("cannot restore %s: a folder is in the way.")},
        {u"SET_ASIDE"_qs, Tr::tr("keep %s in the backups")},
        {u"COPYING"_qs, Tr::tr("copying %s to %s (%s)…")},
        {u"NO_SPACE"_qs, Tr::tr("not enough space to copy %s (%s) into %s (%s free): "
                                "nothing was moved; free some space on the share.")},
        {u"COPY_DIFFERS"_qs, Tr::tr("the copy of %s to %s differs from the source: the source is "
                                    "kept, the copy removed.")},
        {u"TARGET_EXISTS"_qs,
         Tr::tr("%s already exists on the share: %s is not moved. Check the share's content.")},
        {u"MOVE_AND_LINK"_qs, Tr::tr("move %s to %s and link it back")},
        {u"NOT_MOUNTED"_qs,
         Tr::tr("the share %s is not mounted on this host: mount it (and add it to /etc/fstab), "
                "then run the script again.")},
        {u"RESTART_ON_UNDO"_qs, Tr::tr("restart %s on rollback if it runs")},
        {u"RESTARTING"_qs, Tr::tr("restarting %s: its settings changed")},
        {u"SHARE_EMPTY"_qs,
         Tr::tr("%s is missing on the share: run the primary host's script first.")},
        {u"NO_PACKAGE_LIST"_qs, Tr::tr("the primary host's package list %s is missing: run the "
                                       "primary host's script first.")},
        {u"COMMENT_OUT"_qs, Tr::tr("comment out the lines of %s")},
        {u"RELOAD_ON_UNDO"_qs, Tr::tr("reload systemd on rollback")},
        {u"ASK_SECRET"_qs, Tr::tr("Password for %s: ")},
        {u"NO_SECRET"_qs, Tr::tr("%s is not set: export it or run the script on a terminal.")},
        {u"SECRET_CONTROL"_qs, Tr::tr("%s contains a control character, which is refused.")},
        {u"SECRET_ENCODING"_qs,
         Tr::tr("%s is not valid UTF-8: type it again on a UTF-8 terminal.")},
        {u"UNSAFE_NAME"_qs, Tr::tr("warning: %s was added to the share with a name the journal "
                                   "cannot hold; remove it by hand after a rollback.")},
        {u"BAD_JOURNAL"_qs, Tr::tr("unexpected command in the journal: %s.")},
        {u"UNDO_FAILED"_qs, Tr::tr("rollback stopped at: %s. The journal keeps what is left to "
                                   "undo; fix the cause and run --rollback again.")},
        {u"UNDOING"_qs, Tr::tr("undoing step %s")},
        {u"STEP_DONE"_qs, Tr::tr("step %s/%s %s: already done (%s)")},
        {u"STEP_WOULD"_qs, Tr::tr("step %s/%s %s: would be run (%s)")},
        {u"STEP_START"_qs, Tr::tr("step %s/%s %s: %s")},
        {u"STEP_FAILED"_qs, Tr::tr("step %s failed (%s). The journal says what was done; run again "
                                   "to resume, or --rollback to undo.")},
        {u"STEP_UNVERIFIED"_qs, Tr::tr("step %s ran but its check still fails (%s).")},
        {u"STEP_OK"_qs, Tr::tr("step %s: done")},
        {u"LOCKED"_qs, Tr::tr("the deployment is locked (%s) by %s: another run is going on. If it "
                              "is not, remove that folder.")},
        {u"STALE_LOCK"_qs,
         Tr::tr("the lock of %s is left from a process that no longer runs: taken over")},
        {u"RESUMING"_qs, Tr::tr("step %s was interrupted: undoing what it did before resuming")},
        {u"USAGE"_qs,
         Tr::tr("Usage: sh SCRIPT [--dry-run | --rollback | --help] [--host-is=NAME]\n"
                "  --dry-run        show what would be done, change nothing\n"
                "  --rollback       undo the applied steps in reverse order, from the journal\n"
                "  --host-is=NAME   this machine is the deployment's host NAME under another host "
                "name (needed on its first run only)\n"
                "Before changing anything, the script checks that the share is mounted, that this "
                "machine is the host it was exported for, and that it takes part in no other "
                "deployment.\n"
                "Passwords: environment variables PUBLIK_DB_PASSWORD_<COMPONENT>, or typed on the "
                "terminal.")},
        {u"BAD_OPTION"_qs, Tr::tr("unknown option %s.")},
        {u"WOULD_REFUSE"_qs, Tr::tr("a real run would stop here:")},
        {u"SHARE_NOT_MOUNTED"_qs,
         Tr::tr("the share %s is not a mounted file system on this host (only a folder, or "
                "missing): nothing was changed. Mount the share, then run again.")},
        {u"RECORDED_OTHER_HOST"_qs,
         Tr::tr("this machine takes part in the deployment %s as the host %s (recorded at its "
                "first run), and this script is for %s: nothing was changed. Run on each host "
                "its own script.")},
        {u"RECORDED_OTHER_MACHINE"_qs,
         Tr::tr("the state of the deployment %s on this host was recorded by another machine "
                "(machine-id %s, this one is %s): a copied or cloned system? Nothing was changed. "
                "If this is the same host with a new machine-id, remove %s and run again.")},
        {u"HOST_IS_OTHER"_qs,
         Tr::tr("--host-is=%s: this script is for the host %s. Nothing was changed.")},
        {u"WRONG_HOST"_qs,
         Tr::tr("this machine is named %s and this script is for the host %s: nothing was "
                "changed. Run on each host its own script; if this machine is that host under "
                "another name, run again with --host-is=%s.")},
        {u"NAME_DIFFERS"_qs,
         Tr::tr("note: this machine is named %s, not %s; reached at that host's address (%s) "
                "with its known host key, it is taken for that host.")},
        {u"NOTHING_HERE"_qs, Tr::tr("note: this machine is named %s, not %s, and holds "
                                    "nothing of the deployment %s to undo.")},
        {u"OTHER_DEPLOYMENT"_qs,
         Tr::tr("this host already takes part in the deployment %s (journal %s) and cannot take "
                "part in %s as well: nothing was changed. If the deployment was renamed, use the "
                "file or the scripts of %s; otherwise roll it back first.")},
        {u"ROLLBACK_OTHER_DEPLOYMENT"_qs,
         Tr::tr("nothing of the deployment %s to undo on this host, which takes part in the "
                "deployment %s: roll back with the file or the scripts of %s.")},
        {u"NOT_ROOT"_qs, Tr::tr("run this script as root (sudo sh SCRIPT).")},
        {u"ROLLBACK_START"_qs, Tr::tr("rollback: undoing the applied steps in reverse order")},
        {u"ROLLBACK_DONE"_qs, Tr::tr("rollback complete")},
        {u"BOTH_DIFFER"_qs,
         Tr::tr("%s and its copy on the share %s both exist and differ: nothing was deleted. "
                "Compare them, keep the right one in %s, remove the other, then run the "
                "rollback again.")},
        {u"STEP_NO_SPACE"_qs,
         Tr::tr("step %s: moving %s needs %s, and %s has %s free. Nothing was moved "
                "and no service was stopped: free some space on the share, then run again.")},
        {u"STEP_UNDONE"_qs,
         Tr::tr("what step %s had done is undone, and the services it had stopped (%s) are "
                "running again.")},
        {u"STEP_UNDO_STOPPED"_qs,
         Tr::tr("step %s could not be fully undone: the services it had stopped (%s) may not "
                "be running. The journal keeps what is left: fix the cause and run again.")},
        {u"NEW_KEPT"_qs,
         Tr::tr("%s paths that appeared on the share during the installation are not the "
                "packages' own: rollback keeps them.")},
        {u"KEPT_NOT_EMPTY"_qs,
         Tr::tr("%s is kept: it is not empty (what it holds was not written by the packages).")},
        {u"SECONDARIES_ATTACHED"_qs,
         Tr::tr("rollback refused: secondary hosts are still attached to the share (%s, "
                "recorded in %s). Roll them back first (their script with --rollback, or the "
                "tool's rollback, which does them first), then run this rollback again.")},
        {u"NO_JOURNAL_ATTACHED"_qs,
         Tr::tr("rollback refused: this host has no journal (%s) but is attached to the share "
                "(%s). Rollback cannot tell what was done here and changes nothing. Stop the "
                "Publik services of this host, remove those links (rm LINK, never rm -r) and put "
                "the host's own folders back, or reinstall the host; then run the rollback "
                "again.")},
        {u"STALE_RECORD"_qs, Tr::tr("%s removed: this host is no longer attached to the share.")},
        {u"NOTHING_TO_UNDO"_qs,
         Tr::tr("no journal on this host and no link into the share: nothing to undo")},
        {u"ALL_DONE"_qs, Tr::tr("all steps done")},
    };
}

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines)
        l = l.isEmpty() ? l : prefix + l;
    return lines.join(u'\n');
}

QString functionSuffix(const QString &id)
{
    QString s = id;
    s.replace(u'.', u'_').replace(u'-', u'_');
    return s;
}

QString contentFunction(const Step &step, qsizetype index)
{
    return QStringLiteral("phw_content_%1_%2").arg(functionSuffix(step.id)).arg(index + 1);
}

QString roleLabel(HostRole role)
{
    return role == HostRole::Primary ? Tr::tr("primary host") : Tr::tr("secondary host");
}

} // namespace

QString scriptFileName(const Plan &plan, const QString &host)
{
    const qsizetype index = plan.hostOrder.indexOf(host);
    return QStringLiteral("%1-%2.sh").arg(index + 1, 2, 10, QLatin1Char('0')).arg(host);
}

QString renderStepFunctions(const Step &step)
{
    const QString suffix = functionSuffix(step.id);
    QString out;
    out += u"phw_check_"_qs + suffix + u"() {\n    "_qs + step.check + u"\n}\n"_qs;
    out += u"phw_apply_"_qs + suffix + u"() {\n"_qs;
    for (const QString &command : step.apply)
        out += u"    "_qs + command + u" || return 1\n"_qs;
    out += u"}\n"_qs;
    for (qsizetype i = 0; i < step.files.size(); ++i) {
        out += contentFunction(step, i) + u"() {\n"_qs;
        for (const ContentPart &part : step.files.at(i).content) {
            if (part.isSecret())
                out += u"    phw_pystr "_qs + part.variable + u"\n"_qs;
            else
                out += u"    printf '%s' "_qs + shellQuote(part.text) + u"\n"_qs;
        }
        out += u"}\n"_qs;
    }
    return out;
}

QByteArray renderHostScript(const Deployment &d, const Plan &plan, const QString &host)
{
    const QList<Step> steps = plan.stepsFor(host);
    const HostRole role = plan.roles.value(host);
    const qsizetype index = plan.hostOrder.indexOf(host);
    QString out;
    out += u"#!/bin/sh\n"_qs;
    out += u"# "_qs +
           Tr::tr("publik-ha-wizard %1: Publik high availability, deployment %2, host %3 (%4).")
               .arg(QCoreApplication::applicationVersion(), d.name, host, roleLabel(role)) +
           u"\n"_qs;
    out += u"# "_qs +
           Tr::tr("Script %1 of %2: run the scripts in their order, each one to its end, as root.")
               .arg(index + 1)
               .arg(plan.hostOrder.size()) +
           u"\n"_qs;
    QStringList order;
    for (const QString &h : plan.hostOrder)
        order.append(scriptFileName(plan, h));
    out += u"# "_qs + Tr::tr("Order: %1.").arg(order.join(u", "_qs)) + u"\n"_qs;
    out += u"# "_qs +
           Tr::tr("Usage: sh %1 [--dry-run | --rollback | --help] [--host-is=%2]")
               .arg(scriptFileName(plan, host), host) +
           u"\n"_qs;
    out += u"# "_qs +
           Tr::tr("Passwords come from the variables PUBLIK_DB_PASSWORD_<COMPONENT> or are typed "
                  "on the terminal; this file holds none.") +
           u"\n"_qs;
    out +=
        u"# "_qs +
        Tr::tr("Generated file: change the deployment and export again rather than editing it.") +
        u"\n\n"_qs;

    out += u"PHW_DEPLOYMENT="_qs + shellQuote(d.name) + u"\n"_qs;
    out += u"PHW_HOST="_qs + shellQuote(host) + u"\n"_qs;
    QString address;
    for (const Host &h : d.hosts) {
        if (h.name == host)
            address = h.address;
    }
    out += u"PHW_HOST_ADDRESS="_qs + shellQuote(address) + u"\n"_qs;
    out += u"PHW_NFS_MOUNT="_qs + shellQuote(d.nfs.mount) + u"\n"_qs;
    out += u"PHW_STATE_ROOT="_qs + shellQuote(toolStateDir(d)) + u"\n"_qs;
    out += u"PHW_SHARED_LINKS="_qs + shellQuote(sharedLinks(d).join(u' ')) + u"\n"_qs;
    for (const auto &[key, text] : messageTable())
        out += u"PHW_T_"_qs + key + u'=' + shellQuote(text) + u"\n"_qs;
    out += u"\n"_qs + hostLibrary() + u"\n"_qs;

    out += u"# ---- "_qs + Tr::tr("steps of %1").arg(host) + u" ----\n"_qs;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        out += u"\n# "_qs +
               QStringLiteral("%1/%2 %3: %4").arg(i + 1).arg(steps.size()).arg(s.id, s.title) +
               u"\n"_qs;
        out += renderStepFunctions(s);
    }
    out += u"\nphw_steps() {\n"_qs;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        out += QStringLiteral("    phw_run_step %1 %2 %3 %4 || return 1\n")
                   .arg(i + 1)
                   .arg(steps.size())
                   .arg(s.id, shellQuote(s.title));
    }
    out += u"}\n\nphw_main \"$@\"\n"_qs;
    return out.toUtf8();
}

QList<ExportedScript> renderScripts(const Deployment &d, const Plan &plan)
{
    QList<ExportedScript> out;
    for (const QString &host : plan.hostOrder)
        out.append({scriptFileName(plan, host), host, renderHostScript(d, plan, host)});
    return out;
}

QString renderStepText(const Step &s, qsizetype index, qsizetype count)
{
    QString out;
    out += QStringLiteral("\n[%1/%2] %3: %4\n").arg(index + 1).arg(count).arg(s.id, s.title);
    out += u"  "_qs + Tr::tr("Procedure: %1").arg(s.procedure) + u"\n"_qs;
    out += u"  "_qs + Tr::tr("Check:") + u"\n    "_qs + s.check + u"\n"_qs;
    out += u"  "_qs + Tr::tr("Apply:") + u"\n"_qs;
    for (const QString &c : s.apply)
        out += u"    "_qs + c + u"\n"_qs;
    out += u"  "_qs +
           (s.reversible ? Tr::tr("Rollback (from the journal):") : Tr::tr("Not reversible.")) +
           u"\n"_qs;
    for (const QString &c : s.undo)
        out += u"    "_qs + c + u"\n"_qs;
    QStringList stopped, restarted;
    for (const ServiceInterruption &i : s.interruptions)
        (i.kind == ServiceInterruption::Kind::Stop ? stopped : restarted).append(i.service);
    if (!stopped.isEmpty())
        out += u"  "_qs +
               Tr::tr("Services stopped while their files move: %1").arg(stopped.join(u", "_qs)) +
               u"\n"_qs;
    if (!restarted.isEmpty())
        out += u"  "_qs +
               Tr::tr("Services restarted if their settings change: %1")
                   .arg(restarted.join(u", "_qs)) +
               u"\n"_qs;
    for (const FileSpec &f : s.files) {
        out += u"  "_qs +
               Tr::tr("File %1 (%2:%3, %4):").arg(f.path, f.owner, f.group, f.modeString()) +
               u"\n"_qs;
        QString content = f.maskedContent();
        if (content.endsWith(u'\n'))
            content.chop(1);
        out += indent(content, u"    | "_qs) + u"\n"_qs;
    }
    return out;
}

QString renderPlanText(const Deployment &d, const Plan &plan)
{
    QString out;
    out += Tr::tr("Installation plan, deployment %1: %2 hosts, %3 steps.")
               .arg(d.name)
               .arg(plan.hostOrder.size())
               .arg(plan.steps.size()) +
           u"\n"_qs;
    out += Tr::tr("Passwords are shown as «VARIABLE»: they are read on the host at run time.") +
           u"\n"_qs;
    for (const QString &host : plan.hostOrder) {
        const QList<Step> steps = plan.stepsFor(host);
        out += u"\n== "_qs +
               Tr::tr("%1 (%2), script %3")
                   .arg(host, roleLabel(plan.roles.value(host)), scriptFileName(plan, host)) +
               u" ==\n"_qs;
        for (qsizetype i = 0; i < steps.size(); ++i)
            out += renderStepText(steps.at(i), i, steps.size());
    }
    return out;
}

QByteArray renderPlanJson(const Deployment &d, const Plan &plan)
{
    QJsonObject root;
    root.insert(u"deployment"_qs, d.name);
    QJsonArray hosts;
    for (const QString &host : plan.hostOrder) {
        QJsonArray ids;
        for (const Step &s : plan.stepsFor(host))
            ids.append(s.id);
        // The host's maintenance window: which step stops or restarts which service.
        QJsonArray interruptions;
        for (const ServiceInterruption &i : plan.interruptions(host))
            interruptions.append(QJsonObject{{u"step"_qs, i.step},
                                             {u"service"_qs, i.service},
                                             {u"kind"_qs, ServiceInterruption::kindName(i.kind)}});
        hosts.append(QJsonObject{{u"name"_qs, host},
                                 {u"role"_qs, roleName(plan.roles.value(host))},
                                 {u"script"_qs, scriptFileName(plan, host)},
                                 {u"steps"_qs, ids},
                                 {u"interruptions"_qs, interruptions}});
    }
    root.insert(u"hosts"_qs, hosts);
    QJsonArray steps;
    for (const Step &s : plan.steps) {
        QJsonObject o;
        o.insert(u"id"_qs, s.id);
        o.insert(u"title"_qs, s.title);
        o.insert(u"procedure"_qs, s.procedure);
        o.insert(u"hosts"_qs, QJsonArray::fromStringList(s.hosts));
        o.insert(u"check"_qs, s.check);
        o.insert(u"apply"_qs, QJsonArray::fromStringList(s.apply));
        o.insert(u"undo"_qs, QJsonArray::fromStringList(s.undo));
        QJsonArray files;
        for (const FileSpec &f : s.files) {
            files.append(QJsonObject{{u"path"_qs, f.path},
                                     {u"owner"_qs, f.owner},
                                     {u"group"_qs, f.group},
                                     {u"mode"_qs, f.modeString()},
                                     {u"content"_qs, f.maskedContent()},
                                     {u"secrets"_qs, QJsonArray::fromStringList(f.secrets())}});
        }
        o.insert(u"files"_qs, files);
        QJsonArray interruptions;
        for (const ServiceInterruption &i : s.interruptions)
            interruptions.append(QJsonObject{{u"service"_qs, i.service},
                                             {u"kind"_qs, ServiceInterruption::kindName(i.kind)}});
        o.insert(u"interruptions"_qs, interruptions);
        o.insert(u"reversible"_qs, s.reversible);
        o.insert(u"secrets"_qs, QJsonArray::fromStringList(s.secrets()));
        steps.append(o);
    }
    root.insert(u"steps"_qs, steps);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace phw
