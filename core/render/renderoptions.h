// What to draw besides the map itself, and for which date; passed to MapRenderer by window and exports.
#pragma once

#include "countingrule.h"
#include "maptheme.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace atlas {

struct RenderOptions {
    QDate date;
    MapTheme theme = MapTheme::light();
    bool legend = true;       // status swatches with live counts
    bool title = true;        // title, date and the UN counter
    bool sourceLine = true;   // data and map credits
    bool labels = false;      // country names in the locale's language (labellayer.h)
    QString titleText;        // empty: the default title
    // Language of the date in the title: the window's UI language; English for the command line,
    // whose output is English by contract.
    QLocale locale = QLocale(QLocale::English);
    // What the counter counts; colours and legend counts stay by status under every rule. States the
    // rule counts otherwise than their status get the theme's ruleMark (none under net).
    CountingRule counting = CountingRule::Net;
    // By code, not by feature index, so they hold across projections and levels of detail.
    QString hoveredCode;      // the map feature under the mouse (a territory's own code); outlined lightly
    QString selectedCode;     // the selected state; outlined strongly
    QStringList emphasisCodes;  // states a tour chapter points at; outlined in the theme's text colour
};

} // namespace atlas
