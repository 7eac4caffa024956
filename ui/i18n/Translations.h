#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace slp::ui {

// Installs the console's translation and Qt's own (qtbase) for `language` ("de", "en"; empty: the
// system's languages). English needs none: the source strings are English.
class Translations
{
public:
    // Returns the language actually installed ("de"), or "" when English (or nothing matched).
    static QString install(QCoreApplication &application, const QString &language);
    // English plural forms ("1 device", "2 devices"); install() does it too. For tests.
    static bool installEnglishPlurals(QCoreApplication &application);
    // The languages the console ships, besides English.
    static QStringList available();
};

} // namespace slp::ui
