// What an export looks like (size, annotations) and how it is derived from the window's view,
// so PNG, clipboard and frame exports all show exactly the region and zoom on screen.
#pragma once

#include "mapviewport.h"
#include "renderoptions.h"

#include <QSize>
#include <QString>

namespace atlas {

struct ExportSettings {
    QSize size{1920, 1080};  // pixels
    bool legend = true;
    bool title = true;
    bool sourceLine = true;
    QString folder;          // last folder written to; empty: the user's pictures folder
};

// Same centre as `view`, scale multiplied by the width ratio, so the same region fills `size`.
MapViewport exportViewport(const MapViewport &view, const QSize &size);

// The view's date, theme and selection with the export's annotation switches; no hover outline.
RenderOptions exportOptions(const RenderOptions &view, const ExportSettings &settings);

} // namespace atlas
