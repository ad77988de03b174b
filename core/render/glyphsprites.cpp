#include "glyphsprites.h"

#include <QFont>
#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <cmath>
#include <utility>

namespace atlas {
namespace {

// Qt's QT_MAX_CACHED_GLYPH_SIZE default: above it the raster engine fills glyph paths.
constexpr int kQtCachedGlyphLimitPx = 64;
// Horizontal positions are kept to a quarter pixel, so spacing stays as QTextLayout set it; a
// title of 40 distinct glyphs then needs at most 160 images.
constexpr int kSubpixelSteps = 4;
// A bound on what one layer keeps, far above a real title's needs (dates cycle through digits).
constexpr qsizetype kMaxSprites = 4096;

} // namespace

bool GlyphSprites::wanted(const QFont &font)
{
    return font.pixelSize() > kQtCachedGlyphLimitPx;
}

std::optional<GlyphSprites::Sprite> GlyphSprites::sprite(const QRawFont &font, quint32 glyph, int quarter, QRgb colour)
{
    const QString key = QStringLiteral("%1/%2/%3/%4/%5/%6")
                            .arg(font.familyName(), font.styleName())
                            .arg(font.pixelSize())
                            .arg(glyph)
                            .arg(quarter)
                            .arg(colour, 0, 16);
    if (auto it = m_sprites.constFind(key); it != m_sprites.constEnd())
        return *it;
    if (m_sprites.size() >= kMaxSprites)
        m_sprites.clear();
    QPainterPath outline = font.pathForGlyph(glyph);
    if (outline.isEmpty() && !font.boundingRect(glyph).isEmpty())
        return std::nullopt;  // ink but no outline: a bitmap or colour glyph (emoji), for Qt to draw
    outline.translate(double(quarter) / kSubpixelSteps, 0);
    const QRect box = outline.boundingRect().toAlignedRect().adjusted(-1, -1, 1, 1);  // room for antialiasing
    Sprite s{QImage(box.size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied), box.topLeft()};
    s.image.fill(Qt::transparent);
    QPainter p(&s.image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.translate(-box.topLeft());
    p.fillPath(outline, QColor::fromRgba(colour));
    p.end();
    return *m_sprites.insert(key, s);
}

bool GlyphSprites::drawText(QPainter &painter, const QPointF &baseline, const QFont &font, const QString &text,
                            const QColor &colour)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return true;  // nothing to draw
    // Glyph run positions are relative to the layout's top-left, on the line's baseline.
    const QPointF origin = baseline - QPointF(0, line.ascent());
    QList<std::pair<QPoint, Sprite>> placed;  // all found before any is drawn: all or nothing
    for (const QGlyphRun &run : line.glyphRuns()) {
        const QRawFont raw = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const QPointF at = origin + positions[i];
            const double steps = std::round(at.x() * kSubpixelSteps);
            const int pixelX = int(std::floor(steps / kSubpixelSteps));
            const int quarter = int(steps - double(pixelX) * kSubpixelSteps);
            const std::optional<Sprite> s = sprite(raw, glyphs[i], quarter, colour.rgba());
            if (!s)
                return false;
            placed.append({QPoint(pixelX, int(std::lround(at.y()))) + s->offset, *s});
        }
    }
    for (const auto &[at, s] : placed)
        painter.drawImage(at, s.image);
    return true;
}

} // namespace atlas
