// Colours and type of a map rendering (light for print, dark for screens, high-contrast for projectors).
#pragma once

#include "recognitionstatus.h"

#include <QColor>
#include <QString>

#include <array>
#include <optional>

namespace atlas {

struct MapTheme {
    QString id;
    QColor background;                 // outside the globe
    QColor sea;
    QColor noData;                     // land that is no state in the dataset (Antarctica, W. Sahara)
    QColor border;
    QColor text;
    QColor panel;                      // legend and title backdrop
    std::array<QColor, 4> status;      // indexed by int(Status)
    QColor hatch;                      // stripes over withdrawal_claimed
    QColor ruleMark;                   // outline and dots: a counting rule counts the state otherwise than its status
    QColor change;                     // outline of the states whose status changed in the last step
    double borderWidthPx = 0.6;        // at 1080 px map height; scaled with the image
    double fontScale = 1.0;            // 1.0 = type sized for 1080 px height

    QColor statusColour(Status s) const { return status[std::size_t(s)]; }

    static MapTheme light();
    static MapTheme dark();
    static MapTheme projector();      // high contrast, large type
    static std::optional<MapTheme> byId(const QString &id);
};

} // namespace atlas
