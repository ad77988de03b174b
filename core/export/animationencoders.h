// The encoders behind AnimationEncoder::open (internal to the export library).
#pragma once

#include "animationexporter.h"

#include <functional>
#include <optional>

namespace atlas {

std::unique_ptr<AnimationEncoder> openGifEncoder(const QString &path, const QSize &size, const AnimationSettings &settings,
                                                 const ExportMetadata &metadata, const MapTheme &theme, QString &error);
#ifdef ATLAS_WITH_FFMPEG
std::unique_ptr<AnimationEncoder> openVideoEncoder(AnimationFormat format, const QString &path, const QSize &size,
                                                   const AnimationSettings &settings, const ExportMetadata &metadata,
                                                   QString &error);
#endif

// The loop behind every animation (a date series, a tour): opens the encoder on `path`, then for
// each of `total` frames asks `picture(i)` for the image (nullopt: the previous one again), with
// `progress(i, total)` before each and `progress(total, total)` at the end. Cancel and failure
// leave no file behind: the encoder's destructor removes its temporary.
AnimationRun encodeFrames(const QString &path, AnimationFormat format, const QSize &size,
                          const AnimationSettings &settings, const ExportMetadata &metadata, const MapTheme &theme,
                          int total, const std::function<std::optional<QImage>(int)> &picture,
                          const std::function<bool(int, int)> &progress);

// Video codecs need even sides: the size to encode, and a note for `notes` when it was rounded.
QSize evenSize(AnimationFormat format, const QSize &size, QStringList &notes);

} // namespace atlas
