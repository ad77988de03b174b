// kosovo-atlas: the window by default; --export/--list/--stats/--events run headless and exit.
#include "atlaspaths.h"
#include "commandline.h"
#include "datasetsubject.h"
#include "headlessrunner.h"
#include "mainwindowlauncher.h"
#include "stderrproblemsink.h"

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

// The program's version, then the dataset's edition when its subject.csv can be read.
int printVersion(const atlas::AtlasSources &sources)
{
    QTextStream out(stdout);
    out << "kosovo-atlas " << ATLAS_VERSION << '\n';
    const atlas::Result<atlas::DatasetSubject> subject = atlas::readDatasetSubject(sources.dataDir);
    if (subject.ok())
        out << "dataset " << subject.value.editionText() << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("kosovo-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("kosovo-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    const QDate today = QDate::currentDate();
    atlas::CommandLine command = atlas::parseCommandLine(rawArguments(argc, argv));
    const atlas::AtlasSources sources = atlas::resolveSources(command.mapPath, command.dataDir, command.mapLayer);
    if (command.error.isEmpty() && command.mode != atlas::CommandMode::Help && command.mode != atlas::CommandMode::Version) {
        // A broken subject.csv is reported by the dataset load that follows (exit 1).
        const atlas::Result<atlas::DatasetSubject> subject = atlas::readDatasetSubject(sources.dataDir);
        if (subject.ok())
            command.error = atlas::dateRangeError(command, subject.value, today);
    }
    if (!command.error.isEmpty()) {
        QTextStream(stderr) << "kosovo-atlas: " << command.error << "\nTry 'kosovo-atlas --help'.\n";
        return 2;
    }
    if (command.mode == atlas::CommandMode::Help) {
        QTextStream(stdout) << command.helpText;
        return 0;
    }
    if (command.mode == atlas::CommandMode::Version)
        return printVersion(sources);
    if (atlas::isHeadless(command.mode)) {
        // Headless commands never open a window, so they must not need a display either.
        std::unique_ptr<QCoreApplication> app;
        if (command.mode == atlas::CommandMode::Export || command.mode == atlas::CommandMode::Frames
            || command.mode == atlas::CommandMode::Animate) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            ensureRuntimeDir();
            app = std::make_unique<QGuiApplication>(argc, argv);  // fonts for the legend and title
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        atlas::StderrProblemSink sink;
        return atlas::runHeadless(command, sources, today, sink);
    }
    return atlas::launchMainWindow(argc, argv, command, sources, today);
}
