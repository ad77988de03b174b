#include "atlaspaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace atlas {
namespace {

bool looksLikeShare(const QString &dir)
{
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("maps/ne_50m_admin0.shp")));
}

} // namespace

QString defaultShareDir()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("KOSOVO_ATLAS_DATA");
    if (!env.isEmpty())
        candidates << env;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/kosovo-atlas"));
    // The source tree before the XDG dirs: a build-tree binary uses its own checkout's data even
    // when a package is installed too.
    candidates << QStringLiteral(ATLAS_SOURCE_DIR);
    candidates << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("kosovo-atlas"),
                                            QStandardPaths::LocateDirectory);
    for (const QString &dir : std::as_const(candidates))
        if (looksLikeShare(dir))
            return QDir(dir).canonicalPath();
    return QStringLiteral(ATLAS_SOURCE_DIR);
}

QString defaultMapPath()
{
    return QDir(defaultShareDir()).filePath(QStringLiteral("maps/ne_50m_admin0.shp"));
}

QString defaultDataDir()
{
    const QDir share(defaultShareDir());
    const QString installed = share.filePath(QStringLiteral("data"));
    return QFileInfo::exists(QDir(installed).filePath(QStringLiteral("states.csv"))) ? installed
                                                                                    : share.filePath(QStringLiteral("resources/data"));
}

QString installedTranslationsDir()
{
    const QString dir = QDir(defaultShareDir()).filePath(QStringLiteral("translations"));
    return QFileInfo(dir).isDir() ? dir : QString();
}

AtlasSources resolveSources(const QString &mapPath, const QString &dataDir, const QString &mapLayer)
{
    return {mapPath.isEmpty() ? defaultMapPath() : mapPath, dataDir.isEmpty() ? defaultDataDir() : dataDir, mapLayer};
}

} // namespace atlas
