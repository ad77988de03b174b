#include "statenames.h"

#include "csvrow.h"
#include "recognitiondataset.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace atlas {
namespace {

const QString kFileName = QStringLiteral("state_names.csv");

// Column per NameLanguage, in enum order.
const std::array<QString, 4> kColumns = {QStringLiteral("en"), QStringLiteral("sq"), QStringLiteral("sr"),
                                         QStringLiteral("sr_Latn")};

// The code first (matched exactly only), then every name.
QStringList searchKeys(const StateInfo &state, const StateNames &names)
{
    QStringList keys{state.code, state.name};
    keys << names.allNames(state.code);
    for (QString &key : keys)
        key = foldForSearch(key);
    return keys;
}

} // namespace

Result<StateNames> StateNames::load(const QString &dataDir)
{
    Result<StateNames> result;
    const QString path = QDir(dataDir).filePath(kFileName);
    if (!QFileInfo::exists(path))
        return result;
    const Result<CsvTable> table = readCsvFile(path);
    result.warnings = table.warnings;
    if (!table.ok()) {
        result.errors = table.errors;
        return result;
    }
    const CsvColumns columns(table.value, {QStringLiteral("iso_a3")}, path, result.errors);
    if (!result.ok())
        return result;
    for (const CsvRecord &record : table.value.records) {
        CsvRow row(columns, record, result.errors);
        const QString code = row.required(QStringLiteral("iso_a3"));
        if (!row.shapeOk() || code.isEmpty())
            continue;
        std::array<QString, 4> names;
        for (size_t i = 0; i < kColumns.size(); ++i)
            names[i] = columns.indexOf(kColumns[i]) >= 0 ? row.text(kColumns[i]) : QString();
        result.value.m_names.insert(code, names);
    }
    return result;
}

std::optional<NameLanguage> StateNames::languageFromId(const QString &id)
{
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        if (kColumns[i] == id)
            return NameLanguage(i);
    return std::nullopt;
}

QLocale StateNames::localeFor(NameLanguage language)
{
    switch (language) {
    case NameLanguage::Albanian: return QLocale(QLocale::Albanian, QLocale::Albania);
    case NameLanguage::Serbian: return QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia);
    case NameLanguage::SerbianLatin: return QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    case NameLanguage::English: break;
    }
    return QLocale(QLocale::English);
}

QStringList StateNames::languageIds()
{
    return QStringList(kColumns.begin(), kColumns.end());
}

NameLanguage StateNames::languageOf(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Albanian: return NameLanguage::Albanian;
    case QLocale::Serbian:
        return locale.script() == QLocale::LatinScript ? NameLanguage::SerbianLatin : NameLanguage::Serbian;
    default: return NameLanguage::English;
    }
}

QString StateNames::name(const QString &code, NameLanguage language) const
{
    const auto it = m_names.constFind(code);
    return it == m_names.cend() ? QString() : (*it)[size_t(language)];
}

QStringList StateNames::allNames(const QString &code) const
{
    QStringList out;
    const auto it = m_names.constFind(code);
    if (it == m_names.cend())
        return out;
    for (const QString &n : *it)
        if (!n.isEmpty() && !out.contains(n))
            out << n;
    return out;
}

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Đ/đ has no decomposition; people without a Serbian keyboard type d.
        out += (c == QChar(0x0110) || c == QChar(0x0111)) ? QLatin1Char('d') : c;
    }
    return out.toCaseFolded();
}

int findStateByName(const QList<StateInfo> &states, const StateNames &names, const QString &text)
{
    const QString wanted = foldForSearch(text);
    if (wanted.isEmpty())
        return -1;
    QList<QStringList> keys;
    keys.reserve(states.size());
    for (const StateInfo &s : states)
        keys << searchKeys(s, names);
    for (int i = 0; i < keys.size(); ++i)
        if (keys[i].contains(wanted))
            return i;
    for (int i = 0; i < keys.size(); ++i)
        for (qsizetype k = 1; k < keys[i].size(); ++k)
            if (keys[i][k].contains(wanted))
                return i;
    return -1;
}

} // namespace atlas
