// The annotation bands as raster devices draw them, cached between date steps: each group
// (title, event line, legend, source line) is kept as the pixels it last painted, and a step
// repaints only the groups whose text changed (in practice the title's date and, now and then, the
// counts); the rest is copied. Owned by a MapRenderer; not thread-safe. Vector devices do not use
// it: they get paintAnnotations, the same layout painted directly.
#pragma once

#include "glyphsprites.h"
#include "mapannotations.h"

#include <QImage>
#include <QList>

namespace atlas {

class AnnotationLayer {
public:
    // Paints the margins outside `frame` and every group of `groups` (annotationLayout).
    void paint(QPainter &painter, const QSize &pixels, const QRectF &frame, const QList<AnnotationGroup> &groups,
               const MapTheme &theme);

private:
    struct Cached {
        AnnotationGroup group;
        QImage pixels;  // the group's panel (integer-aligned) painted over the background
    };
    const QImage &imageOf(const AnnotationGroup &group, const MapTheme &theme);

    QList<Cached> m_cache;  // one per group id
    MapTheme m_theme;       // the theme the cache was painted in
    GlyphSprites m_glyphs;  // the title's glyphs at 4K, drawn anew each date
};

} // namespace atlas
