#include "atlasdocument.h"

#include "countryshapesreader.h"
#include "datasetreader.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "statenames.h"
#include "countrycodes.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace atlas {
namespace {

// A source is refused when it covers fewer UN members than this and also matches fewer than
// kMinMatchedShare of its features: then its keys are not what the loader understood.
constexpr int kMinUnMembers = 150;
constexpr double kMinMatchedShare = 0.9;

// Every name of every dataset state, in each language of state_names.csv: the last-resort keys.
QHash<QString, QString> stateNameKeys(const RecognitionDataset &data, const QString &dataDir)
{
    QHash<QString, QString> out;
    const Result<StateNames> names = StateNames::load(dataDir);
    for (const StateInfo &s : data.states) {
        out.insert(foldName(s.name), s.code);
        for (const QString &name : names.value.allNames(s.code))
            out.insert(foldName(name), s.code);
    }
    out.remove(QString());
    return out;
}

// Too little of the map matched (an error), or the UN members it lacks (a warning).
void checkCoverage(const CountryShapes &shapes, const CountryStateLink &link, const RecognitionDataset &data,
                   QList<Problem> &errors, QList<Problem> &warnings)
{
    if (shapes.featureCount == 0)
        return;
    int unknownShapes = 0;
    QSet<int> statesDrawn;
    for (int i = 0; i < shapes.countries.size(); ++i) {
        const QString &code = shapes.countries[i].code;
        const bool known = code.isEmpty() || link.stateIndexOf.value(i, -1) >= 0 || isoCountryTable().alpha3.contains(code);
        unknownShapes += !known;
        if (link.isStateItself.value(i, false))
            statesDrawn.insert(link.stateIndexOf[i]);
    }
    const int unmatched = int(shapes.unmatchedNames.size()) + unknownShapes;
    const double matchedShare = 1.0 - double(unmatched) / shapes.featureCount;
    QStringList missing;
    int unMembers = 0, unDrawn = 0;
    for (int s = 0; s < data.states.size(); ++s) {
        if (data.states[s].kind != StateKind::UnMember)
            continue;
        ++unMembers;
        if (statesDrawn.contains(s))
            ++unDrawn;
        else
            missing << data.states[s].name;
    }
    if (unDrawn < kMinUnMembers && matchedShare < kMinMatchedShare) {
        QStringList few = shapes.unmatchedNames.mid(0, 5);
        errors.append({shapes.source, 0, shapes.keyColumn,
                       QStringLiteral("only %1 of %2 UN member states and %3 of %4 features matched a state by the key "
                                      "column %5 (layer '%6'); not drawn. Unmatched: %7")
                           .arg(unDrawn).arg(unMembers).arg(shapes.featureCount - unmatched).arg(shapes.featureCount)
                           .arg(shapes.keyColumn, shapes.layer,
                                few.isEmpty() ? QStringLiteral("none") : few.join(QStringLiteral(", ")))});
        return;
    }
    if (!missing.isEmpty()) {
        constexpr int shown = 25;
        QString list = missing.mid(0, shown).join(QStringLiteral(", "));
        if (missing.size() > shown)
            list += QStringLiteral(" and %1 more").arg(missing.size() - shown);
        warnings.append({shapes.source, 0, {}, QStringLiteral("%1 UN member states are not in this map: %2")
                                                   .arg(missing.size()).arg(list)});
    }
}

// The 1:10m layer shipped beside the 1:50m map; empty for any other map.
QString fineDetailPath(const QString &mapPath)
{
    const QFileInfo map(mapPath);
    const QFileInfo shipped(defaultMapPath());
    if (!map.exists() || map.canonicalFilePath() != shipped.canonicalFilePath())
        return {};
    const QString fine = map.dir().filePath(QStringLiteral("ne_10m_admin0.fgb"));
    return QFileInfo::exists(fine) ? fine : QString();
}

} // namespace

AtlasDocument::~AtlasDocument() = default;

const AtlasDocument::FineLayer &AtlasDocument::fine() const
{
    std::call_once(m_fineOnce, [this] {
        auto layer = std::make_unique<FineLayer>();
        if (!m_finePath.isEmpty()) {
            const QHash<QString, QString> names = stateNameKeys(m_dataset, m_sources.dataDir);
            Result<CountryShapes> read = readCountryShapes(m_finePath, {QStringLiteral("countries"), &names});
            // Its warnings (no CRS: TopoJSON; the Vatican without geometry) are known and not the user's.
            if (read.ok()) {
                layer->shapes = std::move(read.value);
                layer->link = linkCountries(layer->shapes, m_dataset);
                layer->ok = true;
            }
        }
        m_fine = std::move(layer);
        m_fineLoaded = true;
    });
    return *m_fine;
}

bool AtlasDocument::isFineDetailLoaded() const
{
    return m_fineLoaded;
}

const CountryShapes &AtlasDocument::shapes(MapDetail detail) const
{
    return detail == MapDetail::Fine && fine().ok ? fine().shapes : m_shapes;
}

const CountryStateLink &AtlasDocument::link(MapDetail detail) const
{
    return detail == MapDetail::Fine && fine().ok ? fine().link : m_link;
}

MapDetail AtlasDocument::detailFor(const MapViewport &viewport) const
{
    return atlas::detailFor(viewport, hasFineDetail());
}

std::shared_ptr<const ProjectedMap> AtlasDocument::projectedMap(ProjectionKind kind, MapDetail detail) const
{
    if (detail == MapDetail::Fine && fine().ok)
        return std::make_shared<const ProjectedMap>(fine().shapes, kind, MapDetail::Fine, vertexSpacingFor(MapDetail::Fine));
    return projectedMap(kind);
}

std::shared_ptr<const ProjectedMap> AtlasDocument::projectedMapFor(ProjectionKind kind, const MapViewport &viewport) const
{
    return projectedMap(kind, detailFor(viewport));
}

Result<std::shared_ptr<const AtlasDocument>> AtlasDocument::load(const AtlasSources &sources)
{
    Result<std::shared_ptr<const AtlasDocument>> out;
    Result<RecognitionDataset> data = readDataset(sources.dataDir);
    const QHash<QString, QString> names = data.ok() ? stateNameKeys(data.value, sources.dataDir) : QHash<QString, QString>();
    Result<CountryShapes> shapes = readCountryShapes(sources.mapPath, {sources.mapLayer, &names});
    out.errors = data.errors + shapes.errors;
    out.warnings = data.warnings + shapes.warnings;
    if (!out.ok())
        return out;
    const CountryStateLink link = linkCountries(shapes.value, data.value);
    checkCoverage(shapes.value, link, data.value, out.errors, out.warnings);
    if (!out.ok())
        return out;
    std::shared_ptr<AtlasDocument> doc(new AtlasDocument);
    doc->m_sources = sources;
    doc->m_dataset = std::move(data.value);
    doc->m_shapes = std::move(shapes.value);
    doc->m_timeline = std::make_unique<RecognitionTimeline>(doc->m_dataset);
    doc->m_link = link;
    doc->m_names = StateNames::load(sources.dataDir).value;  // a bad file only costs the labels their translations
    doc->m_finePath = fineDetailPath(sources.mapPath);
    out.value = std::move(doc);
    return out;
}

std::shared_ptr<const ProjectedMap> AtlasDocument::projectedMap(ProjectionKind kind) const
{
    // The shipped map's 1:50m is only drawn up to the 1:10m threshold: thinned for it. A --map
    // file is drawn at every scale as it is.
    const double spacing = hasFineDetail() ? vertexSpacingFor(MapDetail::Standard) : 0.0;
    return std::make_shared<const ProjectedMap>(m_shapes, kind, MapDetail::Standard, spacing);
}

} // namespace atlas
