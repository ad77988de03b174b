#include "shapefilecheck.h"

#include <cpl_vsi.h>

#include <memory>

namespace atlas {
namespace {

struct VsiFileCloser {
    void operator()(VSILFILE *file) const { VSIFCloseL(file); }
};
using VsiFilePtr = std::unique_ptr<VSILFILE, VsiFileCloser>;

constexpr int kShpHeaderBytes = 100;
constexpr int kShpMagic = 9994;
constexpr int kShxRecordBytes = 8;
constexpr int kDbfMinHeaderBytes = 32;

// Size in bytes, or -1 when there is no such file. Through VSI, so /vsimem/ paths work too.
qint64 sizeOf(const QString &path)
{
    VSIStatBufL stat;
    if (VSIStatExL(path.toUtf8().constData(), &stat, VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG | VSI_STAT_SIZE_FLAG) != 0
        || VSI_ISDIR(stat.st_mode))
        return -1;
    return qint64(stat.st_size);
}

QByteArray readHead(const QString &path, int bytes)
{
    const VsiFilePtr file(VSIFOpenL(path.toUtf8().constData(), "rb"));
    if (!file)
        return {};
    QByteArray out(bytes, '\0');
    out.resize(qsizetype(VSIFReadL(out.data(), 1, size_t(bytes), file.get())));
    return out;
}

// Byte by byte rather than qFromBigEndian on constData(): callers check the size first, and GCC's
// -Warray-bounds cannot see that through QByteArray's shared empty buffer.
quint32 bigEndianAt(const QByteArray &bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = value << 8 | uchar(bytes.at(offset + i));
    return value;
}

quint32 littleEndianAt(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = value << 8 | uchar(bytes.at(offset + i));
    return value;
}

class Checker {
public:
    explicit Checker(const QString &shp) : m_shp(shp), m_base(shp.left(shp.size() - 4)) {}

    ShapefileCheck run()
    {
        const qint64 shpSize = sizeOf(m_shp);
        if (shpSize < 0)
            return m_out;  // the reader says that the map does not exist
        if (!checkLength(m_shp, shpSize))
            return m_out;  // one clear error; the companions of a broken file do not matter
        const qint64 shapes = checkIndex(companion("shx"));
        const QString dbf = companion("dbf");
        const qint64 rows = checkTable(dbf);
        if (shapes >= 0 && rows >= 0 && shapes != rows)
            error(QStringLiteral("%1 has %2 rows but the index lists %3 shapes: one of them is damaged")
                      .arg(nameOf(dbf)).arg(rows).arg(shapes));
        checkProjection(companion("prj"));
        return m_out;
    }

private:
    // Every problem names the .shp the user gave, and the companion file in the message.
    void error(const QString &message) { m_out.errors.append({m_shp, 0, {}, message}); }
    static QString nameOf(const QString &path) { return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1); }

    // GDAL accepts either case for the companion files.
    QString companion(const char *suffix) const
    {
        const QString lower = m_base + QLatin1Char('.') + QString::fromLatin1(suffix);
        const QString upper = m_base + QLatin1Char('.') + QString::fromLatin1(suffix).toUpper();
        return sizeOf(lower) < 0 && sizeOf(upper) >= 0 ? upper : lower;
    }

    // A .shp or .shx must start with the shapefile magic number, and the length in its header
    // (in 16-bit words) must equal the file size.
    bool checkLength(const QString &file, qint64 size)
    {
        const QString which = file == m_shp ? QString() : nameOf(file) + QStringLiteral(": ");
        if (size < kShpHeaderBytes) {
            error(QStringLiteral("%1only %2 bytes long, shorter than a shapefile header: truncated?").arg(which).arg(size));
            return false;
        }
        const QByteArray header = readHead(file, kShpHeaderBytes);
        if (header.size() < kShpHeaderBytes || bigEndianAt(header, 0) != quint32(kShpMagic)) {
            error(QStringLiteral("%1not a readable vector map (no shapefile header)").arg(which));
            return false;
        }
        const qint64 declared = qint64(bigEndianAt(header, 24)) * 2;
        if (declared != size) {
            error(QStringLiteral("%1the header gives a length of %2 bytes but the file has %3: truncated or damaged")
                      .arg(which).arg(declared).arg(size));
            return false;
        }
        return true;
    }

    // Number of shapes in the index, or -1 when it cannot be told.
    qint64 checkIndex(const QString &shx)
    {
        const qint64 size = sizeOf(shx);
        if (size <= 0) {
            error(QStringLiteral("the index %1 is %2; rebuild it with: ogrinfo --config SHAPE_RESTORE_SHX YES %3")
                      .arg(nameOf(shx), size < 0 ? QStringLiteral("missing") : QStringLiteral("empty"), m_shp));
            return -1;
        }
        if (!checkLength(shx, size))
            return -1;
        if ((size - kShpHeaderBytes) % kShxRecordBytes != 0) {
            error(QStringLiteral("%1: %2 bytes is not a whole number of index records: damaged").arg(nameOf(shx)).arg(size));
            return -1;
        }
        return (size - kShpHeaderBytes) / kShxRecordBytes;
    }

    // Number of rows the table's header promises, or -1 when it cannot be told.
    qint64 checkTable(const QString &dbf)
    {
        const qint64 size = sizeOf(dbf);
        if (size <= 0) {
            error(QStringLiteral("the attribute table %1 is %2, so the map has no country codes")
                      .arg(nameOf(dbf), size < 0 ? QStringLiteral("missing") : QStringLiteral("empty")));
            return -1;
        }
        const QByteArray header = readHead(dbf, kDbfMinHeaderBytes);
        if (header.size() < kDbfMinHeaderBytes) {
            error(QStringLiteral("%1: only %2 bytes long, shorter than a table header: truncated?").arg(nameOf(dbf)).arg(size));
            return -1;
        }
        const qint64 rows = littleEndianAt(header, 4, 4);
        const qint64 headerBytes = littleEndianAt(header, 8, 2);
        const qint64 rowBytes = littleEndianAt(header, 10, 2);
        const qint64 expected = headerBytes + rows * rowBytes;
        if (size < expected) {
            error(QStringLiteral("%1: the header promises %2 rows (%3 bytes) but the file has %4: truncated or damaged")
                      .arg(nameOf(dbf)).arg(rows).arg(expected).arg(size));
            return -1;
        }
        return rows;
    }

    void checkProjection(const QString &prj)
    {
        m_out.hasPrj = sizeOf(prj) > 0;
        if (!m_out.hasPrj)
            m_out.warnings.append({m_shp, 0, {}, QStringLiteral("no coordinate system (%1 is missing or empty): "
                                                                "coordinates are taken as WGS84 lon/lat degrees")
                                                     .arg(nameOf(prj))});
    }

    QString m_shp;
    QString m_base;
    ShapefileCheck m_out;
};

} // namespace

ShapefileCheck checkShapefile(const QString &shpPath)
{
    return Checker(shpPath).run();
}

} // namespace atlas
