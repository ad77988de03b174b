// --language for exports: the map's title, counter, legend and a tour's captions in that language,
// from the same translations the window loads. Printed tables (--list, --stats, --events) and
// stderr messages stay English: they are not translated strings, by contract.
#pragma once

#include "statenames.h"

#include <QTranslator>

#include <memory>

namespace atlas {

// Installs the translator for `language` into the application (none for English, or when the
// translation is not found) and returns it; it is removed when the returned object is destroyed.
std::unique_ptr<QTranslator> installExportLanguage(NameLanguage language);

} // namespace atlas
