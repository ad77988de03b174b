#include "frameexporter.h"

#include "atlasdocument.h"
#include "countingevaluator.h"
#include "countingrule.h"
#include "mapexporter.h"
#include "recognitiontimeline.h"
#include "tableformatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

namespace atlas {
namespace {

// Free functions have no class to give tr() its context; lupdate reads the context from this.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atlas::FrameExporter)
};

QDate stepped(const QDate &from, FrameStep step, int k)
{
    switch (step) {
    case FrameStep::Days: return from.addDays(k);
    case FrameStep::Weeks: return from.addDays(7 * qint64(k));
    case FrameStep::Months: return from.addMonths(k);  // clamps to the month's end
    case FrameStep::Years: return from.addYears(k);    // 29 February -> 28 February
    case FrameStep::EventDates: break;
    }
    return {};
}

} // namespace

std::optional<FrameStep> frameStepFromWord(const QString &word)
{
    for (FrameStep s : {FrameStep::EventDates, FrameStep::Days, FrameStep::Weeks, FrameStep::Months, FrameStep::Years})
        if (frameStepWord(s) == word)
            return s;
    return std::nullopt;
}

QString frameStepWord(FrameStep step)
{
    switch (step) {
    case FrameStep::EventDates: return QStringLiteral("event");
    case FrameStep::Days: return QStringLiteral("day");
    case FrameStep::Weeks: return QStringLiteral("week");
    case FrameStep::Months: return QStringLiteral("month");
    case FrameStep::Years: return QStringLiteral("year");
    }
    return {};
}

QList<QDate> frameDates(const FrameRequest &request, const QList<QDate> &events)
{
    QList<QDate> out;
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return out;
    out << request.from;
    if (request.step == FrameStep::EventDates) {
        QList<QDate> sorted = events;
        std::sort(sorted.begin(), sorted.end());
        for (const QDate &d : sorted)
            if (d > out.last() && d < request.to)
                out << d;
    } else {
        for (int k = 1;; ++k) {
            const QDate d = stepped(request.from, request.step, k);
            if (!d.isValid() || d >= request.to)
                break;
            out << d;
        }
    }
    if (request.to > out.last())
        out << request.to;
    return out;
}

QList<QDate> eventDates(const RecognitionDataset &data)
{
    QList<QDate> out;
    for (const RecognitionEvent &e : data.events)
        out << e.date;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString frameFileName(int frame, int total)
{
    const int digits = std::max(4, int(QString::number(total).size()));
    return QStringLiteral("%1.png").arg(frame, digits, 10, QLatin1Char('0'));
}

QStringList frameTableHeader()
{
    return {QStringLiteral("frame"), QStringLiteral("file"), QStringLiteral("date"), QStringLiteral("recognizing"),
            QStringLiteral("withdrawal_claimed"), QStringLiteral("does_not_recognize"), QStringLiteral("counting")};
}

QString frameFolderProblem(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return Tr::tr("%1: exists and is not a folder").arg(QDir::toNativeSeparators(folder));
    if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Tr::tr("%1: the folder is not empty (frames go into a new or empty folder)").arg(QDir::toNativeSeparators(folder));
    return {};
}

FrameExporter::FrameExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map,
                             const ExportRequest &frame)
    : m_document(std::move(document)), m_map(std::move(map)), m_frame(frame)
{
}

// One line of frames.csv: the UN member counts of the frame's date; `recognizing` and `counting`
// follow the request's counting rule (net: the status count, as --stats gives it).
QStringList FrameExporter::tableRow(int number, const QString &file, const QDate &date) const
{
    const RecognitionTimeline &timeline = m_document->timeline();
    const StatusCounts counts = timeline.unMemberCounts(date);
    const int recognizing = m_frame.counting == CountingRule::Net ? counts[Status::Recognizes]
                                                                   : timeline.counting().tally(m_frame.counting, date).unCounted;
    return {QString::number(number), file, date.toString(Qt::ISODate), QString::number(recognizing),
            QString::number(counts[Status::WithdrawalClaimed]), QString::number(counts[Status::DoesNotRecognize]),
            countingRuleWord(m_frame.counting)};
}

FrameRun FrameExporter::writeSeries(const QString &folder, const QString &shownAs, const QList<QDate> &dates,
                                    const std::function<bool(int, int)> &progress) const
{
    FrameRun result;
    const auto named = [&](const QString &error) {  // messages name the final files, not the staging folder
        return QString(error).replace(QDir::toNativeSeparators(folder), shownAs);
    };
    const int total = int(dates.size());
    MapExporter exporter(m_document, m_map);  // one renderer for the series: its layers serve every frame
    ExportRequest frame = m_frame;
    frame.date = QDate();  // the first frame has no previous one
    Table table{frameTableHeader(), {}, {0, 3, 4, 5}};
    for (const QDate &date : dates) {
        if (!progress(result.written, total)) {
            result.cancelled = true;
            return result;
        }
        frame.changesSince = frame.date;  // the previous frame's date: what changed is outlined and named
        frame.date = date;
        const QString name = frameFileName(result.written + 1, total);
        const WriteResult w = exporter.writePng(frame, QDir(folder).filePath(name));
        if (!w.ok) {
            result.error = named(w.error);
            return result;
        }
        ++result.written;
        table.rows << tableRow(result.written, name, date);
    }
    QSaveFile csv(QDir(folder).filePath(QStringLiteral("frames.csv")));
    const QByteArray bytes = toCsv(table);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(bytes) != bytes.size() || !csv.commit())
        result.error = named(QStringLiteral("%1: cannot write: %2").arg(QDir::toNativeSeparators(csv.fileName()), csv.errorString()));
    return result;
}

FrameRun FrameExporter::run(const FrameRequest &request, const QList<QDate> &dates,
                            const std::function<bool(int, int)> &progress) const
{
    FrameRun result;
    const QString target = QDir::cleanPath(QFileInfo(request.folder).absoluteFilePath());
    const QString native = QDir::toNativeSeparators(target);
    result.error = frameFolderProblem(target);
    if (!result.error.isEmpty())
        return result;
    const QFileInfo targetInfo(target);
    const QString parent = targetInfo.absolutePath();
    const QString cannotWrite = Tr::tr("%1: cannot write to this folder").arg(native);
    if (!QDir().mkpath(parent) || !QFileInfo(parent).isWritable())
        return {0, false, cannotWrite};
    // The series grows in a hidden sibling and appears under its name only when complete.
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".") + targetInfo.fileName() + QStringLiteral(".partial-XXXXXX")));
    if (!staging.isValid())
        return {0, false, cannotWrite};
    result = writeSeries(staging.path(), native, dates, progress);
    if (result.cancelled || !result.error.isEmpty()) {
        result.written = 0;  // nothing of it remains
        return result;
    }
    // An empty target folder gives way to the complete series.
    const bool existed = targetInfo.exists();
    if ((existed && !QDir().rmdir(target)) || !QDir().rename(staging.path(), target)) {
        if (existed)
            QDir().mkdir(target);
        return {0, false, cannotWrite};
    }
    staging.setAutoRemove(false);
    progress(result.written, int(dates.size()));
    return result;
}

} // namespace atlas
