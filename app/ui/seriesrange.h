// Which dates a frame series or an animation covers and the size of its frames: the dialogs'
// choice of --step, --from, --to and --size.
#pragma once

#include "frameexporter.h"  // FrameStep

#include <QDate>
#include <QSize>

namespace atlas {

struct SeriesRange {
    FrameStep step = FrameStep::Months;
    QDate from;  // null: the timeline's first day
    QDate to;    // null: today
    QSize size{1280, 720};
};

} // namespace atlas
