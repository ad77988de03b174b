#include "mainwindowlauncher.h"

#include "appsettings.h"
#include "atlasdocument.h"
#include "dialogproblemsink.h"
#include "mainwindow.h"
#include "mapview.h"
#include "uilanguage.h"
#include "windowreloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace atlas {
namespace {

Q_LOGGING_CATEGORY(lcWindow, "atlas.window", QtWarningMsg)

// Classrooms read this from the back row: never below 10 pt, whatever the desktop's default.
void ensureReadableFont()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10.0) {
        font.setPointSizeF(10.0);
        QApplication::setFont(font);
    }
}

} // namespace

int launchMainWindow(int &argc, char **argv, const CommandLine &command, const AtlasSources &sources, const QDate &today)
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("org.kosovoatlas.KosovoAtlas"));  // packaging/: icon and name
    const QString language = loadUiLanguage();
    setUiLanguage(language.isEmpty() ? systemUiLanguage() : language);
    QApplication::setApplicationDisplayName(QApplication::translate("atlas::MainWindow", "Kosovo Recognition Atlas"));
    ensureReadableFont();
    const Result<std::shared_ptr<const AtlasDocument>> loaded = AtlasDocument::load(sources);
    DialogProblemSink sink(nullptr, QApplication::translate("atlas::MainWindow", "Cannot open the atlas"));
    if (!sink.report(loaded.errors, loaded.warnings))
        return 1;
    qCInfo(lcWindow) << "data loaded after" << sinceLaunch.elapsed() << "ms";
    const QDate date = startDate(command.date, loaded.value->subject().firstDay, today);
    WindowReloader reloader({sources, command.projection, today}, loaded.value, date);
    MainWindow &window = *reloader.window();
    if (command.counting)  // as the remembered rule is: kept by saveSettings() and reloads
        window.setCountingRule(*command.counting);
    QObject::connect(window.mapView(), &MapView::firstPainted, &window,
                     [&sinceLaunch] { qCInfo(lcWindow) << "map painted after" << sinceLaunch.elapsed() << "ms"; });
    window.show();
    if (command.tour)
        window.startTour(command.tourFile);  // a bad tour file gives a dialog; the window stays
    return app.exec();
}

} // namespace atlas
