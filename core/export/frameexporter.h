// Writes one PNG per date (each event date, or the first of each month) for slides and video,
// through the export pipeline (MapExporter). Widget-free: the window shows progress and errors;
// every file is written whole (QSaveFile).
#pragma once

#include "exportrequest.h"
#include "pngwriter.h"  // WriteResult

#include <QDate>
#include <QList>

#include <functional>
#include <memory>

namespace atlas {

class AtlasDocument;
class ProjectedMap;

enum class FrameStep { EventDates, Months };

struct FrameRequest {
    FrameStep step = FrameStep::EventDates;
    QDate from;
    QDate to;
    QString folder;
};

struct FrameRun {
    int written = 0;
    bool cancelled = false;
    QString error;  // empty on success and on cancel
};

// The dates to draw: change dates within [from, to], or `from` and each first of a month after it.
QList<QDate> frameDates(const FrameRequest &request, const QList<QDate> &changeDates);

class FrameExporter {
public:
    // `frame`: what every frame shows (its date is replaced by each frame's date).
    FrameExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map,
                  const ExportRequest &frame);

    // Creates the folder if needed; `progress(done, total)` returns false to cancel.
    FrameRun run(const FrameRequest &request, const QList<QDate> &dates,
                 const std::function<bool(int, int)> &progress) const;

private:
    std::shared_ptr<const AtlasDocument> m_document;
    std::shared_ptr<const ProjectedMap> m_map;
    ExportRequest m_frame;
};

} // namespace atlas
