// Named map extents (world, europe, balkans, ...) used by --region and the window's region menu.
#pragma once

#include <QRectF>
#include <QStringList>

#include <optional>

namespace atlas {

class ProjectedMap;

struct RegionPreset {
    QString id;       // word used on the command line and in settings
    QRectF lonLat;    // x = lon, y = lat (bottom-left origin), degrees
};

const QList<RegionPreset> &regionPresets();
std::optional<RegionPreset> regionPreset(const QString &id);
QStringList regionIds();

// The area in world metres that the region covers under the map's projection.
QRectF regionWorldArea(const RegionPreset &region, const ProjectedMap &map);

} // namespace atlas
