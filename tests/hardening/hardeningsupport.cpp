#include "hardeningsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace atlas::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(ATLAS_SOURCE_DIR)).filePath(relative);
}

QString badFixture(const QString &name)
{
    return QDir(QStringLiteral(ATLAS_FIXTURE_DIR "/bad")).filePath(name);
}

QString replacedFile(const QString &fixture)
{
    return fixture.section(QLatin1Char('.'), 1);
}

DatasetCopy::DatasetCopy()
{
    const QDir shipped(sourcePath(QStringLiteral("resources/data")));
    for (const QString &name : shipped.entryList({QStringLiteral("*.csv")}, QDir::Files))
        EXPECT_TRUE(QFile::copy(shipped.filePath(name), file(name))) << name.toStdString();
}

DatasetCopy::DatasetCopy(const QString &fixture) : DatasetCopy()
{
    const QString target = file(replacedFile(fixture));
    QFile::remove(target);
    EXPECT_TRUE(QFile::copy(badFixture(QStringLiteral("dataset/") + fixture), target)) << fixture.toStdString();
}

void DatasetCopy::write(const QString &name, const QByteArray &bytes) const
{
    QFile f(file(name));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

} // namespace atlas::test
