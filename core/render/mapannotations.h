// Title, counter, event line, legend and source line, in bands of their own outside the map frame
// (a header band on top, legend and source line at the foot), so they never hide land; sized
// relative to the image height. The band heights depend on size, theme, language, counting rule
// and switches, never on the date: the map keeps its place while the slider moves.
#pragma once

#include "renderoptions.h"

#include <QFont>
#include <QList>
#include <QPainter>
#include <QRectF>

#include <optional>

namespace atlas {

class GlyphSprites;
class RecognitionTimeline;

struct AnnotationText {
    QString title;         // "Kosovo recognition, 17 February 2013"
    QString counter;       // "95 of 193 UN member states recognise"; under a rule "98 of 193 UN member
                           // states, and 2 others, as Kosovo's foreign ministry counts"
    QString withdrawals;   // "3 withdrawal claims (not counted above)"
    QString source;
    QString event;         // the latest event since options.changesSince: "18 Feb 2008: United States recognises"
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
    QString id;        // "title", "event", "legend", "source"
    QRectF panel;
    double panelRadius = 0.0;
    QList<AnnotationSwatch> swatches;
    QList<AnnotationLabel> labels;
};
QList<AnnotationGroup> annotationLayout(const QSize &pixels, const RecognitionTimeline &timeline,
                                        const RenderOptions &options);

// The image minus the bands the switched-on annotations reserve: where the map goes. Whoever fits
// a viewport (exports, the window) fits it into this rectangle (MapViewport::fitInto).
QRectF annotationMapFrame(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &options);
// The frame a drawing uses: options.mapFrame when the caller set one (the window), else annotationMapFrame.
QRectF mapFrameFor(const QSize &pixels, const RecognitionTimeline &timeline, const RenderOptions &options);
// The parts of the image outside `frame` (null: none), painted in the theme's background.
QList<QRectF> mapMargins(const QSize &pixels, const QRectF &frame);
void paintMapMargins(QPainter &painter, const QSize &pixels, const QRectF &frame, const MapTheme &theme);
// `panel` false: the caller has filled the panel already (AnnotationLayer, in one opaque colour).
// `sprites`: raster callers' glyph cache for large text (null: QPainter::drawText, real text on
// vector devices).
void paintAnnotationGroup(QPainter &painter, const AnnotationGroup &group, const MapTheme &theme, bool panel = true,
                          GlyphSprites *sprites = nullptr);

// The withdrawal-claim hatch over `pixelPath` (image pixels under the painter's transform): stripes
// where (x + y) mod 8 < 3, as the raster layers draw them, on any device.
void paintHatch(QPainter &painter, const QPainterPath &pixelPath, const QColor &colour);

// Every group of annotationLayout, without the margins.
void paintAnnotations(QPainter &painter, const QSize &pixels, const RecognitionTimeline &timeline,
                      const RenderOptions &options);

} // namespace atlas
