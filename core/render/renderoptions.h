// What to draw besides the map itself, and for which date; passed to MapRenderer by window and exports.
#pragma once

#include "maptheme.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace atlas {

struct RenderOptions {
    QDate date;
    MapTheme theme = MapTheme::light();
    bool legend = true;       // status swatches with live counts
    bool title = true;        // title, date and the UN counter
    bool sourceLine = true;   // data and map credits
    QString titleText;        // empty: the default title
    // By code, not by feature index, so they hold across projections and levels of detail.
    QString hoveredCode;      // the map feature under the mouse (a territory's own code); outlined lightly
    QString selectedCode;     // the selected state; outlined strongly
    QStringList emphasisCodes;  // states a tour chapter points at; outlined in the theme's text colour
};

} // namespace atlas
