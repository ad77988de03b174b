// Light and dark Qt palettes to match the map themes; applied to the whole application.
#pragma once

class QPalette;

namespace atlas {

QPalette darkPalette();
void applyAppPalette(bool dark);  // Fusion style either way, so both palettes look alike

} // namespace atlas
