// RFC 4180 CSV reader used by the dataset loaders; keeps the line number of every record for messages.
#pragma once

#include "problem.h"

#include <QByteArray>
#include <QStringList>

namespace atlas {

struct CsvRecord {
    int line = 0;        // line on which the record starts (1-based)
    QStringList fields;
};

struct CsvTable {
    QStringList header;
    QList<CsvRecord> records;
};

// Parses UTF-8 CSV text. `file` only names the source in messages. Fails on invalid UTF-8,
// an unterminated quote, a stray quote inside an unquoted field, NUL bytes, or an empty input;
// bad bytes are located by line and, where the text parses that far, by column name.
Result<CsvTable> parseCsv(const QByteArray &bytes, const QString &file);

// Reads and parses a file; a missing or unreadable file, a folder, or a file over kMaxCsvBytes is
// an error naming it. A file that does not end with a line break gets a warning (truncated?).
Result<CsvTable> readCsvFile(const QString &path);
// The same checks, without parsing: for readers that parse the bytes themselves (tours, fuzzers).
Result<QByteArray> readCsvBytes(const QString &path);

// Far above any dataset file (the largest shipped one is under 200 KB), far below trouble.
inline constexpr qsizetype kMaxCsvBytes = 64 << 20;

} // namespace atlas
