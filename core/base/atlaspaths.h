// Where the shipped map, dataset and translations are: installed prefix, build tree or source tree.
// Used by the app (window and CLI) and by tests; every path returned is absolute, so the working
// directory never matters.
#pragma once

#include <QString>

namespace atlas {

// First that holds maps/ne_50m_admin0.shp of: $KOSOVO_ATLAS_DATA, <exe>/../share/kosovo-atlas
// (installed), the source tree (build tree), kosovo-atlas/ under the XDG data dirs
// (QStandardPaths::GenericDataLocation, e.g. /usr/share/kosovo-atlas).
QString defaultShareDir();
QString defaultMapPath();   // <share>/maps/ne_50m_admin0.shp
QString defaultDataDir();   // <share>/data (installed) or <share>/resources/data (source tree)
// <share>/translations when it exists (installed .qm files), else empty: the build-tree binary
// uses the copies embedded as resources under :/i18n.
QString installedTranslationsDir();

// The map and dataset the atlas reads: what --map and --data name, or the shipped ones.
struct AtlasSources {
    QString mapPath;  // never empty once resolved
    QString dataDir;  // never empty once resolved
    QString mapLayer = {};  // --layer: the layer of mapPath to draw; empty: chosen by the loader
};

// The one place that turns the user's choices (empty: the default) into paths, for the command
// line and the window alike.
AtlasSources resolveSources(const QString &mapPath, const QString &dataDir, const QString &mapLayer = {});

} // namespace atlas
