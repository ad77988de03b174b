// Writes one PNG per date (each event date, or the first of each month) for slides and video.
// Widget-free: the window shows progress and errors; every file is written whole (QSaveFile).
#pragma once

#include "exportsettings.h"
#include "pngwriter.h"  // WriteResult

#include <QDate>
#include <QList>

#include <functional>

namespace atlas {

class MapRenderer;

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

// "kosovo-recognition-2013-02-17.png": sorts by date in any file manager.
QString frameFileName(const QDate &date);

class FrameExporter {
public:
    // `view`/`options`: the window's current viewport and render options. The renderer is borrowed.
    FrameExporter(MapRenderer &renderer, const MapViewport &view, const RenderOptions &options,
                  const ExportSettings &settings);

    // Creates the folder if needed; `progress(done, total)` returns false to cancel.
    FrameRun run(const FrameRequest &request, const QList<QDate> &dates,
                 const std::function<bool(int, int)> &progress) const;

private:
    MapRenderer &m_renderer;
    MapViewport m_viewport;
    RenderOptions m_options;
};

} // namespace atlas
