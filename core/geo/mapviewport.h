// Which part of the projected world is shown, at what size: a small value class (Marble's ViewportParams).
// Units: world coordinates in metres (y up), pixels with y down.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace atlas {

class MapViewport {
public:
    MapViewport() = default;
    MapViewport(const QPointF &centre, double metresPerPixel, const QSize &pixels);

    // The smallest scale that shows all of `area` inside `pixels`, centred, with a small margin.
    static MapViewport fit(const QRectF &area, const QSize &pixels);
    // The same fit into the part `frame` of the image (pixels), centred there: the map beside the
    // annotation bands. A null frame is the whole image.
    static MapViewport fitInto(const QRectF &area, const QSize &pixels, const QRectF &frame);
    // World point `centre` drawn at the centre of `frame` (image pixels) at this scale.
    static MapViewport centredIn(const QPointF &centre, double metresPerPixel, const QSize &pixels, const QRectF &frame);

    QPointF centre() const { return m_centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    QSize pixels() const { return m_pixels; }
    bool isValid() const { return m_metresPerPixel > 0 && !m_pixels.isEmpty(); }

    QTransform worldToPixel() const;
    QPointF toWorld(const QPointF &pixel) const;
    QPointF toPixel(const QPointF &world) const;
    QRectF visibleWorld() const;

    MapViewport zoomedAt(const QPointF &pixel, double factor) const;  // factor > 1 zooms in; pixel stays put
    MapViewport pannedBy(const QPointF &pixelDelta) const;
    MapViewport resized(const QSize &pixels) const;  // keeps centre and scale

    bool operator==(const MapViewport &o) const
    {
        return m_centre == o.m_centre && m_metresPerPixel == o.m_metresPerPixel && m_pixels == o.m_pixels;
    }
    bool operator!=(const MapViewport &o) const { return !(*this == o); }

private:
    QPointF m_centre;
    double m_metresPerPixel = 0.0;
    QSize m_pixels;
};

} // namespace atlas
