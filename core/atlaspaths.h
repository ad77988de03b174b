// Where the shipped map and dataset are: installed prefix, build tree or source tree.
#pragma once

#include <QString>

namespace atlas {

// First existing of: $KOSOVO_ATLAS_DATA, <exe>/../share/kosovo-atlas, the source tree.
QString defaultShareDir();
QString defaultMapPath();   // <share>/maps/ne_50m_admin0.shp
QString defaultDataDir();   // <share>/resources/data (source tree) or <share>/data (installed)

} // namespace atlas
