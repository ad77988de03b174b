// The CSV layer under every dataset file: quoting, line numbers and refusal of broken text.
#include "csvreader.h"

#include <gtest/gtest.h>

using namespace atlas;

namespace {

Result<CsvTable> parse(const char *text)
{
    return parseCsv(QByteArray(text), QStringLiteral("t.csv"));
}

} // namespace

TEST(Csv, QuotedFieldsKeepCommasQuotesAndLineBreaks)
{
    const auto r = parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");
    ASSERT_TRUE(r.ok()) << joinProblems(r.errors).toStdString();
    ASSERT_EQ(r.value.records.size(), 2);
    EXPECT_EQ(r.value.records[0].fields, (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(r.value.records[1].fields[0], QStringLiteral("two\nlines"));
    EXPECT_EQ(r.value.records[1].line, 3);
}

TEST(Csv, RecordsRememberTheirLineAcrossBlankLinesAndCrLf)
{
    const auto r = parse("a\r\n\r\none\r\n\r\ntwo\r\n");
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.value.records.size(), 2);
    EXPECT_EQ(r.value.records[0].line, 3);
    EXPECT_EQ(r.value.records[1].line, 5);
    EXPECT_EQ(r.value.records[1].fields[0], QStringLiteral("two"));
}

TEST(Csv, UnclosedQuoteNamesTheLineWhereTheRecordStarts)
{
    const auto r = parse("a,b\n1,2\n3,\"open\n4,5\n");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors[0].line, 3);
    EXPECT_NE(r.errors[0].message.indexOf(QStringLiteral("never closed")), -1);
}

TEST(Csv, StrayQuoteInsideFieldIsAnError)
{
    const auto r = parse("a\nab\"c\n");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors[0].toString(), QStringLiteral("t.csv:2: stray quote inside an unquoted field"));
}

TEST(Csv, InvalidUtf8AndNulBytesAreRefusedWithTheirLine)
{
    const auto bad = parseCsv(QByteArray("a\nok\n\xff\xfe\n"), QStringLiteral("t.csv"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.errors[0].line, 3);
    EXPECT_NE(bad.errors[0].message.indexOf(QStringLiteral("UTF-8")), -1);
    const auto nul = parseCsv(QByteArray("a\nx\0y\n", 6), QStringLiteral("t.csv"));
    ASSERT_FALSE(nul.ok());
    EXPECT_EQ(nul.errors[0].line, 2);
}

TEST(Csv, EmptyFileIsAnError)
{
    EXPECT_FALSE(parse("").ok());
    EXPECT_FALSE(parse("\n\n").ok());
}

TEST(Csv, MissingFileNamesThePath)
{
    const auto r = readCsvFile(QStringLiteral("/nonexistent/x.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errors[0].toString().startsWith(QStringLiteral("/nonexistent/x.csv: cannot read file")));
}
