// --counting on the real executable: the CLI is a public contract, so without the flag every
// output stays exactly as it was, and with it only the documented column and row are added.
#include "countingrule.h"
#include "recognitiontimeline.h"
#include "testsupport.h"

#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromLatin1(w);
    return out;
}

// group -> its CSV fields
QHash<QString, QStringList> rowsByFirstField(const AtlasRun &run)
{
    QHash<QString, QStringList> rows;
    const QStringList lines = run.lines();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        rows.insert(fields.first(), fields);
    }
    return rows;
}

} // namespace

TEST(CountingCli, BadRuleExitsTwoNamingTheFour)
{
    const AtlasRun r = runAtlas(args({"--stats", "--counting", "kosovo"}));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    for (CountingRule rule : kAllCountingRules)
        EXPECT_TRUE(r.err.contains(countingRuleWord(rule))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("'kosovo'"))) << r.err.toStdString();
}

TEST(CountingCli, StatsUnderKosovoMfaCountsTheRuleAndAddsAll)
{
    const AtlasRun plain = runAtlas(args({"--stats", "--date", "2013-02-17"}));
    const AtlasRun rule = runAtlas(args({"--stats", "--counting", "kosovo-mfa", "--date", "2013-02-17"}));
    ASSERT_EQ(rule.exitCode, 0) << rule.err.toStdString();
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_EQ(rule.lines().first(), QStringLiteral("group,members,recognizing,withdrawal_claimed"));
    EXPECT_EQ(rule.lines().first(), plain.lines().first());
    const auto ruled = rowsByFirstField(rule), base = rowsByFirstField(plain);
    ASSERT_TRUE(ruled.contains(QStringLiteral("UN")));
    const int un = ruled[QStringLiteral("UN")][2].toInt();
    EXPECT_GE(un, 97);
    EXPECT_LE(un, 99);
    ASSERT_TRUE(ruled.contains(QStringLiteral("ALL")));
    EXPECT_EQ(rule.lines().last().section(QLatin1Char(','), 0, 0), QStringLiteral("ALL"));
    EXPECT_EQ(ruled[QStringLiteral("ALL")][1].toInt(), shippedAtlas().dataset().states.size() - 1);  // all but Kosovo
    EXPECT_FALSE(base.contains(QStringLiteral("ALL")));
    EXPECT_EQ(ruled.size(), base.size() + 1);
    for (auto it = base.cbegin(); it != base.cend(); ++it) {  // members and withdrawal claims stay status counts
        EXPECT_EQ(ruled[it.key()][1], it.value()[1]) << it.key().toStdString();
        EXPECT_EQ(ruled[it.key()][3], it.value()[3]) << it.key().toStdString();
    }
}

TEST(CountingCli, StatsUnderNetKeepsTheStatusCountsButAddsAll)
{
    const AtlasRun plain = runAtlas(args({"--stats", "--date", "2020-01-09"}));
    const AtlasRun net = runAtlas(args({"--stats", "--counting", "net", "--date", "2020-01-09"}));
    ASSERT_EQ(net.exitCode, 0) << net.err.toStdString();
    EXPECT_TRUE(net.out.startsWith(plain.out));  // the same bytes, then the ALL row
    EXPECT_TRUE(net.out.mid(plain.out.size()).startsWith(QStringLiteral("ALL,")));
}

TEST(CountingCli, ListUnderConfirmedHasACountedColumnLast)
{
    const AtlasRun plain = runAtlas(args({"--list", "--date", "2020-01-09"}));
    const AtlasRun rule = runAtlas(args({"--list", "--counting", "confirmed", "--date", "2020-01-09"}));
    ASSERT_EQ(rule.exitCode, 0) << rule.err.toStdString();
    EXPECT_EQ(plain.lines().first(), QStringLiteral("iso_a3,name,status,since,source"));
    EXPECT_EQ(rule.lines().first(), QStringLiteral("iso_a3,name,status,since,source,counted"));
    ASSERT_EQ(rule.lines().size(), plain.lines().size());
    int yes = 0;
    for (qsizetype i = 1; i < rule.lines().size(); ++i) {
        const QString line = rule.lines()[i];
        ASSERT_TRUE(line.endsWith(QLatin1String(",yes")) || line.endsWith(QLatin1String(",no"))) << line.toStdString();
        EXPECT_EQ(line.left(line.lastIndexOf(QLatin1Char(','))), plain.lines()[i]);  // every other field unchanged
        yes += line.endsWith(QLatin1String(",yes"));
    }
    EXPECT_EQ(yes, shippedAtlas().timeline().counting().tally(CountingRule::Confirmed, day("2020-01-09")).allCounted());
}

TEST(CountingCli, JsonListGainsCountedOnlyWithTheFlag)
{
    const AtlasRun plain = runAtlas(args({"--list", "--format", "json", "--date", "2013-02-17"}));
    const AtlasRun rule = runAtlas(args({"--list", "--format", "json", "--counting", "serbia-mfa", "--date", "2013-02-17"}));
    ASSERT_EQ(rule.exitCode, 0) << rule.err.toStdString();
    EXPECT_FALSE(plain.out.contains(QStringLiteral("\"counted\"")));
    EXPECT_TRUE(rule.out.contains(QStringLiteral("\"counted\"")));
}

TEST(CountingCli, ExportNamesTheRuleInTheCounter)
{
    QTemporaryDir dir;
    const QString plainPng = dir.filePath(QStringLiteral("plain.png")), rulePng = dir.filePath(QStringLiteral("rule.png"));
    const QStringList common = args({"--date", "2020-01-09", "--size", "800x450"});
    ASSERT_EQ(runAtlas(QStringList{QStringLiteral("--export"), plainPng} + common).exitCode, 0);
    const AtlasRun r = runAtlas(QStringList{QStringLiteral("--export"), rulePng, QStringLiteral("--counting"),
                                            QStringLiteral("kosovo-mfa")} + common);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage plain(plainPng), ruled(rulePng);
    ASSERT_FALSE(plain.isNull());
    ASSERT_EQ(plain.size(), ruled.size());
    EXPECT_NE(plain, ruled);
}

TEST(CountingCli, HelpDocumentsTheFlagAndItsRules)
{
    const AtlasRun r = runAtlas(args({"--help"}));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--counting <rule>"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("kosovo-mfa")));
}
