#include "tourchapter.h"

namespace atlas {

QString TourChapter::caption(NameLanguage language) const
{
    const QString &local = captions[std::size_t(language)];
    return local.isEmpty() ? captions[std::size_t(NameLanguage::English)] : local;
}

} // namespace atlas
