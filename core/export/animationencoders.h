// The encoders behind AnimationEncoder::open (internal to the export library).
#pragma once

#include "animationexporter.h"

namespace atlas {

std::unique_ptr<AnimationEncoder> openGifEncoder(const QString &path, const QSize &size, const AnimationSettings &settings,
                                                 const ExportMetadata &metadata, const MapTheme &theme, QString &error);
#ifdef ATLAS_WITH_FFMPEG
std::unique_ptr<AnimationEncoder> openVideoEncoder(AnimationFormat format, const QString &path, const QSize &size,
                                                   const AnimationSettings &settings, const ExportMetadata &metadata,
                                                   QString &error);
#endif

} // namespace atlas
