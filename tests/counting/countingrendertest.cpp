// The map and its counter under a counting rule: colours stay by status, the states a rule counts
// otherwise than their status get the rule mark (dots and an outline), and the counter names the rule.
#include "mapannotations.h"
#include "maprenderer.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace atlas;
using namespace atlas::test;

namespace {

MapViewport africa()
{
    return MapViewport::fit(regionWorldArea(*regionPreset(QStringLiteral("africa")), *shippedMap()), QSize(1200, 900));
}

QPoint pixelOf(const MapViewport &view, double lon, double lat)
{
    return view.toPixel(*shippedMap()->projection().forward(QPointF(lon, lat))).toPoint();
}

RenderOptions mapOnly(const QDate &date, CountingRule rule)
{
    RenderOptions o;
    o.date = date;
    o.counting = rule;
    o.legend = o.title = o.sourceLine = false;
    return o;
}

// Pixels of exactly the rule mark's colour in a box of 2*half+1 pixels around `centre`.
int markPixels(const QImage &image, const QPoint &centre, int half = 15)
{
    const QRgb mark = MapTheme::light().ruleMark.rgb();
    int n = 0;
    for (int y = centre.y() - half; y <= centre.y() + half; ++y)
        for (int x = centre.x() - half; x <= centre.x() + half; ++x)
            n += image.valid(x, y) && image.pixel(x, y) == mark;
    return n;
}

QImage render(const RenderOptions &o)
{
    MapRenderer renderer(shippedDocument(), shippedMap());
    return renderer.renderImage(africa(), o);
}

const QDate kAfterGhanasClaim(2020, 1, 9);

} // namespace

TEST(CountingRender, MarkAppearsOnAStateCountedButNotRecognizing)
{
    const RecognitionTimeline &t = shippedAtlas().timeline();
    const int ghana = stateIndex("GHA");
    ASSERT_EQ(t.status(ghana, kAfterGhanasClaim), Status::WithdrawalClaimed);  // the premise, from the data
    ASSERT_TRUE(t.counting().counted(CountingRule::KosovoMfa, ghana, kAfterGhanasClaim));
    const QPoint accra = pixelOf(africa(), -1.0, 7.9);
    const QImage ruled = render(mapOnly(kAfterGhanasClaim, CountingRule::KosovoMfa));
    const QImage net = render(mapOnly(kAfterGhanasClaim, CountingRule::Net));
    EXPECT_GT(markPixels(ruled, accra), 10);
    EXPECT_EQ(markPixels(net, accra), 0);
}

TEST(CountingRender, NoMarkWhereRuleAndStatusAgreeAndNoneUnderNet)
{
    const RecognitionTimeline &t = shippedAtlas().timeline();
    const int senegal = stateIndex("SEN"), nigeria = stateIndex("NGA");
    ASSERT_EQ(t.status(senegal, kAfterGhanasClaim), Status::Recognizes);
    ASSERT_TRUE(t.counting().counted(CountingRule::KosovoMfa, senegal, kAfterGhanasClaim));
    ASSERT_FALSE(t.counting().counted(CountingRule::KosovoMfa, nigeria, kAfterGhanasClaim));
    const QImage ruled = render(mapOnly(kAfterGhanasClaim, CountingRule::KosovoMfa));
    EXPECT_EQ(markPixels(ruled, pixelOf(africa(), -14.5, 14.4)), 0);  // Senegal
    EXPECT_EQ(markPixels(ruled, pixelOf(africa(), 8.0, 10.0)), 0);    // Nigeria
    const QImage net = render(mapOnly(kAfterGhanasClaim, CountingRule::Net));
    EXPECT_EQ(markPixels(net, QPoint(600, 450), 600), 0);
}

TEST(CountingRender, ColoursStayByStatusUnderEveryRule)
{
    const QPoint centre = pixelOf(africa(), -1.0, 7.9);
    const QImage net = render(mapOnly(kAfterGhanasClaim, CountingRule::Net));
    for (CountingRule rule : kAllCountingRules) {
        const QImage ruled = render(mapOnly(kAfterGhanasClaim, rule));
        int sameOrMark = 0, total = 0;
        for (int y = 0; y < ruled.height(); y += 7)
            for (int x = 0; x < ruled.width(); x += 7, ++total)
                sameOrMark += ruled.pixel(x, y) == net.pixel(x, y) || ruled.pixel(x, y) == MapTheme::light().ruleMark.rgb();
        EXPECT_GT(sameOrMark, total * 97 / 100) << countingRuleWord(rule).toStdString();
        EXPECT_EQ(ruled.pixelColor(centre).isValid(), true);
    }
}

TEST(CountingRender, NetCounterIsUnchangedAndRulesNameThemselves)
{
    const RecognitionTimeline &t = shippedAtlas().timeline();
    RenderOptions o;
    o.date = day("2013-02-17");
    EXPECT_EQ(annotationText(t, o).counter, QStringLiteral("95 of 193 UN member states recognise"));
    o.counting = CountingRule::KosovoMfa;
    const RuleTally tally = t.counting().tally(CountingRule::KosovoMfa, o.date);
    ASSERT_EQ(tally.othersCounted, 0);  // Taiwan is off Kosovo's list, the Cook Islands and Niue came in 2015
    EXPECT_EQ(annotationText(t, o).counter,
              QStringLiteral("%1 of 193 UN member states, as Kosovo's foreign ministry counts").arg(tally.unCounted));
    o.date = day("2016-07-22");
    const RuleTally later = t.counting().tally(CountingRule::KosovoMfa, o.date);
    EXPECT_EQ(annotationText(t, o).counter,
              QStringLiteral("%1 of 193 UN member states, and %2 others, as Kosovo's foreign ministry counts")
                  .arg(later.unCounted)
                  .arg(later.othersCounted));
    o.counting = CountingRule::SerbiaMfa;
    EXPECT_TRUE(annotationText(t, o).counter.endsWith(QLatin1String("as Serbia's foreign ministry counts")));
    o.counting = CountingRule::Confirmed;
    EXPECT_TRUE(annotationText(t, o).counter.contains(QLatin1String("independent trackers")));
}

TEST(CountingRender, LegendNamesTheMarkOnlyUnderARule)
{
    RenderOptions o;
    o.date = kAfterGhanasClaim;
    o.title = o.sourceLine = false;
    const MapViewport view = africa();
    MapRenderer renderer(shippedDocument(), shippedMap());
    const QImage net = renderer.renderImage(view, o);
    o.counting = CountingRule::KosovoMfa;
    const QImage ruled = renderer.renderImage(view, o);
    // The legend sits in the footer band, outside the map; under a rule its extra entry is drawn
    // in the mark colour (the rule's band, which may have one more row).
    const QRect band = [&] {
        for (const AnnotationGroup &g : annotationLayout(view.pixels(), shippedAtlas().timeline(), o))
            if (g.id == QLatin1String("legend"))
                return g.panel.toAlignedRect();
        return QRect();
    }();
    ASSERT_FALSE(band.isEmpty());
    const auto marksIn = [&band](const QImage &image) {
        int n = 0;
        for (int y = band.top(); y <= band.bottom(); ++y)
            for (int x = band.left(); x <= band.right(); ++x)
                n += image.pixel(x, y) == MapTheme::light().ruleMark.rgb();
        return n;
    };
    EXPECT_EQ(marksIn(net), 0);
    EXPECT_GT(marksIn(ruled), 0);
}

// A big export is drawn in bands; the marks of a lower band must land where the whole image has them.
TEST(CountingRender, BandedRenderingDrawsTheMarksWhereTheWholeImageDoes)
{
    RenderOptions o = mapOnly(kAfterGhanasClaim, CountingRule::KosovoMfa);
    const MapViewport view = africa();
    MapRenderer renderer(shippedDocument(), shippedMap());
    const QImage whole = renderer.renderImage(view, o);
    QImage banded(whole.size(), whole.format());
    int top = 0;
    ASSERT_TRUE(renderer.renderBands(view, o, 128, [&](const QImage &band) {
        for (int y = 0; y < band.height(); ++y)
            std::memcpy(banded.scanLine(top + y), band.constScanLine(y), std::size_t(band.bytesPerLine()));
        top += band.height();
        return true;
    }));
    const QPoint lesotho = pixelOf(view, 28.2, -29.6);  // in the fifth band
    ASSERT_GT(lesotho.y(), 4 * 128);
    ASSERT_TRUE(shippedAtlas().timeline().counting().counted(CountingRule::KosovoMfa, stateIndex("LSO"), o.date));
    const int inWhole = markPixels(whole, lesotho, 12), inBands = markPixels(banded, lesotho, 12);
    EXPECT_GT(inWhole, 10);
    EXPECT_NEAR(inBands, inWhole, inWhole / 10);  // antialiased edges may differ by a pixel or two
    int differing = 0;
    for (int y = 0; y < whole.height(); ++y)
        for (int x = 0; x < whole.width(); ++x)
            differing += whole.pixel(x, y) != banded.pixel(x, y);
    EXPECT_LT(differing, whole.width() * whole.height() / 200);
}
