// Country outlines in lon/lat degrees, keyed by ISO alpha-3; what the map loader returns.
#pragma once

#include <QList>
#include <QPolygonF>
#include <QString>

namespace atlas {

// One polygon: exterior ring first, then its holes. x = lon, y = lat (degrees, WGS84).
using GeoPolygon = QList<QPolygonF>;

struct CountryShape {
    QString code;  // ISO alpha-3 after resolving Natural Earth's -99 placeholders
    QString name;  // name as the map source spells it
    QList<GeoPolygon> polygons;
};

struct CountryShapes {
    QString source;  // path it was read from
    QList<CountryShape> countries;

    int indexOf(const QString &code) const;
    int vertexCount() const;
};

} // namespace atlas
