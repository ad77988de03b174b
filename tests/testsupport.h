// Shared fixtures for the test executables: the shipped atlas loaded once per process.
#pragma once

#include "atlasdocument.h"

#include <QDate>
#include <QString>

#include <memory>

namespace atlas::test {

QString sourceDir();
QString shippedMap();
QString shippedData();
QString fixture(const QString &name);  // tests/data/<name>

// The shipped map and dataset, loaded once; tests must not change it.
AtlasDocument &shippedAtlas();
int stateIndex(const QString &code);

QDate day(const char *iso);  // QDate from "YYYY-MM-DD"
void useTemporaryRuntimeDir();  // sets XDG_RUNTIME_DIR when the environment has none

} // namespace atlas::test
