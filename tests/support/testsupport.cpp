#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace atlas::test {

QString sourceDir() { return QStringLiteral(ATLAS_SOURCE_DIR); }
QString sourcePath(const QString &relative) { return QDir(sourceDir()).filePath(relative); }
QString shippedMapPath() { return sourcePath(QStringLiteral("maps/ne_50m_admin0.shp")); }
QString shippedDataDir() { return sourcePath(QStringLiteral("resources/data")); }
QString fixture(const QString &name) { return sourcePath(QStringLiteral("tests/fixtures/") + name); }
QString badFixture(const QString &name) { return sourcePath(QStringLiteral("tests/fixtures/bad/") + name); }

std::shared_ptr<const AtlasDocument> shippedDocument()
{
    static const std::shared_ptr<const AtlasDocument> doc = [] {
        auto loaded = AtlasDocument::load({shippedMapPath(), shippedDataDir()});
        if (!loaded.ok())
            ADD_FAILURE() << joinProblems(loaded.errors).toStdString();
        return loaded.value;
    }();
    return doc;
}

const AtlasDocument &shippedAtlas()
{
    return *shippedDocument();
}

std::shared_ptr<const ProjectedMap> shippedMap()
{
    static const std::shared_ptr<const ProjectedMap> map = shippedAtlas().projectedMap(ProjectionKind::EqualEarth);
    return map;
}

int stateIndex(const QString &code)
{
    const int i = shippedAtlas().dataset().indexOf(code);
    EXPECT_GE(i, 0) << code.toStdString();
    return i;
}

int stateIndex(const char *code)
{
    return stateIndex(QString::fromLatin1(code));
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDate today()
{
    return QDate::currentDate();
}

AtlasRun runAtlas(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));  // headless commands must not need one
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATLAS_EXE), arguments);
    EXPECT_TRUE(p.waitForFinished(timeoutMs)) << "hang: " << arguments.join(QLatin1Char(' ')).toStdString();
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qSleep(1);  // the same small step QTRY_VERIFY takes between checks
    }
    return done();
}

QString replacedFile(const QString &fixture)
{
    return fixture.section(QLatin1Char('.'), 1);
}

DatasetCopy::DatasetCopy()
{
    const QDir shipped(shippedDataDir());
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

QList<QByteArray> DatasetCopy::lines(const QString &name) const
{
    QFile f(file(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    QByteArray all = f.readAll();
    if (all.endsWith('\n'))
        all.chop(1);
    return all.split('\n');
}

void DatasetCopy::replaceLine(const QString &name, int line, const QByteArray &text) const
{
    QList<QByteArray> all = lines(name);
    all[line - 1] = text;
    write(name, all.join('\n') + '\n');
}

void DatasetCopy::appendLine(const QString &name, const QByteArray &text) const
{
    write(name, lines(name).join('\n') + '\n' + text + '\n');
}

void useTemporaryRuntimeDir()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    static QTemporaryDir runtime;  // Qt's offscreen platform warns without one
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
}

} // namespace atlas::test
