// Animations of the recognition timeline: one map per frame date streamed into an encoder (memory
// does not grow with the frame count), the last frame held for a while. GIF through giflib with a
// fixed palette from the theme (no dithering); MP4 (H.264) and WebM (VP9) through FFmpeg's
// libraries when built with ATLAS_WITH_FFMPEG. The file appears only when complete: a failed or
// cancelled run leaves nothing behind.
#pragma once

#include "exportmetadata.h"
#include "exportrequest.h"
#include "pngwriter.h"  // WriteResult

#include <QDate>
#include <QImage>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace atlas {

class AtlasDocument;
class ProjectedMap;

enum class AnimationFormat { Gif, Mp4, WebM };

// By the extension, case-insensitive: .gif, .mp4, .webm; nullopt for any other (or none).
std::optional<AnimationFormat> animationFormatForPath(const QString &path);
QStringList animationFormatExtensions();  // {"gif", "mp4", "webm"}
bool animationFormatAvailable(AnimationFormat format);  // false for video when built without FFmpeg

struct AnimationSettings {
    int fps = 4;
    double holdSeconds = 2.0;  // the last frame repeated at the frame rate for this long
};

// Frames in, one file out. Frames are RGB32 images of the size given to open().
class AnimationEncoder {
public:
    virtual ~AnimationEncoder() = default;
    virtual bool addFrame(const QImage &frame) = 0;
    virtual WriteResult finish() = 0;  // commits the file
    virtual QString error() const = 0;

    // Null with `error` set when the format's encoder is missing or the file cannot be opened.
    static std::unique_ptr<AnimationEncoder> open(AnimationFormat format, const QString &path, const QSize &size,
                                                  const AnimationSettings &settings, const ExportMetadata &metadata,
                                                  const MapTheme &theme, QString &error);
};

struct AnimationRun {
    int frames = 0;  // frames encoded, hold frames included
    bool cancelled = false;
    QString error;
    QStringList notes;  // e.g. an odd size rounded up for the video codec
};

// Video codecs need even sides: odd ones are rounded up.
QSize encodableSize(AnimationFormat format, const QSize &size);
int holdFrames(const AnimationSettings &settings);

class AnimationExporter {
public:
    AnimationExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map,
                      const ExportRequest &frame);

    // `progress(done, total)` returns false to cancel.
    AnimationRun run(const QString &path, AnimationFormat format, const QList<QDate> &dates,
                     const AnimationSettings &settings, const std::function<bool(int, int)> &progress) const;

private:
    std::shared_ptr<const AtlasDocument> m_document;
    std::shared_ptr<const ProjectedMap> m_map;
    ExportRequest m_frame;
};

} // namespace atlas
