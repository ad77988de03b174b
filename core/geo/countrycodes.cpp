#include "countrycodes.h"

#include <QRegularExpression>

namespace atlas {
namespace {

// Natural Earth ADM0_A3 values that differ from ISO 3166-1 alpha-3.
const QHash<QString, QString> &adm0ToIso()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("KOS"), QStringLiteral("XKX")}, {QStringLiteral("SDS"), QStringLiteral("SSD")},
        {QStringLiteral("PSX"), QStringLiteral("PSE")}, {QStringLiteral("SAH"), QStringLiteral("ESH")},
        {QStringLiteral("CYN"), QStringLiteral("XNC")}, {QStringLiteral("SOL"), QStringLiteral("XSL")},
        {QStringLiteral("KAS"), QStringLiteral("XSG")}, {QStringLiteral("IOA"), QStringLiteral("XIO")},
    };
    return table;
}

// Last resort for sources with neither ISO_A3 nor ADM0_A3 for these features.
const QHash<QString, QString> &nameToCode()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("Kosovo"), QStringLiteral("XKX")},
        {QStringLiteral("N. Cyprus"), QStringLiteral("XNC")},
        {QStringLiteral("Northern Cyprus"), QStringLiteral("XNC")},
        {QStringLiteral("Somaliland"), QStringLiteral("XSL")},
        {QStringLiteral("Siachen Glacier"), QStringLiteral("XSG")},
        {QStringLiteral("Indian Ocean Ter."), QStringLiteral("XIO")},
        {QStringLiteral("France"), QStringLiteral("FRA")},
        {QStringLiteral("Norway"), QStringLiteral("NOR")},
    };
    return table;
}

bool looksLikeCode(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    return code.match(value).hasMatch();
}

} // namespace

const QStringList &codeFieldNames()
{
    static const QStringList names = {QStringLiteral("ISO_A3"), QStringLiteral("ISO_A3_EH"), QStringLiteral("ADM0_A3"),
                                      QStringLiteral("ADM0_ISO"), QStringLiteral("GU_A3")};
    return names;
}

QString resolveFeatureCode(const FeatureAttributes &attributes)
{
    for (const QString &field : codeFieldNames()) {
        const QString value = attributes.value(field).trimmed().toUpper();
        if (looksLikeCode(value))
            return adm0ToIso().value(value, value);
    }
    for (const QString &field : {QStringLiteral("NAME"), QStringLiteral("ADMIN"), QStringLiteral("NAME_EN")}) {
        const QString code = nameToCode().value(attributes.value(field).trimmed());
        if (!code.isEmpty())
            return code;
    }
    return {};
}

QString sovereignOf(const QString &territoryCode)
{
    // Dependencies are coloured like the state that is sovereign over them; disputed or
    // unclaimed areas (Western Sahara, Antarctica, N. Cyprus, Somaliland, Siachen) stay uncoloured.
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char *sovereign, std::initializer_list<const char *> territories) {
            for (const char *code : territories)
                t.insert(QString::fromLatin1(code), QString::fromLatin1(sovereign));
        };
        add("DNK", {"GRL", "FRO"});
        add("USA", {"PRI", "GUM", "VIR", "ASM", "MNP", "UMI"});
        add("FRA", {"NCL", "PYF", "SPM", "WLF", "BLM", "MAF", "ATF", "GUF", "GLP", "MTQ", "REU", "MYT"});
        add("NLD", {"ABW", "CUW", "SXM", "BES"});
        add("GBR", {"BMU", "CYM", "VGB", "TCA", "MSR", "AIA", "FLK", "SGS", "SHN", "PCN", "IOT", "GGY", "JEY", "IMN"});
        add("CHN", {"HKG", "MAC"});
        add("FIN", {"ALA"});
        add("AUS", {"NFK", "HMD", "CXR", "CCK", "XIO"});
        add("NZL", {"TKL"});
        add("NOR", {"SJM", "BVT"});
        return t;
    }();
    return table.value(territoryCode);
}

} // namespace atlas
