#include "frameexporter.h"

#include "mapexporter.h"

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

QString frameFileName(const QDate &date)
{
    return QStringLiteral("kosovo-recognition-%1.png").arg(date.toString(Qt::ISODate));
}

FrameExporter::FrameExporter(MapRenderer &renderer, const MapViewport &view, const RenderOptions &options,
                             const ExportSettings &settings)
    : m_renderer(renderer), m_viewport(exportViewport(view, settings.size)), m_options(exportOptions(options, settings))
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
    RenderOptions options = m_options;
    for (const QDate &date : dates) {
        if (!progress(result.written, int(dates.size()))) {
            result.cancelled = true;
            return result;
        }
        options.date = date;
        const WriteResult w = exportMapPng(m_renderer, m_viewport, options, folder.filePath(frameFileName(date)));
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
