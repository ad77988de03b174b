// A frame series for slides and video: one PNG per date step, written through the export pipeline
// (MapExporter) as DIR/0001.png, 0002.png, ... in date order plus DIR/frames.csv. The command line
// (--frames) and the window (File > Export Frames) share these names and rules. The series is
// written into a temporary sibling folder and renamed into place when complete, so a failed or
// cancelled run leaves no new file in DIR. Widget-free: the callers show progress and errors.
#pragma once

#include "exportrequest.h"
#include "pngwriter.h"  // WriteResult

#include <QDate>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace atlas {

class AtlasDocument;
class ProjectedMap;
class RecognitionTimeline;
struct RecognitionDataset;

enum class FrameStep { EventDates, Days, Weeks, Months, Years };

// "event", "day", "week", "month", "year" (the --step words) and back.
std::optional<FrameStep> frameStepFromWord(const QString &word);
QString frameStepWord(FrameStep step);

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

// The dates to draw, ascending and distinct: `from` first; then one per step after it (a month
// step keeps the day of the month, clamped to the month's end: Jan 31, Feb 29, Mar 31; EventDates:
// each distinct event date), and always `to` last.
QList<QDate> frameDates(const FrameRequest &request, const QList<QDate> &eventDates);
QList<QDate> eventDates(const RecognitionDataset &data);  // distinct, sorted

// "0001.png" for frame 1 of up to 9999 (more digits for longer series).
QString frameFileName(int frame, int total);

// The contract header of frames.csv.
QStringList frameTableHeader();

// The folder may be written to: it does not exist yet or is an empty folder. Else a message naming it.
QString frameFolderProblem(const QString &folder);

class FrameExporter {
public:
    // `frame`: what every frame shows (its date is replaced by each frame's date).
    FrameExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map,
                  const ExportRequest &frame);

    // `progress(done, total)` returns false to cancel.
    FrameRun run(const FrameRequest &request, const QList<QDate> &dates,
                 const std::function<bool(int, int)> &progress) const;

private:
    // Every frame and frames.csv into `folder` (the staging folder); `shownAs` is the folder the
    // user named, for messages.
    FrameRun writeSeries(const QString &folder, const QString &shownAs, const QList<QDate> &dates,
                         const std::function<bool(int, int)> &progress) const;
    QStringList tableRow(int number, const QString &file, const QDate &date) const;

    std::shared_ptr<const AtlasDocument> m_document;
    std::shared_ptr<const ProjectedMap> m_map;
    ExportRequest m_frame;
};

} // namespace atlas
