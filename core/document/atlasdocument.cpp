#include "atlasdocument.h"

#include "countryshapesreader.h"
#include "datasetreader.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"

namespace atlas {

AtlasDocument::~AtlasDocument() = default;

Result<std::shared_ptr<const AtlasDocument>> AtlasDocument::load(const AtlasSources &sources)
{
    Result<std::shared_ptr<const AtlasDocument>> out;
    Result<RecognitionDataset> data = readDataset(sources.dataDir);
    Result<CountryShapes> shapes = readCountryShapes(sources.mapPath);
    out.errors = data.errors + shapes.errors;
    out.warnings = data.warnings + shapes.warnings;
    if (!out.ok())
        return out;
    std::shared_ptr<AtlasDocument> doc(new AtlasDocument);
    doc->m_sources = sources;
    doc->m_dataset = std::move(data.value);
    doc->m_shapes = std::move(shapes.value);
    doc->m_timeline = std::make_unique<RecognitionTimeline>(doc->m_dataset);
    doc->m_link = linkCountries(doc->m_shapes, doc->m_dataset);
    out.value = std::move(doc);
    return out;
}

std::shared_ptr<const ProjectedMap> AtlasDocument::projectedMap(ProjectionKind kind) const
{
    return std::make_shared<const ProjectedMap>(m_shapes, kind);
}

} // namespace atlas
