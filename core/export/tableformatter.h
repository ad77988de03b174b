// A plain table and its CSV / JSON forms: what --list, --stats, --events and the window's CSV export write.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace atlas {

struct Table {
    QStringList header;
    QList<QStringList> rows;
    QList<int> numericColumns;  // written as JSON numbers
};

QByteArray toCsv(const Table &table);   // RFC 4180, LF line ends, header first
QByteArray toJson(const Table &table);  // array of objects keyed by header names

} // namespace atlas
