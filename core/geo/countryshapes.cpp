#include "countryshapes.h"

namespace atlas {

int CountryShapes::indexOf(const QString &code) const
{
    for (int i = 0; i < countries.size(); ++i)
        if (countries[i].code == code)
            return i;
    return -1;
}

int CountryShapes::vertexCount() const
{
    int n = 0;
    for (const CountryShape &c : countries)
        for (const GeoPolygon &p : c.polygons)
            for (const QPolygonF &ring : p)
                n += int(ring.size());
    return n;
}

} // namespace atlas
