// publik-ha-wizard: with no argument or a deployment file (and the SSH options), the wizard;
// otherwise a headless command.
#include "cli.h"
#include "i18n.h"
#include "wizardoptions.h"
#include "wizardwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication::setOrganizationName(u"publik-ha-wizard"_qs);
    QCoreApplication::setApplicationName(u"publik-ha-wizard"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(PHW_VERSION));

    phw::LaunchOptions launchOptions;
    if (!phw::parseWizardArguments(arguments, &launchOptions)) {
        QCoreApplication app(argc, argv);
        phw::installTranslations(phw::languageFromArguments(arguments));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = phw::runCli(arguments, out, err);
        out.flush();
        err.flush();
        return code;
    }

    if (!phw::hasGraphicalSession()) {
        // Said before QApplication exists: without a display, Qt would abort with its
        // platform-plugin error.
        QCoreApplication app(argc, argv);
        phw::installTranslations(launchOptions.language);
        QTextStream err(stderr);
        err << phw::noDisplayText();
        return phw::ExitFailure;
    }

    QApplication app(argc, argv);
    phw::installTranslations(launchOptions.language);
    phw::WizardWindow window(launchOptions);
    window.show();
    return app.exec();
}
