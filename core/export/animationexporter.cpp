#include "animationexporter.h"

#include "animationencoders.h"
#include "atlasdocument.h"
#include "exportformat.h"
#include "mapexporter.h"

#include <QDir>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include <cmath>

namespace atlas {

std::optional<AnimationFormat> animationFormatForPath(const QString &path)
{
    const QString ext = extensionOf(path);
    if (ext == QLatin1String("gif"))
        return AnimationFormat::Gif;
    if (ext == QLatin1String("mp4"))
        return AnimationFormat::Mp4;
    if (ext == QLatin1String("webm"))
        return AnimationFormat::WebM;
    return std::nullopt;
}

QStringList animationFormatExtensions()
{
    return {QStringLiteral("gif"), QStringLiteral("mp4"), QStringLiteral("webm")};
}

bool animationFormatAvailable(AnimationFormat format)
{
#ifdef ATLAS_WITH_FFMPEG
    Q_UNUSED(format)
    return true;
#else
    return format == AnimationFormat::Gif;
#endif
}

QSize encodableSize(AnimationFormat format, const QSize &size)
{
    if (format == AnimationFormat::Gif)
        return size;
    return QSize(size.width() + (size.width() & 1), size.height() + (size.height() & 1));
}

int holdFrames(const AnimationSettings &settings)
{
    return std::max(0, int(std::lround(settings.holdSeconds * settings.fps)));
}

std::unique_ptr<AnimationEncoder> AnimationEncoder::open(AnimationFormat format, const QString &path, const QSize &size,
                                                         const AnimationSettings &settings, const ExportMetadata &metadata,
                                                         const MapTheme &theme, QString &error)
{
    if (format == AnimationFormat::Gif)
        return openGifEncoder(path, size, settings, metadata, theme, error);
#ifdef ATLAS_WITH_FFMPEG
    return openVideoEncoder(format, path, size, settings, metadata, error);
#else
    error = QStringLiteral("%1: cannot write: this build has no video encoder (built without FFmpeg: ATLAS_WITH_FFMPEG=OFF); "
                           "GIF is available")
                .arg(QDir::toNativeSeparators(path));
    return nullptr;
#endif
}

AnimationExporter::AnimationExporter(std::shared_ptr<const AtlasDocument> document,
                                     std::shared_ptr<const ProjectedMap> map, const ExportRequest &frame)
    : m_document(std::move(document)), m_map(std::move(map)), m_frame(frame)
{
}

QSize evenSize(AnimationFormat format, const QSize &size, QStringList &notes)
{
    const QSize even = encodableSize(format, size);
    if (even != size)
        notes << QStringLiteral("%1x%2 rounded up to %3x%4: the video codec needs even sides")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(even.width())
                     .arg(even.height());
    return even;
}

namespace {

// Encoding runs on a worker thread while the next frame is drawn, so the two halves of a frame's
// cost overlap on two cores. At most one drawn frame waits for the encoder: memory stays at two
// frames whatever the length of the animation.
class EncoderThread {
public:
    explicit EncoderThread(AnimationEncoder &encoder) : m_encoder(encoder), m_worker([this] { work(); }) {}
    EncoderThread(const EncoderThread &) = delete;
    EncoderThread &operator=(const EncoderThread &) = delete;
    ~EncoderThread() { stop(); }

    // Hands `image` over, waiting while a frame is still pending; false once the encoder failed.
    bool push(const QImage &image)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_pending || m_failed; });
        if (m_failed)
            return false;
        m_pending = image;
        m_changed.notify_all();
        return true;
    }

    // Waits until every pushed frame is encoded; false when one failed.
    bool stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
            m_changed.notify_all();
        }
        if (m_worker.joinable())
            m_worker.join();
        return !m_failed;
    }

private:
    void work()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_pending || m_closing; });
            if (!m_pending)
                return;  // closing, and nothing left
            const QImage image = std::move(*m_pending);
            lock.unlock();
            const bool ok = m_encoder.addFrame(image);
            lock.lock();
            m_pending.reset();
            m_failed = m_failed || !ok;
            m_changed.notify_all();
            if (m_failed)
                return;
        }
    }

    AnimationEncoder &m_encoder;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<QImage> m_pending;
    bool m_closing = false;
    bool m_failed = false;
    std::thread m_worker;  // last: starts once the state above exists
};

} // namespace

AnimationRun encodeFrames(const QString &path, AnimationFormat format, const QSize &size,
                          const AnimationSettings &settings, const ExportMetadata &metadata, const MapTheme &theme,
                          int total, const std::function<std::optional<QImage>(int)> &picture,
                          const std::function<bool(int, int)> &progress)
{
    AnimationRun result;
    const std::unique_ptr<AnimationEncoder> encoder =
        AnimationEncoder::open(format, path, size, settings, metadata, theme, result.error);
    if (!encoder)
        return result;
    EncoderThread encoding(*encoder);  // stopped before the encoder goes, whatever the way out
    QImage image;  // the frame being drawn; the encoder holds at most one more
    for (int i = 0; i < total; ++i) {
        if (!progress(i, total)) {
            result.cancelled = true;  // the encoder's destructor removes its temporary file
            return result;
        }
        if (std::optional<QImage> next = picture(i))
            image = std::move(*next);
        if (!encoding.push(image))
            break;
        ++result.frames;
    }
    if (!encoding.stop()) {
        result.error = encoder->error();
        result.frames = 0;
        return result;
    }
    const WriteResult w = encoder->finish();
    if (!w.ok) {
        result.error = w.error;
        result.frames = 0;
        return result;
    }
    progress(total, total);
    return result;
}

AnimationRun AnimationExporter::run(const QString &path, AnimationFormat format, const QList<QDate> &dates,
                                    const AnimationSettings &settings, const std::function<bool(int, int)> &progress) const
{
    if (dates.isEmpty()) {
        AnimationRun empty;
        empty.error = QStringLiteral("%1: cannot write: no frames to draw").arg(QDir::toNativeSeparators(path));
        return empty;
    }
    ExportRequest frame = m_frame;
    QStringList notes;
    const QSize size = evenSize(format, frame.viewport.pixels(), notes);
    frame.viewport = frame.viewport.resized(size);
    frame.date = dates.last();
    MapExporter exporter(m_document, m_map);
    ExportMetadata metadata = exporter.metadata(frame);  // the counts of the last frame
    metadata.title += QStringLiteral(" (%1 to %2)").arg(dates.first().toString(Qt::ISODate), dates.last().toString(Qt::ISODate));
    const auto picture = [&](int i) -> std::optional<QImage> {
        if (i >= dates.size())
            return std::nullopt;  // the hold: the last date again
        frame.changesSince = i > 0 ? dates[i - 1] : QDate();  // what changed since the previous frame
        frame.date = dates[i];
        return exporter.renderImage(frame);
    };
    AnimationRun result = encodeFrames(path, format, size, settings, metadata, frame.theme,
                                       int(dates.size()) + holdFrames(settings), picture, progress);
    result.notes = notes;
    return result;
}

} // namespace atlas
