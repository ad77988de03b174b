// The window under a counting rule: View > Counting Rule (four checkable, exclusive actions,
// remembered in QSettings), the map view's counter rule and the chart's four curves with the
// chosen one emphasised. Offscreen; waits on conditions, never on fixed sleeps.
#include "chartspanel.h"
#include "mainwindow.h"
#include "mapview.h"
#include "recognitiontimeline.h"
#include "testsupport.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

#include <gtest/gtest.h>

#include <memory>

using namespace atlas;
using namespace atlas::test;

namespace {

class CountingWindow : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    std::unique_ptr<MainWindow> open()
    {
        auto w = std::make_unique<MainWindow>(shippedDocument(), day("2020-01-09"), today());
        w->resize(1280, 800);
        w->show();
        EXPECT_TRUE(waitFor([&] { return w->isVisible(); }));
        return w;
    }
};

} // namespace

TEST_F(CountingWindow, ViewMenuOffersTheFourRulesAsExclusiveChoices)
{
    const auto w = open();
    QList<QAction *> actions;
    for (CountingRule rule : kAllCountingRules) {
        QAction *a = w->countingRuleAction(rule);
        ASSERT_NE(a, nullptr);
        EXPECT_TRUE(a->isCheckable());
        EXPECT_FALSE(a->text().isEmpty());
        actions << a;
    }
    ASSERT_NE(actions.first()->actionGroup(), nullptr);
    EXPECT_TRUE(actions.first()->actionGroup()->isExclusive());
    EXPECT_TRUE(actions.first()->isChecked());  // net by default
    EXPECT_EQ(w->countingRule(), CountingRule::Net);
    bool underView = false;  // View > Counting Rule > the actions
    for (QMenu *menu : w->findChildren<QMenu *>())
        underView |= menu->actions().contains(actions.first()) && menu->menuAction()->text().remove(QLatin1Char('&')).contains(QLatin1String("Counting"));
    EXPECT_TRUE(underView);
}

TEST_F(CountingWindow, ChoosingARuleReachesMapAndChartAndIsRemembered)
{
    {
        const auto w = open();
        w->countingRuleAction(CountingRule::KosovoMfa)->trigger();
        EXPECT_EQ(w->countingRule(), CountingRule::KosovoMfa);
        EXPECT_EQ(w->mapView()->options().counting, CountingRule::KosovoMfa);
        EXPECT_EQ(w->chartsPanel()->countingRule(), CountingRule::KosovoMfa);
        EXPECT_FALSE(w->countingRuleAction(CountingRule::Net)->isChecked());
        w->close();
    }
    const auto again = open();
    EXPECT_EQ(again->countingRule(), CountingRule::KosovoMfa);
    EXPECT_TRUE(again->countingRuleAction(CountingRule::KosovoMfa)->isChecked());
    EXPECT_EQ(again->mapView()->options().counting, CountingRule::KosovoMfa);
}

TEST_F(CountingWindow, ChartDrawsAllFourCurvesAndEmphasisesTheChosenOne)
{
    const auto w = open();
    ChartsPanel *charts = w->chartsPanel();
    for (CountingRule rule : kAllCountingRules)
        EXPECT_GT(charts->ruleCurvePoints(rule).size(), 10) << countingRuleWord(rule).toStdString();
    w->setCountingRule(CountingRule::SerbiaMfa);
    for (CountingRule rule : kAllCountingRules) {
        const bool chosen = rule == CountingRule::SerbiaMfa;
        EXPECT_EQ(charts->ruleCurvePen(rule).style(), chosen ? Qt::SolidLine : Qt::DashLine);
        if (!chosen) {
            EXPECT_GT(charts->ruleCurvePen(CountingRule::SerbiaMfa).widthF(), charts->ruleCurvePen(rule).widthF());
        }
    }
    // The curves are the rules' own tallies: Kosovo's ends higher than Serbia's.
    EXPECT_GT(charts->ruleCurvePoints(CountingRule::KosovoMfa).last().y(),
              charts->ruleCurvePoints(CountingRule::SerbiaMfa).last().y());
    const RecognitionTimeline &t = shippedAtlas().timeline();
    EXPECT_EQ(int(charts->ruleCurvePoints(CountingRule::KosovoMfa).last().y()),
              t.counting().tally(CountingRule::KosovoMfa, today()).unCounted);
}

TEST_F(CountingWindow, MapRepaintsWithTheRuleMarkWhenARuleIsChosen)
{
    const auto w = open();
    const QImage before = w->mapView()->grab().toImage();
    w->setCountingRule(CountingRule::KosovoMfa);
    EXPECT_TRUE(waitFor([&] { return w->mapView()->grab().toImage() != before; }));
}
