// Country outlines in lon/lat degrees, keyed by ISO alpha-3; what the map loader returns.
#pragma once

#include <QList>
#include <QPolygonF>
#include <QString>
#include <QStringList>

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
    QList<CountryShape> countries;  // features with no state by design (Spratly Is....) have an empty code

    // How the source was read, for the document's coverage check and its messages.
    QString layer;              // the layer drawn
    QString keyColumn;          // the first key column tried (ISO_A3, ID, NAME...)
    int featureCount = 0;       // features in that layer, read or not
    QStringList unmatchedNames; // names (or ids) of features that no key resolved, in file order

    int indexOf(const QString &code) const;
    int vertexCount() const;
};

} // namespace atlas
