// Renderings of the one plan: the text and JSON previews and the per-host sh scripts.
#pragma once

#include "plan.h"

#include <QByteArray>

namespace phw {

struct ExportedScript
{
    QString fileName; // "01-web1.sh"
    QString host;
    QByteArray content;
};

// The complete sh script of one host: the host library, the message table, every step
// of that host as check/apply functions, and the entry point (--dry-run, --rollback…).
QByteArray renderHostScript(const Deployment &deployment, const Plan &plan, const QString &host);
QList<ExportedScript> renderScripts(const Deployment &deployment, const Plan &plan);
QString scriptFileName(const Plan &plan, const QString &host);

// The shell functions of one step exactly as the script defines them (preview).
QString renderStepFunctions(const Step &step);

// One step of `plan`'s text, exactly as renderPlanText() prints it (index: its place among
// the steps of its host, from 0; count: how many steps that host has). The wizard's preview
// shows this text.
QString renderStepText(const Step &step, qsizetype index, qsizetype count);

// `plan` output: host by host, step by step, commands and files, secrets masked.
QString renderPlanText(const Deployment &deployment, const Plan &plan);
// `plan --json`.
QByteArray renderPlanJson(const Deployment &deployment, const Plan &plan);

} // namespace phw
