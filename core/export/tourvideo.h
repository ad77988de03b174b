// --animate FILE --tour: the guided tour as an animation (GIF, MP4 or WebM), through the same
// encoders as a date series. Each chapter is one picture held `chapterSeconds`: the map at the
// chapter's date and region with its states emphasised, and under the map (never over it) a
// caption band with "Chapter 3 of 10", the chapter's date and its caption in the chosen language.
#pragma once

#include "animationexporter.h"
#include "exportrequest.h"
#include "mapdetail.h"
#include "mapprojection.h"
#include "statenames.h"
#include "tourchapter.h"

#include <QImage>
#include <QList>

#include <functional>
#include <map>
#include <memory>

namespace atlas {

class AtlasDocument;
class ProjectedMap;

struct TourVideoSettings {
    AnimationSettings speed;       // frame rate; the hold lengthens the last chapter
    double chapterSeconds = 5.0;   // how long each chapter stays on screen
    NameLanguage language = NameLanguage::English;  // of the captions
};

class TourVideoExporter {
public:
    // `frame` gives the size, theme, counting rule, annotation switches and the title's locale;
    // its viewport and date are each chapter's.
    TourVideoExporter(std::shared_ptr<const AtlasDocument> document, ProjectionKind projection,
                      const ExportRequest &frame);

    AnimationRun run(const QString &path, AnimationFormat format, const QList<TourChapter> &chapters,
                     const TourVideoSettings &settings, const std::function<bool(int, int)> &progress) const;

    // Chapter `chapter` of `count` as one frame of `frame`'s size.
    QImage renderChapter(const TourChapter &chapter, int count, NameLanguage language) const;

    // Frames each chapter is held at `settings`' frame rate (at least one).
    static int framesPerChapter(const TourVideoSettings &settings);

private:
    std::shared_ptr<const ProjectedMap> mapAt(const MapViewport &viewport) const;

    std::shared_ptr<const AtlasDocument> m_document;
    ProjectionKind m_projection;
    ExportRequest m_frame;
    // Chapters at the same level of detail share one projection (projecting 1:10m is the slow part).
    mutable std::map<MapDetail, std::shared_ptr<const ProjectedMap>> m_maps;
};

} // namespace atlas
