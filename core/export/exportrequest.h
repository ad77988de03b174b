// One export, whatever the format or who asks for it: what to show (viewport, date, theme,
// annotations, selection) in plain values. The command line fills it from its flags, the window
// from its view; renderOptions() is the one translation into what the renderer draws.
#pragma once

#include "exportsettings.h"
#include "mapviewport.h"
#include "maptheme.h"
#include "renderoptions.h"

#include <QDate>
#include <QSize>
#include <QString>

namespace atlas {

class ProjectedMap;
struct RegionPreset;

struct ExportRequest {
    MapViewport viewport;  // what is shown; viewport.pixels() is the size of the output
    QDate date;
    MapTheme theme = MapTheme::light();
    bool legend = true;
    bool title = true;
    bool sourceLine = true;
    bool labels = false;   // country names (RenderOptions::labels)
    QString selectedCode;  // outlined as in the window; empty: none
    QStringList emphasisCodes;  // a tour chapter's states, outlined
    QString titleText;     // empty: the default title
    QLocale locale = QLocale(QLocale::English);  // of the title's date (the window's: its UI language)
    CountingRule counting = CountingRule::Net;  // named in the counter unless net
};

RenderOptions renderOptions(const ExportRequest &request);

// The command line's export: a region preset fitted into `size` pixels.
ExportRequest regionExportRequest(const ProjectedMap &map, const RegionPreset &region, const QSize &size);

// The window's export: the view's region, zoom, date, theme and selection at the settings' size
// and with its annotation switches; the hover outline is left out.
ExportRequest viewExportRequest(const MapViewport &view, const RenderOptions &viewOptions, const ExportSettings &settings);

} // namespace atlas
