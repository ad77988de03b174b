// The window's remembered export choices (size, annotations, folder) and how the window's view
// maps onto an export of another size, so PNG, clipboard and frame exports show exactly the
// region and zoom on screen.
#pragma once

#include "mapviewport.h"

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

} // namespace atlas
