// Parsing and validation of kosovo-atlas's command line (the public contract of issue 2).
#pragma once

#include "mapprojection.h"

#include <QDate>
#include <QSize>
#include <QStringList>

#include <optional>

namespace atlas {

enum class CommandMode { Gui, Export, List, Stats, Events, Help, Version };

struct CommandLine {
    CommandMode mode = CommandMode::Gui;
    QString exportPath;
    std::optional<QDate> date;  // unset: today (CLI) or the last date used (window)
    QSize size{1920, 1080};
    ProjectionKind projection = ProjectionKind::EqualEarth;
    QString region = QStringLiteral("world");
    QString format = QStringLiteral("csv");
    QString theme = QStringLiteral("light");
    bool legend = true;
    bool title = true;
    bool sourceLine = true;
    QString mapPath;  // empty: shipped map
    QString dataDir;  // empty: shipped dataset
    QString helpText;
    QString error;    // non-empty: usage error, exit code 2
};

// `arguments` includes the program name first, as QCoreApplication::arguments() does.
CommandLine parseCommandLine(const QStringList &arguments, const QDate &today);

inline bool isHeadless(CommandMode m) { return m != CommandMode::Gui; }

} // namespace atlas
