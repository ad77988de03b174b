// Shared by the hardening tests: fixture paths and copies of the shipped dataset with damage.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace atlas::test {

QString sourcePath(const QString &relative);  // <source dir>/<relative>
QString badFixture(const QString &name);      // tests/fixtures/bad/<name>

// A copy of the shipped dataset. Fixtures in tests/fixtures/bad/dataset/ are named CASE.FILE.csv
// and replace FILE.csv of the copy.
class DatasetCopy {
public:
    DatasetCopy();
    explicit DatasetCopy(const QString &fixture);  // e.g. "empty.events.csv"

    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
};

// FILE.csv for the fixture CASE.FILE.csv.
QString replacedFile(const QString &fixture);

} // namespace atlas::test
