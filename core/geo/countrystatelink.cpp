#include "countrystatelink.h"

#include "countrycodes.h"
#include "countryshapes.h"
#include "recognitiondataset.h"

namespace atlas {

int CountryStateLink::featureIndexOfState(int stateIndex) const
{
    for (int i = 0; i < stateIndexOf.size(); ++i)
        if (stateIndexOf[i] == stateIndex && isStateItself[i])
            return i;
    return -1;
}

CountryStateLink linkCountries(const CountryShapes &shapes, const RecognitionDataset &data)
{
    CountryStateLink link;
    for (const CountryShape &c : shapes.countries) {
        const int own = data.indexOf(c.code);
        link.stateIndexOf << (own >= 0 ? own : data.indexOf(sovereignOf(c.code)));
        link.isStateItself << (own >= 0);
        // The subject is the point of the map: its circle shows whenever its outline is small.
        const bool isSubject = own >= 0 && data.states[own].kind == StateKind::Subject;
        link.markerRules << (own < 0 ? MarkerRule::Never : isSubject ? MarkerRule::WhenSmall : MarkerRule::WhenTiny);
    }
    return link;
}

} // namespace atlas
