// What the window remembers between runs, read and written through QSettings under the
// organisation and application names set in main(). Keys are private to appsettings.cpp.
#pragma once

#include "animationexporter.h"
#include "countingrule.h"
#include "exportsettings.h"
#include "seriesrange.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace atlas {

struct WindowSettings {
    QByteArray geometry;      // QWidget::saveGeometry
    QByteArray state;         // QMainWindow::saveState
    QByteArray mainSplitter;  // map column | side panel
    QByteArray mapSplitter;   // map | charts
    QDate lastDate;           // null on first run
    QString theme = QStringLiteral("light");  // a MapTheme id: light, dark or projector
    int speedIndex = -1;      // -1: the timeline bar's default
    bool loop = false;
    CountingRule counting = CountingRule::Net;  // View > Counting Rule
    bool labels = false;      // View > Country Names
};

WindowSettings loadWindowSettings();
void saveWindowSettings(const WindowSettings &settings);

// The UI language the user chose in View > Language (uilanguage.h ids); empty until they do,
// which means following the system.
QString loadUiLanguage();
void saveUiLanguage(const QString &id);

ExportSettings loadExportSettings();
void saveExportSettings(const ExportSettings &settings);

// What File > Export Frames and File > Export Animation offer next time: the last choices. A
// range that ended on the day it was chosen is kept as ending "today" (a null `to`), so it
// grows with the timeline instead of freezing on that day.
struct SeriesSettings {
    SeriesRange frames;
    QString framesFolder;  // empty: a new folder in the export folder
    SeriesRange animation;
    AnimationFormat format = AnimationFormat::Gif;
    AnimationSettings speed;
    QString animationPath;  // empty: a file in the export folder
};

SeriesSettings loadSeriesSettings();
void saveSeriesSettings(const SeriesSettings &settings, const QDate &today);

// The date the window opens at: the command line's, else the last one used, else today;
// always clamped to [firstDay (the dataset's first day), today].
QDate startDate(const std::optional<QDate> &requested, const QDate &firstDay, const QDate &today);

} // namespace atlas
