#include "labelplacement.h"

#include "countrystatelink.h"
#include "mapmarkers.h"
#include "projectedmap.h"
#include "recognitiondataset.h"
#include "renderoptions.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace atlas {
namespace {

// A name's lines and the size of their box, before it has a place.
struct TextLayout {
    QStringList lines;
    QSizeF size;
    double lineHeight = 0;
};

// What the pass has taken so far: obstacles, then every placed name with its halo and a gap.
struct Occupied {
    QList<QRectF> boxes;
    QRectF screen;
    double gap = 0;
    bool free(const QRectF &box) const
    {
        if (!screen.contains(box))
            return false;
        return std::none_of(boxes.begin(), boxes.end(), [&box](const QRectF &b) { return b.intersects(box); });
    }
    void take(const QRectF &box) { boxes << box.adjusted(-gap, -gap, gap, gap); }
};

QString labelText(const LabelInputs &in, int feature)
{
    const ProjectedCountry &country = in.map.countries()[feature];
    const QString local = in.names.name(country.code, in.language);
    if (!local.isEmpty())
        return local;
    const QString english = in.names.name(country.code, NameLanguage::English);
    if (!english.isEmpty())
        return english;
    const int state = in.link.stateIndexOf.value(feature, -1);
    return state >= 0 && in.link.isStateItself.value(feature, false) ? in.dataset.states[state].name : country.name;
}

// One line; a name with spaces also in two lines split nearest its middle ("North / Macedonia").
QList<TextLayout> layoutsOf(const QString &text, const QFontMetricsF &fm)
{
    const double lineHeight = fm.height();
    QList<TextLayout> out{{{text}, QSizeF(fm.horizontalAdvance(text), lineHeight), lineHeight}};
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)))
            best = i;
    if (best > 0) {
        const QStringList lines{text.left(best), text.mid(best + 1)};
        const double width = std::max(fm.horizontalAdvance(lines[0]), fm.horizontalAdvance(lines[1]));
        out << TextLayout{lines, QSizeF(width, 2 * lineHeight), lineHeight};
    }
    return out;
}

MapLabel labelAt(int feature, const QString &text, const TextLayout &layout, const QPointF &centre,
                 const QFont &font)
{
    const QFontMetricsF fm(font);
    MapLabel label{feature, text, layout.lines, {}, QRectF(QPointF(), layout.size), font};
    label.box.moveCenter(centre);
    for (int i = 0; i < layout.lines.size(); ++i)
        label.baselines << QPointF(centre.x(), label.box.top() + i * layout.lineHeight + fm.ascent());
    return label;
}

bool insideRing(const QPolygonF &ring, const QPointF &p)
{
    return ring.containsPoint(p, Qt::OddEvenFill);
}

// `box` (world metres) inside the polygon: its corners and edge midpoints inside the exterior and
// outside every hole, and no vertex of the polygon inside it (so no edge cuts deep into it).
bool boxInsidePolygon(const QList<QPolygonF> &rings, const QRectF &box)
{
    const QPointF c = box.center();
    const QPointF samples[] = {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight(),
                               QPointF(c.x(), box.top()), QPointF(c.x(), box.bottom()),
                               QPointF(box.left(), c.y()), QPointF(box.right(), c.y())};
    for (int r = 0; r < rings.size(); ++r) {
        const bool hole = r > 0;
        if (hole && !rings[r].boundingRect().intersects(box))
            continue;
        for (const QPointF &p : samples)
            if (insideRing(rings[r], p) == hole)
                return false;
        for (const QPointF &v : rings[r])
            if (box.contains(v))
                return false;
    }
    return true;
}

// Inside the inscribed circle (cheap, exact), else inside the polygon itself.
bool fitsInCountry(const ProjectedCountry &country, const LabelAnchor &anchor, const MapViewport &viewport,
                   const QRectF &pixelBox)
{
    const double mpp = viewport.metresPerPixel();
    const QPointF centre = viewport.toPixel(anchor.centre);
    const double r = anchor.radius / mpp;
    const double dx = std::max(std::abs(pixelBox.left() - centre.x()), std::abs(pixelBox.right() - centre.x()));
    const double dy = std::max(std::abs(pixelBox.top() - centre.y()), std::abs(pixelBox.bottom() - centre.y()));
    if (dx * dx + dy * dy <= r * r)
        return true;
    const QRectF world = QRectF(viewport.toWorld(pixelBox.topLeft()), viewport.toWorld(pixelBox.bottomRight())).normalized();
    return boxInsidePolygon(country.rings[anchor.polygon], world);
}

// Places to try for a name whose box is `size`: the anchor first, then a grid over the visible part
// of the polygon, nearest the anchor first (when the anchor is off screen or under a panel).
QList<QPointF> candidateCentres(const QPointF &anchor, const QRectF &polygonPx, const QRectF &screen, const QSizeF &size)
{
    QList<QPointF> out{anchor};
    const QRectF area = polygonPx.intersected(screen).adjusted(size.width() / 2, size.height() / 2,
                                                                -size.width() / 2, -size.height() / 2);
    if (area.width() < 0 || area.height() < 0)
        return out;
    const double step = std::max({size.height(), area.width() / 10, area.height() / 10});
    for (double y = area.top(); y <= area.bottom(); y += step)
        for (double x = area.left(); x <= area.right(); x += step)
            out << QPointF(x, y);
    std::sort(out.begin() + 1, out.end(), [&anchor](const QPointF &a, const QPointF &b) {
        return QLineF(a, anchor).length() < QLineF(b, anchor).length();
    });
    return out;
}

// The pixel bounds of the part of the country its name is anchored in (its largest).
QRectF mainPartPixels(const LabelInputs &in, int feature, const MapViewport &viewport)
{
    const ProjectedCountry &country = in.map.countries()[feature];
    return viewport.worldToPixel().mapRect(country.polygonBounds[in.map.labelAnchors()[feature].polygon]);
}

std::optional<MapLabel> placeInPolygon(const LabelInputs &in, int feature, const MapViewport &viewport,
                                       const QFont &font, Occupied &taken)
{
    constexpr int kMaxPolygonTests = 12;  // bounds the pass on a big country's many vertices
    const ProjectedCountry &country = in.map.countries()[feature];
    const LabelAnchor &anchor = in.map.labelAnchors()[feature];
    const double diameterPx = 2 * anchor.radius / viewport.metresPerPixel();
    const QString text = labelText(in, feature);
    const QRectF polygonPx = mainPartPixels(in, feature, viewport);
    for (const TextLayout &layout : layoutsOf(text, QFontMetricsF(font))) {
        if (layout.size.height() > diameterPx)  // no box this tall fits inside the polygon anywhere
            continue;
        int tests = 0;
        for (const QPointF &c : candidateCentres(viewport.toPixel(anchor.centre), polygonPx, taken.screen, layout.size)) {
            QRectF box(QPointF(), layout.size);
            box.moveCenter(c);
            if (!taken.free(box))
                continue;
            if (fitsInCountry(country, anchor, viewport, box))
                return labelAt(feature, text, layout, c, font);
            if (++tests >= kMaxPolygonTests)
                break;
        }
    }
    return std::nullopt;
}

// A name beside `around` (pixels: a microstate's circle, or a small country the name does not fit
// in): right, left, above or below, whichever is free first; then, with `corners`, off the four
// corners, for the names that must be shown (a circle close by can block all four sides).
std::optional<MapLabel> placeBeside(const LabelInputs &in, int feature, const QRectF &around, const QFont &font,
                                    const Occupied &taken, bool corners = false)
{
    const QString text = labelText(in, feature);
    const TextLayout layout = layoutsOf(text, QFontMetricsF(font)).first();
    const double gap = taken.gap + 1;  // clear of the circle's own obstacle box
    const double w = layout.size.width() / 2, h = layout.size.height() / 2;
    const QPointF c = around.center();
    const double right = around.right() + gap + w, left = around.left() - gap - w;
    const double above = around.top() - gap - h, below = around.bottom() + gap + h;
    const QPointF centres[] = {{right, c.y()}, {left, c.y()}, {c.x(), above}, {c.x(), below},
                               {right, above}, {right, below}, {left, above}, {left, below}};
    for (const QPointF &centre : QList<QPointF>(std::begin(centres), std::begin(centres) + (corners ? 8 : 4))) {
        QRectF box(QPointF(), layout.size);
        box.moveCenter(centre);
        if (taken.free(box))
            return labelAt(feature, text, layout, box.center(), font);
    }
    return std::nullopt;
}

QRectF circleBox(const MarkerCircle &m)
{
    return QRectF(m.centre - QPointF(m.radius, m.radius), QSizeF(2 * m.radius, 2 * m.radius));
}

// The order names are placed in; the first two are named beside their country when they do not fit in it.
enum Tier { Selected, Subject, Emphasised, Other };

struct Candidate {
    int feature = -1;
    Tier tier = Other;
    double areaPx = 0;     // on screen
    const MarkerCircle *marker = nullptr;
};

QList<Candidate> candidates(const LabelInputs &in, const MapViewport &viewport, const RenderOptions &options,
                            const QList<MarkerCircle> &markers)
{
    QVector<const MarkerCircle *> markerOf(in.map.countries().size(), nullptr);
    for (const MarkerCircle &m : markers)
        markerOf[m.featureIndex] = &m;
    const QRectF visible = viewport.visibleWorld();
    const double pxPerM2 = 1.0 / (viewport.metresPerPixel() * viewport.metresPerPixel());
    QList<Candidate> out;
    for (int i = 0; i < in.map.countries().size(); ++i) {
        const ProjectedCountry &c = in.map.countries()[i];
        if (in.link.stateIndexOf.value(i, -1) < 0 || !c.bounds.intersects(visible) || in.map.labelAnchors()[i].radius <= 0)
            continue;  // no data, off screen or no shape: no name
        const QRectF shown = c.bounds.intersected(visible);
        const double share = (shown.width() * shown.height()) / std::max(1e-9, c.bounds.width() * c.bounds.height());
        const Tier tier = c.code == options.selectedCode         ? Selected
                          : c.code == in.dataset.subject.code        ? Subject
                          : options.emphasisCodes.contains(c.code) ? Emphasised
                                                                   : Other;
        out << Candidate{i, tier, c.area * pxPerM2 * share, markerOf[i]};
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        return a.tier != b.tier ? a.tier < b.tier : a.areaPx > b.areaPx;
    });
    return out;
}

} // namespace

QFont labelFont(const QSize &pixels, double fontScale)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // Scaled like the annotations (mapannotations.cpp): a 4K export shows the names a 1080p one does.
    font.setPixelSize(std::max(9, int(15 * fontScale * std::min(pixels.height(), pixels.width() * 9 / 16) / 1080.0)));
    return font;
}

double labelHaloPx(const QFont &font)
{
    return std::max(1.5, font.pixelSize() / 6.0);
}

QList<MapLabel> placeLabels(const LabelInputs &in, const MapViewport &viewport, const RenderOptions &options,
                            const QList<QRectF> &obstacles)
{
    const QFont font = labelFont(viewport.pixels(), options.theme.fontScale);
    const double halo = labelHaloPx(font);
    Occupied taken{{}, QRectF(QPointF(0, 0), QSizeF(viewport.pixels())).adjusted(halo, halo, -halo, -halo), halo + 2};
    const QList<MarkerCircle> markers = markerCircles(in.map, viewport, in.link.markerRules);
    for (const QRectF &o : obstacles)
        taken.take(o);
    for (const MarkerCircle &m : markers)  // no name covers a microstate's circle
        taken.take(circleBox(m));
    const QList<Candidate> order = candidates(in, viewport, options, markers);
    QList<MapLabel> out;
    for (const Candidate &c : order) {
        std::optional<MapLabel> label = c.marker ? placeBeside(in, c.feature, circleBox(*c.marker), font, taken)
                                                 : placeInPolygon(in, c.feature, viewport, font, taken);
        // The selected state and the atlas's subject are named even where they are too small to
        // hold their name (Kosovo in the Europe view), beside their main part.
        if (!label && !c.marker && c.tier <= Subject)
            label = placeBeside(in, c.feature, mainPartPixels(in, c.feature, viewport), font, taken, true);
        if (label) {
            taken.take(label->box);
            out << *label;
        }
    }
    return out;
}

} // namespace atlas
