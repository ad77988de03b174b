// The window as a whole: date, slider, playback, keyboard, search, charts, presentation mode.
#include "guifixture.h"

#include "chartspanel.h"
#include "mapview.h"
#include "recognitiontimeline.h"
#include "statepanel.h"
#include "timelinebar.h"

#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QListWidget>
#include <QMenuBar>
#include <QPalette>
#include <QSlider>
#include <QTest>

namespace atlas::test {
namespace {

using Window = WindowTest;

TEST_F(Window, OpensAtTheRequestedDateWithTheAtlasTitle)
{
    window = openWindow(day("2012-06-01"));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Kosovo Recognition Atlas")));
    EXPECT_EQ(window->date(), day("2012-06-01"));
    EXPECT_EQ(window->mapView()->date(), day("2012-06-01"));
    EXPECT_EQ(window->timelineBar()->start(), day("2008-02-17"));
    EXPECT_EQ(window->timelineBar()->end(), today());
}

TEST_F(Window, MovingTheSliderRecoloursAStateThatRecognisedInBetween)
{
    window = openWindow(day("2008-02-17"));
    // France and Australia recognised on 18 and 19 February 2008.
    EXPECT_EQ(mapColourAt(*window, 2.5, 46.5), statusColour(*window, "FRA", day("2008-02-17")));
    EXPECT_EQ(mapColourAt(*window, 134.0, -25.0), statusColour(*window, "AUS", day("2008-02-17")));
    auto *slider = window->timelineBar()->findChild<QSlider *>();
    ASSERT_TRUE(slider);
    slider->setValue(slider->value() + 14);
    EXPECT_EQ(window->date(), day("2008-03-02"));
    EXPECT_EQ(mapColourAt(*window, 2.5, 46.5), statusColour(*window, "FRA", day("2008-03-02")));
    EXPECT_EQ(mapColourAt(*window, 134.0, -25.0), statusColour(*window, "AUS", day("2008-03-02")));
    EXPECT_NE(statusColour(*window, "FRA", day("2008-02-17")), statusColour(*window, "FRA", day("2008-03-02")));
}

TEST_F(Window, PlayAdvancesTheDateAndPauseStopsIt)
{
    window = openWindow(day("2010-01-01"));
    window->timelineBar()->setSpeedIndex(3);  // a year per second
    window->timelineBar()->play();
    EXPECT_TRUE(waitFor([this] { return window->date() > day("2010-01-20"); }, 3000));
    window->timelineBar()->pause();
    const QDate paused = window->date();
    QSignalSpy moves(window->timelineBar(), &TimelineBar::dateChanged);
    EXPECT_FALSE(moves.wait(300));  // no tick after pause
    EXPECT_EQ(window->date(), paused);
    EXPECT_EQ(window->mapView()->date(), paused);
}

TEST_F(Window, PlaybackStopsAtTodayUnlessLooping)
{
    window = openWindow(today().addDays(-3));
    window->timelineBar()->setSpeedIndex(3);
    window->timelineBar()->play();
    EXPECT_TRUE(waitFor([this] { return !window->timelineBar()->isPlaying(); }, 2000));
    EXPECT_EQ(window->date(), today());
    window->timelineBar()->setLoop(true);
    window->timelineBar()->setDate(today().addDays(-3));
    window->timelineBar()->play();
    EXPECT_TRUE(waitFor([this] { return window->date() < day("2009-01-01"); }, 2000));
    EXPECT_TRUE(window->timelineBar()->isPlaying());
}

TEST_F(Window, KeysStepThroughEventsMonthsAndEnds)
{
    window = openWindow(day("2010-06-15"));
    const QList<QDate> changes = shippedDocument()->timeline().changeDates();
    const auto next = *std::upper_bound(changes.cbegin(), changes.cend(), day("2010-06-15"));
    const auto prev = *(std::lower_bound(changes.cbegin(), changes.cend(), day("2010-06-15")) - 1);
    pressKey(window->mapView(), Qt::Key_Right);
    EXPECT_EQ(window->date(), next);
    window->setDate(day("2010-06-15"));
    pressKey(window->mapView(), Qt::Key_Left);
    EXPECT_EQ(window->date(), prev);
    window->setDate(day("2010-06-15"));
    pressKey(window->mapView(), Qt::Key_PageDown);
    EXPECT_EQ(window->date(), day("2010-07-15"));
    pressKey(window->mapView(), Qt::Key_PageUp);
    pressKey(window->mapView(), Qt::Key_PageUp);
    EXPECT_EQ(window->date(), day("2010-05-15"));
    pressKey(window->mapView(), Qt::Key_Home);
    EXPECT_EQ(window->date(), day("2008-02-17"));
    pressKey(window->mapView(), Qt::Key_End);
    EXPECT_EQ(window->date(), today());
    pressKey(window->mapView(), Qt::Key_Space);
    EXPECT_TRUE(window->timelineBar()->isPlaying());
    pressKey(window->mapView(), Qt::Key_Space);
    EXPECT_FALSE(window->timelineBar()->isPlaying());
}

TEST_F(Window, SearchFindsSpainAndFillsThePanel)
{
    window = openWindow(day("2015-01-01"));
    StatePanel *panel = window->statePanel();
    panel->completer()->setCompletionPrefix(QStringLiteral("spa"));
    EXPECT_EQ(panel->completer()->currentCompletion(), QStringLiteral("Spain"));
    panel->searchField()->setText(QStringLiteral("Spain"));
    pressKey(panel->searchField(), Qt::Key_Return);
    EXPECT_EQ(window->mapView()->selectedState(), stateIndex("ESP"));
    EXPECT_EQ(panel->titleText(), QStringLiteral("Spain"));
    EXPECT_EQ(window->mapView()->options().selectedCode, QStringLiteral("ESP"));
    EXPECT_TRUE(panel->detailsText().contains(QStringLiteral("Moratinos")));  // from positions.csv
    EXPECT_TRUE(waitFor([panel] { return panel->statusText().contains(QStringLiteral("Does not recognise")); }));
}

TEST_F(Window, ChartMarkerFollowsTheSlider)
{
    window = openWindow(day("2009-01-01"));
    ChartsPanel *charts = window->chartsPanel();
    EXPECT_TRUE(waitFor([charts] { return charts->markerDate() == day("2009-01-01"); }));
    for (const char *iso : {"2014-07-01", "2014-07-02", "2020-03-15"}) {
        window->setDate(day(iso));
        EXPECT_TRUE(waitFor([charts, iso] { return charts->markerDate() == day(iso); })) << iso;
    }
    const QList<GroupTally> shown = charts->shownTallies();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_EQ(shown.first().group, QStringLiteral("UN"));
    EXPECT_EQ(shown.first().recognizing, shippedDocument()->timeline().tally(QStringLiteral("UN"), day("2020-03-15")).recognizing);
}

TEST_F(Window, ClickingTheChartMovesTheSlider)
{
    window = openWindow(day("2009-01-01"));
    ChartsPanel *charts = window->chartsPanel();
    const QPoint at = charts->historyPointOf(day("2016-06-01"));
    click(charts->historyArea(), at);
    EXPECT_LE(std::abs(window->date().daysTo(day("2016-06-01"))), 10) << window->date().toString(Qt::ISODate).toStdString();
}

TEST_F(Window, EventsNearTheDateJumpTheSlider)
{
    window = openWindow(day("2012-06-01"));
    QListWidget *list = window->statePanel()->nearbyList();
    ASSERT_TRUE(waitFor([list] { return list->count() > 0; }));
    QListWidgetItem *item = list->item(list->count() - 1);
    const QDate target = item->data(Qt::UserRole).toDate();
    emit list->itemClicked(item);
    EXPECT_TRUE(waitFor([this, target] { return window->date() == target; }));
}

TEST_F(Window, PresentationModeIsLargeHighContrastAndEscapeLeavesIt)
{
    window = openWindow(day("2013-01-01"));
    window->setPresentationMode(true);
    EXPECT_TRUE(window->isFullScreen());
    EXPECT_FALSE(window->statePanel()->isVisible());
    EXPECT_FALSE(window->menuBar()->isVisible());
    EXPECT_EQ(window->mapView()->options().theme.id, QStringLiteral("projector"));
    EXPECT_GE(window->timelineBar()->findChild<QLabel *>()->font().pixelSize(), 48);
    pressKey(window->mapView(), Qt::Key_Right);  // still keyboard-driven
    EXPECT_GT(window->date(), day("2013-01-01"));
    pressKey(window->mapView(), Qt::Key_Escape);
    EXPECT_FALSE(window->isPresentationMode());
    EXPECT_TRUE(window->statePanel()->isVisible());
    EXPECT_EQ(window->mapView()->options().theme.id, QStringLiteral("light"));
}

TEST_F(Window, DarkThemeSwitchesMapAndPalette)
{
    window = openWindow(day("2013-01-01"));
    window->setDarkTheme(true);
    EXPECT_EQ(window->mapView()->options().theme.id, QStringLiteral("dark"));
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    window->setDarkTheme(false);
    EXPECT_EQ(window->mapView()->options().theme.id, QStringLiteral("light"));
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 180);
}

TEST_F(Window, BracketKeysCycleStatesAndEnterOpensThePanel)
{
    window = openWindow(day("2013-01-01"));
    window->mapView()->setFocus();
    pressKey(window->mapView(), Qt::Key_BracketRight);
    EXPECT_EQ(window->mapView()->selectedState(), stateIndex("AFG"));  // first by name
    pressKey(window->mapView(), Qt::Key_BracketRight);
    EXPECT_EQ(window->mapView()->selectedState(), stateIndex("ALB"));
    pressKey(window->mapView(), Qt::Key_BracketLeft);
    EXPECT_EQ(window->mapView()->selectedState(), stateIndex("AFG"));
    window->statePanel()->hide();
    pressKey(window->mapView(), Qt::Key_Return);
    EXPECT_TRUE(window->statePanel()->isVisible());
    EXPECT_EQ(window->statePanel()->titleText(), QStringLiteral("Afghanistan"));
}

} // namespace
} // namespace atlas::test
