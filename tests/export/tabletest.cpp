// The tables behind --list, --stats and --events: CSV quoting by RFC 4180, JSON numbers where a
// column is numeric, and the contract headers on the shipped data.
#include "recognitiontimeline.h"
#include "reports.h"
#include "tableformatter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

Table sample()
{
    return {{QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("note")},
            {{QStringLiteral("plain"), QStringLiteral("7"), QStringLiteral("a, b")},
             {QStringLiteral("São Tomé"), QStringLiteral("0"), QStringLiteral("said \"no\"\nthen yes")}},
            {1}};
}

} // namespace

TEST(Table, CsvQuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(toCsv(sample()), QByteArray("name,count,note\n"
                                          "plain,7,\"a, b\"\n"
                                          "São Tomé,0,\"said \"\"no\"\"\nthen yes\"\n"));
}

TEST(Table, JsonWritesNumericColumnsAsNumbers)
{
    const QJsonArray rows = QJsonDocument::fromJson(toJson(sample())).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[0].toObject()[QStringLiteral("count")].isDouble());
    EXPECT_EQ(rows[0].toObject()[QStringLiteral("count")].toInt(), 7);
    EXPECT_TRUE(rows[0].toObject()[QStringLiteral("name")].isString());
    EXPECT_EQ(rows[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("São Tomé"));
    EXPECT_EQ(rows[1].toObject()[QStringLiteral("note")].toString(), QStringLiteral("said \"no\"\nthen yes"));
}

TEST(Table, ReportsKeepTheirContractHeaders)
{
    const RecognitionTimeline &t = shippedAtlas().timeline();
    EXPECT_EQ(statusTable(t, day("2013-02-17")).header.join(QLatin1Char(',')), QStringLiteral("iso_a3,name,status,since,source"));
    EXPECT_EQ(statsTable(t, day("2013-02-17")).header.join(QLatin1Char(',')),
              QStringLiteral("group,members,recognizing,withdrawal_claimed"));
    EXPECT_EQ(eventsTable(t).header.join(QLatin1Char(',')),
              QStringLiteral("iso_a3,name,event,date,claimed_by,disputed,source,alt_dates,note"));
    const Table stats = statsTable(t, day("2013-02-17"));
    EXPECT_EQ(stats.rows.first().first(), QStringLiteral("UN"));
    const QJsonArray json = QJsonDocument::fromJson(toJson(stats)).array();
    EXPECT_EQ(json.first().toObject()[QStringLiteral("members")].toInt(), 193);
}
