// Country names on the map: anchors inside their countries, the Balkans named at 1920x1080, no
// overlaps with each other or the annotations, the UI language, no names on no-data land, and the
// placement run per viewport rather than per date.
#include "labellayer.h"
#include "mapannotations.h"
#include "maprenderer.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

// The region fitted into what the title and legend bands leave, as exports and the window fit it.
MapViewport regionView(const char *region, QSize size)
{
    RenderOptions bands;
    bands.date = day("2013-02-17");
    return MapViewport::fitInto(regionWorldArea(*regionPreset(QString::fromLatin1(region)), *shippedMap()), size,
                                annotationMapFrame(size, shippedAtlas().timeline(), bands));
}

RenderOptions labelled(const char *date, const QLocale &locale = QLocale(QLocale::English))
{
    RenderOptions o;
    o.date = day(date);
    o.labels = true;
    o.locale = locale;
    return o;
}

// A renderer of the level of detail the view calls for, as the window and exports draw it.
struct LabelledMap {
    MapViewport view;
    std::shared_ptr<const ProjectedMap> map;
    MapRenderer renderer;
    explicit LabelledMap(const MapViewport &v)
        : view(v), map(shippedAtlas().projectedMapFor(ProjectionKind::EqualEarth, v)), renderer(shippedDocument(), map)
    {
    }
    QList<MapLabel> drawn(const RenderOptions &o) const
    {
        const LabelInputs in{*map, shippedAtlas().link(map->detail()), shippedAtlas().dataset(), shippedAtlas().stateNames(),
                             StateNames::languageOf(o.locale)};
        return mapLabels(in, shippedAtlas().timeline(), view, o);
    }
    QString textOf(const QList<MapLabel> &labels, const char *code) const
    {
        for (const MapLabel &l : labels)
            if (map->countries()[l.featureIndex].code == QLatin1String(code))
                return l.text;
        return {};
    }
};

LabelledMap &balkans()
{
    static LabelledMap shared(regionView("balkans", QSize(1920, 1080)));
    return shared;
}

} // namespace

TEST(Labels, AnchorsLieInsideTheirCountries)
{
    const ProjectedMap &map = *shippedMap();
    int anchored = 0;
    for (int i = 0; i < map.countries().size(); ++i) {
        const LabelAnchor &a = map.labelAnchors()[i];
        if (a.radius <= 0)
            continue;
        ++anchored;
        EXPECT_TRUE(map.countries()[i].path.contains(a.centre)) << map.countries()[i].code.toStdString();
        EXPECT_TRUE(map.countries()[i].rings[a.polygon].first().containsPoint(a.centre, Qt::OddEvenFill))
            << map.countries()[i].code.toStdString();
    }
    EXPECT_GT(anchored, 230);
    // A long thin country, whose bounding box centre lies outside it: its anchor still lies inside.
    const int chile = map.indexOf(QStringLiteral("CHL"));
    ASSERT_GE(chile, 0);
    EXPECT_TRUE(map.countries()[chile].path.contains(map.labelAnchors()[chile].centre));
}

TEST(Labels, TheBalkansAreNamedAt1080p)
{
    const QList<MapLabel> labels = balkans().drawn(labelled("2020-01-01"));
    for (const char *code : {"XKX", "SRB", "ALB", "MKD", "MNE", "BIH", "HRV", "SVN", "BGR", "GRC", "ROU", "HUN"})
        EXPECT_FALSE(balkans().textOf(labels, code).isEmpty()) << code;
    EXPECT_EQ(balkans().textOf(labels, "BIH"), QStringLiteral("Bosnia and Herzegovina"));
}

TEST(Labels, NoTwoBoxesMeetNorAnyAnnotation)
{
    for (const char *region : {"balkans", "europe", "world"}) {
        LabelledMap m(regionView(region, QSize(1920, 1080)));
        const RenderOptions o = labelled("2013-02-17");
        const QList<MapLabel> labels = m.drawn(o);
        ASSERT_GT(labels.size(), 5) << region;
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j)
                EXPECT_FALSE(labels[i].box.intersects(labels[j].box)) << region << ": " << labels[i].text.toStdString()
                                                                        << " / " << labels[j].text.toStdString();
            for (const AnnotationGroup &g : annotationLayout(m.view.pixels(), shippedAtlas().timeline(), o))
                EXPECT_FALSE(labels[i].box.intersects(g.panel)) << region << ": " << labels[i].text.toStdString();
            EXPECT_TRUE(QRectF(QPointF(0, 0), QSizeF(m.view.pixels())).contains(labels[i].box)) << labels[i].text.toStdString();
        }
    }
}

TEST(Labels, ABoxLiesInsideItsCountryOrBesideItsCircle)
{
    LabelledMap m(regionView("world", QSize(1920, 1080)));
    const QList<MarkerCircle> markers = markerCircles(*m.map, m.view, shippedAtlas().link(m.map->detail()).markerRules);
    QSet<int> circled;
    for (const MarkerCircle &c : markers)
        circled.insert(c.featureIndex);
    for (const MapLabel &l : m.drawn(labelled("2020-01-01"))) {
        const ProjectedCountry &c = m.map->countries()[l.featureIndex];
        if (circled.contains(l.featureIndex))
            continue;  // beside its circle: checked by not covering any circle below
        const QRectF world = QRectF(m.view.toWorld(l.box.topLeft()), m.view.toWorld(l.box.bottomRight())).normalized();
        for (const QPointF &p : {world.topLeft(), world.topRight(), world.bottomLeft(), world.bottomRight(), world.center()})
            EXPECT_TRUE(c.path.contains(p)) << c.code.toStdString();
        for (const MarkerCircle &circle : markers)
            EXPECT_FALSE(l.box.contains(circle.centre)) << c.code.toStdString();
    }
}

TEST(Labels, AreInTheUiLanguage)
{
    const QList<MapLabel> sr = balkans().drawn(labelled("2020-01-01", QLocale(QStringLiteral("sr_Cyrl_RS"))));
    EXPECT_EQ(balkans().textOf(sr, "SRB"), QStringLiteral("Србија"));
    EXPECT_EQ(balkans().textOf(sr, "XKX"), QStringLiteral("Косово"));
    const QList<MapLabel> sq = balkans().drawn(labelled("2020-01-01", QLocale(QStringLiteral("sq_AL"))));
    EXPECT_EQ(balkans().textOf(sq, "XKX"), QStringLiteral("Kosova"));
    const QList<MapLabel> latin = balkans().drawn(labelled("2020-01-01", QLocale(QStringLiteral("sr_Latn_RS"))));
    EXPECT_EQ(balkans().textOf(latin, "SRB"), QStringLiteral("Srbija"));
}

TEST(Labels, NoDataAreasGetNone)
{
    for (const char *region : {"world", "africa", "asia"}) {
        LabelledMap m(regionView(region, QSize(1920, 1080)));
        const CountryStateLink &link = shippedAtlas().link(m.map->detail());
        int noDataOnScreen = 0;
        for (int i = 0; i < m.map->countries().size(); ++i)
            noDataOnScreen += link.stateIndexOf[i] < 0 && m.map->countries()[i].bounds.intersects(m.view.visibleWorld());
        EXPECT_GT(noDataOnScreen, 0) << region;  // the test means something: there is no-data land in view
        for (const MapLabel &l : m.drawn(labelled("2020-01-01")))
            EXPECT_GE(link.stateIndexOf[l.featureIndex], 0) << m.map->countries()[l.featureIndex].code.toStdString();
    }
}

TEST(Labels, MoreAppearAsYouZoomIn)
{
    LabelledMap world(regionView("world", QSize(1920, 1080)));
    const QList<MapLabel> far = world.drawn(labelled("2020-01-01"));
    EXPECT_TRUE(world.textOf(far, "MNE").isEmpty());  // too small to hold its name at world scale
    EXPECT_FALSE(balkans().textOf(balkans().drawn(labelled("2020-01-01")), "MNE").isEmpty());
}

TEST(Labels, SelectedStateGoesFirst)
{
    LabelledMap world(regionView("world", QSize(1920, 1080)));
    RenderOptions o = labelled("2020-01-01");
    o.selectedCode = QStringLiteral("XKX");
    const QList<MapLabel> labels = world.drawn(o);
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_EQ(world.map->countries()[labels.first().featureIndex].code, QStringLiteral("XKX"));
}

// The label of `code` in `labels`, or null.
const MapLabel *labelOf(const LabelledMap &m, const QList<MapLabel> &labels, const char *code)
{
    for (const MapLabel &l : labels)
        if (m.map->countries()[l.featureIndex].code == QLatin1String(code))
            return &l;
    return nullptr;
}

// Beside: outside the country's main part, and within a line's height of it.
void expectBeside(const LabelledMap &m, const MapLabel &label)
{
    const ProjectedCountry &c = m.map->countries()[label.featureIndex];
    const QRectF part = m.view.worldToPixel().mapRect(c.polygonBounds[m.map->labelAnchors()[label.featureIndex].polygon]);
    EXPECT_FALSE(part.contains(label.box)) << c.code.toStdString();
    const double reach = label.box.height();
    EXPECT_TRUE(part.adjusted(-reach, -reach, reach, reach).intersects(label.box)) << c.code.toStdString();
}

TEST(Labels, TheSubjectIsNamedBesideItWhereItCannotHoldItsName)
{
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        LabelledMap europe(regionView("europe", size));
        const QList<MapLabel> labels = europe.drawn(labelled("2013-02-17"));
        const MapLabel *kosovo = labelOf(europe, labels, "XKX");
        ASSERT_NE(kosovo, nullptr) << size.width();
        expectBeside(europe, *kosovo);
        EXPECT_EQ(labelOf(europe, labels, "MNE"), nullptr);  // a neighbour as small is not named
    }
}

TEST(Labels, ASelectedStateTooSmallForItsNameIsNamedBesideIt)
{
    LabelledMap world(regionView("world", QSize(1920, 1080)));
    RenderOptions o = labelled("2020-01-01");
    ASSERT_EQ(labelOf(world, world.drawn(o), "MNE"), nullptr);
    o.selectedCode = QStringLiteral("MNE");
    const QList<MapLabel> labels = world.drawn(o);
    const MapLabel *montenegro = labelOf(world, labels, "MNE");
    ASSERT_NE(montenegro, nullptr);
    expectBeside(world, *montenegro);
}

TEST(Labels, PlacedPerViewportNotPerDate)
{
    LabelledMap m(regionView("balkans", QSize(1280, 720)));
    m.renderer.renderImage(m.view, labelled("2009-01-01"));
    const int placed = m.renderer.labelLayer().placements();
    for (const char *date : {"2010-07-22", "2013-04-19", "2020-09-04", "2025-01-01"})
        m.renderer.renderImage(m.view, labelled(date));
    EXPECT_EQ(m.renderer.labelLayer().placements(), placed);
    m.renderer.renderImage(m.view.pannedBy(QPointF(40, 0)), labelled("2025-01-01"));
    EXPECT_EQ(m.renderer.labelLayer().placements(), placed + 1);
}

TEST(Labels, AreDrawnWithAHalo)
{
    LabelledMap m(regionView("balkans", QSize(1920, 1080)));
    RenderOptions on = labelled("2020-01-01"), off = on;
    off.labels = false;
    const QImage with = m.renderer.renderImage(m.view, on), without = m.renderer.renderImage(m.view, off);
    const QList<MapLabel> &labels = m.renderer.labels(m.view, on);
    ASSERT_FALSE(labels.isEmpty());
    for (const MapLabel &l : labels) {
        int changed = 0, halo = 0, text = 0;
        const QRect box = l.box.toAlignedRect();
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x) {
                const QRgb px = with.pixel(x, y);
                changed += px != without.pixel(x, y);
                halo += px == qRgb(0xFF, 0xFF, 0xFF);
                text += qGray(px) < 0x40 && qGray(without.pixel(x, y)) >= 0x40;
            }
        EXPECT_GT(changed, box.width() * box.height() / 10) << l.text.toStdString();
        EXPECT_GT(halo, 0) << l.text.toStdString();  // light halo under dark text, on any fill
        if (m.map->countries()[l.featureIndex].code != QLatin1String("XKX")) {
            EXPECT_GT(text, 0) << l.text.toStdString();
        }
    }
}

namespace {

// A view whose land runs under the title and legend bands (the whole image, not fitted into the
// frame): no name may go there, where the bands would cut it.
TEST(Labels, StayInsideTheMapFrame)
{
    const QSize size(1920, 1080);
    const LabelledMap europe(
        MapViewport::fit(regionWorldArea(*regionPreset(QStringLiteral("europe")), *shippedMap()), size));
    const RenderOptions o = labelled("2013-02-17");
    const QRectF frame = annotationMapFrame(size, shippedAtlas().timeline(), o);
    ASSERT_GT(frame.top(), 0.0) << "the title band is above the frame";
    const QList<MapLabel> labels = europe.drawn(o);
    ASSERT_GT(labels.size(), 10);
    for (const MapLabel &l : labels)
        EXPECT_TRUE(frame.contains(l.box)) << l.text.toStdString();
}

} // namespace
