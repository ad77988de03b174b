#include "tourreader.h"

#include "csvrow.h"

#include <QDir>

namespace atlas {
namespace {

const QStringList kCaptionColumns = {QStringLiteral("caption_en"), QStringLiteral("caption_sq"), QStringLiteral("caption_sr"),
                                     QStringLiteral("caption_sr_Latn")};

class TourRowReader {
public:
    TourRowReader(CsvRow &row, const TourContext &context) : m_row(row), m_context(context) {}

    TourChapter read(int expectedNumber)
    {
        TourChapter c;
        c.line = m_row.line();
        c.number = number(expectedNumber);
        readDate(c);
        c.region = region();
        c.emphasis = emphasis();
        c.sources = m_row.sources(QStringLiteral("source"));
        for (int i = 0; i < kCaptionColumns.size(); ++i)
            c.captions[std::size_t(i)] = caption(kCaptionColumns[i], i == 0);
        return c;
    }

private:
    int number(int expected)
    {
        bool ok = false;
        const int n = m_row.text(QStringLiteral("chapter")).toInt(&ok);
        if (!ok || n != expected)
            m_row.error(QStringLiteral("chapter"), QStringLiteral("must be %1 (chapters are numbered 1, 2, ... in file order)").arg(expected));
        return expected;
    }

    void readDate(TourChapter &c)
    {
        if (m_row.text(QStringLiteral("date")) == QLatin1String("today")) {
            c.isToday = true;
            c.date = m_context.today;
            return;
        }
        c.date = m_row.date(QStringLiteral("date")).value_or(QDate());
        const QDate first = m_context.data->subject.firstDay;
        if (c.date.isValid() && (c.date < first || c.date > m_context.today))
            m_row.error(QStringLiteral("date"), QStringLiteral("%1 is outside %2 .. %3 (or write 'today')")
                                                    .arg(c.date.toString(Qt::ISODate), first.toString(Qt::ISODate),
                                                         m_context.today.toString(Qt::ISODate)));
    }

    QString region()
    {
        const QString id = m_row.required(QStringLiteral("region"));
        if (!id.isEmpty() && !m_context.regionIds.contains(id))
            m_row.error(QStringLiteral("region"), QStringLiteral("'%1' is not one of %2").arg(id.left(40), m_context.regionIds.join(QStringLiteral(", "))));
        return id;
    }

    QStringList emphasis()
    {
        const QString value = m_row.text(QStringLiteral("emphasis"));
        QStringList codes;
        for (const QString &part : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString code = part.trimmed();
            if (m_context.data->indexOf(code) < 0)
                m_row.error(QStringLiteral("emphasis"), QStringLiteral("unknown state code '%1' (not in states.csv)").arg(code.left(20)));
            codes << code;
        }
        return codes;
    }

    QString caption(const QString &column, bool required)
    {
        const QString text = required ? m_row.required(column) : m_row.text(column);
        if (text.size() > kMaxCaptionChars)
            m_row.error(column, QStringLiteral("is %1 characters long; a caption card holds at most %2").arg(text.size()).arg(kMaxCaptionChars));
        return text;
    }

    CsvRow &m_row;
    const TourContext &m_context;
};

} // namespace

Result<QList<TourChapter>> parseTour(const QByteArray &bytes, const QString &file, const TourContext &context)
{
    Result<QList<TourChapter>> out;
    Result<CsvTable> table = parseCsv(bytes, file);
    out.errors += table.errors;
    out.warnings += table.warnings;
    if (!table.ok())
        return out;
    const QStringList columns = QStringList{QStringLiteral("chapter"), QStringLiteral("date"), QStringLiteral("region"),
                                            QStringLiteral("emphasis"), QStringLiteral("source")} + kCaptionColumns;
    const CsvColumns header(table.value, columns, file, out.errors);
    if (!out.ok())
        return out;
    if (table.value.records.isEmpty())
        out.errors.append({file, 0, {}, QStringLiteral("a tour needs at least one chapter")});
    for (const CsvRecord &record : std::as_const(table.value.records)) {
        if (out.errors.size() >= 50)
            break;  // a file of noise: enough to see what is wrong
        CsvRow row(header, record, out.errors);
        if (row.shapeOk())
            out.value.append(TourRowReader(row, context).read(int(out.value.size()) + 1));
    }
    if (!out.ok())
        out.value.clear();
    return out;
}

Result<QList<TourChapter>> readTour(const QString &path, const TourContext &context)
{
    const Result<QByteArray> bytes = readCsvBytes(path);
    if (!bytes.ok())
        return {{}, bytes.errors, bytes.warnings};
    return parseTour(bytes.value, path, context);
}

QString shippedTourPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tour.csv"));
}

} // namespace atlas
