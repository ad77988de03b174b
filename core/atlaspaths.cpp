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
    candidates << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("kosovo-atlas"),
                                            QStandardPaths::LocateDirectory);
    candidates << QStringLiteral(ATLAS_SOURCE_DIR);
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

} // namespace atlas
