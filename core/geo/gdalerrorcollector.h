// Scoped capture of GDAL/CPL messages so loaders can report them in their own words. Internal to core.
#pragma once

#include <QStringList>

namespace atlas {

// While alive, GDAL messages on this thread are collected instead of printed to stderr.
class GdalErrorCollector final {
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }
    QString lastError() const { return m_errors.isEmpty() ? QString() : m_errors.last(); }

    void add(bool isError, const QString &message) { (isError ? m_errors : m_warnings) << message; }

private:
    QStringList m_errors;
    QStringList m_warnings;
};

// The drivers of the formats Natural Earth ships in and the shipped maps use (Shapefile, GeoJSON,
// TopoJSON, FlatGeobuf), once per process, thread-safe. Registering all of GDAL's drivers touches
// about 7 MiB of its code that an export or an animation never runs.
void ensureGdalRegistered();
// Every driver (GDALAllRegister), for a --map source in any other format.
void ensureAllGdalDriversRegistered();

} // namespace atlas
