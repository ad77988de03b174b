// View > Country Names: toggles the names on the map (seen in its pixels) and is remembered.
#include "guifixture.h"

#include "mapview.h"

#include <QAction>

namespace atlas::test {
namespace {

using CountryNames = WindowTest;

QImage mapShot(MainWindow &window)
{
    window.mapView()->repaint();
    return window.mapView()->grab().toImage();
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y)
        for (int x = 0; x < std::min(a.width(), b.width()); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

TEST_F(CountryNames, ActionTogglesTheNamesAndIsRemembered)
{
    window = openWindow(day("2013-01-01"));
    QAction *names = window->findChild<QAction *>(QStringLiteral("countryNames"));
    ASSERT_NE(names, nullptr);
    EXPECT_TRUE(names->isCheckable());
    EXPECT_FALSE(names->isChecked());  // off on a first run
    const QImage before = mapShot(*window);
    names->trigger();
    EXPECT_TRUE(window->mapView()->options().labels);
    const QImage named = mapShot(*window);
    EXPECT_GT(differingPixels(before, named), 500);
    names->trigger();
    EXPECT_FALSE(window->mapView()->options().labels);
    EXPECT_EQ(differingPixels(before, mapShot(*window)), 0);
    names->trigger();
    window->close();
    window.reset();

    window = openWindow(day("2013-01-01"));
    names = window->findChild<QAction *>(QStringLiteral("countryNames"));
    ASSERT_NE(names, nullptr);
    EXPECT_TRUE(names->isChecked());
    EXPECT_TRUE(window->mapView()->options().labels);
}

} // namespace
} // namespace atlas::test
