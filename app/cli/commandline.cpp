#include "commandline.h"

#include "csvrow.h"
#include "datasetsubject.h"
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
    QCommandLineOption exportFile{QStringLiteral("export"), tr("Write a PNG map to <file> and exit."), QStringLiteral("file")};
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
    QCommandLineOption map{QStringLiteral("map"), tr("Country outlines: any OGR vector source."), QStringLiteral("path")};
    QCommandLineOption layer{QStringLiteral("layer"),
                             tr("Layer of the --map source to draw (default: its only polygon layer, else the "
                                "admin-0 countries one)."),
                             QStringLiteral("name")};
    QCommandLineOption data{QStringLiteral("data"), tr("Dataset folder (states.csv, events.csv, ...)."), QStringLiteral("dir")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({exportFile, list, stats, events, date, size, projection, region, format, theme, noLegend, noTitle,
                      noSource, map, layer, data});
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
    if (modes.size() > 1)
        error = tr("choose one of --export, --list, --stats, --events");
    return modes.isEmpty() ? CommandMode::Gui : modes.first();
}

void readValues(const QCommandLineParser &p, const Options &o, CommandLine &c)
{
    const auto fail = [&c](const QString &message) {
        if (c.error.isEmpty())
            c.error = message;
    };
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
    c.exportPath = p.value(o.exportFile);
    c.legend = !p.isSet(o.noLegend);
    c.title = !p.isSet(o.noTitle);
    c.sourceLine = !p.isSet(o.noSource);
    c.mapPath = p.value(o.map);
    c.mapLayer = p.value(o.layer);
    if (p.isSet(o.layer) && c.mapLayer.trimmed().isEmpty())
        fail(tr("--layer: the layer name is empty"));
    c.dataDir = p.value(o.data);
}

} // namespace

QString dateRangeError(const CommandLine &command, const DatasetSubject &subject, const QDate &today)
{
    if (!command.date || (*command.date >= subject.firstDay && *command.date <= today))
        return {};
    return tr("--date: %1 is outside %2 .. %3")
        .arg(command.date->toString(Qt::ISODate), subject.firstDay.toString(Qt::ISODate), today.toString(Qt::ISODate));
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine c;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kosovo Recognition Atlas: which states recognise Kosovo, on any date since 17 February 2008.\n"
           "Without --export, --list, --stats or --events it opens the atlas window."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    Options options;
    options.addTo(parser);
    c.helpText = parser.helpText();
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
