// Player icons (play, pause, skip, seek) drawn in a given colour, so the time bar's buttons stay
// visible in the dark theme and in presentation mode, where the style's own icons are black.
#pragma once

#include <QColor>
#include <QIcon>

namespace atlas {

enum class MediaIcon { Start, PreviousEvent, Play, Pause, NextEvent, End };

QIcon mediaIcon(MediaIcon kind, const QColor &colour);

} // namespace atlas
