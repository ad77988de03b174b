#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace atlas {
namespace {

// Splits decoded text into records. A small state machine rather than a library: Qt has none,
// and the dataset parser is what the fuzzer exercises, so it must be simple to reason about.
class CsvParser {
public:
    CsvParser(const QString &text, const QString &file) : m_text(text), m_file(file) {}

    Result<CsvTable> parse()
    {
        Result<CsvTable> result;
        while (m_pos < m_text.size() && result.ok()) {
            CsvRecord record = readRecord(result.errors);
            if (!result.ok())
                break;
            if (record.fields.size() == 1 && record.fields.first().isEmpty())
                continue;  // blank line
            if (result.value.header.isEmpty())
                result.value.header = record.fields;
            else
                result.value.records.append(record);
        }
        if (result.ok() && result.value.header.isEmpty())
            result.errors.append({m_file, 0, {}, QStringLiteral("file is empty (expected a header row)")});
        return result;
    }

private:
    CsvRecord readRecord(QList<Problem> &errors)
    {
        CsvRecord record;
        record.line = m_line;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                        field += c;
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == QLatin1Char(',')) {
                record.fields << field;
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\n')) {
                ++m_line;
                break;
            } else if (c == QLatin1Char('\r')) {
                continue;
            } else if (c == QLatin1Char('"')) {
                if (!field.isEmpty() || wasQuoted) {
                    errors.append({m_file, m_line, {}, QStringLiteral("stray quote inside an unquoted field")});
                    return record;
                }
                quoted = wasQuoted = true;
            } else {
                if (wasQuoted) {
                    errors.append({m_file, m_line, {}, QStringLiteral("text after a closing quote")});
                    return record;
                }
                field += c;
            }
        }
        if (quoted)
            errors.append({m_file, record.line, {}, QStringLiteral("quoted field is never closed")});
        record.fields << field;
        return record;
    }

    const QString &m_text;
    const QString &m_file;
    qsizetype m_pos = 0;
    int m_line = 1;
};

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The line of the first invalid UTF-8 sequence. Splitting at '\n' is safe: no multi-byte
// sequence contains that byte.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    for (const QByteArray &text : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(text);  // decoding happens on conversion
        if (decoder.hasError())
            return line;
        ++line;
    }
    return 0;
}

// The column holding `marker` in the record on `line`, so that a bad byte is reported as
// file:line:field like every other problem. Empty when the text cannot be parsed that far.
QString columnAt(const QString &text, int line, QChar marker)
{
    const Result<CsvTable> table = CsvParser(text, QString()).parse();
    for (const CsvRecord &record : table.value.records) {
        if (record.line > line)
            break;
        for (qsizetype i = 0; i < record.fields.size() && i < table.value.header.size(); ++i)
            if (record.fields.at(i).contains(marker))
                return table.value.header.at(i).trimmed();
    }
    return {};
}

// A located problem in undecodable input: `decodable` is the text with the bad bytes replaced.
Result<CsvTable> refuse(const QString &file, int line, const QString &decodable, QChar marker, const QString &message)
{
    return {{}, {{file, line, columnAt(decodable, line, marker), message}}, {}};
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray &bytes, const QString &file)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return refuse(file, lineOfOffset(bytes, nul), text, QChar(0), QStringLiteral("contains a NUL byte (not a text file?)"));
    if (decoder.hasError())
        return refuse(file, firstInvalidUtf8Line(bytes), text, QChar::ReplacementCharacter,
                      QStringLiteral("invalid UTF-8 (save the file as UTF-8)"));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    Result<CsvTable> table = CsvParser(text, file).parse();
    // An editor may leave out the last line break, but so does a copy cut short: say so.
    if (table.ok() && !bytes.endsWith('\n'))
        table.warnings.append({file, lineOfOffset(bytes, bytes.size()), {},
                               QStringLiteral("the file does not end with a line break; is its last line complete?")});
    return table;
}

Result<QByteArray> readCsvBytes(const QString &path)
{
    // Regular files only: a folder reads as empty, a device such as /dev/zero never ends.
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = info.isDir() ? QStringLiteral("it is a folder")
                               : info.exists() && !info.isFile() ? QStringLiteral("not a regular file")
                                                                 : file.errorString();
        return {{}, {{path, 0, {}, QStringLiteral("cannot read file: %1").arg(reason)}}, {}};
    }
    if (info.size() > kMaxCsvBytes)
        return {{}, {{path, 0, {}, QStringLiteral("file is larger than %1 MB; not a dataset file?").arg(kMaxCsvBytes >> 20)}}, {}};
    return {file.readAll(), {}, {}};
}

Result<CsvTable> readCsvFile(const QString &path)
{
    const Result<QByteArray> bytes = readCsvBytes(path);
    if (!bytes.ok())
        return {{}, bytes.errors, bytes.warnings};
    return parseCsv(bytes.value, path);
}

} // namespace atlas
