// kosovo-atlas: the window by default; --export/--list/--stats/--events run headless and exit.
#include "commandline.h"
#include "headlessrunner.h"
#include "mainwindowlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out << QString::fromLocal8Bit(argv[i]);
    return out;
}

// Qt's offscreen platform wants XDG_RUNTIME_DIR and complains on stderr without it; scripts
// reading our stderr should see only our own messages. Same fallback Qt itself would use.
void ensureRuntimeDir()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("kosovo-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("kosovo-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    const QDate today = QDate::currentDate();
    const atlas::CommandLine command = atlas::parseCommandLine(rawArguments(argc, argv), today);
    if (!command.error.isEmpty()) {
        QTextStream(stderr) << "kosovo-atlas: " << command.error << "\nTry 'kosovo-atlas --help'.\n";
        return 2;
    }
    if (command.mode == atlas::CommandMode::Help) {
        QTextStream(stdout) << command.helpText;
        return 0;
    }
    if (command.mode == atlas::CommandMode::Version) {
        QTextStream(stdout) << "kosovo-atlas " << ATLAS_VERSION << '\n';
        return 0;
    }
    if (atlas::isHeadless(command.mode)) {
        // Headless commands never open a window, so they must not need a display either.
        std::unique_ptr<QCoreApplication> app;
        if (command.mode == atlas::CommandMode::Export) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            ensureRuntimeDir();
            app = std::make_unique<QGuiApplication>(argc, argv);  // fonts for the legend and title
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        return atlas::runHeadless(command, today);
    }
    return atlas::launchMainWindow(argc, argv, command, today);
}
