#include "wizardoptions.h"

#include <QFileInfo>

namespace phw {

bool parseWizardArguments(const QStringList &arguments, LaunchOptions *options)
{
    LaunchOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString *target = nullptr;
        for (const auto &[option, slot] : {std::pair{u"--ssh-config"_qs, &o.sshConfig},
                                           std::pair{u"--known-hosts"_qs, &o.knownHosts},
                                           std::pair{u"--lang"_qs, &o.language}}) {
            if (a == option) {
                if (i + 1 >= arguments.size())
                    return false;
                target = slot;
                *target = arguments.at(++i);
            } else if (a.startsWith(option + u'=')) {
                target = slot;
                *target = a.mid(option.size() + 1);
            }
        }
        if (target)
            continue;
        if (a.startsWith(u'-') || !o.deploymentFile.isEmpty() || !QFileInfo(a).isFile())
            return false;
        o.deploymentFile = a;
    }
    o.offerDraft = true;
    if (options)
        *options = o;
    return true;
}

} // namespace phw
