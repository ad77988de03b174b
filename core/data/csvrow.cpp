#include "csvrow.h"

#include <QRegularExpression>

namespace atlas {

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

CsvColumns::CsvColumns(const CsvTable &table, const QStringList &required, const QString &file,
                       QList<Problem> &errors)
    : m_header(table.header), m_file(file)
{
    for (QString &name : m_header)
        name = name.trimmed();
    for (const QString &column : required)
        if (!m_header.contains(column))
            errors.append({file, 1, column, QStringLiteral("missing column (header must name: %1)")
                                                .arg(required.join(QLatin1Char(',')))});
}

CsvRow::CsvRow(const CsvColumns &columns, const CsvRecord &record, QList<Problem> &errors)
    : m_columns(columns), m_record(record), m_errors(errors)
{
    if (record.fields.size() != columns.count()) {
        m_errors.append({columns.file(), record.line, {},
                         QStringLiteral("expected %1 fields, found %2").arg(columns.count()).arg(record.fields.size())});
        m_shapeOk = false;
        return;
    }
    for (int i = 0; i < columns.count(); ++i) {
        const QString &field = record.fields.at(i);
        if (field.size() > kMaxFieldChars) {
            error(columns.name(i), QStringLiteral("is %1 characters long (at most %2); is a quote left open?")
                                       .arg(field.size()).arg(kMaxFieldChars));
            m_shapeOk = false;
        } else if (const qsizetype breaks = field.count(QLatin1Char('\n')); breaks > 0) {
            error(columns.name(i), QStringLiteral("spans lines %1-%2; is a quote left open?").arg(record.line).arg(record.line + breaks));
            m_shapeOk = false;
        }
    }
}

QString CsvRow::text(const QString &column) const
{
    const int i = m_columns.indexOf(column);
    if (i < 0 || i >= m_record.fields.size())
        return {};
    return m_record.fields.at(i).trimmed();
}

void CsvRow::error(const QString &column, const QString &message)
{
    m_errors.append({m_columns.file(), m_record.line, column, message});
}

QString CsvRow::required(const QString &column)
{
    const QString value = text(column);
    if (value.isEmpty())
        error(column, QStringLiteral("must not be empty"));
    return value;
}

std::optional<QDate> CsvRow::date(const QString &column, bool allowEmpty)
{
    const QString value = text(column);
    if (value.isEmpty() && allowEmpty)
        return QDate();
    const auto parsed = parseIsoDate(value);
    if (!parsed)
        error(column, QStringLiteral("'%1' is not a valid date (expected YYYY-MM-DD)").arg(value.left(40)));
    return parsed;
}

QList<QDate> CsvRow::dateList(const QString &column)
{
    QList<QDate> out;
    const QString value = text(column);
    if (value.isEmpty())
        return out;
    for (const QString &part : value.split(QLatin1Char(';'))) {
        const auto parsed = parseIsoDate(part.trimmed());
        if (!parsed) {
            error(column, QStringLiteral("'%1' is not a valid date (expected YYYY-MM-DD)").arg(part.trimmed().left(40)));
            continue;
        }
        out << *parsed;
    }
    return out;
}

QStringList CsvRow::sources(const QString &column)
{
    QStringList out;
    for (const QString &part : text(column).split(QStringLiteral(" | ")))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    if (out.isEmpty())
        error(column, QStringLiteral("every fact needs at least one source"));
    return out;
}

} // namespace atlas
