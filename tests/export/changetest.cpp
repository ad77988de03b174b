// What changed, visible: a step that holds a recognition outlines the state in the theme's change
// colour and names the event under the title (PNG pixels, SVG paths and text, the layout's labels);
// a step without events marks nothing; frame series pass each frame the previous frame's date.
#include "atlasdocument.h"
#include "exportrequest.h"
#include "frameexporter.h"
#include "mapannotations.h"
#include "mapexporter.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "testsupport.h"
#include "timelinechange.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

// The Dominican Republic recognised on 10 July 2009, the only event between 8 and 11 July;
// nothing happened from 12 July to 1 August.
const char *const kDomStep[] = {"2009-07-08", "2009-07-11"};
const char *const kQuietStep[] = {"2009-07-12", "2009-08-01"};

ExportRequest step(const char *const (&dates)[2])
{
    ExportRequest r = regionExportRequest(*shippedMap(), *regionPreset(QStringLiteral("americas")), QSize(1280, 720));
    r.changesSince = day(dates[0]);
    r.date = day(dates[1]);
    return fittedToFrame(r, shippedAtlas().timeline());
}

int changePixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.valid(x, y) && image.pixel(x, y) == MapTheme::light().change.rgb();
    return n;
}

QRect around(const ExportRequest &r, double lon, double lat, int half)
{
    const QPoint p = r.viewport.toPixel(*shippedMap()->projection().forward(QPointF(lon, lat))).toPoint();
    return QRect(p - QPoint(half, half), p + QPoint(half, half));
}

QStringList eventLabels(const ExportRequest &r)
{
    QStringList out;
    for (const AnnotationGroup &g : annotationLayout(r.viewport.pixels(), shippedAtlas().timeline(), renderOptions(r)))
        if (g.id == QLatin1String("event"))
            for (const AnnotationLabel &l : g.labels)
                out << l.text;
    return out;
}

QByteArray svgOf(const ExportRequest &r)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("step.svg"));
    MapExporter exporter(shippedDocument(), shippedMap());
    EXPECT_TRUE(exporter.write(r, path).ok);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(TimelineChange, HoldsTheStepsStatesAndEvents)
{
    const RecognitionTimeline &t = shippedAtlas().timeline();
    const TimelineChange dom = timelineChange(t, day(kDomStep[0]), day(kDomStep[1]));
    ASSERT_EQ(dom.changedStates, QList<int>{t.dataset().indexOf(QStringLiteral("DOM"))});
    ASSERT_EQ(dom.events.size(), 1);
    EXPECT_EQ(t.dataset().events[dom.events.first()].code, QStringLiteral("DOM"));
    EXPECT_TRUE(timelineChange(t, day(kQuietStep[0]), day(kQuietStep[1])).isEmpty());
    EXPECT_TRUE(timelineChange(t, QDate(), day(kDomStep[1])).isEmpty());  // a still
    // Stepping back outlines the state again but names no event.
    const TimelineChange back = timelineChange(t, day(kDomStep[1]), day(kDomStep[0]));
    EXPECT_EQ(back.changedStates, dom.changedStates);
    EXPECT_TRUE(back.events.isEmpty());
    EXPECT_GT(timelineChange(t, day("2008-02-17"), day("2008-02-18")).events.size(), 5);
}

TEST(ChangeHighlight, AStepWithARecognitionOutlinesTheStateAndNamesTheEvent)
{
    const ExportRequest r = step(kDomStep);
    MapExporter exporter(shippedDocument(), shippedMap());
    const QImage image = exporter.renderImage(r);
    EXPECT_GT(changePixels(image, around(r, -70.2, 18.8, 25)), 20);   // around Santo Domingo
    EXPECT_EQ(changePixels(image, around(r, -100.0, 40.0, 60)), 0);  // the United States did not change
    EXPECT_EQ(eventLabels(r), QStringList{QStringLiteral("10 Jul 2009: Dominican Republic recognises")});
    const QByteArray svg = svgOf(r);
    EXPECT_TRUE(svg.contains("class=\"changed\" data-code=\"DOM\"")) << "no outline path for DOM";
    EXPECT_TRUE(svg.contains(">10 Jul 2009: Dominican Republic recognises</text>"));
}

TEST(ChangeHighlight, AStepWithoutEventsMarksNothing)
{
    const ExportRequest r = step(kQuietStep);
    MapExporter exporter(shippedDocument(), shippedMap());
    const QImage image = exporter.renderImage(r);
    EXPECT_EQ(changePixels(image, image.rect()), 0);
    EXPECT_TRUE(eventLabels(r).isEmpty());
    EXPECT_FALSE(svgOf(r).contains("class=\"changed\""));
}

TEST(ChangeHighlight, FramesOutlineWhatChangedSinceThePreviousFrame)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("frames"));
    ExportRequest frame = step(kDomStep);
    frame.changesSince = QDate();
    FrameExporter exporter(shippedDocument(), shippedMap(), frame);
    const QList<QDate> dates{day(kDomStep[0]), day(kDomStep[1]), day(kQuietStep[1])};
    const FrameRun run = exporter.run({FrameStep::Days, dates.first(), dates.last(), folder}, dates, [](int, int) { return true; });
    ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    ASSERT_EQ(run.written, 3);
    const QRect dom = around(frame, -70.2, 18.8, 25);
    EXPECT_EQ(changePixels(QImage(folder + QStringLiteral("/0001.png")), dom), 0);  // the first frame has no previous one
    EXPECT_GT(changePixels(QImage(folder + QStringLiteral("/0002.png")), dom), 20);
    EXPECT_EQ(changePixels(QImage(folder + QStringLiteral("/0003.png")), dom), 0);
}
