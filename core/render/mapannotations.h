// Title, counter, legend and source line drawn over the map; sized relative to the image height.
#pragma once

#include "renderoptions.h"

#include <QPainter>

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

void paintAnnotations(QPainter &painter, const QSize &pixels, const RecognitionTimeline &timeline,
                      const RenderOptions &options);

} // namespace atlas
