#include "maptheme.h"

namespace atlas {

// The status colours come from the Okabe-Ito set, chosen to stay apart under protanopia,
// deuteranopia and tritanopia (tests/themetest.cpp simulates all three); blue vs orange also
// differs in lightness for greyscale print, and the dark hatch keeps withdrawal claims readable there.
MapTheme MapTheme::light()
{
    MapTheme t;
    t.id = QStringLiteral("light");
    t.background = QColor(0xFF, 0xFF, 0xFF);
    t.sea = QColor(0xE4, 0xEE, 0xF5);
    t.noData = QColor(0xD4, 0xD4, 0xD4);
    t.border = QColor(0x40, 0x40, 0x40);
    t.text = QColor(0x1A, 0x1A, 0x1A);
    t.panel = QColor(0xFF, 0xFF, 0xFF, 0xE6);
    t.status = {QColor(0x1A, 0x1A, 0x1A),   // self: near black, the subject of the map
                QColor(0x00, 0x72, 0xB2),   // recognizes: blue
                QColor(0x56, 0xB4, 0xE9),   // withdrawal_claimed: sky blue (a faded recognition) + hatch
                QColor(0xE6, 0x9F, 0x00)};  // does_not_recognize: orange
    t.hatch = QColor(0x0B, 0x3C, 0x5D);
    t.ruleMark = QColor(0xCC, 0x00, 0x99);  // magenta: no status colour and not the selection's red
    t.change = QColor(0x00, 0x9E, 0x73);    // Okabe-Ito bluish green: apart from the statuses, the mark and the selection
    return t;
}

MapTheme MapTheme::dark()
{
    MapTheme t = light();
    t.id = QStringLiteral("dark");
    t.background = QColor(0x1B, 0x1D, 0x22);
    t.sea = QColor(0x24, 0x33, 0x44);
    t.noData = QColor(0x5A, 0x5E, 0x66);
    t.border = QColor(0x12, 0x14, 0x18);
    t.text = QColor(0xF2, 0xF2, 0xF2);
    t.panel = QColor(0x1B, 0x1D, 0x22, 0xE0);
    t.status[std::size_t(Status::Self)] = QColor(0xF0, 0xF0, 0xF0);  // white on a dark map
    t.change = QColor(0x3D, 0xE0, 0xA8);  // lighter: the green must stand out on the dark sea
    return t;
}

MapTheme MapTheme::projector()
{
    MapTheme t = light();
    t.id = QStringLiteral("projector");
    t.sea = QColor(0xFF, 0xFF, 0xFF);
    t.border = QColor(0x00, 0x00, 0x00);
    t.text = QColor(0x00, 0x00, 0x00);
    t.borderWidthPx = 0.9;
    t.fontScale = 1.35;
    t.change = QColor(0x00, 0x7A, 0x58);  // darker: contrast on the white sea of a projected image
    return t;
}

std::optional<MapTheme> MapTheme::byId(const QString &id)
{
    for (const MapTheme &t : {light(), dark(), projector()})
        if (t.id == id)
            return t;
    return std::nullopt;
}

} // namespace atlas
