// The folder `export --script DIR` writes: all the scripts or none, no script of an earlier
// export left for `DIR/*.sh` to pick up, never through a symbolic link.
#pragma once

#include "render.h"

#include <QStringList>

namespace phw {

struct ScriptFolderResult
{
    enum class Status { Ok, BadInput, Failure };
    Status status = Status::Ok;
    QString error;       // translated, when not Ok; nothing was changed then
    QStringList written; // the scripts' paths, in the order given
    QStringList removed; // scripts of an earlier export that the new ones do not replace
};

// The names export gives its scripts (scriptFileName()): NN-host.sh.
bool isScriptFileName(const QString &name);

// Writes SCRIPTS into FOLDER (created when missing): each one is written in a fresh folder
// inside FOLDER, the scripts of an earlier export are moved aside, then the new ones renamed
// in; a failure puts everything back. FOLDER a symbolic link: BadInput. A link named like a
// script is replaced (the link, never its target). A file named like a script that export
// did not write, or a folder in a script's place: Failure, before anything is written.
ScriptFolderResult writeScriptFolder(const QString &folder, const QList<ExportedScript> &scripts);

// Creates PATH (never an existing entry, never through a link) with CONTENT and MODE.
// Returns 0, or the errno of the call that failed.
int writeNewFile(const QString &path, const QByteArray &content, int mode);
// rename(2): false (errno set) when it fails.
bool renameEntry(const QString &from, const QString &to);

// What `export --script DIR` and the wizard's "Export the script…" do: the deployment's
// scripts (renderScripts() of its plan) written by writeScriptFolder(). The deployment must
// have passed validate() without errors.
ScriptFolderResult exportScripts(const Deployment &deployment, const QString &folder);

} // namespace phw
