// What the window remembers across a restart (two MainWindows in a row on the same QSettings).
#include "guifixture.h"

#include "appsettings.h"
#include "mapview.h"
#include "timelinebar.h"

#include <QSplitter>

namespace atlas::test {
namespace {

using Settings = WindowTest;

TEST_F(Settings, PersistAcrossARestart)
{
    window = openWindow(day("2013-01-01"));
    window->resize(1300, 850);
    window->setDate(day("2015-05-05"));
    window->setDarkTheme(true);
    window->mainSplitter()->setSizes({900, 400});
    window->mapSplitter()->setSizes({500, 250});
    window->timelineBar()->setSpeedIndex(1);
    window->timelineBar()->setLoop(true);
    ASSERT_TRUE(waitFor([this] { return window->size() == QSize(1300, 850); }));
    const QList<int> mainSizes = window->mainSplitter()->sizes(), mapSizes = window->mapSplitter()->sizes();
    window->close();
    window.reset();

    window = std::make_unique<MainWindow>(shippedDocument(), startDate(std::nullopt, shippedAtlas().subject().firstDay, today()),
                                          today());
    window->show();
    ASSERT_TRUE(waitFor([this] { return window->mapView()->lastPaintMs() > 0; }));
    EXPECT_EQ(window->date(), day("2015-05-05"));
    EXPECT_TRUE(window->isDarkTheme());
    EXPECT_EQ(window->mapView()->options().theme.id, QStringLiteral("dark"));
    EXPECT_EQ(window->size(), QSize(1300, 850));
    EXPECT_EQ(window->mainSplitter()->sizes(), mainSizes);
    EXPECT_EQ(window->mapSplitter()->sizes(), mapSizes);
    EXPECT_EQ(window->timelineBar()->speedIndex(), 1);
    EXPECT_TRUE(window->timelineBar()->loops());
    window->setDarkTheme(false);
}

TEST_F(Settings, CommandLineDateWinsOverTheLastDate)
{
    WindowSettings stored;
    stored.lastDate = day("2011-11-11");
    saveWindowSettings(stored);
    const QDate first = shippedAtlas().subject().firstDay;
    EXPECT_EQ(startDate(std::nullopt, first, today()), day("2011-11-11"));
    EXPECT_EQ(startDate(day("2009-09-09"), first, today()), day("2009-09-09"));
    EXPECT_EQ(startDate(day("2001-01-01"), first, today()), day("2008-02-17"));  // clamped
}

TEST_F(Settings, FirstRunOpensAtToday)
{
    EXPECT_EQ(startDate(std::nullopt, shippedAtlas().subject().firstDay, today()), today());
}

TEST_F(Settings, ExportSettingsRoundTrip)
{
    ExportSettings e;
    e.size = QSize(3840, 2160);
    e.legend = false;
    e.sourceLine = false;
    e.folder = QStringLiteral("/tmp/somewhere");
    saveExportSettings(e);
    const ExportSettings back = loadExportSettings();
    EXPECT_EQ(back.size, e.size);
    EXPECT_FALSE(back.legend);
    EXPECT_TRUE(back.title);
    EXPECT_FALSE(back.sourceLine);
    EXPECT_EQ(back.folder, e.folder);
}

} // namespace
} // namespace atlas::test
