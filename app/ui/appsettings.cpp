#include "appsettings.h"


#include <QSettings>

#include <algorithm>

namespace atlas {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString groupKey(const QString &group, const char *name)
{
    return group + QLatin1Char('/') + QLatin1String(name);
}

SeriesRange loadRange(const QSettings &s, const QString &group)
{
    SeriesRange r;
    r.step = frameStepFromWord(s.value(groupKey(group, "step")).toString()).value_or(r.step);
    r.from = QDate::fromString(s.value(groupKey(group, "from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(s.value(groupKey(group, "to")).toString(), Qt::ISODate);
    const QSize size = s.value(groupKey(group, "size"), r.size).toSize();
    if (size.width() >= 64 && size.height() >= 64)
        r.size = size;
    return r;
}

void saveRange(QSettings &s, const QString &group, const SeriesRange &r, const QDate &today)
{
    s.setValue(groupKey(group, "step"), frameStepWord(r.step));
    s.setValue(groupKey(group, "from"), r.from.toString(Qt::ISODate));
    s.setValue(groupKey(group, "to"), r.to == today ? QString() : r.to.toString(Qt::ISODate));
    s.setValue(groupKey(group, "size"), r.size);
}

} // namespace

WindowSettings loadWindowSettings()
{
    const QSettings s;
    WindowSettings w;
    w.geometry = s.value(key("window/geometry")).toByteArray();
    w.state = s.value(key("window/state")).toByteArray();
    w.mainSplitter = s.value(key("window/mainSplitter")).toByteArray();
    w.mapSplitter = s.value(key("window/mapSplitter")).toByteArray();
    w.lastDate = QDate::fromString(s.value(key("view/lastDate")).toString(), Qt::ISODate);
    w.theme = s.value(key("view/theme"), w.theme).toString();  // checked by MainWindow::setTheme
    w.speedIndex = s.value(key("playback/speed"), -1).toInt();
    w.loop = s.value(key("playback/loop"), false).toBool();
    // Stored as the --counting word, so a rule renamed or removed falls back to net.
    w.counting = countingRuleFromWord(s.value(key("view/counting")).toString()).value_or(CountingRule::Net);
    w.labels = s.value(key("view/labels"), false).toBool();
    return w;
}

void saveWindowSettings(const WindowSettings &w)
{
    QSettings s;
    s.setValue(key("window/geometry"), w.geometry);
    s.setValue(key("window/state"), w.state);
    s.setValue(key("window/mainSplitter"), w.mainSplitter);
    s.setValue(key("window/mapSplitter"), w.mapSplitter);
    s.setValue(key("view/lastDate"), w.lastDate.toString(Qt::ISODate));
    s.setValue(key("view/theme"), w.theme);
    s.setValue(key("playback/speed"), w.speedIndex);
    s.setValue(key("playback/loop"), w.loop);
    s.setValue(key("view/counting"), countingRuleWord(w.counting));
    s.setValue(key("view/labels"), w.labels);
}

QString loadUiLanguage()
{
    return QSettings().value(key("view/language")).toString();
}

void saveUiLanguage(const QString &id)
{
    QSettings().setValue(key("view/language"), id);
}

ExportSettings loadExportSettings()
{
    const QSettings s;
    ExportSettings e;
    e.size = s.value(key("export/size"), e.size).toSize();
    if (!e.size.isValid() || e.size.width() < 64 || e.size.height() < 64)
        e.size = ExportSettings().size;
    e.legend = s.value(key("export/legend"), e.legend).toBool();
    e.title = s.value(key("export/title"), e.title).toBool();
    e.sourceLine = s.value(key("export/sourceLine"), e.sourceLine).toBool();
    e.folder = s.value(key("export/folder")).toString();
    return e;
}

void saveExportSettings(const ExportSettings &e)
{
    QSettings s;
    s.setValue(key("export/size"), e.size);
    s.setValue(key("export/legend"), e.legend);
    s.setValue(key("export/title"), e.title);
    s.setValue(key("export/sourceLine"), e.sourceLine);
    s.setValue(key("export/folder"), e.folder);
}

SeriesSettings loadSeriesSettings()
{
    const QSettings s;
    SeriesSettings series;
    series.frames = loadRange(s, key("frames"));
    series.framesFolder = s.value(key("frames/folder")).toString();
    series.animation = loadRange(s, key("animation"));
    series.format = animationFormatForPath(QStringLiteral("x.") + s.value(key("animation/format")).toString())
                        .value_or(series.format);
    series.speed.fps = std::clamp(s.value(key("animation/fps"), series.speed.fps).toInt(), 1, 60);
    series.speed.holdSeconds = std::clamp(s.value(key("animation/hold"), series.speed.holdSeconds).toDouble(), 0.0, 60.0);
    series.animationPath = s.value(key("animation/path")).toString();
    return series;
}

void saveSeriesSettings(const SeriesSettings &series, const QDate &today)
{
    QSettings s;
    saveRange(s, key("frames"), series.frames, today);
    s.setValue(key("frames/folder"), series.framesFolder);
    saveRange(s, key("animation"), series.animation, today);
    s.setValue(key("animation/format"), animationFormatExtensions().value(int(series.format)));
    s.setValue(key("animation/fps"), series.speed.fps);
    s.setValue(key("animation/hold"), series.speed.holdSeconds);
    s.setValue(key("animation/path"), series.animationPath);
}

QDate startDate(const std::optional<QDate> &requested, const QDate &firstDay, const QDate &today)
{
    QDate d = requested.value_or(loadWindowSettings().lastDate);
    if (!d.isValid())
        d = today;
    return std::clamp(d, firstDay, today);
}

} // namespace atlas
