#include "annotationlayer.h"

#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

bool sameLabels(const QList<AnnotationLabel> &a, const QList<AnnotationLabel> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].text != b[i].text || a[i].baseline != b[i].baseline || a[i].font != b[i].font || a[i].centred != b[i].centred)
            return false;
    return true;
}

bool sameSwatches(const QList<AnnotationSwatch> &a, const QList<AnnotationSwatch> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].box != b[i].box || a[i].status != b[i].status || a[i].ruleMark != b[i].ruleMark)
            return false;
    return true;
}

bool sameGroup(const AnnotationGroup &a, const AnnotationGroup &b)
{
    return a.id == b.id && a.panel == b.panel && a.panelRadius == b.panelRadius && sameSwatches(a.swatches, b.swatches)
           && sameLabels(a.labels, b.labels);
}

bool sameColours(const MapTheme &a, const MapTheme &b)
{
    return a.id == b.id && a.background == b.background && a.panel == b.panel && a.text == b.text && a.border == b.border
           && a.status == b.status && a.noData == b.noData && a.hatch == b.hatch && a.ruleMark == b.ruleMark;
}

} // namespace

const QImage &AnnotationLayer::imageOf(const AnnotationGroup &group, const MapTheme &theme)
{
    auto it = std::find_if(m_cache.begin(), m_cache.end(), [&](const Cached &c) { return c.group.id == group.id; });
    if (it != m_cache.end() && sameGroup(it->group, group))
        return it->pixels;
    if (it == m_cache.end())
        it = m_cache.insert(m_cache.end(), Cached{});
    const QRect box = group.panel.toAlignedRect();
    it->group = group;
    if (it->pixels.size() != box.size())
        it->pixels = QImage(box.size(), QImage::Format_RGB32);
    // The translucent panel over the background is one colour: filled at once instead of blended.
    const double a = theme.panel.alphaF();
    const auto mix = [a](int over, int under) { return int(std::lround(over * a + under * (1 - a))); };
    it->pixels.fill(QColor(mix(theme.panel.red(), theme.background.red()), mix(theme.panel.green(), theme.background.green()),
                           mix(theme.panel.blue(), theme.background.blue())));
    QPainter p(&it->pixels);
    p.translate(-box.topLeft());
    paintAnnotationGroup(p, group, theme, false, &m_glyphs);
    return it->pixels;
}

void AnnotationLayer::paint(QPainter &painter, const QSize &pixels, const QRectF &frame,
                            const QList<AnnotationGroup> &groups, const MapTheme &theme)
{
    if (!sameColours(theme, m_theme)) {
        m_cache.clear();
        m_theme = theme;
    }
    // Margins the groups leave uncovered (the empty event row of a still); the groups cover the rest.
    QRegion margins;
    for (const QRectF &r : mapMargins(pixels, frame))
        margins += r.toAlignedRect();
    for (const AnnotationGroup &g : groups)
        margins -= g.panel.toAlignedRect();
    for (const QRect &r : margins)
        painter.fillRect(r, theme.background);
    for (const AnnotationGroup &g : groups)
        painter.drawImage(g.panel.toAlignedRect().topLeft(), imageOf(g, theme));
}

} // namespace atlas
