// Each counting rule held against every figure published for it (published_counts.csv): the rule's
// tally in the figure's scope (UN members, or every state but Kosovo) on the figure's date. Prints
// the whole comparison; passes when at least 75% of a rule's points are within ±2.
#include "recognitiontimeline.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr int kTolerance = 2;
constexpr double kShareWithin = 0.75;

int ours(const PublishedCount &p)
{
    const RuleTally t = shippedAtlas().timeline().counting().tally(p.rule, p.date);
    return p.scope == CountScope::Un ? t.unCounted : t.allCounted();
}

} // namespace

TEST(CountingPublished, EveryRuleHasPublishedFiguresToBeHeldAgainst)
{
    for (CountingRule rule : kAllCountingRules) {
        int points = 0;
        for (const PublishedCount &p : shippedAtlas().dataset().publishedCounts)
            points += p.rule == rule;
        EXPECT_GE(points, 2) << countingRuleWord(rule).toStdString();
    }
}

TEST(CountingPublished, EachRuleIsWithinTwoAtMostPublishedPoints)
{
    for (CountingRule rule : kAllCountingRules) {
        int points = 0, within = 0;
        for (const PublishedCount &p : shippedAtlas().dataset().publishedCounts) {
            if (p.rule != rule)
                continue;
            ++points;
            const int our = ours(p);
            const bool ok = std::abs(our - p.figure) <= kTolerance;
            within += ok;
            std::printf("%-10s %s %-3s %-12s published %3d ours %3d%s\n", countingRuleWord(rule).toUtf8().constData(),
                        p.date.toString(Qt::ISODate).toUtf8().constData(), countScopeWord(p.scope).toUtf8().constData(),
                        p.publisher.toUtf8().constData(), p.figure, our, ok ? "" : "   MISS");
        }
        std::printf("%-10s %d of %d points within ±%d\n", countingRuleWord(rule).toUtf8().constData(), within, points,
                    kTolerance);
        ASSERT_GT(points, 0);
        EXPECT_GE(double(within) / points, kShareWithin) << countingRuleWord(rule).toStdString();
    }
}

// The same published figure read another rule's way is usually far off: the comparison has teeth.
TEST(CountingPublished, RulesDisagreeWhereThePublishersDo)
{
    const QDate d = day("2023-01-04");
    const CountingEvaluator &c = shippedAtlas().timeline().counting();
    EXPECT_GT(c.tally(CountingRule::KosovoMfa, d).unCounted - c.tally(CountingRule::SerbiaMfa, d).unCounted, 2 * kTolerance);
    EXPECT_LT(c.tally(CountingRule::SerbiaMfa, d).unCounted, c.tally(CountingRule::Net, d).unCounted);
}
