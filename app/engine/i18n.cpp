#include "i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace phw {

namespace {
QString &lastLanguage()
{
    static QString lang = u"fr"_qs;
    return lang;
}
} // namespace

QString installedLanguage()
{
    return lastLanguage();
}

QString installTranslations(const QString &requested)
{
    QString lang = requested;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("PUBLIK_HA_LANG", u"fr"_qs);
    if (lang != u"en")
        lang = u"fr"_qs;
    lastLanguage() = lang;
    static QTranslator *translator = nullptr;
    static QTranslator *qtBase = nullptr; // Qt's own texts (dialog buttons), switched alike
    for (QTranslator **t : {&translator, &qtBase}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // Numbers and sizes (QLocale()) in the same language as the words: "23,5 Go", "23.5 GB".
    QLocale::setDefault(lang == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                      : QLocale(QLocale::English, QLocale::UnitedStates));
    // English is the source language; its file holds the plural forms only ("%n host(s)").
    translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(lang == u"fr" ? u":/i18n/publik-ha-wizard_fr.qm"_qs
                                       : u":/i18n/publik-ha-wizard_en.qm"_qs))
        QCoreApplication::installTranslator(translator);
    if (lang == u"fr") {
        qtBase = new QTranslator(QCoreApplication::instance());
        if (qtBase->load(u"qtbase_fr"_qs, u"/usr/share/qt6/translations"_qs))
            QCoreApplication::installTranslator(qtBase);
    }
    return lang;
}

} // namespace phw
