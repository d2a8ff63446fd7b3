// `export FILE --ansible DIR`: an Ansible inventory and playbook rendered from the plan. The
// playbook runs the very scripts `export --script` writes (renderScripts()), one task per
// step through the host library's --step=ID / --check=ID, and its rollback through
// --rollback: both routes leave the hosts identical. No password is ever written: the
// playbook takes them from Ansible Vault or the environment and sends them on stdin.
#pragma once

#include "scriptfolder.h"

#include <optional>

namespace phw {

struct ExportedFile
{
    QString path; // relative to the export folder, '/' separated
    QByteArray content;
    int mode = 0644;
};

// The files of the Ansible export, for one deployment: ansible.cfg,
// inventory/<deployment>.yml, playbook-<deployment>.yml and scripts/<deployment>/NN-host.sh.
// Several deployments exported into one folder share ansible.cfg and the inventory folder
// (one file each, merged by Ansible); their groups are named by ansibleGroup().
QList<ExportedFile> renderAnsible(const Deployment &deployment, const Plan &plan);

// The inventory group of a deployment's hosts of one role: phw_<name>_primary,
// phw_<name>_secondaries ('-' becomes '_'); phw_<name> holds both.
QString ansibleGroup(const QString &deployment, std::optional<HostRole> role = std::nullopt);

// The inventory name of a deployment's host: HOST.DEPLOYMENT (neither name holds a dot), so
// that two deployments both naming a host web1 merge into one inventory without a clash; the
// host variable phw_host keeps the deployment's name of it.
QString ansibleHost(const QString &deployment, const QString &host);

// Writes FILES into FOLDER (created when missing), all or none: each one is staged in a
// fresh folder inside FOLDER, then renamed into place; what they replace (files an earlier
// export wrote, or links) is moved aside first and put back on a failure. In each of
// OWNED (folders relative to FOLDER), a script an earlier export wrote that FILES does
// not replace is removed. FOLDER a symbolic link: BadInput; a link in a sub-folder's place,
// a file export did not write, or a folder in a file's place: Failure, nothing written.
ScriptFolderResult writeFileSet(const QString &folder, const QList<ExportedFile> &files,
                                const QStringList &owned);

// What `export --ansible DIR` does. The deployment must have passed validate().
ScriptFolderResult exportAnsible(const Deployment &deployment, const QString &folder);

} // namespace phw
