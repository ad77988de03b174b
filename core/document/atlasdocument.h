// The loaded atlas: map shapes, dataset, timeline and the link between map features and dataset
// states. Read-only once loaded and shared as shared_ptr<const AtlasDocument> by the window, the
// command line and the tests. Projected geometry and raster caches are not in here: each
// consumer projects (projectedMap()) and renders with objects of its own, so no consumer can
// invalidate another's.
#pragma once

#include "atlaspaths.h"
#include "countryshapes.h"
#include "countrystatelink.h"
#include "mapdetail.h"
#include "mapprojection.h"
#include "problem.h"
#include "recognitiondataset.h"
#include "statenames.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace atlas {

class ProjectedMap;
class RecognitionTimeline;

class AtlasDocument {
public:
    // Loads map and dataset; on error the value is null and `errors` name file, line and field.
    static Result<std::shared_ptr<const AtlasDocument>> load(const AtlasSources &sources);
    ~AtlasDocument();
    AtlasDocument(const AtlasDocument &) = delete;
    AtlasDocument &operator=(const AtlasDocument &) = delete;

    const AtlasSources &sources() const { return m_sources; }
    const CountryShapes &shapes() const { return m_shapes; }
    const RecognitionDataset &dataset() const { return m_dataset; }
    const DatasetSubject &subject() const { return m_dataset.subject; }
    const RecognitionTimeline &timeline() const { return *m_timeline; }
    const CountryStateLink &link() const { return m_link; }  // indexed like shapes().countries
    // Names in every UI language (state_names.csv; empty when the file is missing): the map's labels.
    const StateNames &stateNames() const { return m_names; }

    // A new immutable projection of the shapes (about 9 ms for the shipped 1:50m map; thinned to
    // vertexSpacingFor(Standard) when the map has levels). The caller owns it; its features are in
    // the order of shapes(), so link() applies to it.
    std::shared_ptr<const ProjectedMap> projectedMap(ProjectionKind kind) const;

    // Level of detail (mapdetail.h), for the shipped map only: its 1:10m layer
    // (maps/ne_10m_admin0.fgb beside it) is read on first need, once, from whichever thread asks
    // first (the others wait); reading it fails quietly into "no fine detail".
    bool hasFineDetail() const { return !m_finePath.isEmpty(); }
    bool isFineDetailLoaded() const;
    const CountryShapes &shapes(MapDetail detail) const;
    const CountryStateLink &link(MapDetail detail) const;  // one link per set of shapes
    MapDetail detailFor(const MapViewport &viewport) const;
    std::shared_ptr<const ProjectedMap> projectedMap(ProjectionKind kind, MapDetail detail) const;
    // The level the viewport calls for, projected: what the window and every export draw.
    std::shared_ptr<const ProjectedMap> projectedMapFor(ProjectionKind kind, const MapViewport &viewport) const;

private:
    AtlasDocument() = default;
    AtlasSources m_sources;
    CountryShapes m_shapes;
    RecognitionDataset m_dataset;
    std::unique_ptr<RecognitionTimeline> m_timeline;  // refers to m_dataset
    CountryStateLink m_link;
    StateNames m_names;

    struct FineLayer {
        CountryShapes shapes;
        CountryStateLink link;
        bool ok = false;
    };
    const FineLayer &fine() const;
    QString m_finePath;  // empty: no level of detail (a --map file)
    mutable std::once_flag m_fineOnce;
    mutable std::unique_ptr<FineLayer> m_fine;
    mutable std::atomic<bool> m_fineLoaded{false};
};

} // namespace atlas
