#include "countrystatelink.h"

#include "countrycodes.h"
#include "projectedmap.h"
#include "recognitiondataset.h"

namespace atlas {

int CountryStateLink::featureOfState(int stateIndex) const
{
    for (int i = 0; i < stateOf.size(); ++i)
        if (stateOf[i] == stateIndex && isState[i])
            return i;
    return -1;
}

CountryStateLink linkCountries(const ProjectedMap &map, const RecognitionDataset &data)
{
    CountryStateLink link;
    for (const ProjectedCountry &c : map.countries()) {
        const int own = data.indexOf(c.code);
        link.stateOf << (own >= 0 ? own : data.indexOf(sovereignOf(c.code)));
        link.isState << (own >= 0);
        const bool isKosovo = own >= 0 && data.states[own].kind == StateKind::Kosovo;
        link.markerRules << (own < 0 ? MarkerRule::Never : isKosovo ? MarkerRule::WhenSmall : MarkerRule::WhenTiny);
    }
    return link;
}

} // namespace atlas
