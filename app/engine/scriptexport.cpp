#include "scriptexport.h"

#include "plan.h"
#include "render.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace phw {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExport)
};
} // namespace

ScriptExportResult exportScripts(const Deployment &deployment, const QString &folder)
{
    ScriptExportResult result;
    QDir dir(folder);
    if (!dir.mkpath(u"."_qs)) {
        result.error = Tr::tr("Cannot create the folder %1.").arg(folder);
        return result;
    }
    const Plan plan = buildPlan(deployment);
    for (const ExportedScript &script : renderScripts(deployment, plan)) {
        QSaveFile f(dir.absoluteFilePath(script.fileName));
        if (!f.open(QIODevice::WriteOnly) || f.write(script.content) != script.content.size() ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::ExeOther) ||
            !f.commit()) {
            result.error = Tr::tr("Cannot write %1: %2.").arg(f.fileName(), f.errorString());
            return result;
        }
        result.files.append(f.fileName());
    }
    return result;
}

} // namespace phw
