// Which dataset state colours each map feature: its own, or its sovereign's for a territory.
#pragma once

#include "maplayercache.h"

#include <QVector>

namespace atlas {

class ProjectedMap;
struct RecognitionDataset;

struct CountryStateLink {
    QVector<int> stateOf;   // per map feature: index into dataset states, -1 when uncoloured
    QVector<bool> isState;  // per map feature: true when the feature is the state itself (not a territory)
    QVector<MarkerRule> markerRules;  // per map feature

    int featureOfState(int stateIndex) const;  // first feature that is that state, or -1
};

CountryStateLink linkCountries(const ProjectedMap &map, const RecognitionDataset &data);

} // namespace atlas
