// The map's country names as one renderer draws them (RenderOptions::labels): placed per viewport
// (placeLabels, against the annotation panels any date could have) and kept until the viewport,
// language, selection, theme or annotation switches change, so a date step only draws them. Raster
// devices get each name as a prerendered sprite with its halo; vector devices (PDF) get real text
// over an outlined halo, so it stays searchable. Owned by MapRenderer; not thread-safe.
#pragma once

#include "labelplacement.h"
#include "renderoptions.h"

#include <QImage>
#include <QPainter>

namespace atlas {

class RecognitionTimeline;

// Boxes no name may cover: every annotation panel the options show, as wide as any date makes it
// (the title's month name and the counts change its width), so placement need not run per date.
QList<QRectF> labelObstacles(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &options);

// The names drawn for these options: placeLabels against labelObstacles. Uncached: the SVG writer
// and tests use it; the renderer keeps the same through LabelLayer.
QList<MapLabel> mapLabels(const LabelInputs &in, const RecognitionTimeline &timeline, const MapViewport &viewport,
                          const RenderOptions &options);

// Draws a name's halo and text at its place (image pixels under the painter's transform).
void paintLabel(QPainter &painter, const MapLabel &label, const MapTheme &theme);

class LabelLayer {
public:
    // The names placed for this viewport and options; recomputed only when the placement's inputs change.
    const QList<MapLabel> &placed(const LabelInputs &in, const RecognitionTimeline &timeline,
                                  const MapViewport &viewport, const RenderOptions &options);
    // Draws the placed names: sprites on raster devices, text over an outlined halo on others.
    void paint(QPainter &painter, const LabelInputs &in, const RecognitionTimeline &timeline,
               const MapViewport &viewport, const RenderOptions &options, bool raster);
    int placements() const { return m_placements; }  // how often placeLabels ran (tests, benchmarks)

private:
    struct Key {
        MapViewport viewport;
        NameLanguage language = NameLanguage::English;
        QString selected, themeId, titleText, localeName;
        QStringList emphasis;
        double fontScale = 1.0;
        bool title = true, legend = true, sourceLine = true;
        CountingRule counting = CountingRule::Net;
        bool operator==(const Key &o) const;
    };
    static Key keyOf(const LabelInputs &in, const MapViewport &viewport, const RenderOptions &options);
    void buildSprites(const MapTheme &theme);

    bool m_valid = false;
    Key m_key;
    Key m_obstaclesKey;          // m_key at a null viewport of the same size
    QList<QRectF> m_obstacles;   // labelObstacles for it
    QList<MapLabel> m_labels;
    QList<QImage> m_sprites;  // per label, built on the first raster paint
    QList<QPointF> m_spriteOrigins;
    int m_placements = 0;
};

} // namespace atlas
