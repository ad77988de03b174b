// Map interaction: click, hover, wheel, drag, markers and regions, with synthetic mouse events.
#include "guifixture.h"

#include "mapview.h"
#include "maprenderer.h"
#include "atlasdocument.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "statepanel.h"

#include <QApplication>
#include <QLineF>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>

namespace atlas::test {
namespace {

using Map = WindowTest;

void moveMouse(QWidget *widget, const QPointF &pos, Qt::MouseButtons buttons = Qt::NoButton)
{
    QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

void wheel(QWidget *widget, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

TEST_F(Map, ClickAtPristinaSelectsKosovoAndShowsItsData)
{
    window = openWindow(day("2013-01-01"));
    for (const char *region : {"world", "balkans"}) {
        window->selectState(-1);
        window->mapView()->showRegion(QString::fromLatin1(region));
        click(window->mapView(), mapPixel(*window, 21.17, 42.67));
        EXPECT_EQ(window->mapView()->selectedState(), stateIndex("XKX")) << region;
    }
    StatePanel *panel = window->statePanel();
    EXPECT_EQ(panel->titleText(), QStringLiteral("Kosovo"));
    EXPECT_TRUE(panel->detailsText().contains(QStringLiteral("declaration of independence")));
    EXPECT_TRUE(panel->detailsText().contains(QStringLiteral("Memberships")));
    EXPECT_EQ(window->mapView()->options().selectedCode, QStringLiteral("XKX"));
}

TEST_F(Map, ClickInTheSeaClearsTheSelection)
{
    window = openWindow(day("2013-01-01"));
    window->selectState(stateIndex("FRA"));
    click(window->mapView(), mapPixel(*window, -30.0, 0.0));  // mid-Atlantic
    EXPECT_EQ(window->mapView()->selectedState(), -1);
    EXPECT_EQ(window->statePanel()->state(), -1);
}

TEST_F(Map, HoverHighlightsAStateAndExplainsItInATooltip)
{
    window = openWindow(day("2013-01-01"));
    const QPointF paris = mapPixel(*window, 2.5, 46.5);
    moveMouse(window->mapView(), paris);
    EXPECT_EQ(window->mapView()->options().hoveredCode, QStringLiteral("FRA"));
    const QString tip = window->mapView()->tooltipAt(paris);
    EXPECT_TRUE(tip.contains(QStringLiteral("France"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("since 18 February 2008"))) << tip.toStdString();
    moveMouse(window->mapView(), mapPixel(*window, -30.0, 0.0));
    EXPECT_TRUE(window->mapView()->options().hoveredCode.isEmpty());
}

TEST_F(Map, WheelZoomsAroundTheCursor)
{
    window = openWindow(day("2013-01-01"));
    const QPointF paris = mapPixel(*window, 2.35, 48.86);
    const double before = window->mapView()->viewport().metresPerPixel();
    wheel(window->mapView(), paris, 240);
    EXPECT_LT(window->mapView()->viewport().metresPerPixel(), before / 1.4);
    const QPointF after = mapPixel(*window, 2.35, 48.86);
    EXPECT_NEAR(after.x(), paris.x(), 1.0);
    EXPECT_NEAR(after.y(), paris.y(), 1.0);
    EXPECT_TRUE(window->mapView()->region().isEmpty());  // no longer a preset
}

TEST_F(Map, DragPansWithoutSelecting)
{
    window = openWindow(day("2013-01-01"));
    window->mapView()->zoomBy(2.0);
    const QPointF start = mapPixel(*window, 2.35, 48.86);
    QWidget *view = window->mapView();
    QMouseEvent press(QEvent::MouseButtonPress, start, view->mapToGlobal(start), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &press);
    moveMouse(view, start + QPointF(30, 10), Qt::LeftButton);
    moveMouse(view, start + QPointF(60, 20), Qt::LeftButton);
    QMouseEvent release(QEvent::MouseButtonRelease, start + QPointF(60, 20), view->mapToGlobal(start + QPointF(60, 20)),
                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view, &release);
    const QPointF moved = mapPixel(*window, 2.35, 48.86);
    EXPECT_NEAR(moved.x(), start.x() + 60, 1.0);
    EXPECT_NEAR(moved.y(), start.y() + 20, 1.0);
    EXPECT_EQ(window->mapView()->selectedState(), -1);
}

TEST_F(Map, DoubleClickZoomsIn)
{
    window = openWindow(day("2013-01-01"));
    const double before = window->mapView()->viewport().metresPerPixel();
    const QPointF at = mapPixel(*window, 20.0, 0.0);
    QMouseEvent dbl(QEvent::MouseButtonDblClick, at, window->mapView()->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(window->mapView(), &dbl);
    EXPECT_NEAR(window->mapView()->viewport().metresPerPixel(), before / 2, before * 0.01);
}

TEST_F(Map, MicrostateCirclesAreClickable)
{
    window = openWindow(day("2013-01-01"));
    window->mapView()->repaint();
    const MapRenderer &renderer = window->mapView()->renderer();
    const CountryStateLink &link = shippedAtlas().link();
    const QList<MarkerCircle> markers = renderer.layers().markers();
    const auto crowded = [&markers](const MarkerCircle &m) {  // circles overlapping another one
        return std::any_of(markers.cbegin(), markers.cend(), [&m](const MarkerCircle &o) {
            return o.featureIndex != m.featureIndex && QLineF(o.centre, m.centre).length() < 2 * (m.radius + 2);
        });
    };
    int checked = 0;
    for (const MarkerCircle &m : markers) {
        const int state = link.stateIndexOf.value(m.featureIndex, -1);
        if (state < 0 || !link.isStateItself[m.featureIndex] || crowded(m))
            continue;
        click(window->mapView(), m.centre);
        EXPECT_EQ(window->mapView()->selectedState(), state)
            << renderer.map().countries()[m.featureIndex].name.toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 5);
}

TEST_F(Map, RegionPresetsFitTheirArea)
{
    window = openWindow(day("2013-01-01"));
    const double world = window->mapView()->viewport().metresPerPixel();
    window->mapView()->showRegion(QStringLiteral("europe"));
    EXPECT_LT(window->mapView()->viewport().metresPerPixel(), world / 2);
    const QPointF paris = mapPixel(*window, 2.35, 48.86);
    EXPECT_TRUE(window->mapView()->rect().contains(paris.toPoint()));
    window->resize(1000, 700);
    ASSERT_TRUE(waitFor([this] { return window->mapView()->viewport().pixels() == window->mapView()->size(); }));
    EXPECT_EQ(window->mapView()->region(), QStringLiteral("europe"));  // refitted, not cropped
}

TEST_F(Map, ZoomingIntoTheBalkansSwapsIn10mOnAThreadAndKeepsTheSelection)
{
    window = openWindow(day("2013-01-01"));
    MapView *view = window->mapView();
    EXPECT_EQ(view->projectedMap()->detail(), MapDetail::Standard);  // the world: 1:50m, 10m not read
    window->selectState(stateIndex("XKX"));
    view->showRegion(QStringLiteral("balkans"));
    view->repaint();
    // The window's size decides: a small one may keep 1:50m, like an export of that size would.
    const MapDetail wanted = shippedAtlas().detailFor(view->viewport());
    EXPECT_TRUE(waitFor([&] {
        view->repaint();
        return view->projectedMap()->detail() == wanted;
    }, 30000));
    EXPECT_EQ(view->selectedState(), stateIndex("XKX"));
    click(view, mapPixel(*window, 21.17, 42.67));
    EXPECT_EQ(view->selectedState(), stateIndex("XKX"));
    view->showRegion(QStringLiteral("world"));
    view->repaint();
    EXPECT_EQ(view->projectedMap()->detail(), MapDetail::Standard);
}

// At 1920x1080 the Balkans preset draws 1:10m: Croatian islands that 1:50m lacks altogether (Vis,
// Solta, Lastovo: points found with ogr2ogr as 10m polygons meeting no 50m one) are land on screen,
// and sea in a 1:50m rendering of the same view. The world at that size stays 1:50m. A map view of
// its own: a whole window that large does not fit the offscreen screen.
TEST_F(Map, TheBalkansAt1920x1080ShowIslandsOnlyThe10mLayerHas)
{
    MapView view(shippedDocument());
    view.setDate(day("2013-01-01"));
    view.resize(1920, 1080);
    view.show();
    ASSERT_TRUE(waitFor([&] { return view.lastPaintMs() > 0 && view.viewport().pixels() == QSize(1920, 1080); }))
        << view.width() << "x" << view.height();
    view.showRegion(QStringLiteral("world"));
    view.repaint();
    EXPECT_EQ(view.projectedMap()->detail(), MapDetail::Standard);
    view.showRegion(QStringLiteral("balkans"));
    ASSERT_TRUE(waitFor([&] {
        view.repaint();
        return view.projectedMap()->detail() == MapDetail::Fine;
    }, 30000));
    const QImage shot = view.grab().toImage();
    MapRenderer standard(shippedDocument(), shippedDocument()->projectedMap(view.projection()));
    const QImage coarse = standard.renderImage(view.viewport(), view.options());
    const MapTheme &theme = view.options().theme;
    const QColor croatia = theme.statusColour(shippedDocument()->timeline().status(stateIndex("HRV"), day("2013-01-01")));
    const QPointF islands[] = {{16.156, 43.046}, {16.311, 43.374}, {16.879, 42.760}};
    for (const QPointF &island : islands) {
        const QPoint pixel = view.viewport().toPixel(*view.projectedMap()->projection().forward(island)).toPoint();
        EXPECT_EQ(shot.pixelColor(pixel), croatia) << island.x() << " " << island.y();
        EXPECT_EQ(coarse.pixelColor(pixel), theme.sea) << island.x() << " " << island.y();
    }
}

} // namespace
} // namespace atlas::test
