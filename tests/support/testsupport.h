// The one fixture library of every test executable: where the shipped files are, the shipped
// atlas loaded once per process (read-only, as the window and CLI share it), the real
// kosovo-atlas executable run as a user's script would, and waiting on conditions.
#pragma once

#include "atlasdocument.h"
#include "projectedmap.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <ostream>

// GoogleTest prints QStrings in failure messages as text, not as arrays of UTF-16 units.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace atlas::test {

QString sourceDir();
QString sourcePath(const QString &relative);  // <source dir>/<relative>
QString shippedMapPath();
QString shippedDataDir();
QString fixture(const QString &name);     // tests/fixtures/<name>
QString badFixture(const QString &name);  // tests/fixtures/bad/<name>

// The shipped map and dataset, loaded once; shared and const, as the window and CLI hold it.
std::shared_ptr<const AtlasDocument> shippedDocument();
const AtlasDocument &shippedAtlas();
// Its Equal Earth projection, made once.
std::shared_ptr<const ProjectedMap> shippedMap();
int stateIndex(const QString &code);
int stateIndex(const char *code);

QDate day(const char *iso);  // QDate from "YYYY-MM-DD"
QDate today();

// kosovo-atlas (the built executable) with `arguments`, without a display, as a script runs it.
struct AtlasRun {
    int exitCode = -1;
    bool crashed = true;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};
AtlasRun runAtlas(const QStringList &arguments, int timeoutMs = 90000);

// Delivers events until `done` holds or `timeoutMs` passes; returns done(). A condition, never a
// fixed wait (QTRY_VERIFY's loop, usable inside GoogleTest assertions).
bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000);

// A copy of the shipped dataset that a test may damage. Fixtures in tests/fixtures/bad/dataset/
// are named CASE.FILE.csv and replace FILE.csv of the copy.
class DatasetCopy {
public:
    DatasetCopy();
    explicit DatasetCopy(const QString &fixture);  // e.g. "empty.events.csv"

    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const;
    QList<QByteArray> lines(const QString &name) const;  // without line ends
    void replaceLine(const QString &name, int line, const QByteArray &text) const;  // line: 1-based
    void appendLine(const QString &name, const QByteArray &text) const;

private:
    QTemporaryDir m_dir;
};

// FILE.csv for the fixture CASE.FILE.csv.
QString replacedFile(const QString &fixture);

void useTemporaryRuntimeDir();  // sets XDG_RUNTIME_DIR when the environment has none

} // namespace atlas::test
