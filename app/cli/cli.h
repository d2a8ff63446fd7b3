// The headless sub-commands: validate, plan, export (and the SSH ones of the runner).
// Exit codes are a promise to scripts: 0 success, 1 failure, 2 bad input or usage; 130
// (128 + SIGINT, the shell's convention) when apply or rollback was interrupted.
#pragma once

#include "report.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace phw {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2, ExitInterrupted = 130 };

// True when the arguments ask for a headless command rather than the wizard.
bool isHeadless(const QStringList &arguments);

// Runs a headless command. arguments excludes the program name. Translations must already
// be installed (see languageFromArguments()).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The value of --lang (or --lang=xx) in arguments, empty when absent.
QString languageFromArguments(const QStringList &arguments);

// --help: what the program is, its sub-commands, options, exit statuses and environment
// variables (the man page is generated from it).
QString usageText();

// How `export --report` writes its PDF: the report's pages need Qt Gui (app/report/), which
// the headless commands do not link; the executable sets it. Unset, --report is refused.
using ReportWriter = std::function<bool(const Report &report, const QString &path, QString *error)>;
void setReportWriter(ReportWriter writer);
// --version: the version, and what the package is.
QString versionText();

// The one sentence said instead of opening the wizard when there is no graphical session.
QString noDisplayText();

// True when the wizard could open a window: DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM set.
bool hasGraphicalSession();

} // namespace phw
