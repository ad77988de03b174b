// Large text on raster devices as cached glyph images. Qt's raster engine keeps glyphs up to 64 px
// in its glyph cache but fills every bigger glyph as a path each time it is drawn: the 80 px title
// of a 4K export then cost 6 ms of every date step. This keeps each glyph's antialiased image,
// filled once from the outline Qt would fill, and draws text by copying those images.
// Owned by whoever draws (AnnotationLayer); not thread-safe. Vector devices keep real text.
#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPoint>

#include <optional>

class QFont;
class QPainter;
class QPointF;
class QRawFont;
class QString;

namespace atlas {

class GlyphSprites {
public:
    // Whether `font` is drawn from sprites: above Qt's own cache limit; below it, Qt's glyph cache
    // is as fast and hints small text better.
    static bool wanted(const QFont &font);

    // `text` in `font` and `colour` with its baseline starting at `baseline` (painter coordinates),
    // shaped by QTextLayout as QPainter::drawText shapes it. False, with nothing drawn, when a glyph
    // has no outline to fill (bitmap and colour fonts): the caller draws the text itself.
    bool drawText(QPainter &painter, const QPointF &baseline, const QFont &font, const QString &text,
                  const QColor &colour);

    qsizetype size() const { return m_sprites.size(); }  // glyph images held

private:
    struct Sprite {
        QImage image;   // premultiplied, in the text colour
        QPoint offset;  // of the image's top-left from the pixel the glyph's origin is snapped to
    };
    std::optional<Sprite> sprite(const QRawFont &font, quint32 glyph, int quarter, QRgb colour);  // shares the image

    QHash<QString, Sprite> m_sprites;  // by font, glyph, quarter pixel and colour
};

} // namespace atlas
