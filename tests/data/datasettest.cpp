// Loading and validating the dataset: the shipped one is clean; each kind of damage is named
// with file, line and field. Damaged copies are made from the shipped files at run time.
#include "datasetreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

QString firstError(const DatasetCopy &d)
{
    const auto r = readDataset(d.path());
    return r.errors.isEmpty() ? QString() : r.errors.first().toString();
}

// One bad row appended to a shipped file, and what the first error must say. "@LINE" stands for
// the appended row's line number, "@FILE" for the damaged file's path.
struct BadRow {
    const char *name;
    const char *file;
    const char *row;  // null: repeat the file's first data row
    const char *error;
};

std::ostream &operator<<(std::ostream &os, const BadRow &b) { return os << b.name; }

class DatasetBadRow : public ::testing::TestWithParam<BadRow> {};

} // namespace

TEST(Dataset, ShippedDatasetLoadsWithoutErrorsOrWarnings)
{
    const auto r = readDataset(shippedDataDir());
    EXPECT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_TRUE(r.warnings.isEmpty()) << joinProblems(r.warnings).toStdString();
    EXPECT_GE(r.value.states.size(), 200);
    EXPECT_GE(r.value.events.size(), 150);
    EXPECT_EQ(r.value.subject.code, QStringLiteral("XKX"));
    EXPECT_EQ(r.value.subject.firstDay, QDate(2008, 2, 17));
    EXPECT_EQ(r.value.state(r.value.subject.code)->kind, StateKind::Subject);
}

TEST_P(DatasetBadRow, IsNamedByFileLineAndField)
{
    const BadRow &bad = GetParam();
    const QString file = QString::fromLatin1(bad.file);
    DatasetCopy d;
    d.appendLine(file, bad.row ? QByteArray(bad.row) : d.lines(file).at(1));
    const QString expected = QString::fromUtf8(bad.error)
                                 .replace(QStringLiteral("@FILE"), d.file(file))
                                 .replace(QStringLiteral("@LINE"), QString::number(d.lines(file).size()));
    EXPECT_NE(firstError(d).indexOf(expected), -1) << firstError(d).toStdString() << "\nexpected: " << expected.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Dataset, DatasetBadRow,
    ::testing::Values(
        BadRow{"ImpossibleDate", "events.csv", "FRA,2008-02-30,,recognition,FRA,no,https://example.org,note",
               "@FILE:@LINE: date: '2008-02-30' is not a valid date (expected YYYY-MM-DD)"},
        BadRow{"DateBeforeTheFirstDay", "events.csv", "FRA,2007-12-01,,recognition,FRA,no,https://example.org,",
               "@FILE:@LINE: date: 2007-12-01 is outside 2008-02-17"},
        BadRow{"UnknownCountryCode", "events.csv", "XYZ,2010-01-01,,recognition,XYZ,no,https://example.org,",
               "@FILE:@LINE: iso_a3: unknown state code 'XYZ'"},
        BadRow{"EventWithoutSource", "events.csv", "ESP,2010-01-01,,recognition,ESP,no,,",
               "@FILE:@LINE: source: every fact needs at least one source"},
        BadRow{"WrongFieldCount", "events.csv", "ESP,2010-01-01,recognition", "@FILE:@LINE: expected 8 fields, found 3"},
        BadRow{"DuplicateEvent", "events.csv", nullptr, "@FILE:@LINE: event: duplicate event"},
        BadRow{"WithdrawalBeforeAnyRecognition", "events.csv", "ESP,2019-05-05,,withdrawal_claim,SRB,no,https://example.org,",
               ":@LINE: event: withdrawal_claim of ESP on 2019-05-05 is impossible"},
        BadRow{"MembershipLeftBeforeJoined", "memberships.csv", "EU,SRB,2020-01-01,2019-01-01,https://example.org",
               "@FILE:@LINE: left: must be after 'joined'"},
        BadRow{"SecondSubject", "states.csv", "XXA,Atlantis,subject",
               "@FILE:@LINE: kind: 'subject' is the kind of XKX (subject.csv) and of no other state"}),
    [](const ::testing::TestParamInfo<BadRow> &p) { return std::string(p.param.name); });

TEST(Dataset, UnknownEventWordAndBadDisputedFlag)
{
    DatasetCopy d;
    d.appendLine(QStringLiteral("events.csv"), "ESP,2019-05-05,,recognised,ESP,maybe,https://example.org,");
    const auto r = readDataset(d.path());
    ASSERT_GE(r.errors.size(), 2);
    EXPECT_EQ(r.errors[0].field, QStringLiteral("event"));
    EXPECT_EQ(r.errors[1].field, QStringLiteral("disputed"));
}

TEST(Dataset, MissingFileAndMissingColumnAreNamed)
{
    DatasetCopy d;
    QFile::remove(d.file(QStringLiteral("positions.csv")));
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("positions.csv: cannot read file")), -1);
    DatasetCopy e;
    e.replaceLine(QStringLiteral("key_dates.csv"), 1, "date,id,source");
    EXPECT_NE(firstError(e).indexOf(QStringLiteral("key_dates.csv:1: label: missing column")), -1) << firstError(e).toStdString();
}

TEST(Dataset, MissingPositionOfUnMemberIsAWarning)
{
    DatasetCopy d;
    QList<QByteArray> lines = d.lines(QStringLiteral("positions.csv"));
    const int spain = int(std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("ESP,"); }) - lines.begin());
    ASSERT_LT(spain, lines.size());
    lines.removeAt(spain);
    d.write(QStringLiteral("positions.csv"), lines.join('\n') + '\n');
    const auto r = readDataset(d.path());
    EXPECT_TRUE(r.ok());
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_NE(r.warnings[0].message.indexOf(QStringLiteral("ESP")), -1);
}

TEST(Dataset, SubjectFileDecidesTheFirstDayAndTheSubject)
{
    DatasetCopy d;
    d.replaceLine(QStringLiteral("subject.csv"), 2, "XKX,Kosovo,2008-03-01,test,2026-12-01,https://example.org");
    const QString error = firstError(d);
    // Costa Rica's recognition of 17 Feb 2008 now lies before the first day.
    EXPECT_NE(error.indexOf(QStringLiteral("date: 2008-02-17 is outside 2008-03-01")), -1) << error.toStdString();
    DatasetCopy unknown;
    unknown.replaceLine(QStringLiteral("subject.csv"), 2, "XXA,Atlantis,2008-02-17,test,2026-12-01,https://example.org");
    EXPECT_NE(firstError(unknown).indexOf(QStringLiteral("states.csv")), -1) << firstError(unknown).toStdString();
    DatasetCopy missing;
    QFile::remove(missing.file(QStringLiteral("subject.csv")));
    EXPECT_NE(firstError(missing).indexOf(QStringLiteral("subject.csv: cannot read file")), -1) << firstError(missing).toStdString();
}
