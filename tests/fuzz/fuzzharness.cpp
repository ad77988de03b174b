#include "fuzzharness.h"

#include "countryshapesreader.h"
#include "csvreader.h"
#include "datasetreader.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "reports.h"
#include "tourreader.h"

#include <QDir>
#include <QFile>

#include <cpl_vsi.h>

#include <array>
#include <cmath>
#include <cstdlib>

namespace atlas::fuzz {
namespace {

const std::array<const char *, 8> kDatasetFiles = {"states.csv", "events.csv",  "positions.csv",  "memberships.csv",
                                                   "key_dates.csv", "subject.csv", "count_facts.csv", "published_counts.csv"};
// Rows kept from each shipped file: enough for every rule, few enough for thousands of runs a second.
const std::array<int, 8> kDatasetLines = {1000, 40, 12, 80, 1000, 10, 1000, 1000};

// A loader that reports an error must say where; anything else is a bug the fuzzer should stop on.
void check(bool condition)
{
    if (!condition)
        std::abort();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

void exerciseDataset(const RecognitionDataset &data)
{
    const RecognitionTimeline timeline(data);
    for (const QDate &date : {data.subject.firstDay, QDate(2013, 2, 17), QDate(2024, 12, 31)}) {
        (void)toCsv(statusTable(timeline, date));
        (void)toJson(statsTable(timeline, date));
        for (const CountingRule rule : kAllCountingRules) {  // the rules read count_facts.csv too
            (void)toCsv(statusTable(timeline, date, rule));
            (void)toJson(statsTable(timeline, date, rule));
        }
    }
    (void)toCsv(eventsTable(timeline));
    (void)timeline.changeDates();
}

} // namespace

bool makeFuzzDataset(const QString &shippedDir, const QString &dir)
{
    for (size_t i = 0; i < kDatasetFiles.size(); ++i) {
        const QString name = QString::fromLatin1(kDatasetFiles[i]);
        const QList<QByteArray> lines = readFile(QDir(shippedDir).filePath(name)).split('\n');
        if (lines.size() < 2 || !writeFile(QDir(dir).filePath(name), lines.mid(0, kDatasetLines[i]).join('\n') + '\n'))
            return false;
    }
    return true;
}

void runDatasetInput(const QByteArray &input, const QString &datasetDir)
{
    if (input.isEmpty())
        return;
    const QString path = QDir(datasetDir).filePath(QString::fromLatin1(kDatasetFiles[uchar(input[0]) % kDatasetFiles.size()]));
    const QByteArray content = input.mid(1);
    const Result<CsvTable> csv = parseCsv(content, path);
    check(csv.ok() || !csv.errors.first().file.isEmpty());
    const QByteArray original = readFile(path);
    check(writeFile(path, content));
    const Result<RecognitionDataset> r = readDataset(datasetDir, QDate(2025, 1, 1));
    check(writeFile(path, original));
    for (const Problem &p : r.errors)
        check(!p.file.isEmpty() && !p.message.isEmpty());
    if (r.ok())
        exerciseDataset(r.value);
}

void runTourInput(const QByteArray &input, const QString &dataDir)
{
    static const Result<RecognitionDataset> data = readDataset(dataDir, QDate(2026, 12, 1));
    check(data.ok());
    const TourContext context{&data.value, regionIds(), QDate(2026, 12, 1)};
    const Result<QList<TourChapter>> tour = parseTour(input, QStringLiteral("fuzz/tour.csv"), context);
    for (const Problem &p : tour.errors)
        check(p.file == QLatin1String("fuzz/tour.csv") && !p.message.isEmpty());
    check(tour.ok() ? !tour.value.isEmpty() : tour.value.isEmpty());  // all chapters or none
    for (const TourChapter &c : tour.value) {
        check(!c.caption(NameLanguage::Albanian).isEmpty() && !c.sources.isEmpty());
        check(c.date >= data.value.subject.firstDay && c.date <= context.today);
    }
}

void runMapInput(const QByteArray &input, const QString &fixtureBase)
{
    if (input.isEmpty())
        return;
    static const std::array<const char *, 4> suffixes = {"shp", "shx", "dbf", "prj"};
    static const std::array<QByteArray, 4> fixture = [&fixtureBase] {
        std::array<QByteArray, 4> out;
        for (size_t i = 0; i < suffixes.size(); ++i)
            out[i] = readFile(fixtureBase + QLatin1Char('.') + QLatin1String(suffixes[i]));
        return out;
    }();
    const int which = uchar(input[0]) % int(suffixes.size());
    std::array<QByteArray, 4> parts = fixture;
    for (int i = 0; i < int(suffixes.size()); ++i) {
        if (i == which)
            parts[i] = input.mid(1);
        parts[i].detach();  // GDAL gets a pointer; no sharing with the cached bytes
        const QByteArray name = "/vsimem/fuzz/map." + QByteArray(suffixes[i]);
        // GDAL reads the bytes in place (no copy, no ownership); they outlive the file.
        VSIFCloseL(VSIFileFromMemBuffer(name.constData(), reinterpret_cast<GByte *>(parts[i].data()),
                                        vsi_l_offset(parts[i].size()), FALSE));
    }
    const Result<CountryShapes> r = readCountryShapes(QStringLiteral("/vsimem/fuzz/map.shp"));
    for (const Problem &p : r.errors)
        check(p.file == QLatin1String("/vsimem/fuzz/map.shp") && !p.message.isEmpty());
    for (const CountryShape &c : r.value.countries)
        for (const GeoPolygon &polygon : c.polygons)
            for (const QPolygonF &ring : polygon)
                for (const QPointF &p : ring)
                    check(std::abs(p.x()) <= 180.001 && std::abs(p.y()) <= 90.001);
    for (const char *suffix : suffixes)
        VSIUnlink(("/vsimem/fuzz/map." + QByteArray(suffix)).constData());
}

} // namespace atlas::fuzz
