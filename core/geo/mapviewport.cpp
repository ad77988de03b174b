#include "mapviewport.h"

#include <algorithm>

namespace atlas {

MapViewport::MapViewport(const QPointF &centre, double metresPerPixel, const QSize &pixels)
    : m_centre(centre), m_metresPerPixel(metresPerPixel), m_pixels(pixels)
{
}

MapViewport MapViewport::fit(const QRectF &area, const QSize &pixels)
{
    constexpr double margin = 1.04;
    const double scale = std::max(area.width() / std::max(1, pixels.width()), area.height() / std::max(1, pixels.height()));
    return {area.center(), scale * margin, pixels};
}

MapViewport MapViewport::fitInto(const QRectF &area, const QSize &pixels, const QRectF &frame)
{
    if (frame.isNull() || frame.isEmpty())
        return fit(area, pixels);
    const MapViewport inFrame = fit(area, QSize(std::max(1, int(frame.width())), std::max(1, int(frame.height()))));
    return centredIn(area.center(), inFrame.metresPerPixel(), pixels, frame);
}

MapViewport MapViewport::centredIn(const QPointF &centre, double metresPerPixel, const QSize &pixels, const QRectF &frame)
{
    // Move the viewport's centre so that `centre` lands on the frame's centre (y up in the world).
    const QPointF offset = frame.center() - QPointF(pixels.width() / 2.0, pixels.height() / 2.0);
    return {centre - QPointF(offset.x() * metresPerPixel, -offset.y() * metresPerPixel), metresPerPixel, pixels};
}

QTransform MapViewport::worldToPixel() const
{
    const double s = 1.0 / m_metresPerPixel;
    // x' = (x - cx) * s + w/2 ; y' = -(y - cy) * s + h/2
    return QTransform(s, 0, 0, -s, m_pixels.width() / 2.0 - m_centre.x() * s, m_pixels.height() / 2.0 + m_centre.y() * s);
}

QPointF MapViewport::toWorld(const QPointF &pixel) const
{
    return {m_centre.x() + (pixel.x() - m_pixels.width() / 2.0) * m_metresPerPixel,
            m_centre.y() - (pixel.y() - m_pixels.height() / 2.0) * m_metresPerPixel};
}

QPointF MapViewport::toPixel(const QPointF &world) const
{
    return worldToPixel().map(world);
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, m_pixels.height())), toWorld(QPointF(m_pixels.width(), 0))).normalized();
}

MapViewport MapViewport::zoomedAt(const QPointF &pixel, double factor) const
{
    const QPointF anchor = toWorld(pixel);
    MapViewport out = *this;
    out.m_metresPerPixel = m_metresPerPixel / factor;
    out.m_centre += anchor - out.toWorld(pixel);
    return out;
}

MapViewport MapViewport::pannedBy(const QPointF &pixelDelta) const
{
    MapViewport out = *this;
    out.m_centre += QPointF(-pixelDelta.x() * m_metresPerPixel, pixelDelta.y() * m_metresPerPixel);
    return out;
}

MapViewport MapViewport::resized(const QSize &pixels) const
{
    MapViewport out = *this;
    out.m_pixels = pixels;
    return out;
}

} // namespace atlas
