// Title, counter, legend and source line drawn over the map; sized relative to the image height.
#pragma once

#include "renderoptions.h"

#include <QFont>
#include <QList>
#include <QPainter>
#include <QRectF>

#include <optional>

namespace atlas {

class RecognitionTimeline;

struct AnnotationText {
    QString title;         // "Kosovo recognition, 17 February 2013"
    QString counter;       // "95 of 193 UN member states recognise"; under a rule "98 of 193 UN member
                           // states, and 2 others, as Kosovo's foreign ministry counts"
    QString withdrawals;   // "3 withdrawal claims (not counted above)"
    QString source;
};

AnnotationText annotationText(const RecognitionTimeline &timeline, const RenderOptions &options);

// Where every annotation goes, in image pixels: the one layout behind the raster and PDF painting
// (paintAnnotations) and the SVG writer's <text> elements, so every format shows the same picture.
struct AnnotationSwatch {
    QRectF box;
    std::optional<Status> status;  // nullopt: the no-data swatch, or the rule's mark
    bool ruleMark = false;         // the dots marking states a counting rule counts otherwise
};
struct AnnotationLabel {
    QPointF baseline;  // left end of the baseline; the centre when `centred`
    QFont font;        // pixel-sized
    QString text;
    bool centred = false;
};
struct AnnotationGroup {
    QString id;        // "title", "legend", "source"
    QRectF panel;
    double panelRadius = 0.0;
    QList<AnnotationSwatch> swatches;
    QList<AnnotationLabel> labels;
};
QList<AnnotationGroup> annotationLayout(const QSize &pixels, const RecognitionTimeline &timeline,
                                        const RenderOptions &options);

// The withdrawal-claim hatch over `pixelPath` (image pixels under the painter's transform): stripes
// where (x + y) mod 8 < 3, as the raster layers draw them, on any device.
void paintHatch(QPainter &painter, const QPainterPath &pixelPath, const QColor &colour);

void paintAnnotations(QPainter &painter, const QSize &pixels, const RecognitionTimeline &timeline,
                      const RenderOptions &options);

} // namespace atlas
