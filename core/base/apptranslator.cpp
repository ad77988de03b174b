#include "apptranslator.h"

#include "atlaspaths.h"

namespace atlas {

std::unique_ptr<QTranslator> loadAppTranslator(const QString &id)
{
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral("kosovo-atlas_") + id;
    const QString installed = installedTranslationsDir();
    if ((!installed.isEmpty() && translator->load(file, installed)) || translator->load(file, QStringLiteral(":/i18n")))
        return translator;
    return nullptr;
}

} // namespace atlas
