#include "csvreader.h"

#include <QFile>
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

} // namespace

Result<CsvTable> parseCsv(const QByteArray &bytes, const QString &file)
{
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return {{}, {{file, lineOfOffset(bytes, nul), {}, QStringLiteral("contains a NUL byte (not a text file?)")}}, {}};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const int line = bad >= 0 ? int(text.left(bad).count(QLatin1Char('\n'))) + 1 : 0;
        return {{}, {{file, line, {}, QStringLiteral("invalid UTF-8")}}, {}};
    }
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return CsvParser(text, file).parse();
}

Result<CsvTable> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {{path, 0, {}, QStringLiteral("cannot read file: %1").arg(file.errorString())}}, {}};
    return parseCsv(file.readAll(), path);
}

} // namespace atlas
