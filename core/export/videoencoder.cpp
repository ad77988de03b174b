// MP4 (H.264 High, level <= 4.2, yuv420p tagged BT.709, CRF 23, x264 preset veryfast, +faststart)
// and WebM (VP9 at realtime speed) through FFmpeg's libraries. Frames stream through the encoder;
// the file grows under a hidden temporary name beside the target and is renamed when complete
// (+faststart rewrites the file by name, so it cannot go through a QSaveFile).
#include "animationencoders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace atlas {
namespace {

QString averror(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromLocal8Bit(text);
}

class VideoEncoder final : public AnimationEncoder {
public:
    VideoEncoder(AnimationFormat format, const QString &path, const QSize &size, const AnimationSettings &settings,
                 const ExportMetadata &metadata)
        : m_path(path), m_size(size)
    {
        const bool mp4 = format == AnimationFormat::Mp4;
        const char *encoderName = mp4 ? "libx264" : "libvpx-vp9";
        const AVCodec *codec = avcodec_find_encoder_by_name(encoderName);
        if (!codec) {
            fail(QStringLiteral("the %1 encoder %2 is not available in this FFmpeg (libavcodec %3)")
                     .arg(mp4 ? QStringLiteral("H.264") : QStringLiteral("VP9"), QLatin1String(encoderName),
                          QLatin1String(LIBAVCODEC_IDENT)));
            return;
        }
        // Each step fails with a message naming what went wrong; the first failure stops the rest.
        (void)(openTemporaryFile(path) && openCodec(codec, encoderName, mp4, settings) && openMuxer(mp4, metadata)
               && openScaler(size));
    }

    ~VideoEncoder() override
    {
        close();
        if (!m_committed && !m_temp.isEmpty())
            QFile::remove(m_temp);
    }

    bool addFrame(const QImage &frame) override
    {
        if (!m_error.isEmpty())
            return false;
        const QImage image = frame.format() == QImage::Format_RGB32 ? frame : frame.convertToFormat(QImage::Format_RGB32);
        if (image.size() != m_size)
            return fail(QStringLiteral("frame size differs from the animation's"));
        if (int e = av_frame_make_writable(m_frame); e < 0)
            return fail(averror(e));
        const uint8_t *planes[] = {image.constBits()};
        const int strides[] = {int(image.bytesPerLine())};
        sws_scale(m_scaler, planes, strides, 0, m_size.height(), m_frame->data, m_frame->linesize);
        m_frame->pts = m_next++;  // constant frame rate: one tick of 1/fps per frame
        return send(m_frame);
    }

    WriteResult finish() override
    {
        if (m_error.isEmpty() && send(nullptr)) {
            if (int e = av_write_trailer(m_format); e < 0)
                fail(averror(e));
            else if (m_format->pb->error < 0)
                fail(averror(m_format->pb->error));
        }
        if (m_error.isEmpty()) {
            if (int e = avio_closep(&m_format->pb); e < 0)
                fail(averror(e));
        }
        close();
        if (m_error.isEmpty()) {
            // The temporary file was made private (0600); the result gets the permissions a new file would.
            const mode_t mask = ::umask(0);
            ::umask(mask);
            ::chmod(QFile::encodeName(m_temp).constData(), 0666 & ~mask);
            if (std::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_path).constData()) != 0)
                fail(QString::fromLocal8Bit(std::strerror(errno)));
            else
                m_committed = true;
        }
        return {m_error.isEmpty(), m_error};
    }

    QString error() const override { return m_error; }

private:
    // A hidden temporary file beside the target, so the rename stays on one file system.
    bool openTemporaryFile(const QString &path)
    {
        const QFileInfo target(path);
        QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".XXXXXX")));
        temp.setAutoRemove(false);
        if (!temp.open()) {
            fail(temp.errorString());
            return false;
        }
        m_temp = temp.fileName();
        temp.close();
        return true;
    }

    bool openCodec(const AVCodec *codec, const char *encoderName, bool mp4, const AnimationSettings &settings)
    {
        if (int e = avformat_alloc_output_context2(&m_format, nullptr, mp4 ? "mp4" : "webm", QFile::encodeName(m_temp).constData()); e < 0) {
            fail(averror(e));
            return false;
        }
        m_stream = avformat_new_stream(m_format, nullptr);
        m_codec = avcodec_alloc_context3(codec);
        if (!m_stream || !m_codec) {
            fail(QStringLiteral("out of memory"));
            return false;
        }
        m_codec->width = m_size.width();
        m_codec->height = m_size.height();
        m_codec->time_base = AVRational{1, settings.fps};
        m_codec->framerate = AVRational{settings.fps, 1};
        m_codec->pix_fmt = AV_PIX_FMT_YUV420P;
        m_codec->gop_size = std::max(1, settings.fps * 2);
        m_codec->color_primaries = AVCOL_PRI_BT709;
        m_codec->color_trc = AVCOL_TRC_BT709;
        m_codec->colorspace = AVCOL_SPC_BT709;
        m_codec->color_range = AVCOL_RANGE_MPEG;
        if (m_format->oformat->flags & AVFMT_GLOBALHEADER)
            m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary *options = nullptr;
        if (mp4) {
            m_codec->profile = FF_PROFILE_H264_HIGH;
            m_codec->level = 42;
            av_dict_set(&options, "preset", "veryfast", 0);
            av_dict_set(&options, "crf", "23", 0);
            av_dict_set(&options, "profile", "high", 0);
            // x264's default of 1.5 frame threads per core plus its lookahead holds a dozen 720p
            // pictures. Two sliced threads (one picture in flight) and a short lookahead keep the
            // export under its memory budget; encodeFrames also runs the encoder beside the drawing.
            av_dict_set(&options, "threads", "2", 0);
            av_dict_set(&options, "x264-params", "sliced-threads=1:rc-lookahead=5", 0);
        } else {
            m_codec->bit_rate = 0;
            av_dict_set(&options, "deadline", "realtime", 0);
            av_dict_set(&options, "cpu-used", "8", 0);
            av_dict_set(&options, "crf", "32", 0);
            av_dict_set(&options, "row-mt", "0", 0);
            // No look-ahead queue: libvpx otherwise buffers 25 frames, at 1080p a few hundred MiB.
            av_dict_set(&options, "lag-in-frames", "0", 0);
            av_dict_set(&options, "threads", "1", 0);
        }
        const int opened = avcodec_open2(m_codec, codec, &options);
        av_dict_free(&options);
        if (opened < 0) {
            fail(QStringLiteral("%1: %2").arg(QLatin1String(encoderName), averror(opened)));
            return false;
        }
        return true;
    }

    bool openMuxer(bool mp4, const ExportMetadata &metadata)
    {
        avcodec_parameters_from_context(m_stream->codecpar, m_codec);
        m_stream->time_base = m_codec->time_base;
        m_stream->avg_frame_rate = m_codec->framerate;
        m_stream->r_frame_rate = m_codec->framerate;
        av_dict_set(&m_format->metadata, "title", metadata.title.toUtf8().constData(), 0);
        av_dict_set(&m_format->metadata, "comment",
                    (metadata.description + QLatin1Char(' ') + metadata.source).toUtf8().constData(), 0);
        av_dict_set(&m_format->metadata, "encoder", metadata.software.toUtf8().constData(), 0);
        if (int e = avio_open(&m_format->pb, QFile::encodeName(m_temp).constData(), AVIO_FLAG_WRITE); e < 0) {
            fail(averror(e));
            return false;
        }
        AVDictionary *muxer = nullptr;
        if (mp4)
            av_dict_set(&muxer, "movflags", "+faststart", 0);
        const int header = avformat_write_header(m_format, &muxer);
        av_dict_free(&muxer);
        if (header < 0) {
            fail(averror(header));
            return false;
        }
        m_headerWritten = true;
        return true;
    }

    bool openScaler(const QSize &size)
    {
        // Qt's RGB32 is B, G, R, X in memory on little-endian machines.
        const AVPixelFormat source = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? AV_PIX_FMT_BGR0 : AV_PIX_FMT_0RGB;
        m_scaler = sws_getContext(size.width(), size.height(), source, size.width(), size.height(), AV_PIX_FMT_YUV420P,
                                  SWS_POINT, nullptr, nullptr, nullptr);
        m_frame = av_frame_alloc();
        m_packet = av_packet_alloc();
        if (!m_scaler || !m_frame || !m_packet) {
            fail(QStringLiteral("out of memory"));
            return false;
        }
        sws_setColorspaceDetails(m_scaler, sws_getCoefficients(SWS_CS_ITU709), 1, sws_getCoefficients(SWS_CS_ITU709), 0, 0,
                                 1 << 16, 1 << 16);
        m_frame->format = AV_PIX_FMT_YUV420P;
        m_frame->width = size.width();
        m_frame->height = size.height();
        m_frame->color_primaries = AVCOL_PRI_BT709;
        m_frame->color_trc = AVCOL_TRC_BT709;
        m_frame->colorspace = AVCOL_SPC_BT709;
        m_frame->color_range = AVCOL_RANGE_MPEG;
        if (int e = av_frame_get_buffer(m_frame, 0); e < 0) {
            fail(averror(e));
            return false;
        }
        return true;
    }


    bool send(AVFrame *frame)
    {
        if (int e = avcodec_send_frame(m_codec, frame); e < 0)
            return fail(averror(e));
        for (;;) {
            const int got = avcodec_receive_packet(m_codec, m_packet);
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return true;
            if (got < 0)
                return fail(averror(got));
            if (m_packet->duration == 0)
                m_packet->duration = 1;
            av_packet_rescale_ts(m_packet, m_codec->time_base, m_stream->time_base);
            m_packet->stream_index = m_stream->index;
            const int written = av_interleaved_write_frame(m_format, m_packet);
            av_packet_unref(m_packet);
            if (written < 0)
                return fail(averror(written));
            if (m_format->pb && m_format->pb->error < 0)
                return fail(averror(m_format->pb->error));
        }
    }

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: cannot write: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }

    void close()
    {
        sws_freeContext(m_scaler);
        m_scaler = nullptr;
        av_frame_free(&m_frame);
        av_packet_free(&m_packet);
        avcodec_free_context(&m_codec);
        if (m_format) {
            if (m_format->pb)
                avio_closep(&m_format->pb);
            avformat_free_context(m_format);
            m_format = nullptr;
        }
    }

    QString m_path;
    QString m_temp;
    QSize m_size;
    AVFormatContext *m_format = nullptr;
    AVStream *m_stream = nullptr;
    AVCodecContext *m_codec = nullptr;
    SwsContext *m_scaler = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    int64_t m_next = 0;
    bool m_headerWritten = false;
    bool m_committed = false;
    QString m_error;
};

} // namespace

std::unique_ptr<AnimationEncoder> openVideoEncoder(AnimationFormat format, const QString &path, const QSize &size,
                                                   const AnimationSettings &settings, const ExportMetadata &metadata,
                                                   QString &error)
{
    av_log_set_level(AV_LOG_ERROR);  // the encoders' statistics are not for our users' terminals
    auto encoder = std::make_unique<VideoEncoder>(format, path, size, settings, metadata);
    if (!encoder->error().isEmpty()) {
        error = encoder->error();
        return nullptr;
    }
    return encoder;
}

} // namespace atlas
