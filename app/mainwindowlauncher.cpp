#include "mainwindowlauncher.h"

#include "appsettings.h"
#include "atlasdocument.h"
#include "atlaspaths.h"
#include "mainwindow.h"
#include "mapview.h"
#include "uilanguage.h"
#include "windowreloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>

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

int launchMainWindow(int &argc, char **argv, const CommandLine &command, const QDate &today)
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("org.kosovoatlas.KosovoAtlas"));  // packaging/: icon and name
    const QString language = loadUiLanguage();
    setUiLanguage(language.isEmpty() ? systemUiLanguage() : language);
    QApplication::setApplicationDisplayName(QApplication::translate("atlas::MainWindow", "Kosovo Recognition Atlas"));
    ensureReadableFont();
    const QString mapPath = command.mapPath.isEmpty() ? defaultMapPath() : command.mapPath;
    const QString dataDir = command.dataDir.isEmpty() ? defaultDataDir() : command.dataDir;
    Result<std::shared_ptr<AtlasDocument>> loaded = AtlasDocument::load(mapPath, dataDir, command.projection);
    if (!loaded.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("atlas::MainWindow", "Cannot open the atlas"),
                              joinProblems(loaded.errors));
        return 1;
    }
    for (const Problem &p : std::as_const(loaded.warnings))
        qCWarning(lcWindow).noquote() << p.toString();
    qCInfo(lcWindow) << "data loaded after" << sinceLaunch.elapsed() << "ms";
    WindowReloader reloader({mapPath, dataDir, command.projection, today}, loaded.value, startDate(command.date, today));
    MainWindow &window = *reloader.window();
    QObject::connect(window.mapView(), &MapView::firstPainted, &window,
                     [&sinceLaunch] { qCInfo(lcWindow) << "map painted after" << sinceLaunch.elapsed() << "ms"; });
    window.show();
    return app.exec();
}

} // namespace atlas
