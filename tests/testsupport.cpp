#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace atlas::test {

QString sourceDir() { return QStringLiteral(ATLAS_SOURCE_DIR); }
QString shippedMap() { return QDir(sourceDir()).filePath(QStringLiteral("maps/ne_50m_admin0.shp")); }
QString shippedData() { return QDir(sourceDir()).filePath(QStringLiteral("resources/data")); }
QString fixture(const QString &name) { return QDir(QStringLiteral(ATLAS_TEST_DATA)).filePath(name); }

AtlasDocument &shippedAtlas()
{
    static std::shared_ptr<AtlasDocument> doc = [] {
        auto loaded = AtlasDocument::load(shippedMap(), shippedData());
        if (!loaded.ok())
            ADD_FAILURE() << joinProblems(loaded.errors).toStdString();
        return loaded.value;
    }();
    return *doc;
}

int stateIndex(const QString &code)
{
    const int i = shippedAtlas().dataset().indexOf(code);
    EXPECT_GE(i, 0) << code.toStdString();
    return i;
}

void useTemporaryRuntimeDir()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    static QTemporaryDir runtime;  // Qt's offscreen platform warns without one
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace atlas::test

// Painting text needs a QGuiApplication; the offscreen platform needs no display.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    atlas::test::useTemporaryRuntimeDir();
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
