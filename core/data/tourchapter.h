// One chapter of a guided tour through the story (resources/data/tour.csv or a teacher's own
// file): the date and map region it shows, the states it emphasises, its caption in each UI
// language, and its sources. Read by tourreader.h; shown by the window's tour and --tour.
#pragma once

#include "statenames.h"  // NameLanguage

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>

namespace atlas {

struct TourChapter {
    int number = 0;           // 1, 2, ... in file order
    QDate date;               // the date the map shows; for a chapter dated `today`, the day it was read
    bool isToday = false;     // dated `today` in the file: always the last day of the timeline
    QString region;           // a region preset id (world, europe, balkans, ...)
    QStringList emphasis;     // state codes outlined on the map
    QStringList sources;
    std::array<QString, 4> captions;  // in NameLanguage order; English is never empty
    int line = 0;             // in the file, for messages

    // The caption in `language`, English where the file leaves that language empty.
    QString caption(NameLanguage language) const;
};

} // namespace atlas
