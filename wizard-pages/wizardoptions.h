// The wizard's command line: `publik-ha-wizard [FILE] [--ssh-config FILE] [--known-hosts FILE]
// [--lang fr|en]`. Anything else is a headless command's business.
#pragma once

#include <QStringList>

namespace phw {

struct LaunchOptions
{
    QString deploymentFile;
    QString sshConfig;
    QString knownHosts;
    QString language;
    bool offerDraft = false; // a draft left by a session that did not end: offer it back
};

// True when arguments are the wizard's (nothing, or an existing file and the options above).
bool parseWizardArguments(const QStringList &arguments, LaunchOptions *options);

} // namespace phw
