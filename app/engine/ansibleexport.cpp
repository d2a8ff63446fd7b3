#include "ansibleexport.h"

#include "textutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

namespace phw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ansible)
};

// The words the exported scripts say alike.
struct ScriptTr
{
    Q_DECLARE_TR_FUNCTIONS(Script)
};

// The messages the script folder's writer says alike.
struct FolderTr
{
    Q_DECLARE_TR_FUNCTIONS(ScriptFolder)
};

// A YAML double-quoted scalar.
QString yq(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\\\"_qs).replace(u'"', u"\\\""_qs);
    out.replace(u'\n', u"\\n"_qs).replace(u'\t', u"\\t"_qs);
    return u'"' + out + u'"';
}

QString underscored(const QString &name)
{
    QString out = name;
    out.replace(u'-', u'_').replace(u'.', u'_');
    return out;
}

// The play variable that holds one password: phw_secret_publik_db_password_combo.
QString secretVar(const QString &variable)
{
    return u"phw_secret_"_qs + variable.toLower();
}

// TEXT cut into lines of at most 96 characters (at spaces), each one after PREFIX.
QString wrapped(const QString &text, const QString &prefix)
{
    QString out;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 96) {
            out += prefix + line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_qs) + word;
    }
    if (!line.isEmpty())
        out += prefix + line + u'\n';
    return out;
}

QString comment(const QString &text)
{
    return wrapped(text, u"# "_qs);
}

QString header(const Deployment &d, const QString &what)
{
    return comment(Tr::tr("publik-ha-wizard %1: Publik high availability, deployment %2: %3.")
                       .arg(QCoreApplication::applicationVersion(), d.name, what)) +
           comment(ScriptTr::tr(
               "Generated file: change the deployment and export again rather than editing it."));
}

QString hostVars(const Host &h, const QString &indentation)
{
    QString out;
    const auto line = [&](const QString &key, const QString &value) {
        out += indentation + key + u": "_qs + value + u'\n';
    };
    line(u"ansible_host"_qs, yq(h.address));
    line(u"ansible_port"_qs, QString::number(h.port));
    line(u"ansible_user"_qs, yq(h.user));
    line(u"ansible_become"_qs, h.sudo ? u"true"_qs : u"false"_qs);
    if (h.auth == AuthMethod::Key && !h.keyFile.isEmpty())
        line(u"ansible_ssh_private_key_file"_qs, yq(h.keyFile));
    line(u"phw_host"_qs, yq(h.name));
    line(u"phw_role"_qs, yq(roleName(h.role)));
    return out;
}

QByteArray renderInventory(const Deployment &d)
{
    QString out = u"---\n"_qs + header(d, Tr::tr("Ansible inventory"));
    out += comment(Tr::tr("Other deployments exported into the same folder add their own file "
                          "here: Ansible merges them (groups phw_<deployment>_primary and "
                          "phw_<deployment>_secondaries)."));
    out += u"all:\n  children:\n"_qs;
    out += u"    "_qs + ansibleGroup(d.name) + u":\n"_qs;
    out += u"      vars:\n"_qs;
    out += u"        phw_deployment: "_qs + yq(d.name) + u'\n';
    out += u"        phw_nfs_mount: "_qs + yq(d.nfs.mount) + u'\n';
    out += u"        phw_publik_dir: "_qs + yq(d.nfs.publikDir) + u'\n';
    out += u"        phw_database_host: "_qs + yq(d.database.host) + u'\n';
    out += u"        phw_database_port: "_qs + QString::number(d.database.port) + u'\n';
    out += u"      children:\n"_qs;
    const QList<Host> hosts = d.orderedHosts();
    for (const HostRole role : {HostRole::Primary, HostRole::Secondary}) {
        bool any = false;
        for (const Host &h : hosts) {
            if (h.role != role)
                continue;
            if (!any)
                out += u"        "_qs + ansibleGroup(d.name, role) + u":\n          hosts:\n"_qs;
            any = true;
            out += u"            "_qs + ansibleHost(d.name, h.name) + u":\n"_qs;
            out += hostVars(h, u"              "_qs);
        }
    }
    return out.toUtf8();
}

// The stdin of every task: the passwords the step needs (shell assignments, never on a
// command line), then the host's script as one brace group (as the SSH runner sends it).
QString stdinOf(const QStringList &secrets, const QString &indentation)
{
    QString out = u"|-\n"_qs + indentation + u"trap '' PIPE\n"_qs;
    for (const QString &v : secrets)
        out += indentation + v + u"={{ "_qs + secretVar(v) + u" | quote }}\n"_qs;
    out += indentation + u"{{ phw_script_block }}\n"_qs;
    return out;
}

QString playVars(const Deployment &d, const Plan &plan, const QStringList &hosts,
                 const QStringList &secrets)
{
    QString out = u"  vars:\n"_qs;
    out += u"    phw_deployment: "_qs + yq(d.name) + u'\n';
    out += u"    phw_scripts:\n"_qs;
    for (const QString &h : hosts)
        out += u"      "_qs + h + u": "_qs +
               yq(u"scripts/"_qs + d.name + u'/' + scriptFileName(plan, h)) + u'\n';
    out += u"    phw_script_block: \"{\\n{{ lookup('ansible.builtin.file', playbook_dir ~ '/' "
           "~ phw_scripts[phw_host]) }}\\n}\"\n"_qs;
    for (const QString &v : secrets) {
        out += u"    "_qs + secretVar(v) + u": >-\n"_qs;
        out += u"      {{ phw_db_passwords[phw_deployment]."_qs + v + u'\n';
        out += u"      | default(lookup('ansible.builtin.env', '"_qs + v + u"')) }}\n"_qs;
    }
    return out;
}

QString playHead(const QString &name, const QString &group, bool serial, bool reverse,
                 bool rollback)
{
    QString out = u"\n- name: "_qs + yq(name) + u'\n';
    out += u"  hosts: "_qs + group + u'\n';
    if (serial)
        out += u"  serial: 1\n"_qs;
    if (reverse)
        out += u"  order: reverse_inventory\n"_qs;
    out += u"  gather_facts: false\n  any_errors_fatal: true\n"_qs;
    if (rollback)
        out += u"  tags: [never, rollback]\n"_qs;
    return out;
}

// The hosts of one role, in their run order.
QStringList hostsOf(const Plan &plan, HostRole role)
{
    QStringList hosts;
    for (const QString &h : plan.hostOrder) {
        if (plan.roles.value(h) == role)
            hosts.append(h);
    }
    return hosts;
}

QString applyPlay(const Deployment &d, const Plan &plan, HostRole role)
{
    const QStringList hosts = hostsOf(plan, role);
    if (hosts.isEmpty())
        return {};
    QList<Step> steps;
    QStringList secrets;
    QStringList secretSteps;
    for (const Step &s : plan.steps) {
        bool on = false;
        for (const QString &h : hosts)
            on = on || s.hosts.contains(h);
        if (!on)
            continue;
        steps.append(s);
        if (!s.secrets().isEmpty())
            secretSteps.append(s.id);
        for (const QString &v : s.secrets()) {
            if (!secrets.contains(v))
                secrets.append(v);
        }
    }
    const bool primary = role == HostRole::Primary;
    QString out = playHead(primary ? Tr::tr("Deployment %1: primary host").arg(d.name)
                                   : Tr::tr("Deployment %1: secondary hosts").arg(d.name),
                           ansibleGroup(d.name, role), !primary, false, false);
    out += playVars(d, plan, hosts, secrets);
    out += u"  tasks:\n"_qs;
    if (!secrets.isEmpty()) {
        QStringList paths;
        for (const QString &v : secrets)
            paths.append(u"phw_db_passwords."_qs + d.name + u'.' + v);
        out +=
            u"    - name: "_qs + yq(Tr::tr("Check that the database passwords are given")) + u'\n';
        out += u"      tags:\n"_qs;
        for (const QString &id : std::as_const(secretSteps))
            out += u"        - "_qs + id + u'\n';
        out += u"      ansible.builtin.assert:\n        that:\n"_qs;
        for (const QString &v : secrets)
            out += u"          - "_qs + secretVar(v) + u" | length > 0\n"_qs;
        out += u"        fail_msg: >-\n"_qs +
               wrapped(Tr::tr("A database password is missing: set %1 in the environment, or %2 "
                              "in a file encrypted with Ansible Vault (see the README).")
                           .arg(secrets.join(u", "_qs), paths.join(u", "_qs)),
                       u"          "_qs);
        out += u"        quiet: true\n"_qs;
    }
    for (const Step &s : steps) {
        out += u"\n    - name: "_qs + yq(s.title);
        // A title the language starts in lower case ("nginx …"): kept as it is.
        if (!s.title.isEmpty() && s.title.at(0).isLower())
            out += u"  # noqa: name[casing]"_qs;
        out += u'\n';
        out += u"      tags: ["_qs + s.id + u"]\n"_qs;
        bool everywhere = true;
        for (const QString &h : hosts)
            everywhere = everywhere && s.hosts.contains(h);
        if (!everywhere) {
            QStringList on;
            for (const QString &h : s.hosts)
                on.append(yq(h));
            out += u"      when: phw_host in ["_qs + on.join(u", "_qs) + u"]\n"_qs;
        }
        out += u"      ansible.builtin.command:\n"_qs;
        out += u"        argv: [sh, -s, --, \"{{ '--check' if ansible_check_mode else '--step' "
               "}}="_qs +
               s.id + u"\"]\n"_qs;
        out += u"        stdin: "_qs + stdinOf(s.secrets(), u"          "_qs);
        out += u"      check_mode: false\n"_qs;
        if (!s.secrets().isEmpty())
            out += u"      no_log: true\n"_qs;
        out += u"      register: phw_step\n"_qs;
        out += u"      changed_when: phw_step.rc == (1 if ansible_check_mode else 0)\n"_qs;
        out += u"      failed_when: phw_step.rc not in ([0, 1] if ansible_check_mode else [0, "
               "10, 11])\n"_qs;
    }
    return out;
}

QString rollbackPlay(const Deployment &d, const Plan &plan, HostRole role)
{
    const QStringList hosts = hostsOf(plan, role);
    if (hosts.isEmpty())
        return {};
    const bool primary = role == HostRole::Primary;
    QString out =
        playHead(primary ? Tr::tr("Deployment %1: rollback of the primary host").arg(d.name)
                         : Tr::tr("Deployment %1: rollback of the secondary hosts").arg(d.name),
                 ansibleGroup(d.name, role), !primary, true, true);
    out += playVars(d, plan, hosts, {});
    out += u"  tasks:\n"_qs;
    out += u"    - name: "_qs + yq(Tr::tr("Read the host's journal")) + u'\n';
    out += u"      ansible.builtin.command:\n        argv: [sh, -s, --, --journal]\n"_qs;
    out += u"        stdin: "_qs + stdinOf({}, u"          "_qs);
    out += u"      check_mode: false\n      changed_when: false\n      register: phw_journal\n"_qs;
    out += u"\n    - name: "_qs +
           yq(Tr::tr("Undo the applied steps in reverse order, from the host's journal")) + u'\n';
    out += u"      ansible.builtin.command:\n"_qs;
    out += u"        argv: [sh, -s, --, \"{{ '--journal' if ansible_check_mode else '--rollback' "
           "}}\"]\n"_qs;
    out += u"        stdin: "_qs + stdinOf({}, u"          "_qs);
    out += u"      check_mode: false\n"_qs;
    out += u"      changed_when: phw_journal.stdout | length > 0\n"_qs;
    return out;
}

QByteArray renderPlaybook(const Deployment &d, const Plan &plan)
{
    const QString file = u"playbook-"_qs + d.name + u".yml"_qs;
    QString out = u"---\n"_qs + header(d, Tr::tr("Ansible playbook"));
    const QStringList usage = {
        Tr::tr("One task a step of the plan, named by its title and tagged by its id; each runs "
               "the host's script (scripts/%1/) with --step=ID, as the tool does.")
            .arg(d.name),
        Tr::tr("Run from this folder: ansible-playbook %1 (--check: what would change; --tags "
               "rollback: undo from the hosts' journals, secondaries first).")
            .arg(file),
        Tr::tr("Passwords: environment variables PUBLIK_DB_PASSWORD_<COMPONENT>, or the "
               "variable phw_db_passwords.%1.<VARIABLE> from Ansible Vault; this file holds "
               "none.")
            .arg(d.name),
    };
    for (const QString &line : usage)
        out += comment(line);
    out += applyPlay(d, plan, HostRole::Primary);
    out += applyPlay(d, plan, HostRole::Secondary);
    out += rollbackPlay(d, plan, HostRole::Secondary);
    out += rollbackPlay(d, plan, HostRole::Primary);
    return out.toUtf8();
}

QByteArray renderConfig()
{
    QString out = comment(Tr::tr("publik-ha-wizard %1: Ansible settings for the exported "
                                 "playbooks (ansible-playbook run from this folder).")
                              .arg(QCoreApplication::applicationVersion()));
    out += u"[defaults]\ninventory = inventory\n"_qs;
    out += comment(Tr::tr("The module arguments (the host scripts) are not copied into the "
                          "hosts' system log."));
    out += u"no_target_syslog = True\ninterpreter_python = auto_silent\n"_qs;
    out += u"\n[ssh_connection]\n"_qs;
    out += comment(Tr::tr("The tasks' input (scripts, passwords) goes through the SSH channel, "
                          "never into a file on the host."));
    out += u"pipelining = True\n"_qs;
    return out.toUtf8();
}

// A regular file an earlier export wrote: its first line (or the one after "---" or the
// shebang) says so.
bool writtenByExport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(64);
    return head.startsWith("# publik-ha-wizard ") || head.startsWith("---\n# publik-ha-wizard ") ||
           head.startsWith("#!/bin/sh\n# publik-ha-wizard ");
}

ScriptFolderResult failed(ScriptFolderResult::Status status, const QString &error)
{
    ScriptFolderResult r;
    r.status = status;
    r.error = error;
    return r;
}

enum class Entry { Missing, Link, File, Folder, Other };

Entry entryAt(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return Entry::Missing;
    if (S_ISLNK(st.st_mode))
        return Entry::Link;
    if (S_ISREG(st.st_mode))
        return Entry::File;
    return S_ISDIR(st.st_mode) ? Entry::Folder : Entry::Other;
}

} // namespace

QString ansibleGroup(const QString &deployment, std::optional<HostRole> role)
{
    QString out = u"phw_"_qs + underscored(deployment);
    if (role)
        out += *role == HostRole::Primary ? u"_primary"_qs : u"_secondaries"_qs;
    return out;
}

QString ansibleHost(const QString &deployment, const QString &host)
{
    return host + u'.' + deployment;
}

QList<ExportedFile> renderAnsible(const Deployment &d, const Plan &plan)
{
    QList<ExportedFile> out;
    out.append({u"ansible.cfg"_qs, renderConfig(), 0644});
    out.append({u"inventory/"_qs + d.name + u".yml"_qs, renderInventory(d), 0644});
    out.append({u"playbook-"_qs + d.name + u".yml"_qs, renderPlaybook(d, plan), 0644});
    for (const ExportedScript &s : renderScripts(d, plan))
        out.append({u"scripts/"_qs + d.name + u'/' + s.fileName, s.content, 0755});
    return out;
}

ScriptFolderResult writeFileSet(const QString &folder, const QList<ExportedFile> &files,
                                const QStringList &owned)
{
    const QString dirPath = QDir::cleanPath(folder);
    const QDir dir(dirPath);
    QStringList created; // folders made by this export, deepest last
    const auto removeCreated = [&created] {
        for (auto it = created.crbegin(); it != created.crend(); ++it)
            QDir().rmdir(*it);
    };
    const auto stop = [&](ScriptFolderResult::Status status, const QString &error) {
        removeCreated();
        return failed(status, error);
    };
    switch (entryAt(dirPath)) {
    case Entry::Link:
        return failed(ScriptFolderResult::Status::BadInput,
                      Tr::tr("%1 is a symbolic link: the files are never written through one. "
                             "Give the folder itself.")
                          .arg(folder));
    case Entry::Folder:
        break;
    case Entry::Missing:
        for (QString p = dirPath; !p.isEmpty() && !QFileInfo::exists(p) && p != u"/";
             p = QFileInfo(p).path())
            created.prepend(p);
        if (!QDir().mkpath(dirPath))
            return stop(ScriptFolderResult::Status::Failure,
                        FolderTr::tr("Cannot create the folder %1.").arg(folder));
        break;
    default:
        return failed(ScriptFolderResult::Status::Failure,
                      FolderTr::tr("%1 exists and is not a folder.").arg(folder));
    }

    // Sub-folders: real folders, or made below.
    QStringList subfolders;
    for (const ExportedFile &f : files) {
        for (QString p = QFileInfo(f.path).path(); p != u"."; p = QFileInfo(p).path()) {
            if (!subfolders.contains(p))
                subfolders.append(p);
        }
    }
    std::sort(subfolders.begin(), subfolders.end(), [](const QString &a, const QString &b) {
        return a.count(u'/') < b.count(u'/') || (a.count(u'/') == b.count(u'/') && a < b);
    });
    QStringList toMake;
    for (const QString &sub : std::as_const(subfolders)) {
        const QString path = dir.filePath(sub);
        const Entry e = entryAt(path);
        if (e == Entry::Missing) {
            toMake.append(path);
            continue;
        }
        if (e == Entry::Link)
            return stop(ScriptFolderResult::Status::Failure,
                        Tr::tr("%1 is a symbolic link: the files are never written through one. "
                               "Nothing was written.")
                            .arg(path));
        if (e != Entry::Folder)
            return stop(ScriptFolderResult::Status::Failure,
                        Tr::tr("%1 is in the way (it is not a folder): remove it or export into "
                               "another folder. Nothing was written.")
                            .arg(path));
    }

    // What the new files replace, and the stale scripts of the owned folders.
    QStringList aside;  // relative paths moved aside
    QStringList stale;  // among them, the ones nothing replaces
    QStringList target; // relative paths of the new files
    for (const ExportedFile &f : files)
        target.append(f.path);
    const auto inTheWay = [&](const QString &rel, bool mustGo) -> QString {
        const QString path = dir.filePath(rel);
        switch (entryAt(path)) {
        case Entry::Missing:
            return {};
        case Entry::Link:
            aside.append(rel);
            return {};
        case Entry::File:
            if (writtenByExport(path)) {
                aside.append(rel);
                return {};
            }
            if (!mustGo)
                return {};
            return Tr::tr("%1 was not written by publik-ha-wizard: move it away or export into "
                          "another folder. Nothing was written.")
                .arg(path);
        default:
            return FolderTr::tr("%1 is in the way (it is not a file): remove it or export into "
                                "another folder. Nothing was written.")
                .arg(path);
        }
    };
    for (const QString &rel : std::as_const(target)) {
        const QString error = inTheWay(rel, true);
        if (!error.isEmpty())
            return stop(ScriptFolderResult::Status::Failure, error);
    }
    for (const QString &sub : owned) {
        const QStringList names =
            QDir(dir.filePath(sub))
                .entryList(QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                           QDir::Name);
        for (const QString &name : names) {
            const QString rel = sub + u'/' + name;
            if (!isScriptFileName(name) || target.contains(rel))
                continue;
            const qsizetype before = aside.size();
            inTheWay(rel, false);
            if (aside.size() > before)
                stale.append(rel);
        }
    }

    // The new files, staged beside their places (same file system: renamed in).
    QByteArray stagingTemplate = QFile::encodeName(dir.filePath(u".phw-export-XXXXXX"_qs));
    if (!::mkdtemp(stagingTemplate.data()))
        return stop(ScriptFolderResult::Status::Failure,
                    FolderTr::tr("Cannot write into %1: %2. Nothing was written.")
                        .arg(folder, systemReason(errno)));
    const QString staging = QFile::decodeName(stagingTemplate);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const int error = writeNewFile(staging + u'/' + QString::number(i), files.at(i).content,
                                       files.at(i).mode);
        if (error != 0) {
            QDir(staging).removeRecursively();
            return stop(ScriptFolderResult::Status::Failure,
                        FolderTr::tr("Cannot write %1: %2. Nothing was written.")
                            .arg(dir.filePath(files.at(i).path), systemReason(error)));
        }
    }

    QStringList movedAside;
    QStringList movedIn;
    QStringList made;
    const QString old = staging + u"/old"_qs;
    const auto undo = [&] {
        for (const QString &rel : std::as_const(movedIn))
            ::unlink(QFile::encodeName(dir.filePath(rel)).constData());
        for (qsizetype i = movedAside.size() - 1; i >= 0; --i)
            renameEntry(old + u'/' + QString::number(i), dir.filePath(movedAside.at(i)));
        for (auto it = made.crbegin(); it != made.crend(); ++it)
            QDir().rmdir(*it);
        QDir(staging).removeRecursively();
        removeCreated();
    };
    bool ok = QDir().mkdir(old);
    for (qsizetype i = 0; ok && i < toMake.size(); ++i) {
        ok = ::mkdir(QFile::encodeName(toMake.at(i)).constData(), 0755) == 0;
        if (ok)
            made.append(toMake.at(i));
    }
    for (qsizetype i = 0; ok && i < aside.size(); ++i) {
        ok = renameEntry(dir.filePath(aside.at(i)), old + u'/' + QString::number(i));
        if (ok)
            movedAside.append(aside.at(i));
    }
    for (qsizetype i = 0; ok && i < files.size(); ++i) {
        ok = renameEntry(staging + u'/' + QString::number(i), dir.filePath(target.at(i)));
        if (ok)
            movedIn.append(target.at(i));
    }
    if (!ok) {
        const QString reason = systemReason(errno);
        undo();
        return failed(
            ScriptFolderResult::Status::Failure,
            Tr::tr("Cannot write the files into %1: %2. Nothing was changed.").arg(folder, reason));
    }
    QDir(staging).removeRecursively();
    ScriptFolderResult result;
    for (const QString &rel : std::as_const(stale))
        result.removed.append(dir.filePath(rel));
    for (const QString &rel : std::as_const(target))
        result.written.append(dir.filePath(rel));
    return result;
}

ScriptFolderResult exportAnsible(const Deployment &deployment, const QString &folder)
{
    return writeFileSet(folder, renderAnsible(deployment, buildPlan(deployment)),
                        {u"scripts/"_qs + deployment.name});
}

} // namespace phw
