// count_facts.csv and published_counts.csv: read with the dataset and validated like every other
// file, so a bad row is reported as file:line: field: message. Both files are optional.
#include "datasetreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

// A copy of the shipped dataset folder in a temporary directory.
class DatasetDir {
public:
    DatasetDir()
    {
        const QDir shipped(shippedDataDir());
        for (const QString &name : shipped.entryList({QStringLiteral("*.csv")}, QDir::Files))
            EXPECT_TRUE(QFile::copy(shipped.filePath(name), file(name))) << name.toStdString();
    }
    QString file(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    // Appends a row; returns its line number.
    int append(const char *name, const char *row)
    {
        QFile f(file(QString::fromLatin1(name)));
        EXPECT_TRUE(f.open(QIODevice::ReadWrite | QIODevice::Append));
        f.write(row);
        f.write("\n");
        f.close();
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return int(f.readAll().count('\n'));
    }
    Result<RecognitionDataset> read() const { return readDataset(m_dir.path()); }

private:
    QTemporaryDir m_dir;
};

QString errorsOf(const Result<RecognitionDataset> &r)
{
    return joinProblems(r.errors);
}

struct BadRow {
    const char *file;
    const char *row;
    const char *field;  // the field the error names
};

class CountingDataBadRow : public ::testing::TestWithParam<BadRow> {};

} // namespace

TEST(CountingData, ShippedFilesAreReadCompletely)
{
    const RecognitionDataset &d = shippedAtlas().dataset();
    EXPECT_EQ(d.countFacts.size(), 20);
    EXPECT_EQ(d.publishedCounts.size(), 38);  // SOURCES.md: "38 published figures"
    for (const CountFact &f : d.countFacts) {
        EXPECT_GE(d.indexOf(f.code), 0);
        EXPECT_FALSE(f.sources.isEmpty());
        EXPECT_TRUE(f.from.isValid());
    }
}

TEST(CountingData, MissingOptionalFilesLeaveTheRulesToTheEvents)
{
    DatasetDir dir;
    ASSERT_TRUE(QFile::remove(dir.file(QStringLiteral("count_facts.csv"))));
    ASSERT_TRUE(QFile::remove(dir.file(QStringLiteral("published_counts.csv"))));
    const Result<RecognitionDataset> r = dir.read();
    ASSERT_TRUE(r.ok()) << errorsOf(r).toStdString();
    EXPECT_TRUE(r.value.countFacts.isEmpty());
    EXPECT_TRUE(r.value.publishedCounts.isEmpty());
}

TEST_P(CountingDataBadRow, IsReportedAsFileLineField)
{
    DatasetDir dir;
    const int line = dir.append(GetParam().file, GetParam().row);
    const Result<RecognitionDataset> r = dir.read();
    ASSERT_FALSE(r.ok());
    const QString expected = QStringLiteral("%1:%2: %3:").arg(dir.file(QString::fromLatin1(GetParam().file))).arg(line)
                                 .arg(QString::fromLatin1(GetParam().field));
    EXPECT_TRUE(errorsOf(r).contains(expected)) << errorsOf(r).toStdString() << "\nexpected " << expected.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    CountingData, CountingDataBadRow,
    ::testing::Values(BadRow{"count_facts.csv", "kosovo_list_maybe,NGA,2012-01-01,,https://example.org,", "fact"},
                      BadRow{"count_facts.csv", "serbia_says_never,XYZ,2012-01-01,,https://example.org,", "iso_a3"},
                      BadRow{"count_facts.csv", "serbia_says_never,OMN,2012-02-30,,https://example.org,", "from"},
                      BadRow{"count_facts.csv", "serbia_says_never,OMN,2007-01-01,,https://example.org,", "from"},
                      BadRow{"count_facts.csv", "serbia_says_never,OMN,2012-05-01,2012-04-01,https://example.org,", "until"},
                      BadRow{"count_facts.csv", "serbia_says_never,OMN,2012-05-01,,,", "source"},
                      BadRow{"published_counts.csv", "2013-02-17,ninety,un,kosovo-mfa,kosovo-mfa,https://example.org,", "figure"},
                      BadRow{"published_counts.csv", "2013-02-17,-3,un,kosovo-mfa,kosovo-mfa,https://example.org,", "figure"},
                      BadRow{"published_counts.csv", "2013-02-17,98,world,kosovo-mfa,kosovo-mfa,https://example.org,", "scope"},
                      BadRow{"published_counts.csv", "2013-02-17,98,un,pristina,kosovo-mfa,https://example.org,", "publisher"},
                      BadRow{"published_counts.csv", "2013-02-17,98,un,kosovo-mfa,kosovo,https://example.org,", "rule"},
                      BadRow{"published_counts.csv", "2013-13-17,98,un,kosovo-mfa,kosovo-mfa,https://example.org,", "date"},
                      BadRow{"published_counts.csv", "2013-02-17,98,un,kosovo-mfa,kosovo-mfa,,", "source"}));
