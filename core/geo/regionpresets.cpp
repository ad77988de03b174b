#include "regionpresets.h"

#include "projectedmap.h"

namespace atlas {

const QList<RegionPreset> &regionPresets()
{
    // Boxes as (lon min, lat min, width, height).
    static const QList<RegionPreset> presets = {
        {QStringLiteral("world"), QRectF(-180, -90, 360, 180)},
        {QStringLiteral("europe"), QRectF(-25, 34, 70, 38)},
        {QStringLiteral("balkans"), QRectF(13, 39, 17, 8.5)},
        {QStringLiteral("africa"), QRectF(-20, -36, 75, 74)},
        {QStringLiteral("americas"), QRectF(-170, -57, 140, 132)},
        {QStringLiteral("asia"), QRectF(25, -12, 125, 72)},
        {QStringLiteral("oceania"), QRectF(110, -50, 70, 60)},
    };
    return presets;
}

std::optional<RegionPreset> regionPreset(const QString &id)
{
    for (const RegionPreset &r : regionPresets())
        if (r.id == id)
            return r;
    return std::nullopt;
}

QStringList regionIds()
{
    QStringList out;
    for (const RegionPreset &r : regionPresets())
        out << r.id;
    return out;
}

QRectF regionWorldArea(const RegionPreset &region, const ProjectedMap &map)
{
    return map.projection().boundsOf(region.lonLat);
}

} // namespace atlas
