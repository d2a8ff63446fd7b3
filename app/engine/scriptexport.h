// Writing the exported scripts to a folder: what `export --script DIR` writes, as a function
// the wizard's "Export the script…" calls (one 0755 file per host, renderScripts()' bytes).
#pragma once

#include "deployment.h"

#include <QStringList>

namespace phw {

struct ScriptExportResult
{
    QStringList files; // absolute paths written, in host order
    QString error;     // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// The deployment must have passed validate() without errors.
ScriptExportResult exportScripts(const Deployment &deployment, const QString &folder);

} // namespace phw
