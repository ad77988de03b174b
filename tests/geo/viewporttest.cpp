// The viewport as a value class (Marble's ViewportParams): pixel <-> world round trips, zooming
// that keeps the pixel under the cursor fixed, panning and fitting, over a table of viewports.
#include "mapviewport.h"

#include <gtest/gtest.h>

using namespace atlas;

namespace {

struct ViewportCase {
    const char *name;
    QPointF centre;  // metres
    double metresPerPixel;
    QSize pixels;
};

std::ostream &operator<<(std::ostream &os, const ViewportCase &c) { return os << c.name; }

class Viewport : public ::testing::TestWithParam<ViewportCase> {
protected:
    MapViewport view() const { return {GetParam().centre, GetParam().metresPerPixel, GetParam().pixels}; }
    // The corners, the centre and an off-centre point of the image.
    QList<QPointF> probes() const
    {
        const QSize s = GetParam().pixels;
        return {QPointF(0, 0), QPointF(s.width(), 0), QPointF(0, s.height()), QPointF(s.width(), s.height()),
                QPointF(s.width() / 2.0, s.height() / 2.0), QPointF(s.width() * 0.3, s.height() * 0.8)};
    }
};

} // namespace

TEST_P(Viewport, PixelToWorldAndBack)
{
    const MapViewport v = view();
    const double tolerance = 1e-6 * std::max(1.0, v.metresPerPixel());
    for (const QPointF &pixel : probes()) {
        const QPointF back = v.toPixel(v.toWorld(pixel));
        EXPECT_NEAR(back.x(), pixel.x(), tolerance);
        EXPECT_NEAR(back.y(), pixel.y(), tolerance);
    }
    EXPECT_EQ(v.toPixel(v.centre()), QPointF(v.pixels().width() / 2.0, v.pixels().height() / 2.0));
    EXPECT_GT(v.toWorld(QPointF(0, 0)).y(), v.toWorld(QPointF(0, v.pixels().height())).y()) << "world y is up";
}

TEST_P(Viewport, ZoomedAtKeepsItsPixelFixed)
{
    const MapViewport v = view();
    for (const double factor : {2.0, 1.25, 0.5, 1 / 1.5}) {
        for (const QPointF &pixel : probes()) {
            const MapViewport zoomed = v.zoomedAt(pixel, factor);
            const QPointF before = v.toWorld(pixel), after = zoomed.toWorld(pixel);
            EXPECT_NEAR(after.x(), before.x(), 1e-6 * v.metresPerPixel() * v.pixels().width());
            EXPECT_NEAR(after.y(), before.y(), 1e-6 * v.metresPerPixel() * v.pixels().height());
            EXPECT_DOUBLE_EQ(zoomed.metresPerPixel(), v.metresPerPixel() / factor);
            EXPECT_EQ(zoomed.pixels(), v.pixels());
        }
    }
}

TEST_P(Viewport, PanMovesTheWorldWithTheMouse)
{
    const MapViewport v = view();
    const QPointF grabbed = v.toWorld(QPointF(10, 20));
    const MapViewport panned = v.pannedBy(QPointF(35, -12));
    const QPointF now = panned.toPixel(grabbed);
    EXPECT_NEAR(now.x(), 45, 1e-6);
    EXPECT_NEAR(now.y(), 8, 1e-6);
}

TEST_P(Viewport, FitShowsTheWholeAreaCentred)
{
    const QRectF area = view().visibleWorld().adjusted(1000, -3000, 5000, 2000);
    const MapViewport fitted = MapViewport::fit(area, GetParam().pixels);
    EXPECT_TRUE(fitted.visibleWorld().contains(area));
    EXPECT_NEAR(fitted.centre().x(), area.center().x(), 1e-6 * area.width());
    EXPECT_NEAR(fitted.centre().y(), area.center().y(), 1e-6 * area.height());
    // Tight: one side nearly fills the image (a 4 % margin).
    const double fill = std::max(area.width() / fitted.visibleWorld().width(), area.height() / fitted.visibleWorld().height());
    EXPECT_NEAR(fill, 1 / 1.04, 1e-6);
}

TEST_P(Viewport, ResizedKeepsCentreAndScale)
{
    const MapViewport r = view().resized(QSize(333, 777));
    EXPECT_EQ(r.centre(), view().centre());
    EXPECT_EQ(r.metresPerPixel(), view().metresPerPixel());
    EXPECT_EQ(r.pixels(), QSize(333, 777));
    EXPECT_NE(r, view());
}

INSTANTIATE_TEST_SUITE_P(
    Views, Viewport,
    ::testing::Values(ViewportCase{"WorldAt1080p", QPointF(0, 0), 18000, QSize(1920, 1080)},
                      ViewportCase{"BalkansAt4K", QPointF(1.9e6, 5.2e6), 380, QSize(3840, 2160)},
                      ViewportCase{"TinyOffCentre", QPointF(-1.2e7, -3.3e6), 91000, QSize(64, 64)},
                      ViewportCase{"TallWindow", QPointF(4.2e5, 6.1e6), 150, QSize(600, 1400)}),
    [](const ::testing::TestParamInfo<ViewportCase> &p) { return std::string(p.param.name); });
