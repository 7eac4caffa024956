#include "Translations.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace slp::ui {

namespace {

// qt_add_translations embeds slpconsole_<lang>.qm under :/i18n.
const QString kResourceDir = QStringLiteral(":/i18n");

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("de")};
}

bool Translations::installEnglishPlurals(QCoreApplication &application)
{
    // The source strings are English, but "%n device(s)" needs its English plural forms from a
    // translation of its own (slpconsole_en.ts holds only those).
    auto *english = new QTranslator(&application);
    if (!english->load(QStringLiteral("slpconsole_en"), kResourceDir)) {
        delete english;
        return false;
    }
    return QCoreApplication::installTranslator(english);
}

QString Translations::install(QCoreApplication &application, const QString &language)
{
    installEnglishPlurals(application);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};
    auto *console = new QTranslator(&application);
    if (!console->load(locale, QStringLiteral("slpconsole"), QStringLiteral("_"), kResourceDir)) {
        delete console;
        return {};
    }
    QCoreApplication::installTranslator(console);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcUi, "Qt's own translation for %s is not installed (qt6-translations-l10n)", qPrintable(locale.name()));
        delete qt;
    }
    return console->language();
}

} // namespace slp::ui
