// Shared pieces of the window tests (on top of tests/support): a fresh window per test,
// synthetic mouse/key input and pixel sampling at a lon/lat.
#pragma once

#include "mainwindow.h"
#include "testsupport.h"

#include <QColor>
#include <QDate>
#include <QImage>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

class QWidget;

namespace atlas::test {

void click(QWidget *widget, const QPointF &pos, Qt::MouseButton button = Qt::LeftButton);
void pressKey(QWidget *widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

// Widget pixel of a lon/lat point in the map view's current viewport (device pixel ratio 1).
QPointF mapPixel(const MainWindow &window, double lon, double lat);
QColor mapColourAt(MainWindow &window, double lon, double lat);
QColor statusColour(const MainWindow &window, const char *code, const QDate &date);

// A shown window of a known size; clears QSettings first so every test starts alike.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;
    std::unique_ptr<MainWindow> openWindow(const QDate &date);

    std::unique_ptr<MainWindow> window;
};

} // namespace atlas::test
