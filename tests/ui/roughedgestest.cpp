// Issue 12's rough edges, each as a new user met it: chart key dates, window title and mnemonics
// in every language, keys after Enter, Tab to the charts, the panels in step with a slider drag,
// the View menu's projection and projector theme, the shortcut sheet, the About box's licences,
// dates, the default export folder, and the events list following the date.
#include "guifixture.h"

#include "aboutdialog.h"
#include "chartspanel.h"
#include "exportcontroller.h"
#include "labels.h"
#include "mapview.h"
#include "recognitiontimeline.h"
#include "shortcutsdialog.h"
#include "statepanel.h"
#include "timelinebar.h"
#include "uilanguage.h"

#include <QApplication>
#include <QtCharts/QChartView>
#include <QTemporaryDir>
#include <QDir>
#include <QHelpEvent>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSlider>
#include <QTableWidget>
#include <QToolTip>
#include <QWindow>

namespace atlas::test {
namespace {

using RoughEdges = WindowTest;

bool useLanguage(const QString &id)
{
    const bool ok = setUiLanguage(id);
    for (int round = 0; round < 2; ++round)
        QCoreApplication::sendPostedEvents();
    return ok;
}

QAction *actionWithData(const MainWindow &window, const QVariant &data)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->data() == data && action->isCheckable())
            return action;
    return nullptr;
}

// The letter after a single '&' ("Li&ght Theme" -> 'g'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;  // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// "View: &Language and &Light Theme share 'l'" for every clash in `actions`.
QStringList clashes(const QString &menu, const QList<QAction *> &actions)
{
    QHash<QChar, QString> seen;
    QStringList out;
    for (const QAction *action : actions) {
        const QChar letter = mnemonic(action->text());
        if (action->isSeparator() || !action->isVisible() || letter.isNull())
            continue;
        if (seen.contains(letter))
            out << QStringLiteral("%1: %2 and %3 share '%4'").arg(menu, seen[letter], action->text(), letter);
        seen.insert(letter, action->text());
    }
    return out;
}

bool sameTallies(const QList<GroupTally> &a, const QList<GroupTally> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const GroupTally &x, const GroupTally &y) {
        return x.group == y.group && x.members == y.members && x.recognizing == y.recognizing &&
               x.withdrawalClaimed == y.withdrawalClaimed;
    });
}

TEST_F(RoughEdges, KeyDateSquaresSitInsideThePlotAndNameTheirDateOnHover)
{
    window = openWindow(day("2013-01-01"));
    ChartsPanel *charts = window->chartsPanel();
    ASSERT_TRUE(waitFor([charts] { return !charts->keyDateSquares().isEmpty(); }));
    const QRect plot = charts->historyPlotArea();
    const QList<QRect> squares = charts->keyDateSquares();
    for (const QRect &square : squares)
        EXPECT_GE(square.top(), plot.top()) << square.top() << " above the plot's top " << plot.top();
    const KeyDate &first = shippedAtlas().dataset().keyDates.first();
    const QPoint at = squares.first().center();
    QHelpEvent help(QEvent::ToolTip, at, charts->historyArea()->mapToGlobal(at));
    QApplication::sendEvent(charts->historyArea(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(first.label)) << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(longDate(first.date))) << QToolTip::text().toStdString();
    EXPECT_EQ(charts->toolTipAt(plot.center() + QPoint(0, plot.height() / 4)), charts->historyView()->toolTip());
}

TEST_F(RoughEdges, WindowTitleFollowsALanguageSwitch)
{
    window = openWindow(day("2013-01-01"));
    ASSERT_TRUE(useLanguage(QStringLiteral("sq")));
    const QString albanian = QCoreApplication::translate("atlas::MainWindow", "Kosovo Recognition Atlas");
    EXPECT_NE(albanian, QStringLiteral("Kosovo Recognition Atlas"));
    EXPECT_EQ(window->windowTitle(), albanian);
    EXPECT_EQ(QGuiApplication::applicationDisplayName(), albanian);
    ASSERT_TRUE(window->windowHandle());
    EXPECT_EQ(window->windowHandle()->title(), albanian);
    useLanguage(QStringLiteral("en"));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Kosovo Recognition Atlas"));
}

TEST_F(RoughEdges, NoMenuHasTwoItemsWithTheSameMnemonicInAnyLanguage)
{
    window = openWindow(day("2013-01-01"));
    QStringList found;
    for (const UiLanguage &language : uiLanguages()) {
        ASSERT_TRUE(useLanguage(language.id)) << language.id.toStdString();
        found += clashes(language.id + QStringLiteral(" menu bar"), window->menuBar()->actions());
        for (const QMenu *menu : window->findChildren<QMenu *>())
            found += clashes(language.id + QLatin1Char(' ') + menu->title(), menu->actions());
    }
    useLanguage(QStringLiteral("en"));
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(clashes(QStringLiteral("check"), {new QAction(QStringLiteral("&Language"), window.get()),
                                                   new QAction(QStringLiteral("&Light"), window.get())})
                     .isEmpty());  // the check itself can fail
}

TEST_F(RoughEdges, BracketsKeepCyclingAfterEnterOpensAState)
{
    window = openWindow(day("2013-01-01"));
    window->mapView()->setFocus();
    pressKey(window->mapView(), Qt::Key_BracketRight);
    ASSERT_EQ(window->mapView()->selectedState(), stateIndex("AFG"));
    pressKey(window->mapView(), Qt::Key_Return);
    QWidget *focus = QApplication::focusWidget();
    ASSERT_TRUE(focus);
    EXPECT_NE(focus, window->mapView());
    pressKey(focus, Qt::Key_BracketRight);
    EXPECT_EQ(window->mapView()->selectedState(), stateIndex("ALB"));
    EXPECT_EQ(window->statePanel()->titleText(), QStringLiteral("Albania"));
    pressKey(QApplication::focusWidget(), Qt::Key_BracketLeft);
    EXPECT_EQ(window->mapView()->selectedState(), stateIndex("AFG"));
}

TEST_F(RoughEdges, TabReachesBothCharts)
{
    window = openWindow(day("2013-01-01"));
    window->mapView()->setFocus();
    QSet<QWidget *> reached;
    for (int i = 0; i < 30 && QApplication::focusWidget(); ++i) {
        pressKey(QApplication::focusWidget(), Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
        auto *chart = qobject_cast<QChartView *>(QApplication::focusWidget());
        if (chart) {  // and the chart shows that it has the focus
            EXPECT_EQ(chart->chart()->backgroundPen().color(), QApplication::palette().color(QPalette::Highlight));
            EXPECT_GE(chart->chart()->backgroundPen().widthF(), 2.0);
        }
    }
    EXPECT_TRUE(reached.contains(window->chartsPanel()->historyView()));
    EXPECT_TRUE(reached.contains(window->chartsPanel()->groupView()));
    window->mapView()->setFocus();
    QCoreApplication::processEvents();
    for (auto *view : {window->chartsPanel()->historyView(), window->chartsPanel()->groupView()})
        EXPECT_EQ(qobject_cast<QChartView *>(view)->chart()->backgroundPen().style(), Qt::NoPen);
}

TEST_F(RoughEdges, PanelAndGroupBarsKeepInStepWhileTheSliderIsHeld)
{
    window = openWindow(day("2008-03-01"));
    window->selectState(stateIndex("USA"));
    QSlider *slider = window->timelineBar()->findChild<QSlider *>();
    slider->setSliderDown(true);
    for (const char *iso : {"2010-01-01", "2012-01-01", "2015-06-30", "2019-01-01"}) {
        const QDate d = day(iso);
        slider->setSliderPosition(int(window->timelineBar()->start().daysTo(d)));
        ASSERT_EQ(window->date(), d);
        EXPECT_TRUE(waitFor([&] {
            return window->chartsPanel()->markerDate() == d && window->statePanel()->statusText().contains(longDate(d)) &&
                   sameTallies(window->chartsPanel()->shownTallies(), shippedAtlas().timeline().tallies(d));
        }, 1000)) << iso;
        EXPECT_TRUE(slider->isSliderDown());
    }
    slider->setSliderDown(false);
}

TEST_F(RoughEdges, ViewMenuSwitchesProjectionAndProjectorTheme)
{
    window = openWindow(day("2013-01-01"));
    QAction *robinson = actionWithData(*window, int(ProjectionKind::Robinson));
    ASSERT_TRUE(robinson);
    robinson->trigger();
    EXPECT_EQ(window->mapView()->projection(), ProjectionKind::Robinson);
    EXPECT_TRUE(robinson->isChecked());
    QAction *projector = actionWithData(*window, QStringLiteral("projector"));
    ASSERT_TRUE(projector);
    projector->trigger();
    EXPECT_EQ(window->theme(), QStringLiteral("projector"));
    EXPECT_EQ(window->mapView()->options().theme.id, QStringLiteral("projector"));
    window->saveSettings();
    window.reset();
    window = openWindow(day("2013-01-01"));
    EXPECT_EQ(window->mapView()->options().theme.id, QStringLiteral("projector"));  // remembered
}

TEST_F(RoughEdges, F1ShowsTheShortcutSheet)
{
    window = openWindow(day("2013-01-01"));
    pressKey(window->mapView(), Qt::Key_F1);
    auto *sheet = window->findChild<ShortcutsDialog *>();
    ASSERT_TRUE(sheet);
    EXPECT_TRUE(sheet->isVisible());
    QStringList rows;
    for (int row = 0; row < sheet->table()->rowCount(); ++row)
        rows << sheet->table()->item(row, 0)->text() + QStringLiteral(" = ") + sheet->table()->item(row, 1)->text();
    for (const char *expected : {"F11 = Presentation Mode", "Space = Play / Pause", "] = Next State", "F5 = Reload Data"})
        EXPECT_TRUE(rows.contains(QString::fromUtf8(expected))) << expected << '\n' << rows.join(QLatin1Char('\n')).toStdString();
    sheet->close();
}

TEST_F(RoughEdges, AboutNamesTheCodeAndDatasetLicences)
{
    const QString text = aboutText(shippedAtlas().dataset());
    EXPECT_TRUE(text.contains(QStringLiteral("MIT"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("CC BY 4.0"))) << text.toStdString();
}

TEST_F(RoughEdges, ShortDatesAbbreviateEveryMonthAlike)
{
    ASSERT_TRUE(useLanguage(QStringLiteral("en")));
    for (int month = 1; month <= 12; ++month) {
        const QString text = shortDate(QDate(2020, month, 15));
        const QStringList parts = text.split(QLatin1Char(' '));
        ASSERT_EQ(parts.size(), 3) << text.toStdString();
        EXPECT_EQ(parts[1].size(), 3) << text.toStdString();
    }
    EXPECT_EQ(shortDate(QDate(2020, 9, 4)), QStringLiteral("4 Sep 2020"));
    EXPECT_EQ(shortDate(QDate(2020, 10, 4)), QStringLiteral("4 Oct 2020"));
}

TEST_F(RoughEdges, DefaultExportFolderFallsBackToAFolderThatExists)
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME"), oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    ExportSettings settings;
    settings.folder = home.filePath(QStringLiteral("gone"));  // remembered, since deleted
    const QString fallback = defaultExportFolder(settings);
    EXPECT_TRUE(QFileInfo(fallback).isDir()) << fallback.toStdString();
    EXPECT_EQ(QDir(fallback).canonicalPath(), QDir(home.path()).canonicalPath());
    ASSERT_TRUE(QDir(home.path()).mkpath(QStringLiteral("Pictures")));
    EXPECT_EQ(QDir(defaultExportFolder(settings)).canonicalPath(), QDir(home.filePath(QStringLiteral("Pictures"))).canonicalPath());
    qputenv("HOME", oldHome);
    oldConfig.isEmpty() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", oldConfig);
}

// §4, the window half: the events list marks the current event as the date moves, and a click
// on an event selects its state as well as its date.
TEST_F(RoughEdges, EventsListHighlightsTheCurrentEventAsTheDateMoves)
{
    window = openWindow(day("2008-02-17"));
    StatePanel *panel = window->statePanel();
    for (const char *iso : {"2008-02-20", "2012-06-01", "2020-09-05"}) {
        QDate latest;  // the latest event on or before the date
        for (const RecognitionEvent &e : shippedAtlas().dataset().events)
            if (e.date <= day(iso))
                latest = std::max(latest, e.date);
        window->setDate(day(iso));
        const auto currentDate = [panel] {
            const int row = panel->currentEventRow();
            return row < 0 ? QDate() : panel->nearbyList()->item(row)->data(Qt::UserRole).toDate();
        };
        EXPECT_TRUE(waitFor([&] { return currentDate() == latest; })) << iso << ": " << currentDate().toString(Qt::ISODate).toStdString();
        EXPECT_TRUE(panel->nearbyList()->item(panel->currentEventRow())->font().bold());
        EXPECT_FALSE(panel->nearbyList()->item(0)->data(Qt::UserRole).toDate() > latest && panel->currentEventRow() == 0);
    }
}

TEST_F(RoughEdges, ClickingAnEventSelectsItsStateAndDate)
{
    window = openWindow(day("2012-06-01"));
    QListWidget *list = window->statePanel()->nearbyList();
    ASSERT_TRUE(waitFor([list] { return list->count() > 0; }));
    QListWidgetItem *item = list->item(0);
    const QDate target = item->data(Qt::UserRole).toDate();
    const RecognitionEvent *event = nullptr;
    for (const RecognitionEvent &e : shippedAtlas().dataset().events)
        if (e.date == target && item->text().contains(shippedAtlas().dataset().state(e.code)->name))
            event = &e;
    ASSERT_TRUE(event) << item->text().toStdString();
    const QRect row = list->visualItemRect(item);
    click(list->viewport(), row.center());
    EXPECT_TRUE(waitFor([this, target] { return window->date() == target; }));
    EXPECT_EQ(window->mapView()->selectedState(), stateIndex(event->code));
    EXPECT_EQ(window->statePanel()->state(), stateIndex(event->code));
}

} // namespace
} // namespace atlas::test
