// Which dataset state colours each map feature: its own, or its sovereign's for a territory.
// Built once per set of shapes (a level of detail) by the document; every projection of those
// shapes keeps their order, so one link serves them all. Indices: a *feature index* counts the
// map's features (CountryShapes::countries, ProjectedMap::countries); a *state index* counts
// RecognitionDataset::states. They are different spaces: never pass one for the other.
#pragma once

#include "mapmarkers.h"

#include <QVector>

namespace atlas {

struct CountryShapes;
struct RecognitionDataset;

struct CountryStateLink {
    QVector<int> stateIndexOf;        // per feature index: the state that colours it, -1 when none
    QVector<bool> isStateItself;      // per feature index: the feature is that state (not a territory)
    QVector<MarkerRule> markerRules;  // per feature index

    int featureIndexOfState(int stateIndex) const;  // the feature that is the state itself, or -1
};

CountryStateLink linkCountries(const CountryShapes &shapes, const RecognitionDataset &data);

} // namespace atlas
