#include "exportlanguage.h"

#include "atlaspaths.h"

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
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral("kosovo-atlas_") + id;
    const QString installed = installedTranslationsDir();
    // The installed files first, as the window does; the build tree's copy is a resource.
    if (!(!installed.isEmpty() && translator->load(file, installed)) && !translator->load(file, QStringLiteral(":/i18n")))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace atlas
