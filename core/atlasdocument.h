// The loaded atlas: map, dataset, timeline and projected geometry, owned together so that the
// pieces that refer to each other live exactly as long. Used by the CLI and the window.
#pragma once

#include "countryshapes.h"
#include "mapprojection.h"
#include "problem.h"
#include "recognitiondataset.h"

#include <memory>

namespace atlas {

class ProjectedMap;
class RecognitionTimeline;
class MapRenderer;

class AtlasDocument {
public:
    // Loads map and dataset; on error `document` is null and `errors` name file, line and field.
    static Result<std::shared_ptr<AtlasDocument>> load(const QString &mapPath, const QString &dataDir,
                                                       ProjectionKind projection = ProjectionKind::EqualEarth);
    ~AtlasDocument();

    const CountryShapes &shapes() const { return m_shapes; }
    const RecognitionDataset &dataset() const { return m_dataset; }
    const RecognitionTimeline &timeline() const { return *m_timeline; }
    const ProjectedMap &projectedMap() const { return *m_projected; }
    MapRenderer &renderer() { return *m_renderer; }

    // Re-projects the geometry (and rebuilds the renderer); the dataset is untouched.
    void setProjection(ProjectionKind kind);

private:
    AtlasDocument() = default;
    CountryShapes m_shapes;
    RecognitionDataset m_dataset;
    std::unique_ptr<RecognitionTimeline> m_timeline;
    std::unique_ptr<ProjectedMap> m_projected;
    std::unique_ptr<MapRenderer> m_renderer;
};

} // namespace atlas
