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

// A copy of the shipped dataset in which one file's line `line` (1-based) is replaced.
class DamagedDataset {
public:
    DamagedDataset()
    {
        for (const QString &name : QDir(shippedData()).entryList({QStringLiteral("*.csv")}, QDir::Files))
            QFile::copy(QDir(shippedData()).filePath(name), m_dir.filePath(name));
    }
    QString path() const { return m_dir.path(); }
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void replaceLine(const char *name, int line, const QByteArray &text)
    {
        QList<QByteArray> lines = read(name);
        lines[line - 1] = text;
        write(name, lines.join('\n'));
    }
    void appendLine(const char *name, const QByteArray &text) { write(name, read(name).join('\n') + '\n' + text + '\n'); }
    void write(const char *name, const QByteArray &bytes)
    {
        QFile f(file(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QList<QByteArray> read(const char *name) const
    {
        QFile f(file(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        QByteArray all = f.readAll();
        if (all.endsWith('\n'))
            all.chop(1);
        return all.split('\n');
    }
    int lineCount(const char *name) const { return int(read(name).size()); }

private:
    QTemporaryDir m_dir;
};

QString firstError(const DamagedDataset &d)
{
    const auto r = readDataset(d.path());
    return r.errors.isEmpty() ? QString() : r.errors.first().toString();
}

} // namespace

TEST(Dataset, ShippedDatasetLoadsWithoutErrorsOrWarnings)
{
    const auto r = readDataset(shippedData());
    EXPECT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    EXPECT_TRUE(r.warnings.isEmpty()) << joinProblems(r.warnings).toStdString();
    EXPECT_GE(r.value.states.size(), 200);
    EXPECT_GE(r.value.events.size(), 150);
}

TEST(Dataset, ImpossibleDateIsNamedByFileLineAndField)
{
    DamagedDataset d;
    d.appendLine("events.csv", "FRA,2008-02-30,,recognition,FRA,no,https://example.org,note");
    const int line = d.lineCount("events.csv");
    EXPECT_EQ(firstError(d), QStringLiteral("%1:%2: date: '2008-02-30' is not a valid date (expected YYYY-MM-DD)")
                                 .arg(d.file("events.csv")).arg(line));
}

TEST(Dataset, DateBeforeTheDeclarationIsRefused)
{
    DamagedDataset d;
    d.appendLine("events.csv", "FRA,2007-12-01,,recognition,FRA,no,https://example.org,");
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("date: 2007-12-01 is outside 2008-02-17")), -1) << firstError(d).toStdString();
}

TEST(Dataset, UnknownCountryCodeIsNamed)
{
    DamagedDataset d;
    d.appendLine("events.csv", "XYZ,2010-01-01,,recognition,XYZ,no,https://example.org,");
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("iso_a3: unknown state code 'XYZ'")), -1) << firstError(d).toStdString();
}

TEST(Dataset, EventWithoutSourceIsRefused)
{
    DamagedDataset d;
    d.appendLine("events.csv", "ESP,2010-01-01,,recognition,ESP,no,,");
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("source: every fact needs at least one source")), -1);
}

TEST(Dataset, WrongFieldCountIsNamed)
{
    DamagedDataset d;
    d.appendLine("events.csv", "ESP,2010-01-01,recognition");
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("expected 8 fields, found 3")), -1) << firstError(d).toStdString();
}

TEST(Dataset, DuplicateEventIsRefused)
{
    DamagedDataset d;
    const QList<QByteArray> lines = d.read("events.csv");
    d.appendLine("events.csv", lines[1]);
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("duplicate event")), -1) << firstError(d).toStdString();
}

TEST(Dataset, WithdrawalBeforeAnyRecognitionIsRefused)
{
    DamagedDataset d;
    d.appendLine("events.csv", "ESP,2019-05-05,,withdrawal_claim,SRB,no,https://example.org,");
    const QString error = firstError(d);
    EXPECT_NE(error.indexOf(QStringLiteral("withdrawal_claim of ESP on 2019-05-05 is impossible")), -1) << error.toStdString();
    EXPECT_NE(error.indexOf(QStringLiteral(":%1: event:").arg(d.lineCount("events.csv"))), -1) << error.toStdString();
}

TEST(Dataset, UnknownEventWordAndBadDisputedFlag)
{
    DamagedDataset d;
    d.appendLine("events.csv", "ESP,2019-05-05,,recognised,ESP,maybe,https://example.org,");
    const auto r = readDataset(d.path());
    ASSERT_GE(r.errors.size(), 2);
    EXPECT_EQ(r.errors[0].field, QStringLiteral("event"));
    EXPECT_EQ(r.errors[1].field, QStringLiteral("disputed"));
}

TEST(Dataset, MissingFileAndMissingColumnAreNamed)
{
    DamagedDataset d;
    QFile::remove(d.file("positions.csv"));
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("positions.csv: cannot read file")), -1);
    DamagedDataset e;
    e.replaceLine("key_dates.csv", 1, "date,id,source");
    EXPECT_NE(firstError(e).indexOf(QStringLiteral("key_dates.csv:1: label: missing column")), -1) << firstError(e).toStdString();
}

TEST(Dataset, MembershipLeftBeforeJoinedIsRefused)
{
    DamagedDataset d;
    d.appendLine("memberships.csv", "EU,SRB,2020-01-01,2019-01-01,https://example.org");
    EXPECT_NE(firstError(d).indexOf(QStringLiteral("left: must be after 'joined'")), -1);
}

TEST(Dataset, MissingPositionOfUnMemberIsAWarning)
{
    DamagedDataset d;
    QList<QByteArray> lines = d.read("positions.csv");
    const int spain = int(std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("ESP,"); }) - lines.begin());
    ASSERT_LT(spain, lines.size());
    lines.removeAt(spain);
    d.write("positions.csv", lines.join('\n') + '\n');
    const auto r = readDataset(d.path());
    EXPECT_TRUE(r.ok());
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_NE(r.warnings[0].message.indexOf(QStringLiteral("ESP")), -1);
}
