#include "frameexporter.h"

#include "atlasdocument.h"
#include "mapexporter.h"
#include "outputnames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace atlas {
namespace {

// Free functions have no class to give tr() its context; lupdate reads the context from this.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atlas::FrameExporter)
};

} // namespace

QList<QDate> frameDates(const FrameRequest &request, const QList<QDate> &changeDates)
{
    QList<QDate> out;
    if (request.step == FrameStep::EventDates) {
        for (const QDate &d : changeDates)
            if (d >= request.from && d <= request.to)
                out << d;
        return out;
    }
    for (QDate d = request.from; d <= request.to; d = QDate(d.year(), d.month(), 1).addMonths(1))
        out << d;
    return out;
}

FrameExporter::FrameExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map,
                             const ExportRequest &frame)
    : m_document(std::move(document)), m_map(std::move(map)), m_frame(frame)
{
}

FrameRun FrameExporter::run(const FrameRequest &request, const QList<QDate> &dates,
                            const std::function<bool(int, int)> &progress) const
{
    FrameRun result;
    if (!QDir().mkpath(request.folder) || !QFileInfo(request.folder).isWritable()) {
        result.error = Tr::tr("%1: cannot write to this folder").arg(QDir::toNativeSeparators(request.folder));
        return result;
    }
    const QDir folder(request.folder);
    MapExporter exporter(m_document, m_map);  // one renderer for the series: its layers serve every frame
    ExportRequest frame = m_frame;
    for (const QDate &date : dates) {
        if (!progress(result.written, int(dates.size()))) {
            result.cancelled = true;
            return result;
        }
        frame.date = date;
        const WriteResult w = exporter.writePng(frame, folder.filePath(datedFileName(m_document->subject(), date, QStringLiteral("png"))));
        if (!w.ok) {
            result.error = w.error;
            return result;
        }
        ++result.written;
    }
    progress(result.written, int(dates.size()));
    return result;
}

} // namespace atlas
