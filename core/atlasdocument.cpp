#include "atlasdocument.h"

#include "countryshapesreader.h"
#include "datasetreader.h"
#include "maprenderer.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"

namespace atlas {

AtlasDocument::~AtlasDocument() = default;

Result<std::shared_ptr<AtlasDocument>> AtlasDocument::load(const QString &mapPath, const QString &dataDir,
                                                           ProjectionKind projection)
{
    Result<std::shared_ptr<AtlasDocument>> out;
    Result<RecognitionDataset> data = readDataset(dataDir);
    Result<CountryShapes> shapes = readCountryShapes(mapPath);
    out.errors = data.errors + shapes.errors;
    out.warnings = data.warnings + shapes.warnings;
    if (!out.ok())
        return out;
    std::shared_ptr<AtlasDocument> doc(new AtlasDocument);
    doc->m_dataset = std::move(data.value);
    doc->m_shapes = std::move(shapes.value);
    doc->m_timeline = std::make_unique<RecognitionTimeline>(doc->m_dataset);
    doc->setProjection(projection);
    out.value = doc;
    return out;
}

void AtlasDocument::setProjection(ProjectionKind kind)
{
    m_renderer.reset();
    m_projected = std::make_unique<ProjectedMap>(m_shapes, kind);
    m_renderer = std::make_unique<MapRenderer>(*m_projected, *m_timeline);
}

} // namespace atlas
