// Which country names the map shows for a viewport, and where: the collision pass over the map's
// label anchors (ProjectedMap::labelAnchors). A name is placed only where its box fits inside its
// country (or beside its microstate's circle), on screen, clear of the obstacles (annotation
// panels) and of every name placed before it; the selected state, the dataset's subject and the
// emphasised states go first, then the larger on screen, so more names appear as you zoom in. The
// selected state and the subject are named beside their country when it is too small to hold it. Pure function of its inputs: the window,
// every export and the tests place the same names. Runs per viewport, never per date step.
#pragma once

#include "mapviewport.h"
#include "statenames.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace atlas {

class ProjectedMap;
struct CountryStateLink;
struct RecognitionDataset;
struct RenderOptions;

struct MapLabel {
    int featureIndex = -1;  // into ProjectedMap::countries()
    QString text;           // the whole name, one line (SVG <title>, searchable copies)
    QStringList lines;      // as drawn: one line, or two for a long name
    QList<QPointF> baselines;  // per line: the centre of its baseline, pixels
    QRectF box;             // pixels of the full viewport: the text's box, without its halo
    QFont font;             // pixel-sized
};

struct LabelInputs {
    const ProjectedMap &map;
    const CountryStateLink &link;        // the map's level of detail's
    const RecognitionDataset &dataset;   // English names where state_names.csv has none
    const StateNames &names;
    NameLanguage language = NameLanguage::English;
};

// The font of map labels at an image size under a theme's type scale.
QFont labelFont(const QSize &pixels, double fontScale);
// Pixels of halo around each glyph; labels keep this much more apart.
double labelHaloPx(const QFont &font);

QList<MapLabel> placeLabels(const LabelInputs &in, const MapViewport &viewport, const RenderOptions &options,
                            const QList<QRectF> &obstacles);

} // namespace atlas
