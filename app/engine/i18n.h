// Language of the messages: French by default, English on request.
#pragma once

#include <QString>

namespace phw {

// Installs the translator for lang ("fr" or "en"; empty: PUBLIK_HA_LANG, else "fr") on the
// running application. Returns the language used.
QString installTranslations(const QString &lang);

// The language installTranslations() chose last ("fr" before any call).
QString installedLanguage();

} // namespace phw
