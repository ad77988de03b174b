// The atlas's own translation files (kosovo-atlas_<id>.qm), for the window's UI language and for
// the command line's --language alike.
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace atlas {

// The translator for UI language `id` ("sq", "sr_Latn", "sr_Cyrl"), not installed: the installed
// translations folder first (installedTranslationsDir), then the copy built into the executable
// (:/i18n). Null when neither loads.
std::unique_ptr<QTranslator> loadAppTranslator(const QString &id);

} // namespace atlas
