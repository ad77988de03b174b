// Starts the Qt Widgets application and the atlas window; returns the application's exit code.
#pragma once

#include "commandline.h"

namespace atlas {

int launchMainWindow(int &argc, char **argv, const CommandLine &command, const QDate &today);

} // namespace atlas
