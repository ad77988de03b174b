// GIF through giflib: one fixed 256-colour palette made from the theme (its exact colours first,
// then a colour cube and a grey ramp for antialiased edges and text), pixels mapped to the nearest
// entry without dithering, so flat map colours stay exact and frames compress well.
#include "animationencoders.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

#include <gif_lib.h>

#include <cmath>
#include <vector>

namespace atlas {
namespace {

QList<QRgb> themePalette(const MapTheme &t)
{
    QList<QRgb> colours;
    const auto add = [&colours](const QColor &c) {
        const QRgb rgb = c.rgb() | 0xFF000000u;
        if (!colours.contains(rgb) && colours.size() < 256)
            colours << rgb;
    };
    for (const QColor &c : {t.background, t.sea, t.noData, t.border, t.text, t.hatch})
        add(c);
    for (const QColor &c : t.status)
        add(c);
    // The translucent panel over the background and the sea, as the annotations draw it.
    for (const QColor &under : {t.background, t.sea}) {
        const double a = t.panel.alphaF();
        add(QColor::fromRgbF(float(t.panel.redF() * a + under.redF() * (1 - a)), float(t.panel.greenF() * a + under.greenF() * (1 - a)),
                             float(t.panel.blueF() * a + under.blueF() * (1 - a))));
    }
    add(QColor(0xD6, 0x27, 0x28));  // the selection outline
    for (int r = 0; r < 6; ++r)
        for (int g = 0; g < 6; ++g)
            for (int b = 0; b < 6; ++b)
                add(QColor(r * 51, g * 51, b * 51));
    for (int i = 1; colours.size() < 256 && i < 32; ++i)
        add(QColor(i * 8, i * 8, i * 8));
    while (colours.size() < 256)
        colours << colours.last();
    return colours;
}

int writeToFile(GifFileType *gif, const GifByteType *data, int length)
{
    auto *file = static_cast<QSaveFile *>(gif->UserData);
    return int(file->write(reinterpret_cast<const char *>(data), length));
}

class GifEncoder final : public AnimationEncoder {
public:
    GifEncoder(const QString &path, const QSize &size, const AnimationSettings &settings, const ExportMetadata &metadata,
               const MapTheme &theme)
        : m_path(path), m_size(size), m_file(path), m_palette(themePalette(theme)),
          m_delay(std::max(1, int(std::lround(100.0 / settings.fps))))  // whole hundredths of a second
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            fail(m_file.errorString());
            return;
        }
        int err = 0;
        m_gif = EGifOpen(&m_file, writeToFile, &err);
        if (!m_gif) {
            fail(QString::fromLatin1(GifErrorString(err)));
            return;
        }
        EGifSetGifVersion(m_gif, true);
        std::vector<GifColorType> colours;
        for (QRgb c : m_palette)
            colours.push_back(GifColorType{GifByteType(qRed(c)), GifByteType(qGreen(c)), GifByteType(qBlue(c))});
        ColorMapObject *map = GifMakeMapObject(256, colours.data());
        const bool ok = map && EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map) == GIF_OK;
        GifFreeMapObject(map);
        // Loop forever (the Netscape application extension), then the title as a comment.
        static const GifByteType netscape[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
        static const GifByteType loop[] = {1, 0, 0};
        const QByteArray comment = (metadata.title + QStringLiteral(". ") + metadata.description + QStringLiteral(" ")
                                    + metadata.source + QStringLiteral(". ") + metadata.software)
                                       .toLatin1()
                                       .left(250);
        if (!ok || EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) != GIF_OK
            || EGifPutExtensionBlock(m_gif, sizeof netscape, netscape) != GIF_OK
            || EGifPutExtensionBlock(m_gif, sizeof loop, loop) != GIF_OK || EGifPutExtensionTrailer(m_gif) != GIF_OK
            || EGifPutComment(m_gif, comment.constData()) != GIF_OK)
            fail(gifError());
    }

    ~GifEncoder() override
    {
        if (m_gif) {
            int err = 0;
            EGifCloseFile(m_gif, &err);
        }
        m_file.cancelWriting();  // no effect after a commit
    }

    bool addFrame(const QImage &frame) override
    {
        if (!m_error.isEmpty())
            return false;
        const QImage image = frame.format() == QImage::Format_RGB32 ? frame : frame.convertToFormat(QImage::Format_RGB32);
        if (image.size() != m_size)
            return fail(QStringLiteral("frame size differs from the animation's"));
        // A frame equal to the last one (the hold at the end) is a 1x1 frame that changes nothing.
        const bool repeat = !m_last.isNull() && image.constBits() == m_last.constBits();
        GraphicsControlBlock gcb{};
        gcb.DisposalMode = DISPOSE_DO_NOT;
        gcb.DelayTime = m_delay;
        gcb.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType ext[4];
        EGifGCBToExtension(&gcb, ext);
        if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) != GIF_OK)
            return fail(gifError());
        if (repeat) {
            GifPixelType pixel = m_firstIndex;
            if (EGifPutImageDesc(m_gif, 0, 0, 1, 1, false, nullptr) != GIF_OK || EGifPutLine(m_gif, &pixel, 1) != GIF_OK)
                return fail(gifError());
            return true;
        }
        if (EGifPutImageDesc(m_gif, 0, 0, m_size.width(), m_size.height(), false, nullptr) != GIF_OK)
            return fail(gifError());
        std::vector<GifPixelType> line(std::size_t(m_size.width()));
        QRgb lastColour = 0;
        GifPixelType lastIndex = 0;
        bool haveLast = false;
        for (int y = 0; y < m_size.height(); ++y) {
            const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < m_size.width(); ++x) {
                const QRgb c = row[x] | 0xFF000000u;
                if (!haveLast || c != lastColour) {
                    lastColour = c;
                    lastIndex = indexOf(c);
                    haveLast = true;
                }
                line[std::size_t(x)] = lastIndex;
            }
            if (y == 0)
                m_firstIndex = line[0];
            if (EGifPutLine(m_gif, line.data(), m_size.width()) != GIF_OK)
                return fail(gifError());
        }
        m_last = image;
        return true;
    }

    WriteResult finish() override
    {
        if (m_error.isEmpty()) {
            int err = 0;
            const int closed = EGifCloseFile(m_gif, &err);
            m_gif = nullptr;
            if (closed != GIF_OK)
                fail(m_file.error() != QFileDevice::NoError ? m_file.errorString() : QString::fromLatin1(GifErrorString(err)));
        }
        if (m_error.isEmpty() && !m_file.commit())
            fail(m_file.errorString());
        return {m_error.isEmpty(), m_error};
    }

    QString error() const override { return m_error; }

private:
    QString gifError() const
    {
        if (m_file.error() != QFileDevice::NoError)
            return m_file.errorString();
        return QString::fromLatin1(GifErrorString(m_gif ? m_gif->Error : 0));
    }

    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: cannot write: %2").arg(QDir::toNativeSeparators(m_path), why);
        m_file.cancelWriting();
        return false;
    }

    GifPixelType indexOf(QRgb c)
    {
        const auto hit = m_index.constFind(c);
        if (hit != m_index.constEnd())
            return *hit;
        int best = 0, bestDistance = INT_MAX;
        for (int i = 0; i < m_palette.size(); ++i) {
            const QRgb p = m_palette[i];
            const int dr = qRed(p) - qRed(c), dg = qGreen(p) - qGreen(c), db = qBlue(p) - qBlue(c);
            const int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        m_index.insert(c, GifPixelType(best));
        return GifPixelType(best);
    }

    QString m_path;
    QSize m_size;
    QSaveFile m_file;
    QList<QRgb> m_palette;
    QHash<QRgb, GifPixelType> m_index;
    int m_delay = 25;
    GifFileType *m_gif = nullptr;
    QImage m_last;
    GifPixelType m_firstIndex = 0;
    QString m_error;
};

} // namespace

std::unique_ptr<AnimationEncoder> openGifEncoder(const QString &path, const QSize &size, const AnimationSettings &settings,
                                                 const ExportMetadata &metadata, const MapTheme &theme, QString &error)
{
    auto encoder = std::make_unique<GifEncoder>(path, size, settings, metadata, theme);
    if (!encoder->error().isEmpty()) {
        error = encoder->error();
        return nullptr;
    }
    return encoder;
}

} // namespace atlas
