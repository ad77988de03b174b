#include "mainwindowlauncher.h"

#include "atlasdocument.h"
#include "atlaspaths.h"
#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace atlas {

int launchMainWindow(int &argc, char **argv, const CommandLine &command, const QDate &today)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("atlas::MainWindow", "Kosovo Recognition Atlas"));
    const QString mapPath = command.mapPath.isEmpty() ? defaultMapPath() : command.mapPath;
    const QString dataDir = command.dataDir.isEmpty() ? defaultDataDir() : command.dataDir;
    Result<std::shared_ptr<AtlasDocument>> loaded = AtlasDocument::load(mapPath, dataDir, command.projection);
    if (!loaded.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("atlas::MainWindow", "Cannot open the atlas"),
                              joinProblems(loaded.errors));
        return 1;
    }
    MainWindow window(loaded.value, command.date.value_or(today), today);
    window.show();
    return app.exec();
}

} // namespace atlas
