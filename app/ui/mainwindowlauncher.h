// Starts the Qt Widgets application and the atlas window; returns the application's exit code.
#pragma once

#include "atlaspaths.h"
#include "commandline.h"

namespace atlas {

// `sources`: the map and data to open, resolved from the command line (resolveSources).
int launchMainWindow(int &argc, char **argv, const CommandLine &command, const AtlasSources &sources, const QDate &today);

} // namespace atlas
