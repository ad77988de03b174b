// main() of the core test executables: painting text needs a QGuiApplication, and the offscreen
// platform needs no display.
#include "testsupport.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    atlas::test::useTemporaryRuntimeDir();
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
