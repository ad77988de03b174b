#include "guifixture.h"

#include "mapview.h"
#include "maprenderer.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSettings>
#include <QTest>

namespace atlas::test {

void click(QWidget *widget, const QPointF &pos, Qt::MouseButton button)
{
    const QPointF global = widget->mapToGlobal(pos);
    QMouseEvent press(QEvent::MouseButtonPress, pos, global, button, button, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, global, button, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QApplication::sendEvent(widget, &release);
}

void pressKey(QWidget *widget, int key, Qt::KeyboardModifiers modifiers)
{
    // QTest goes through the shortcut map first, as a real key press does.
    QTest::keyClick(widget, Qt::Key(key), modifiers);
}

QPointF mapPixel(const MainWindow &window, double lon, double lat)
{
    const auto world = window.mapView()->projectedMap()->projection().forward(QPointF(lon, lat));
    EXPECT_TRUE(world.has_value());
    return window.mapView()->viewport().toPixel(world.value_or(QPointF()));
}

QColor mapColourAt(MainWindow &window, double lon, double lat)
{
    window.mapView()->repaint();
    const QImage shot = window.mapView()->grab().toImage();
    return shot.pixelColor(mapPixel(window, lon, lat).toPoint());
}

QColor statusColour(const MainWindow &window, const char *code, const QDate &date)
{
    return window.mapTheme().statusColour(shippedDocument()->timeline().status(stateIndex(code), date));
}

void WindowTest::SetUp()
{
    QSettings().clear();
    ASSERT_TRUE(shippedDocument());
}

void WindowTest::TearDown()
{
    if (window)
        window->close();
    window.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> WindowTest::openWindow(const QDate &date)
{
    auto w = std::make_unique<MainWindow>(shippedDocument(), date, today());
    w->resize(1400, 900);
    w->show();
    waitFor([&w] { return w->mapView()->lastPaintMs() > 0; });
    return w;
}

} // namespace atlas::test
