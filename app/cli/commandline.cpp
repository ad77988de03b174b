#include "commandline.h"

#include "csvrow.h"
#include "datasetsubject.h"
#include "exportformat.h"
#include "maptheme.h"
#include "regionpresets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace atlas {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atlas::CommandLine", text);
}

struct Options {
    QCommandLineOption exportFile{QStringLiteral("export"), tr("Write the map to <file> and exit; the extension picks the format: .png (also: none), .svg or .pdf."),
                                  QStringLiteral("file")};
    QCommandLineOption list{QStringLiteral("list"), tr("Print every state's status on the date and exit.")};
    QCommandLineOption stats{QStringLiteral("stats"), tr("Print group tallies (UN, EU, NATO, ...) on the date and exit.")};
    QCommandLineOption events{QStringLiteral("events"), tr("Print every dated event with its sources and exit.")};
    QCommandLineOption date{QStringLiteral("date"), tr("Date to show, YYYY-MM-DD (default: today)."), QStringLiteral("date")};
    QCommandLineOption size{QStringLiteral("size"), tr("Export size in pixels, WxH (default 1920x1080)."), QStringLiteral("WxH")};
    QCommandLineOption projection{QStringLiteral("projection"), tr("equal-earth (default), robinson or plate-carree."),
                                  QStringLiteral("name")};
    QCommandLineOption region{QStringLiteral("region"), tr("Map extent: %1.").arg(regionIds().join(QStringLiteral(", "))),
                              QStringLiteral("name")};
    QCommandLineOption format{QStringLiteral("format"), tr("Output format of --list/--stats/--events: csv or json."),
                              QStringLiteral("csv|json")};
    QCommandLineOption theme{QStringLiteral("theme"), tr("Export colours: light (default), dark or projector."),
                             QStringLiteral("name")};
    QCommandLineOption noLegend{QStringLiteral("no-legend"), tr("Leave the legend out of the export.")};
    QCommandLineOption noTitle{QStringLiteral("no-title"), tr("Leave title, date and counter out of the export.")};
    QCommandLineOption noSource{QStringLiteral("no-source-line"), tr("Leave the source line out of the export.")};
    QCommandLineOption labels{QStringLiteral("labels"),
                              tr("Name the countries on the map (--export, --frames, --animate), where the names fit.")};
    QCommandLineOption map{QStringLiteral("map"), tr("Country outlines: any OGR vector source."), QStringLiteral("path")};
    QCommandLineOption layer{QStringLiteral("layer"),
                             tr("Layer of the --map source to draw (default: its only polygon layer, else the "
                                "admin-0 countries one)."),
                             QStringLiteral("name")};
    QCommandLineOption data{QStringLiteral("data"), tr("Dataset folder (states.csv, events.csv, ...)."), QStringLiteral("dir")};
    QCommandLineOption tour{QStringLiteral("tour"),
                            tr("Open the window in the guided tour (Right/Left to move, Esc to leave); with --animate, "
                               "write the tour as an animation, each chapter held --chapter-seconds with its caption.")};
    QCommandLineOption tourFile{QStringLiteral("tour-file"),
                                tr("The tour read from <file> (columns as tour.csv) instead of the shipped one; implies --tour."),
                                QStringLiteral("file")};
    QCommandLineOption chapterSeconds{QStringLiteral("chapter-seconds"),
                                      tr("With --animate --tour: seconds each chapter stays on screen, 1 to 60 (default 5)."),
                                      QStringLiteral("S")};
    QCommandLineOption language{QStringLiteral("language"),
                                tr("Language of the text on exported maps (title, date, counter, legend, tour captions): en "
                                   "(default), sq, sr (Cyrillic) or sr_Latn. Printed tables stay English."),
                                QStringLiteral("id")};
    QCommandLineOption counting{QStringLiteral("counting"),
                                tr("Counting rule of --stats, --list, --export and the window: net, kosovo-mfa, "
                                   "serbia-mfa or confirmed (see README). Adds a `counted` column to --list and "
                                   "an ALL row to --stats."),
                                QStringLiteral("rule")};
    QCommandLineOption frames{QStringLiteral("frames"),
                              tr("Write one PNG per date step into the new or empty folder <dir> (0001.png, ... and "
                                 "frames.csv) and exit."),
                              QStringLiteral("dir")};
    QCommandLineOption from{QStringLiteral("from"), tr("First frame's date, YYYY-MM-DD (default: the dataset's first day)."),
                            QStringLiteral("date")};
    QCommandLineOption to{QStringLiteral("to"), tr("Last frame's date, YYYY-MM-DD (default: today)."), QStringLiteral("date")};
    QCommandLineOption step{QStringLiteral("step"),
                            tr("Frames after --from: one per event date (default), day, week, month or year; the last "
                               "frame is always --to."),
                            QStringLiteral("event|day|week|month|year")};
    QCommandLineOption verbose{QStringLiteral("verbose"), tr("Say what was written (--frames, --animate).")};
    QCommandLineOption animate{QStringLiteral("animate"),
                               tr("Write an animation of the frames (--from, --to, --step) to <file> and exit: .gif, .mp4 "
                                  "(H.264) or .webm (VP9); --size defaults to 1280x720."),
                               QStringLiteral("file")};
    QCommandLineOption fps{QStringLiteral("fps"), tr("Animation frame rate, 1 to 60 frames per second (default 4)."),
                           QStringLiteral("N")};
    QCommandLineOption hold{QStringLiteral("hold"), tr("Seconds the last frame stays on screen, 0 to 60 (default 2)."),
                            QStringLiteral("S")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({exportFile, list, stats, events, date, size, projection, region, format, theme, noLegend, noTitle,
                      noSource, labels, map, layer, data, counting, tour, tourFile, chapterSeconds, language, frames, from, to,
                      step, verbose, animate, fps, hold});
    }
};

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize s(m.captured(1).toInt(), m.captured(2).toInt());
    if (s.width() < 64 || s.height() < 64 || s.width() > 16384 || s.height() > 16384)
        return std::nullopt;
    return s;
}

CommandMode modeOf(const QCommandLineParser &p, const Options &o, QString &error)
{
    QList<CommandMode> modes;
    if (p.isSet(o.exportFile))
        modes << CommandMode::Export;
    if (p.isSet(o.list))
        modes << CommandMode::List;
    if (p.isSet(o.stats))
        modes << CommandMode::Stats;
    if (p.isSet(o.events))
        modes << CommandMode::Events;
    if (p.isSet(o.frames))
        modes << CommandMode::Frames;
    if (p.isSet(o.animate))
        modes << CommandMode::Animate;
    if (modes.size() > 1)
        error = tr("choose one of --export, --list, --stats, --events, --frames, --animate");
    return modes.isEmpty() ? CommandMode::Gui : modes.first();
}

// The first usage error wins: it is the one the user sees, with exit code 2.
void failOnce(CommandLine &c, const QString &message)
{
    if (c.error.isEmpty())
        c.error = message;
}

// What any map shows: date, size, projection, region, table format, theme, counting rule.
void readViewValues(const QCommandLineParser &p, const Options &o, CommandLine &c)
{
    const auto fail = [&c](const QString &message) { failOnce(c, message); };
    if (p.isSet(o.date)) {
        const auto d = parseIsoDate(p.value(o.date));
        if (!d)  // the range comes from the dataset: dateRangeError()
            fail(tr("--date: '%1' is not a valid date (expected YYYY-MM-DD)").arg(p.value(o.date)));
        c.date = d;
    }
    if (p.isSet(o.size)) {
        const auto s = parseSize(p.value(o.size));
        if (!s)
            fail(tr("--size: '%1' is not WxH with each side between 64 and 16384").arg(p.value(o.size)));
        c.size = s.value_or(c.size);
    }
    if (p.isSet(o.projection)) {
        const auto k = projectionFromWord(p.value(o.projection));
        if (!k)
            fail(tr("--projection: '%1' is not one of equal-earth, robinson, plate-carree").arg(p.value(o.projection)));
        c.projection = k.value_or(c.projection);
    }
    if (p.isSet(o.region)) {
        c.region = p.value(o.region);
        if (!regionPreset(c.region))
            fail(tr("--region: '%1' is not one of %2").arg(c.region, regionIds().join(QStringLiteral(", "))));
    }
    if (p.isSet(o.format)) {
        c.format = p.value(o.format);
        if (c.format != QLatin1String("csv") && c.format != QLatin1String("json"))
            fail(tr("--format: '%1' is not csv or json").arg(c.format));
    }
    if (p.isSet(o.theme)) {
        c.theme = p.value(o.theme);
        if (!MapTheme::byId(c.theme))
            fail(tr("--theme: '%1' is not one of light, dark, projector").arg(c.theme));
    }
    if (p.isSet(o.counting)) {
        c.counting = countingRuleFromWord(p.value(o.counting));
        if (!c.counting)
            fail(tr("--counting: '%1' is not one of %2").arg(p.value(o.counting), countingRuleWords()));
    }
}

// --export's file and format.
void readExportValues(const QCommandLineParser &p, const Options &o, CommandLine &c)
{
    const auto fail = [&c](const QString &message) { failOnce(c, message); };
    c.exportPath = p.value(o.exportFile);
    if (!c.exportPath.isEmpty()) {
        const auto f = exportFormatForPath(c.exportPath);
        if (!f)
            fail(tr("--export: unknown file extension '.%1'; the formats are %2")
                     .arg(extensionOf(c.exportPath), exportFormatExtensions().join(QStringLiteral(", "))));
        c.exportFormat = f.value_or(ExportFormat::Png);
    }
}

// --frames and --animate: the range, step, speed and hold of a series.
void readSeriesValues(const QCommandLineParser &p, const Options &o, CommandLine &c)
{
    const auto fail = [&c](const QString &message) { failOnce(c, message); };
    for (const auto &[option, target] : {std::pair{&o.from, &c.from}, std::pair{&o.to, &c.to}}) {
        if (!p.isSet(*option))
            continue;
        const auto d = parseIsoDate(p.value(*option));
        if (!d)
            fail(tr("--%1: '%2' is not a valid date (expected YYYY-MM-DD)").arg(option->names().first(), p.value(*option)));
        *target = d;
    }
    if (c.from && c.to && *c.from > *c.to)
        fail(tr("--from %1 is after --to %2").arg(c.from->toString(Qt::ISODate), c.to->toString(Qt::ISODate)));
    if (p.isSet(o.step)) {
        const auto s = frameStepFromWord(p.value(o.step));
        if (!s)
            fail(tr("--step: '%1' is not one of event, day, week, month, year").arg(p.value(o.step)));
        c.step = s.value_or(c.step);
    }
    c.framesDir = p.value(o.frames);
    c.animationPath = p.value(o.animate);
    if (p.isSet(o.animate)) {
        const auto f = animationFormatForPath(c.animationPath);
        if (!f)
            fail(tr("--animate: unknown file extension '.%1'; the formats are %2")
                     .arg(extensionOf(c.animationPath), animationFormatExtensions().join(QStringLiteral(", "))));
        c.animationFormat = f.value_or(AnimationFormat::Gif);
        if (!p.isSet(o.size))
            c.size = QSize(1280, 720);
    }
    if (p.isSet(o.fps)) {
        bool ok = false;
        const int n = p.value(o.fps).toInt(&ok);
        if (!ok || n < 1 || n > 60)
            fail(tr("--fps: '%1' is not a whole number from 1 to 60").arg(p.value(o.fps)));
        c.fps = ok && n >= 1 && n <= 60 ? n : c.fps;
    }
    if (p.isSet(o.hold)) {
        bool ok = false;
        const double s = p.value(o.hold).toDouble(&ok);
        if (!ok || !(s >= 0 && s <= 60))
            fail(tr("--hold: '%1' is not a number of seconds from 0 to 60").arg(p.value(o.hold)));
        c.holdSeconds = ok && s >= 0 && s <= 60 ? s : c.holdSeconds;
    }
}

// The tour (the window's, or an animation of it) and the language of exported text.
void readTourValues(const QCommandLineParser &p, const Options &o, CommandLine &c)
{
    const auto fail = [&c](const QString &message) { failOnce(c, message); };
    c.tourFile = p.value(o.tourFile);
    c.tour = p.isSet(o.tour) || p.isSet(o.tourFile);
    if (c.tour && c.mode != CommandMode::Gui && c.mode != CommandMode::Animate)
        fail(tr("--tour and --tour-file open the window's guided tour or, with --animate, animate it; they do not go "
                "with --export, --frames, --list, --stats or --events"));
    if (c.tour && c.mode == CommandMode::Animate && (p.isSet(o.from) || p.isSet(o.to) || p.isSet(o.step)))
        fail(tr("--animate --tour shows the tour's own chapter dates; --from, --to and --step do not apply"));
    if (p.isSet(o.chapterSeconds)) {
        bool ok = false;
        const double s = p.value(o.chapterSeconds).toDouble(&ok);
        if (!ok || !(s >= 1 && s <= 60))
            fail(tr("--chapter-seconds: '%1' is not a number of seconds from 1 to 60").arg(p.value(o.chapterSeconds)));
        else if (!c.tour || c.mode != CommandMode::Animate)
            fail(tr("--chapter-seconds goes with --animate --tour"));
        c.chapterSeconds = ok && s >= 1 && s <= 60 ? s : c.chapterSeconds;
    }
    if (p.isSet(o.language)) {
        const auto language = StateNames::languageFromId(p.value(o.language));
        if (!language)
            fail(tr("--language: '%1' is not one of %2").arg(p.value(o.language), StateNames::languageIds().join(QStringLiteral(", "))));
        c.language = language.value_or(c.language);
    }
}

// Switches and sources.
void readOtherValues(const QCommandLineParser &p, const Options &o, CommandLine &c)
{
    const auto fail = [&c](const QString &message) { failOnce(c, message); };
    c.verbose = p.isSet(o.verbose);
    c.legend = !p.isSet(o.noLegend);
    c.title = !p.isSet(o.noTitle);
    c.sourceLine = !p.isSet(o.noSource);
    c.labels = p.isSet(o.labels);
    c.mapPath = p.value(o.map);
    c.mapLayer = p.value(o.layer);
    if (p.isSet(o.layer) && c.mapLayer.trimmed().isEmpty())
        fail(tr("--layer: the layer name is empty"));
    c.dataDir = p.value(o.data);
    readTourValues(p, o, c);
}

void readValues(const QCommandLineParser &p, const Options &o, CommandLine &c)
{
    readViewValues(p, o, c);
    readExportValues(p, o, c);
    readSeriesValues(p, o, c);
    readOtherValues(p, o, c);
}

} // namespace

QString dateRangeError(const CommandLine &command, const DatasetSubject &subject, const QDate &today)
{
    const std::pair<const char *, const std::optional<QDate> *> dates[] = {
        {"--date", &command.date}, {"--from", &command.from}, {"--to", &command.to}};
    for (const auto &[flag, date] : dates) {
        if (!*date || (**date >= subject.firstDay && **date <= today))
            continue;
        return tr("%1: %2 is outside %3 .. %4")
            .arg(QLatin1String(flag), (*date)->toString(Qt::ISODate), subject.firstDay.toString(Qt::ISODate),
                 today.toString(Qt::ISODate));
    }
    return {};
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine c;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kosovo Recognition Atlas: which states recognise Kosovo, on any date since 17 February 2008.\n"
           "Without --export, --list, --stats, --events, --frames or --animate it opens the atlas window."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    Options options;
    options.addTo(parser);
    // Without a QCoreApplication (parsing comes first) Qt writes "<executable_name>".
    c.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("kosovo-atlas"));
    if (!parser.parse(arguments)) {
        c.error = parser.errorText();
        return c;
    }
    if (parser.isSet(help)) {
        c.mode = CommandMode::Help;
        return c;
    }
    if (parser.isSet(version)) {
        c.mode = CommandMode::Version;
        c.dataDir = parser.value(options.data);  // --version names the edition of the dataset in use
        return c;
    }
    if (!parser.positionalArguments().isEmpty())
        c.error = tr("unexpected argument '%1'").arg(parser.positionalArguments().first());
    c.mode = modeOf(parser, options, c.error);
    readValues(parser, options, c);
    return c;
}

} // namespace atlas
