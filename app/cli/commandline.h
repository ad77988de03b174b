// Parsing and validation of kosovo-atlas's command line: its flags, values and exit code 2 for
// usage errors are a public contract (README), only ever extended.
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
    QString mapLayer; // --layer: the layer of the map to draw; empty: the admin-0 one
    QString dataDir;  // empty: shipped dataset
    QString helpText;
    QString error;    // non-empty: usage error, exit code 2
};

struct DatasetSubject;

// `arguments` includes the program name first, as QCoreApplication::arguments() does. Checks the
// form of every value; the date's range needs the dataset (dateRangeError).
CommandLine parseCommandLine(const QStringList &arguments);

// A usage error when --date lies outside [the subject's first day, today], else empty. Checked
// before the map is read, so a bad date is exit 2 even when the map is broken too.
QString dateRangeError(const CommandLine &command, const DatasetSubject &subject, const QDate &today);

inline bool isHeadless(CommandMode m) { return m != CommandMode::Gui; }

} // namespace atlas
