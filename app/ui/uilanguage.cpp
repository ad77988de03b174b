#include "uilanguage.h"

#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace atlas {
namespace {

Q_LOGGING_CATEGORY(lcLanguage, "atlas.language", QtWarningMsg)

const QString kEnglish = QStringLiteral("en");

struct ActiveLanguage {
    QString id = kEnglish;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;  // Qt's own dialogs and buttons, when Qt ships the language
};

ActiveLanguage &active()
{
    static ActiveLanguage language;
    return language;
}

// The system locale when it is in `wanted`'s language and script (keeps sq_XK, en_US), else a
// canonical one.
QLocale localeFor(const QString &id)
{
    QLocale wanted(QLocale::English, QLocale::UnitedKingdom);
    if (id == QLatin1String("sq"))
        wanted = QLocale(QLocale::Albanian, QLocale::Albania);
    else if (id == QLatin1String("sr_Latn"))
        wanted = QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    else if (id == QLatin1String("sr_Cyrl"))
        wanted = QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia);
    const QLocale system = QLocale::system();
    return system.language() == wanted.language() && system.script() == wanted.script() ? system : wanted;
}

std::unique_ptr<QTranslator> loadQtTranslator(const QLocale &locale)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return translator;
    return nullptr;
}

void removeTranslators(ActiveLanguage &language)
{
    for (const auto *translator : {&language.app, &language.qt})
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
    language.app.reset();
    language.qt.reset();
}

} // namespace

const QList<UiLanguage> &uiLanguages()
{
    static const QList<UiLanguage> languages = {
        {kEnglish, QStringLiteral("English")},
        {QStringLiteral("sq"), QStringLiteral("Shqip")},
        {QStringLiteral("sr_Latn"), QStringLiteral("Srpski")},
        {QStringLiteral("sr_Cyrl"), QStringLiteral("Српски")},
    };
    return languages;
}

QString uiLanguageFor(const QLocale &locale, const QString &localeName)
{
    switch (locale.language()) {
    case QLocale::Albanian: return QStringLiteral("sq");
    case QLocale::Serbian: {
        const bool latin = locale.script() == QLocale::LatinScript || localeName.contains(QLatin1String("@latin"))
                           || localeName.contains(QLatin1String("Latn"));
        return latin ? QStringLiteral("sr_Latn") : QStringLiteral("sr_Cyrl");
    }
    default: return kEnglish;
    }
}

QString systemUiLanguage()
{
    QString name;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            break;
    }
    return uiLanguageFor(QLocale::system(), name);
}

bool setUiLanguage(const QString &id)
{
    ActiveLanguage &language = active();
    removeTranslators(language);
    const bool known = std::any_of(uiLanguages().cbegin(), uiLanguages().cend(),
                                   [&id](const UiLanguage &l) { return l.id == id; });
    const QString wanted = known ? id : kEnglish;
    language.id = wanted;
    if (language.id != kEnglish) {
        language.app = loadAppTranslator(language.id);
        if (!language.app) {
            qCWarning(lcLanguage) << "no translation for" << language.id << "- staying in English";
            language.id = kEnglish;
        }
    }
    // The locale first: LanguageChange handlers format dates and pick state names with it.
    QLocale::setDefault(localeFor(language.id));
    if (language.app) {
        QCoreApplication::installTranslator(language.app.get());
        language.qt = loadQtTranslator(localeFor(language.id));
        if (language.qt)
            QCoreApplication::installTranslator(language.qt.get());
    }
    return language.id == wanted;
}

QString currentUiLanguage()
{
    return active().id;
}

} // namespace atlas
