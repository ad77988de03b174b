#include "labellayer.h"

#include "mapannotations.h"
#include "recognitiontimeline.h"

#include <QFontMetricsF>
#include <QPainterPath>

namespace atlas {
namespace {

QList<QRectF> panelsOf(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &options)
{
    QList<QRectF> out;
    if (options.title || options.legend || options.sourceLine)
        for (const AnnotationGroup &g : annotationLayout(pixels, timeline, options))
            out << g.panel;
    return out;
}

// The glyphs as a path, each line centred on its baseline point: what the halo strokes.
QPainterPath textPath(const MapLabel &label)
{
    const QFontMetricsF fm(label.font);
    QPainterPath path;
    for (int i = 0; i < label.lines.size(); ++i)
        path.addText(label.baselines[i] - QPointF(fm.horizontalAdvance(label.lines[i]) / 2, 0), label.font, label.lines[i]);
    return path;
}

QColor haloColour(const MapTheme &theme)
{
    QColor c = theme.panel;  // the panels' backdrop: light under dark text, dark under light text
    c.setAlpha(255);
    return c;
}

} // namespace

QList<QRectF> labelObstacles(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &options)
{
    // The 28th of every month covers the widest month name; digits in DejaVu Sans share one width,
    // and the slack covers a count growing by a digit.
    const double slack = 2.0 * labelFont(pixels, options.theme.fontScale).pixelSize();
    const int year = timeline.dataset().subject.firstDay.year() + 1;
    QList<QRectF> out;
    RenderOptions o = options;
    for (int month = 1; month <= 12; ++month) {
        o.date = QDate(year, month, 28);
        const QList<QRectF> panels = panelsOf(pixels, timeline, o);
        for (int i = 0; i < panels.size(); ++i) {
            const QRectF grown = panels[i].adjusted(-slack, 0, slack, 0);
            if (i < out.size())
                out[i] = out[i].united(grown);
            else
                out << grown;
        }
    }
    // The bands around the map frame are painted over the map: a name there would be cut.
    const QRectF all(QPointF(0, 0), QSizeF(pixels));
    const QRectF frame = mapFrameFor(pixels, timeline, options);
    out << QRectF(all.topLeft(), QPointF(all.right(), frame.top())) << QRectF(QPointF(0, frame.bottom()), all.bottomRight())
        << QRectF(all.topLeft(), QPointF(frame.left(), all.bottom())) << QRectF(QPointF(frame.right(), 0), all.bottomRight());
    return out;
}

QList<MapLabel> mapLabels(const LabelInputs &in, const RecognitionTimeline &timeline, const MapViewport &viewport,
                          const RenderOptions &options)
{
    return placeLabels(in, viewport, options, labelObstacles(viewport.pixels(), timeline, options));
}

void paintLabel(QPainter &painter, const MapLabel &label, const MapTheme &theme)
{
    const double halo = labelHaloPx(label.font);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    QPen pen(haloColour(theme), 2 * halo);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.strokePath(textPath(label), pen);
    painter.setPen(theme.text);
    painter.setFont(label.font);
    const QFontMetricsF fm(label.font);
    for (int i = 0; i < label.lines.size(); ++i)  // real text over the halo: searchable in a PDF
        painter.drawText(label.baselines[i] - QPointF(fm.horizontalAdvance(label.lines[i]) / 2, 0), label.lines[i]);
    painter.restore();
}

bool LabelLayer::Key::operator==(const Key &o) const
{
    return viewport == o.viewport && language == o.language && selected == o.selected && themeId == o.themeId
           && titleText == o.titleText && localeName == o.localeName && emphasis == o.emphasis
           && fontScale == o.fontScale && title == o.title && legend == o.legend && sourceLine == o.sourceLine
           && counting == o.counting;
}

LabelLayer::Key LabelLayer::keyOf(const LabelInputs &in, const MapViewport &viewport, const RenderOptions &o)
{
    return {viewport, in.language, o.selectedCode, o.theme.id, o.titleText, o.locale.name(), o.emphasisCodes,
            o.theme.fontScale, o.title, o.legend, o.sourceLine, o.counting};
}

const QList<MapLabel> &LabelLayer::placed(const LabelInputs &in, const RecognitionTimeline &timeline,
                                          const MapViewport &viewport, const RenderOptions &options)
{
    const Key key = keyOf(in, viewport, options);
    if (m_valid && key == m_key)
        return m_labels;
    // The panels depend on the image size, not on where the view looks: a pan reuses them.
    Key panelsKey = key;
    panelsKey.viewport = MapViewport(QPointF(), 1.0, viewport.pixels());
    if (!m_valid || !(panelsKey == m_obstaclesKey)) {
        m_obstacles = labelObstacles(viewport.pixels(), timeline, options);
        m_obstaclesKey = panelsKey;
    }
    m_labels = placeLabels(in, viewport, options, m_obstacles);
    m_sprites.clear();
    m_spriteOrigins.clear();
    m_key = key;
    m_valid = true;
    ++m_placements;
    return m_labels;
}

void LabelLayer::buildSprites(const MapTheme &theme)
{
    for (const MapLabel &label : m_labels) {
        const double margin = labelHaloPx(label.font) + 2;
        const QRect area = label.box.adjusted(-margin, -margin, margin, margin).toAlignedRect();
        QImage sprite(area.size(), QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.translate(-area.topLeft());
        paintLabel(p, label, theme);
        m_sprites << sprite;
        m_spriteOrigins << area.topLeft();
    }
}

void LabelLayer::paint(QPainter &painter, const LabelInputs &in, const RecognitionTimeline &timeline,
                       const MapViewport &viewport, const RenderOptions &options, bool raster)
{
    // No annotation layout here: it costs as much as a recolour, and the obstacles already hold
    // every date's panels.
    const QList<MapLabel> &labels = placed(in, timeline, viewport, options);
    if (raster && m_sprites.size() != labels.size())
        buildSprites(options.theme);
    for (int i = 0; i < labels.size(); ++i) {
        if (raster)
            painter.drawImage(m_spriteOrigins[i], m_sprites[i]);
        else
            paintLabel(painter, labels[i], options.theme);
    }
}

} // namespace atlas
