// The loaded atlas: map shapes, dataset, timeline and the link between map features and dataset
// states. Read-only once loaded and shared as shared_ptr<const AtlasDocument> by the window, the
// command line and the tests. Projected geometry and raster caches are not in here: each
// consumer projects (projectedMap()) and renders with objects of its own, so no consumer can
// invalidate another's.
#pragma once

#include "atlaspaths.h"
#include "countryshapes.h"
#include "countrystatelink.h"
#include "mapprojection.h"
#include "problem.h"
#include "recognitiondataset.h"

#include <memory>

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

    // A new immutable projection of the shapes (about 9 ms for the shipped 1:50m map). The
    // caller owns it; its features are in the order of shapes(), so link() applies to it.
    std::shared_ptr<const ProjectedMap> projectedMap(ProjectionKind kind) const;

private:
    AtlasDocument() = default;
    AtlasSources m_sources;
    CountryShapes m_shapes;
    RecognitionDataset m_dataset;
    std::unique_ptr<RecognitionTimeline> m_timeline;  // refers to m_dataset
    CountryStateLink m_link;
};

} // namespace atlas
