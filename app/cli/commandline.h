// Parsing and validation of kosovo-atlas's command line: its flags, values and exit code 2 for
// usage errors are a public contract (README), only ever extended.
#pragma once

#include "countingrule.h"
#include "animationexporter.h"
#include "exportformat.h"
#include "frameexporter.h"
#include "mapprojection.h"
#include "statenames.h"

#include <QDate>
#include <QSize>
#include <QStringList>

#include <optional>

namespace atlas {

enum class CommandMode { Gui, Export, List, Stats, Events, Frames, Animate, Help, Version };

struct CommandLine {
    CommandMode mode = CommandMode::Gui;
    QString exportPath;
    ExportFormat exportFormat = ExportFormat::Png;  // from exportPath's extension
    std::optional<QDate> date;  // unset: today (CLI) or the last date used (window)
    QSize size{1920, 1080};
    ProjectionKind projection = ProjectionKind::EqualEarth;
    QString region = QStringLiteral("world");
    QString format = QStringLiteral("csv");
    QString theme = QStringLiteral("light");
    bool legend = true;
    bool title = true;
    bool sourceLine = true;
    bool labels = false;  // --labels: country names on the map
    // --counting: unset means every output exactly as before counting rules (net, no extra column/row).
    std::optional<CountingRule> counting;
    QString mapPath;  // empty: shipped map
    QString mapLayer; // --layer: the layer of the map to draw; empty: the admin-0 one
    QString dataDir;  // empty: shipped dataset
    bool tour = false;  // the window opens in the guided tour
    QString tourFile;   // a tour file of one's own (implies tour); empty: the shipped tour.csv
    double chapterSeconds = 5.0;  // --animate --tour: how long each chapter is shown
    NameLanguage language = NameLanguage::English;  // --language: exported date and tour captions
    QString framesDir;             // --frames
    std::optional<QDate> from;     // unset: the dataset's first day
    std::optional<QDate> to;       // unset: today
    FrameStep step = FrameStep::EventDates;
    bool verbose = false;
    QString animationPath;         // --animate
    AnimationFormat animationFormat = AnimationFormat::Gif;
    int fps = 4;
    double holdSeconds = 2.0;
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
