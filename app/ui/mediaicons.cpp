#include "mediaicons.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

namespace atlas {
namespace {

constexpr int kSize = 64;  // drawn once large; QIcon scales down cleanly

// A triangle pointing right (or left) filling the box x0..x1, vertically centred.
QPolygonF triangle(double x0, double x1, bool right)
{
    const double top = kSize * 0.18, bottom = kSize * 0.82, mid = kSize / 2.0;
    return right ? QPolygonF{{x0, top}, {x1, mid}, {x0, bottom}} : QPolygonF{{x1, top}, {x0, mid}, {x1, bottom}};
}

QRectF bar(double x0, double width)
{
    return QRectF(x0, kSize * 0.18, width, kSize * 0.64);
}

void paintShape(QPainter &p, MediaIcon kind)
{
    const double s = kSize;
    switch (kind) {
    case MediaIcon::Play: p.drawPolygon(triangle(s * 0.24, s * 0.84, true)); break;
    case MediaIcon::Pause:
        p.drawRect(bar(s * 0.22, s * 0.2));
        p.drawRect(bar(s * 0.58, s * 0.2));
        break;
    case MediaIcon::PreviousEvent:
        p.drawPolygon(triangle(s * 0.08, s * 0.5, false));
        p.drawPolygon(triangle(s * 0.46, s * 0.88, false));
        break;
    case MediaIcon::NextEvent:
        p.drawPolygon(triangle(s * 0.12, s * 0.54, true));
        p.drawPolygon(triangle(s * 0.5, s * 0.92, true));
        break;
    case MediaIcon::Start:
        p.drawRect(bar(s * 0.16, s * 0.12));
        p.drawPolygon(triangle(s * 0.3, s * 0.84, false));
        break;
    case MediaIcon::End:
        p.drawPolygon(triangle(s * 0.16, s * 0.7, true));
        p.drawRect(bar(s * 0.72, s * 0.12));
        break;
    }
}

} // namespace

QIcon mediaIcon(MediaIcon kind, const QColor &colour)
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    paintShape(p, kind);
    return QIcon(pixmap);
}

} // namespace atlas
