// A layout that never hides land: every annotation box (title, counter, withdrawal and event
// lines, legend, source line) lies over sea or outside the globe, in exports and in the window,
// for every region preset, projection, theme and UI language, with the longest counter (a counting
// rule naming other counted states) and an event line. The check renders the bare map (annotations
// off, same viewport and map frame) and looks at every pixel under every box.
#include "atlasdocument.h"
#include "exportrequest.h"
#include "mapannotations.h"
#include "mapexporter.h"
#include "maprenderer.h"
#include "mapview.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "statenames.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <sstream>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

const char *const kLanguages[] = {"en", "sq", "sr_Cyrl", "sr_Latn"};
const ProjectionKind kProjections[] = {ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::PlateCarree};

std::shared_ptr<const StateNames> names()
{
    static const auto loaded = std::make_shared<const StateNames>(StateNames::load(shippedDataDir()).value);
    return loaded;
}

void useLanguage(const char *id)
{
    ASSERT_TRUE(setUiLanguage(QString::fromLatin1(id))) << id;
    for (int round = 0; round < 2; ++round)
        QCoreApplication::sendPostedEvents();  // LanguageChange reaches the map views
}

// A day of many events under a rule that counts non-UN states: the longest counter and event line.
RenderOptions longestTexts(RenderOptions o)
{
    o.date = day("2008-02-20");
    o.changesSince = day("2008-02-17");
    o.counting = CountingRule::KosovoMfa;
    o.stateNames = names();
    return o;
}

// Every pixel of the bare map under an annotation box is sea or outside the globe.
void expectNoLandUnder(MapRenderer &renderer, const MapViewport &view, const RenderOptions &withAnnotations,
                       const std::string &what)
{
    const RecognitionTimeline &timeline = shippedAtlas().timeline();
    const QList<AnnotationGroup> groups = annotationLayout(view.pixels(), timeline, withAnnotations);
    ASSERT_GE(groups.size(), 4) << what;  // title, event, legend, source
    RenderOptions bare = withAnnotations;
    bare.title = bare.legend = bare.sourceLine = false;
    bare.changesSince = QDate();
    bare.mapFrame = renderer.mapFrame(view.pixels(), withAnnotations);
    ASSERT_GT(bare.mapFrame.height(), view.pixels().height() * 0.5) << what << ": the bands leave room for the map";
    const QImage map = renderer.renderImage(view, bare);
    const MapTheme &t = withAnnotations.theme;
    for (const AnnotationGroup &g : groups) {
        for (const AnnotationLabel &l : g.labels)
            EXPECT_LE(QFontMetricsF(l.font).horizontalAdvance(l.text), view.pixels().width()) << what << ": " << l.text.toStdString();
        const QRect box = g.panel.toAlignedRect().intersected(map.rect());
        int land = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x) {
                const QRgb p = map.pixel(x, y);
                land += p != t.sea.rgb() && p != t.background.rgb();
            }
        EXPECT_EQ(land, 0) << what << ": land pixels under " << g.id.toStdString();
    }
}

struct LayoutCase {
    QString region;
    ProjectionKind projection;
    MapTheme theme;
};

std::ostream &operator<<(std::ostream &os, const LayoutCase &c)
{
    return os << c.region.toStdString() << "_" << projectionWord(c.projection).toStdString() << "_" << c.theme.id.toStdString();
}

std::vector<LayoutCase> allCases()
{
    std::vector<LayoutCase> out;
    for (const QString &region : regionIds())
        for (ProjectionKind p : kProjections)
            for (const MapTheme &theme : {MapTheme::light(), MapTheme::dark(), MapTheme::projector()})
                out.push_back({region, p, theme});
    return out;
}

class NoLandUnderAnnotations : public ::testing::TestWithParam<LayoutCase> {
protected:
    void TearDown() override { useLanguage("en"); }
};

} // namespace

// Exports: the request fitted into the map frame, as every MapExporter output draws it.
TEST_P(NoLandUnderAnnotations, InExports)
{
    const LayoutCase &c = GetParam();
    const std::shared_ptr<const ProjectedMap> map = shippedDocument()->projectedMap(c.projection);
    MapRenderer renderer(shippedDocument(), map);
    for (const char *language : kLanguages) {
        useLanguage(language);
        for (const QSize size : {QSize(1280, 720), QSize(800, 800)}) {
            ExportRequest request = regionExportRequest(*map, *regionPreset(c.region), size);
            const RenderOptions o = longestTexts(renderOptions(request));
            request.date = o.date;
            request.changesSince = o.changesSince;
            request.counting = o.counting;
            request.stateNames = o.stateNames;
            request.theme = c.theme;
            request.locale = QLocale();
            const ExportRequest framed = fittedToFrame(request, shippedAtlas().timeline());
            expectNoLandUnder(renderer, framed.viewport, renderOptions(framed),
                              std::string(language) + " " + std::to_string(size.width()) + "x" + std::to_string(size.height()));
        }
    }
}

// The window: the map view's own frame and viewport after showing the preset.
TEST_P(NoLandUnderAnnotations, InTheWindow)
{
    const LayoutCase &c = GetParam();
    for (const QSize size : {QSize(1280, 720), QSize(1024, 768)}) {
        MapView view(shippedDocument());
        view.setStateNames(names());
        view.resize(size);
        view.show();  // a hidden widget gets its resize event only when shown
        view.setProjection(c.projection);
        view.setTheme(c.theme);
        view.setCountingRule(CountingRule::KosovoMfa);
        view.showRegion(c.region);
        MapRenderer renderer(shippedDocument(), view.projectedMap());
        for (const char *language : kLanguages) {
            useLanguage(language);
            view.showRegion(c.region);
            RenderOptions o = longestTexts(view.options());
            o.mapFrame = QRectF();  // recomputed from the options, as the view's own is
            EXPECT_EQ(renderer.mapFrame(view.viewport().pixels(), o), view.options().mapFrame) << language;
            expectNoLandUnder(renderer, view.viewport(), o, std::string(language) + " window " + std::to_string(size.width()));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Presets, NoLandUnderAnnotations, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<LayoutCase> &param) {
                             std::ostringstream name;
                             name << param.param;
                             std::string s = name.str();
                             std::replace(s.begin(), s.end(), '-', '_');
                             return s;
                         });
