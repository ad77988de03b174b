// The export formats: the extension picks PNG, SVG or PDF; SVG and PDF show the same map as the
// PNG (checked in rsvg-convert and pdftoppm renderings: fills, borders, hatch), carry their
// metadata (xmllint, pdfinfo, pdftotext), and PNGs carry text chunks.
#include "atlasdocument.h"
#include "exportformat.h"
#include "exportmetadata.h"
#include "mapexporter.h"
#include "projectedmap.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>
#include <csignal>

#include <sys/resource.h>

namespace atlas::test {
namespace {

ExportRequest request(const char *region, const char *date, QSize size = QSize(1920, 1080))
{
    ExportRequest r = regionExportRequest(*shippedMap(), *regionPreset(QString::fromLatin1(region)), size);
    r.date = day(date);
    return r;
}

// Where the export draws a place: its viewport fitted into the map frame the annotation bands leave.
QPointF pixelOf(const ExportRequest &r, double lon, double lat)
{
    return fittedToFrame(r, shippedAtlas().timeline()).viewport.toPixel(*shippedMap()->projection().forward(QPointF(lon, lat)));
}

// Runs a tool; empty optional when it is not installed.
std::optional<QByteArray> tool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

bool near(const QColor &a, const QColor &b, int tolerance = 24)
{
    return distance(a, b) <= tolerance;
}

QColor status(Status s) { return MapTheme::light().statusColour(s); }

// Map pixels of the request to pixels of a rendering (an SVG at its size, a PDF page at `dpi`).
using ToRaster = std::function<QPoint(QPointF)>;

// The checks both vector formats must pass in their rendering.
void expectMapPicture(const QImage &img, const ExportRequest &europe, const ToRaster &at)
{
    ASSERT_FALSE(img.isNull());
    // Spain, on 17 February 2013: does not recognise; France: recognises; Kosovo: self.
    EXPECT_TRUE(near(img.pixelColor(at(pixelOf(europe, -3.7, 40.4))), status(Status::DoesNotRecognize)))
        << img.pixelColor(at(pixelOf(europe, -3.7, 40.4))).name().toStdString();
    EXPECT_TRUE(near(img.pixelColor(at(pixelOf(europe, 2.35, 47.0))), status(Status::Recognizes)));
    EXPECT_TRUE(near(img.pixelColor(at(pixelOf(europe, 21.0, 42.6))), status(Status::Self)));
    // A border between France and Germany (both blue) is darker than both fills: along 49.1 N the
    // line crosses it between 6.5 E (Lorraine) and 8.5 E (Baden).
    const QPoint west = at(pixelOf(europe, 6.5, 49.1)), east = at(pixelOf(europe, 8.5, 49.1));
    // A few rows, not one: where the thin line straddles two pixels of a row its coverage halves.
    int darkest = 255;
    for (int dy = -3; dy <= 3; ++dy)
        for (int x = west.x(); x <= east.x(); ++x)
            darkest = std::min(darkest, qGray(img.pixel(x, (west.y() + east.y()) / 2 + dy)));
    // The border colour (#404040) is 20 grey levels below the blue fill; a 0.6 px antialiased
    // line keeps at least half of that.
    EXPECT_LT(darkest, qGray(img.pixel(west)) - 8);
    EXPECT_LT(darkest, qGray(img.pixel(east)) - 8);
    EXPECT_LT(darkest, qGray(status(Status::Recognizes).rgb()) - 8);
}

void expectHatch(const QImage &img, const QPoint &centre, int radius)
{
    ASSERT_FALSE(img.isNull());
    bool fill = false, stripe = false;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QColor c = img.pixelColor(centre + QPoint(dx, dy));
            fill = fill || near(c, status(Status::WithdrawalClaimed), 30);
            stripe = stripe || near(c, MapTheme::light().hatch, 40);
        }
    EXPECT_TRUE(fill);
    EXPECT_TRUE(stripe);
}

struct Pdf {
    QString path;
    QSize pixels;  // of the request
    int dpi = 100;
    // The writer's page: A4 landscape, 10 mm margins, the image fitted and centred.
    QPoint toPage(QPointF p) const
    {
        const double s = std::min(277.0 / pixels.width(), 190.0 / pixels.height());
        const double ox = 10 + (277 - pixels.width() * s) / 2, oy = 10 + (190 - pixels.height() * s) / 2;
        return QPointF((ox + p.x() * s) * dpi / 25.4, (oy + p.y() * s) * dpi / 25.4).toPoint();
    }
};

QImage renderPdf(const QString &pdf, int dpi, const QString &dir)
{
    const QString prefix = dir + QStringLiteral("/page");
    if (!tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                           QStringLiteral("-singlefile"), pdf, prefix}))
        return {};
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

TEST(ExportFormat, ChosenByExtensionIgnoringCase)
{
    EXPECT_EQ(exportFormatForPath(QStringLiteral("map.png")), ExportFormat::Png);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("/x/MAP.PNG")), ExportFormat::Png);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("map")), ExportFormat::Png);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("dir.d/map")), ExportFormat::Png);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("map.Svg")), ExportFormat::Svg);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("map.PDF")), ExportFormat::Pdf);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("map.txt")), std::nullopt);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("map.jpg")), std::nullopt);
    EXPECT_EQ(extensionOf(QStringLiteral("a/b.JPG")), QStringLiteral("jpg"));
}

TEST(ExportFormat, UnknownExtensionIsAnErrorAndNoFile)
{
    QTemporaryDir dir;
    MapExporter exporter(shippedDocument(), shippedMap());
    const WriteResult w = exporter.write(request("world", "2013-02-17", QSize(320, 180)), dir.filePath(QStringLiteral("x.jpg")));
    EXPECT_FALSE(w.ok);
    EXPECT_TRUE(w.error.contains(QStringLiteral(".jpg"))) << w.error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.jpg"))));
}

TEST(SvgExport, OnePathPerCountryWithCodeStatusAndMetadata)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("europe.svg"));
    MapExporter exporter(shippedDocument(), shippedMap());
    ASSERT_TRUE(exporter.write(request("europe", "2013-02-17"), path).ok);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QMap<QString, QString> classOf;
    QString title, desc;
    QStringList texts, groups;
    bool hatch = false, style = false;
    int circles = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("path") && !a.value(QStringLiteral("id")).isEmpty())
            classOf[a.value(QStringLiteral("id")).toString()] = a.value(QStringLiteral("class")).toString();
        else if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("desc"))
            desc = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText();
        else if (xml.name() == QLatin1String("g"))
            groups << a.value(QStringLiteral("id")).toString();
        else if (xml.name() == QLatin1String("pattern"))
            hatch = a.value(QStringLiteral("id")) == QLatin1String("hatch");
        else if (xml.name() == QLatin1String("style"))
            style = true;
        else if (xml.name() == QLatin1String("circle"))
            ++circles;
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(classOf.value(QStringLiteral("ESP")), QStringLiteral("country does_not_recognize"));
    EXPECT_EQ(classOf.value(QStringLiteral("FRA")), QStringLiteral("country recognizes"));
    EXPECT_EQ(classOf.value(QStringLiteral("XKX")), QStringLiteral("country self"));
    EXPECT_EQ(classOf.value(QStringLiteral("SRB")), QStringLiteral("country does_not_recognize"));
    EXPECT_TRUE(hatch);
    EXPECT_TRUE(style);
    EXPECT_GT(circles, 0);  // Monaco, San Marino, ... at this scale
    EXPECT_EQ(title, QStringLiteral("Recognition of Kosovo, 17 February 2013"));
    EXPECT_TRUE(desc.contains(QStringLiteral("UN member states recognise"))) << desc.toStdString();
    EXPECT_TRUE(desc.contains(shippedAtlas().subject().version)) << desc.toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Recognition of Kosovo, 17 February 2013")));
    EXPECT_TRUE(groups.contains(QStringLiteral("title")) && groups.contains(QStringLiteral("legend"))
                && groups.contains(QStringLiteral("source")));
    int rc = -1;
    const auto lint = tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), path}, &rc);
    if (lint) {
        EXPECT_EQ(rc, 0) << lint->toStdString();
    }
}

TEST(SvgExport, WithdrawalClaimsAreClassedAndHatched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("americas.svg"));
    const ExportRequest r = request("americas", "2018-01-01", QSize(1000, 1000));
    MapExporter exporter(shippedDocument(), shippedMap());
    ASSERT_TRUE(exporter.write(r, path).ok);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    EXPECT_TRUE(svg.contains("id=\"SUR\" class=\"country withdrawal_claimed\""));
    EXPECT_TRUE(svg.contains(".withdrawal_claimed{fill:url(#hatch)}"));
    const QString png = dir.filePath(QStringLiteral("americas.png"));
    if (!tool(QStringLiteral("rsvg-convert"), {QStringLiteral("-o"), png, path}))
        GTEST_SKIP() << "rsvg-convert is not installed";
    const QImage img = QImage(png).convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(img.size(), QSize(1000, 1000));
    expectHatch(img, pixelOf(r, -56.0, 4.0).toPoint(), 6);
}

TEST(SvgExport, RenderedByRsvgShowsFillsAndBorders)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("europe.svg")), png = dir.filePath(QStringLiteral("europe.png"));
    const ExportRequest europe = request("europe", "2013-02-17");
    MapExporter exporter(shippedDocument(), shippedMap());
    ASSERT_TRUE(exporter.write(europe, path).ok);
    if (!tool(QStringLiteral("rsvg-convert"), {QStringLiteral("-o"), png, path}))
        GTEST_SKIP() << "rsvg-convert is not installed";
    const QImage img = QImage(png).convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(img.size(), QSize(1920, 1080));
    expectMapPicture(img, europe, [](QPointF p) { return p.toPoint(); });
}

TEST(PdfExport, A4PageWithMetadataSearchableTextAndTheMap)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("europe.pdf"));
    const ExportRequest europe = request("europe", "2013-02-17");
    MapExporter exporter(shippedDocument(), shippedMap());
    ASSERT_TRUE(exporter.write(europe, path).ok);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    const auto info = tool(QStringLiteral("pdfinfo"), {path});
    if (!info)
        GTEST_SKIP() << "poppler-utils are not installed";
    const QString infoText = QString::fromUtf8(*info);
    const auto field = [&infoText](const char *name) {
        return QRegularExpression(QStringLiteral("^%1:\\s+(.*)$").arg(QLatin1String(name)), QRegularExpression::MultilineOption)
            .match(infoText)
            .captured(1);
    };
    EXPECT_EQ(field("Title"), QStringLiteral("Recognition of Kosovo, 17 February 2013")) << infoText.toStdString();
    EXPECT_TRUE(field("Subject").contains(QStringLiteral("UN member states recognise"))) << infoText.toStdString();
    EXPECT_TRUE(field("Creator").startsWith(QStringLiteral("Kosovo Recognition Atlas "))) << infoText.toStdString();
    EXPECT_EQ(field("Page size"), QStringLiteral("842 x 595 pts (A4)"));
    const auto meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    EXPECT_TRUE(meta->contains("UN member states recognise")) << meta->toStdString();  // the subject (counts)
    const auto text = tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text->contains("Recognition of Kosovo, 17 February 2013")) << text->toStdString();
    EXPECT_TRUE(text->contains("UN member states recognise"));
    const Pdf pdf{path, europe.viewport.pixels(), 200};
    const QImage page = renderPdf(path, pdf.dpi, dir.path());
    ASSERT_FALSE(page.isNull());
    EXPECT_EQ(page.width() > page.height(), true);
    expectMapPicture(page, europe, [&pdf](QPointF p) { return pdf.toPage(p); });
}

TEST(PdfExport, WithdrawalClaimsAreHatched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("americas.pdf"));
    const ExportRequest r = request("americas", "2018-01-01", QSize(1000, 1000));
    MapExporter exporter(shippedDocument(), shippedMap());
    ASSERT_TRUE(exporter.write(r, path).ok);
    // At 150 dpi the 190 mm high page maps 1000 px to ~1122 raster px: stripes stay resolvable.
    const Pdf pdf{path, r.viewport.pixels(), 150};
    const QImage page = renderPdf(path, pdf.dpi, dir.path());
    if (page.isNull())
        GTEST_SKIP() << "pdftoppm is not installed";
    expectHatch(page, pdf.toPage(pixelOf(r, -56.0, 4.0)), 7);
}

// The PNG's tEXt chunks as written (QImageReader folds keys with spaces into "Description").
QMap<QString, QString> pngTextChunks(const QString &path)
{
    QFile f(path);
    QMap<QString, QString> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray d = f.readAll();
    for (qsizetype i = 8; i + 12 <= d.size();) {
        const quint32 length = (quint32(quint8(d[i])) << 24) | (quint32(quint8(d[i + 1])) << 16)
                               | (quint32(quint8(d[i + 2])) << 8) | quint32(quint8(d[i + 3]));
        const QByteArray type = d.mid(i + 4, 4), data = d.mid(i + 8, qsizetype(length));
        if (type == "tEXt") {
            const qsizetype nul = data.indexOf('\0');
            out.insert(QString::fromLatin1(data.left(nul)), QString::fromLatin1(data.mid(nul + 1)));
        }
        i += 12 + qsizetype(length);
    }
    return out;
}

TEST(PngExport, TextChunksNameTitleCountsSourceTimeAndSoftware)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    MapExporter exporter(shippedDocument(), shippedMap());
    ASSERT_TRUE(exporter.write(request("world", "2013-02-17", QSize(640, 360)), path).ok);
    const QMap<QString, QString> text = pngTextChunks(path);
    EXPECT_EQ(text.value(QStringLiteral("Title")), QStringLiteral("Recognition of Kosovo, 17 February 2013"));
    EXPECT_TRUE(text.value(QStringLiteral("Description")).contains(QStringLiteral("of 193 UN member states recognise")))
        << text.value(QStringLiteral("Description")).toStdString();
    const QString source = text.value(QStringLiteral("Source"));
    EXPECT_TRUE(source.contains(QStringLiteral("Natural Earth")) && source.contains(shippedAtlas().subject().version)) << source.toStdString();
    EXPECT_TRUE(text.value(QStringLiteral("Software")).startsWith(QStringLiteral("Kosovo Recognition Atlas ")));
    const QString time = text.value(QStringLiteral("Creation Time"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"))
                    .match(time).hasMatch()) << time.toStdString();
    // Qt reads them too: the title under its own key.
    QImageReader reader(path);
    EXPECT_EQ(reader.text(QStringLiteral("Title")), QStringLiteral("Recognition of Kosovo, 17 February 2013"));
    EXPECT_EQ(reader.read().size(), QSize(640, 360));
}

TEST(SvgExport, WorldAtTheDefaultSizeStaysUnder3MB)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("world.svg"));
    MapExporter exporter(shippedDocument(), shippedMap());
    ASSERT_TRUE(exporter.write(request("world", "2013-02-17"), path).ok);
    EXPECT_LT(QFileInfo(path).size(), 3 * 1024 * 1024);
}

TEST(VectorExport, FailedWritesLeaveNoFile)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    MapExporter exporter(shippedDocument(), shippedMap());
    for (const char *name : {"file/x.svg", "file/x.pdf"}) {
        const WriteResult w = exporter.write(request("world", "2013-02-17", QSize(320, 180)), dir.filePath(QString::fromLatin1(name)));
        EXPECT_FALSE(w.ok) << name;
        EXPECT_TRUE(w.error.contains(QStringLiteral("cannot write"))) << w.error.toStdString();
    }
    // A file-size limit part-way through: nothing is left, not even the temporary file.
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    const auto handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4000;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const WriteResult svg = exporter.write(request("world", "2013-02-17"), dir.filePath(QStringLiteral("w.svg")));
    const WriteResult pdf = exporter.write(request("world", "2013-02-17"), dir.filePath(QStringLiteral("w.pdf")));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, handler);
    EXPECT_FALSE(svg.ok);
    EXPECT_FALSE(pdf.ok);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("file")});
}

TEST(ExportMetadata, Rfc1123Time)
{
    EXPECT_EQ(rfc1123(QDateTime(QDate(2013, 2, 17), QTime(9, 5, 3), Qt::UTC)),
              QStringLiteral("Sun, 17 Feb 2013 09:05:03 GMT"));
}

} // namespace
} // namespace atlas::test
