// Typed, validated access to one CSV record by column name; every failure names file:line:field.
#pragma once

#include "csvreader.h"

#include <QDate>

#include <optional>

namespace atlas {

class CsvColumns {
public:
    // Checks that `table` has every column in `required`; missing ones are reported as errors.
    CsvColumns(const CsvTable &table, const QStringList &required, const QString &file, QList<Problem> &errors);
    int indexOf(const QString &column) const { return m_header.indexOf(column); }
    int count() const { return int(m_header.size()); }
    const QString &name(int index) const { return m_header.at(index); }
    const QString &file() const { return m_file; }

private:
    QStringList m_header;
    QString m_file;
};

// Longer than any sane note or position text: a field this long means a quote left open or a
// file that is not a dataset table.
inline constexpr int kMaxFieldChars = 20000;

class CsvRow {
public:
    // Checks the field count and each field's length. A line break inside a field is legal CSV
    // but an error here: no dataset field has one, and a quote left open swallows whole rows.
    CsvRow(const CsvColumns &columns, const CsvRecord &record, QList<Problem> &errors);

    bool shapeOk() const { return m_shapeOk; }  // false when the field count or a length is wrong
    QString text(const QString &column) const;  // trimmed
    QString required(const QString &column);     // error when empty
    std::optional<QDate> date(const QString &column, bool allowEmpty = false);
    QList<QDate> dateList(const QString &column);  // ';'-separated, may be empty
    QStringList sources(const QString &column);    // ' | '-separated, at least one
    void error(const QString &column, const QString &message);
    int line() const { return m_record.line; }

private:
    const CsvColumns &m_columns;
    const CsvRecord &m_record;
    QList<Problem> &m_errors;
    bool m_shapeOk = true;
};

// Strict YYYY-MM-DD: rejects 2008-2-3, 2013-13-45 and 2008-02-30.
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace atlas
