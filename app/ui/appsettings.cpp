#include "appsettings.h"


#include <QSettings>

#include <algorithm>

namespace atlas {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
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
    w.dark = s.value(key("view/theme")).toString() == QLatin1String("dark");
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
    s.setValue(key("view/theme"), w.dark ? key("dark") : key("light"));
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

QDate startDate(const std::optional<QDate> &requested, const QDate &firstDay, const QDate &today)
{
    QDate d = requested.value_or(loadWindowSettings().lastDate);
    if (!d.isValid())
        d = today;
    return std::clamp(d, firstDay, today);
}

} // namespace atlas
