// Large text drawn from cached glyph images (glyphsprites.h) must look as QPainter::drawText draws
// it, and a date step must reuse the images it has.
#include "glyphsprites.h"
#include "mapannotations.h"
#include "maprenderer.h"
#include "recognitiontimeline.h"
#include "testsupport.h"

#include <QPainter>

#include <algorithm>
#include <cstdlib>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

RenderOptions titleOn(const char *date)
{
    RenderOptions o;
    o.date = day(date);
    o.counting = CountingRule::KosovoMfa;
    return o;
}

// The title label of the shipped timeline's header band at `pixels`.
AnnotationLabel titleLabel(const QSize &pixels, const RenderOptions &o)
{
    for (const AnnotationGroup &g : annotationLayout(pixels, shippedDocument()->timeline(), o))
        if (g.id == QLatin1String("title") && !g.labels.isEmpty())
            return g.labels.first();
    ADD_FAILURE() << "no title group";
    return {};
}

QImage blankLike(const QSize &size)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    return img;
}

struct Difference {
    int inkA = 0, inkB = 0;  // pixels that differ from the background (the top-left pixel)
    int bigDiffs = 0;        // pixels differing by more than 64 levels in a channel
    QRect boxA, boxB;        // where the ink is
};

Difference compare(const QImage &a, const QImage &b)
{
    Difference d;
    const int background = qGray(a.pixel(0, 0));
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb pa = a.pixel(x, y), pb = b.pixel(x, y);
            if (std::abs(qGray(pa) - background) > 5) {
                ++d.inkA;
                d.boxA |= QRect(x, y, 1, 1);
            }
            if (std::abs(qGray(pb) - background) > 5) {
                ++d.inkB;
                d.boxB |= QRect(x, y, 1, 1);
            }
            if (std::abs(qGray(pa) - qGray(pb)) > 64)
                ++d.bigDiffs;
        }
    return d;
}

void expectAlike(const QImage &drawn, const QImage &sprites)
{
    const Difference d = compare(drawn, sprites);
    ASSERT_GT(d.inkA, 1000) << "the reference shows no text";
    EXPECT_NEAR(d.inkB, d.inkA, d.inkA * 0.03);
    // Quarter-pixel positions move an edge by at most 1/8 px: boxes agree to a pixel.
    EXPECT_LE(std::abs(d.boxA.left() - d.boxB.left()), 1);
    EXPECT_LE(std::abs(d.boxA.right() - d.boxB.right()), 1);
    EXPECT_LE(std::abs(d.boxA.top() - d.boxB.top()), 1);
    EXPECT_LE(std::abs(d.boxA.bottom() - d.boxB.bottom()), 1);
    // Edges may shade differently; whole pixels of ink may not move.
    EXPECT_LT(d.bigDiffs, d.inkA / 50) << d.bigDiffs << " of " << d.inkA;
}

void drawBoth(const AnnotationLabel &l, QImage &drawn, QImage &sprites, GlyphSprites &glyphs)
{
    {
        QPainter p(&drawn);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.setFont(l.font);
        p.setPen(Qt::black);
        p.drawText(l.baseline, l.text);
    }
    QPainter p(&sprites);
    glyphs.drawText(p, l.baseline, l.font, l.text, Qt::black);
}

} // namespace

TEST(GlyphSprites, OnlyTextAboveQtsGlyphCacheIsDrawnFromSprites)
{
    const RenderOptions o = titleOn("2013-02-17");
    EXPECT_FALSE(GlyphSprites::wanted(titleLabel(QSize(1920, 1080), o).font));  // 40 px: Qt caches it
    EXPECT_TRUE(GlyphSprites::wanted(titleLabel(QSize(3840, 2160), o).font));   // 80 px: Qt fills paths
}

TEST(GlyphSprites, The4KTitleLooksAsDrawTextDrawsIt)
{
    const QSize px(3840, 2160);
    const AnnotationLabel title = titleLabel(px, titleOn("2013-02-17"));
    ASSERT_TRUE(title.text.contains(QLatin1String("2013")));
    const QSize area(px.width(), int(title.baseline.y() * 2));
    QImage drawn = blankLike(area), sprites = blankLike(area);
    GlyphSprites glyphs;
    drawBoth(title, drawn, sprites, glyphs);
    expectAlike(drawn, sprites);
}

TEST(GlyphSprites, CyrillicAndAlbanianTitlesLookAsDrawTextDrawsThem)
{
    AnnotationLabel l = titleLabel(QSize(3840, 2160), titleOn("2013-02-17"));
    GlyphSprites glyphs;
    for (const QString &text : {QStringLiteral("Признање Косова, 17. фебруар 2013."),
                                QStringLiteral("Njohja e Kosovës, 17 shkurt 2013 — ç ë")}) {
        l.text = text;
        QImage drawn = blankLike(QSize(3000, int(l.baseline.y() * 2))), sprites = drawn;
        drawBoth(l, drawn, sprites, glyphs);
        SCOPED_TRACE(text.toStdString());
        expectAlike(drawn, sprites);
    }
}

TEST(GlyphSprites, ADateStepReusesTheGlyphsItHas)
{
    const QSize px(3840, 2160);
    GlyphSprites glyphs;
    QImage img = blankLike(QSize(px.width(), 200));
    QPainter p(&img);
    const AnnotationLabel first = titleLabel(px, titleOn("2013-02-17"));
    glyphs.drawText(p, first.baseline, first.font, first.text, Qt::black);
    const qsizetype made = glyphs.size();
    EXPECT_GT(made, 10);
    glyphs.drawText(p, first.baseline, first.font, first.text, Qt::black);
    EXPECT_EQ(glyphs.size(), made);  // the same title again: nothing new
    const AnnotationLabel next = titleLabel(px, titleOn("2013-02-18"));
    glyphs.drawText(p, next.baseline, next.font, next.text, Qt::black);
    EXPECT_LE(glyphs.size(), made + 1);  // only the last digit is new
}

// End to end: the renderer's cached bands at 4K show the title as a vector painter (drawText) would.
TEST(GlyphSprites, TheRenderersTitleBandAt4KMatchesDrawText)
{
    const QSize px(3840, 2160);
    const RenderOptions o = titleOn("2016-06-01");
    MapRenderer renderer(shippedDocument(), shippedMap());
    const MapViewport view =
        MapViewport::fitInto(renderer.map().worldBounds(), px, annotationMapFrame(px, shippedDocument()->timeline(), o));
    const QImage rendered = renderer.renderImage(view, o);
    QRect titlePanel;
    for (const AnnotationGroup &g : annotationLayout(px, shippedDocument()->timeline(), o))
        if (g.id == QLatin1String("title"))
            titlePanel = g.panel.toAlignedRect();
    ASSERT_FALSE(titlePanel.isEmpty());
    QImage reference = rendered.copy(titlePanel);
    reference.fill(rendered.pixel(titlePanel.topLeft()));  // the panel colour, without text
    {
        QPainter p(&reference);
        p.translate(-titlePanel.topLeft());
        for (const AnnotationGroup &g : annotationLayout(px, shippedDocument()->timeline(), o))
            if (g.id == QLatin1String("title"))
                paintAnnotationGroup(p, g, o.theme, false);  // drawText throughout
    }
    expectAlike(reference, rendered.copy(titlePanel));
}
