#include "tableformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {
namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace

QByteArray toCsv(const Table &table)
{
    QByteArray out = csvLine(table.header);
    for (const QStringList &row : table.rows)
        out += csvLine(row);
    return out;
}

QByteArray toJson(const Table &table)
{
    QJsonArray array;
    for (const QStringList &row : table.rows) {
        QJsonObject object;
        for (int i = 0; i < table.header.size() && i < row.size(); ++i) {
            if (table.numericColumns.contains(i))
                object.insert(table.header[i], row[i].toInt());
            else
                object.insert(table.header[i], row[i]);
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace atlas
