// publik-ha-wizard: with no argument or a deployment file (and the SSH options), the wizard;
// otherwise a headless command.
#include "cli.h"
#include "i18n.h"
#include "reportprinter.h"
#include "wizardoptions.h"
#include "wizardwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
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
        // export --report lays pages out with Qt Gui (fonts, painter): a GUI application on
        // the offscreen platform unless one is chosen, so no display is needed.
        const bool report = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
            return a == u"--report" || a.startsWith(u"--report=");
        });
        if (report && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app;
        if (report)
            app = std::make_unique<QGuiApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        phw::setReportWriter(phw::writeReportPdf);
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
