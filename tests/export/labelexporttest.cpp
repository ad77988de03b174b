// --labels on the command line: names as searchable <text> in SVG and text in PDF, and drawn on
// --frames PNGs; without the flag every output stays as it was.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace atlas::test {
namespace {

QStringList balkansExport(const QString &path, bool labels)
{
    QStringList args{QStringLiteral("--export"), path, QStringLiteral("--region"), QStringLiteral("balkans"),
                     QStringLiteral("--date"), QStringLiteral("2020-01-01")};
    if (labels)
        args << QStringLiteral("--labels");
    return args;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(LabelExport, SvgNamesCountriesAsText)
{
    QTemporaryDir dir;
    const QString with = dir.filePath(QStringLiteral("with.svg")), without = dir.filePath(QStringLiteral("without.svg"));
    ASSERT_EQ(runAtlas(balkansExport(with, true)).exitCode, 0);
    ASSERT_EQ(runAtlas(balkansExport(without, false)).exitCode, 0);
    const QByteArray svg = readAll(with);
    EXPECT_TRUE(svg.contains("<g id=\"labels\">"));
    EXPECT_TRUE(svg.contains("<text class=\"label\" data-code=\"SRB\""));
    for (const char *name : {">Serbia<", ">Kosovo<", ">Montenegro<", ">Bulgaria<", ">Hungary<"})
        EXPECT_TRUE(svg.contains(name)) << name;
    EXPECT_TRUE(svg.contains("class=\"label halo\""));  // the halo: a stroked copy underneath
    EXPECT_FALSE(readAll(without).contains("class=\"label"));
}

// The Balkans export draws 1:10m: each path takes its class from that level's link (it once took
// the 1:50m one's, so Croatia wore another state's status).
TEST(LabelExport, SvgAt10mClassesEachCountryByItsOwnState)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.svg"));
    ASSERT_EQ(runAtlas(balkansExport(path, true)).exitCode, 0);
    const QByteArray svg = readAll(path);
    EXPECT_TRUE(svg.contains("id=\"HRV\" class=\"country recognizes\""));
    EXPECT_TRUE(svg.contains("id=\"BIH\" class=\"country does_not_recognize\""));
    EXPECT_TRUE(svg.contains("id=\"SRB\" class=\"country does_not_recognize\""));
    EXPECT_TRUE(svg.contains("id=\"XKX\" class=\"country self\""));
}

TEST(LabelExport, PdfNamesAreSearchableText)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler-utils are not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("balkans.pdf"));
    ASSERT_EQ(runAtlas(balkansExport(path, true)).exitCode, 0);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QByteArray text = p.readAllStandardOutput();
    for (const char *name : {"Serbia", "Montenegro", "Bulgaria", "Albania", "Croatia"})
        EXPECT_TRUE(text.contains(name)) << name << "\n" << text.toStdString();
}

TEST(LabelExport, FramesDrawTheNames)
{
    QTemporaryDir dir;
    const QString on = dir.filePath(QStringLiteral("on")), off = dir.filePath(QStringLiteral("off"));
    for (const auto &[folder, labels] : {std::pair{on, true}, std::pair{off, false}}) {
        QStringList args{QStringLiteral("--frames"), folder, QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                         QStringLiteral("--to"), QStringLiteral("2020-01-01"), QStringLiteral("--region"),
                         QStringLiteral("balkans"), QStringLiteral("--size"), QStringLiteral("960x540")};
        if (labels)
            args << QStringLiteral("--labels");
        ASSERT_EQ(runAtlas(args).exitCode, 0);
    }
    const QImage a(QDir(on).filePath(QStringLiteral("0001.png"))), b(QDir(off).filePath(QStringLiteral("0001.png")));
    ASSERT_FALSE(a.isNull());
    ASSERT_EQ(a.size(), b.size());
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    EXPECT_GT(differing, 1000);  // a dozen names with halos
}

} // namespace atlas::test
