#include "exportlanguage.h"

#include "apptranslator.h"

#include <QCoreApplication>

namespace atlas {
namespace {

// The translation files are named by UI language id, where Serbian Cyrillic is sr_Cyrl.
QString translationId(NameLanguage language)
{
    switch (language) {
    case NameLanguage::Albanian: return QStringLiteral("sq");
    case NameLanguage::Serbian: return QStringLiteral("sr_Cyrl");
    case NameLanguage::SerbianLatin: return QStringLiteral("sr_Latn");
    case NameLanguage::English: break;
    }
    return {};
}

} // namespace

std::unique_ptr<QTranslator> installExportLanguage(NameLanguage language)
{
    const QString id = translationId(language);
    if (id.isEmpty())
        return nullptr;
    std::unique_ptr<QTranslator> translator = loadAppTranslator(id);  // the files the window loads
    if (translator)
        QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace atlas
