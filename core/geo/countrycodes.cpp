#include "countrycodes.h"

#include "statenames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#ifndef ATLAS_ISO_3166_JSON
#define ATLAS_ISO_3166_JSON "/usr/share/iso-codes/json/iso_3166-1.json"
#endif

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

// Alpha-2 codes in use that ISO has not assigned (XK: Kosovo, as the EU and IMF write it).
const QHash<QString, QString> &alpha2Extra()
{
    static const QHash<QString, QString> table = {{QStringLiteral("XK"), QStringLiteral("XKX")}};
    return table;
}

// Features Natural Earth and world-atlas give no ISO code: the ones with a state or a code of
// their own here, by name. Keys are foldName() forms.
const QHash<QString, QString> &nameToCode()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char *name, const char *code) {
            t.insert(foldName(QString::fromUtf8(name)), QString::fromLatin1(code));
        };
        add("Kosovo", "XKX");
        add("N. Cyprus", "XNC");
        add("Northern Cyprus", "XNC");
        add("Somaliland", "XSL");
        add("Siachen Glacier", "XSG");
        add("Indian Ocean Ter.", "XIO");
        add("France", "FRA");
        add("Norway", "NOR");
        // Former short names Natural Earth 4.1 still uses where ISO has renamed the state.
        add("Macedonia", "MKD");
        add("Swaziland", "SWZ");
        return t;
    }();
    return table;
}

// Features with no key at all that belong to no state of the dataset: disputed areas, military
// bases, buffer zones, reefs. Drawn as "no data", never guessed. (world-atlas 10m has these 11
// besides the five above; Natural Earth's shapefiles have them with -99 codes.)
const QSet<QString> &noDataNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char *name : {"Dhekelia", "Akrotiri", "USNB Guantanamo Bay", "Cyprus U.N. Buffer Zone",
                                 "Cyprus No Mans Area", "Baikonur", "Baikonur Cosmodrome", "Coral Sea Is.",
                                 "Coral Sea Islands", "Spratly Is.", "Spratly Islands", "Clipperton I.",
                                 "Clipperton Island", "Bajo Nuevo Bank", "Bajo Nuevo Bank (Petrel Is.)",
                                 "Serranilla Bank", "Scarborough Reef", "Ashmore and Cartier Is.",
                                 "Dhekelia Sovereign Base Area", "Akrotiri Sovereign Base Area"})
            s.insert(foldName(QString::fromUtf8(name)));
        return s;
    }();
    return names;
}

bool looksLikeCode(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    return code.match(value).hasMatch();
}

bool isUserAssigned(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("^X[A-Z]{2}$"));
    return code.match(value).hasMatch();
}

// An alpha-3 value as ISO (or the -99 tables) knows it, else empty.
QString alpha3Of(const QString &raw)
{
    const QString value = raw.trimmed().toUpper();
    if (!looksLikeCode(value))
        return {};
    if (adm0ToIso().contains(value))
        return adm0ToIso().value(value);
    const IsoCountryTable &iso = isoCountryTable();
    if (iso.alpha3.isEmpty() || iso.alpha3.contains(value) || isUserAssigned(value))
        return value;
    return {};
}

QString numericOf(const QString &raw)
{
    bool ok = false;
    const double number = raw.trimmed().toDouble(&ok);
    if (!ok || number < 1 || number > 999 || number != double(int(number)))
        return {};
    return isoCountryTable().numeric.value(QStringLiteral("%1").arg(int(number), 3, 10, QLatin1Char('0')));
}

QString alpha2Of(const QString &raw)
{
    const QString value = raw.trimmed().toUpper();
    if (value.size() != 2)
        return {};
    if (alpha2Extra().contains(value))
        return alpha2Extra().value(value);
    return isoCountryTable().alpha2.value(value);
}

FeatureKey nameKey(const QString &raw, const QHash<QString, QString> *extraNames)
{
    const QString name = foldName(raw);
    if (name.isEmpty())
        return {};
    if (const auto it = nameToCode().constFind(name); it != nameToCode().cend())
        return {*it, {}, false};
    if (noDataNames().contains(name))
        return {{}, {}, true};
    if (extraNames)
        if (const auto it = extraNames->constFind(name); it != extraNames->cend())
            return {*it, {}, false};
    return {isoCountryTable().names.value(name), {}, false};
}

QStringList present(const QStringList &candidates, const QSet<QString> &fields)
{
    QStringList out;
    for (const QString &c : candidates)
        if (fields.contains(c))
            out << c;
    return out;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}

const QStringList &alpha3Fields()
{
    static const QStringList f = words({"ISO_A3", "ISO_A3_EH", "ADM0_A3", "ADM0_ISO", "GU_A3", "BRK_A3", "SU_A3",
                                        "A3", "ISO3", "ISO_3", "ALPHA_3", "ALPHA3", "ISO_ALPHA3", "SOV_A3"});
    return f;
}
const QStringList &numericFields()
{
    static const QStringList f = words({"ISO_N3", "ISO_N3_EH", "UN_A3", "ISO_NUM", "ISO_NUMERIC", "NUMERIC"});
    return f;
}
const QStringList &alpha2Fields()
{
    static const QStringList f = words({"ISO_A2", "ISO_A2_EH", "A2", "ISO2", "ISO_2", "ALPHA_2", "ALPHA2", "WB_A2"});
    return f;
}

} // namespace

QString foldName(const QString &name)
{
    // Natural Earth's short names abbreviate ("Bosnia and Herz.", "Dem. Rep. Congo", "Solomon Is.").
    static const QHash<QString, QString> abbreviations = {
        {QStringLiteral("herz"), QStringLiteral("herzegovina")}, {QStringLiteral("rep"), QStringLiteral("republic")},
        {QStringLiteral("is"), QStringLiteral("islands")},       {QStringLiteral("dem"), QStringLiteral("democratic")},
        {QStringLiteral("eq"), QStringLiteral("equatorial")},    {QStringLiteral("st"), QStringLiteral("saint")},
        {QStringLiteral("fr"), QStringLiteral("french")},        {QStringLiteral("and"), QString()},
        {QStringLiteral("of"), QString()},                       {QStringLiteral("the"), QString()},
    };
    QString folded = foldForSearch(name);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    QStringList out;
    for (const QString &word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto it = abbreviations.constFind(word);
        const QString w = it == abbreviations.cend() ? word : *it;
        if (!w.isEmpty())
            out << w;
    }
    return out.join(QLatin1Char(' '));
}

const IsoCountryTable &isoCountryTable()
{
    static const IsoCountryTable table = [] {
        IsoCountryTable t;
        const QByteArray env = qgetenv("KOSOVO_ATLAS_ISO_3166_JSON");
        QFile file(env.isEmpty() ? QStringLiteral(ATLAS_ISO_3166_JSON) : QString::fromLocal8Bit(env));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            const QString a3 = e.value(QStringLiteral("alpha_3")).toString();
            if (a3.isEmpty())
                continue;
            t.alpha3.insert(a3, e.value(QStringLiteral("name")).toString());
            t.alpha2.insert(e.value(QStringLiteral("alpha_2")).toString(), a3);
            t.numeric.insert(e.value(QStringLiteral("numeric")).toString(), a3);
            for (const char *key : {"name", "common_name", "official_name"}) {
                const QString raw = e.value(QLatin1String(key)).toString();
                QStringList forms{raw};
                // "Congo, The Democratic Republic of the" is also "The Democratic Republic of the Congo".
                if (const qsizetype comma = raw.indexOf(QLatin1String(", ")); comma > 0)
                    forms << raw.mid(comma + 2) + QLatin1Char(' ') + raw.left(comma);
                for (const QString &form : forms) {
                    const QString name = foldName(form);
                    if (!name.isEmpty() && !t.names.contains(name))
                        t.names.insert(name, a3);
                }
            }
        }
        t.path = file.fileName();
        return t;
    }();
    return table;
}

const QStringList &codeFieldNames()
{
    static const QStringList names = alpha3Fields() + numericFields() + alpha2Fields();
    return names;
}

const QStringList &nameFieldNames()
{
    static const QStringList f = words({"NAME", "NAME_EN", "ADMIN", "NAME_LONG", "GEOUNIT", "BRK_NAME", "NAME_SORT",
                                        "FORMAL_EN", "COUNTRY", "CNTRY_NAME", "NAME_SQ", "NAME_SR", "NAME_SR_LATN",
                                        "SOVEREIGNT"});
    return f;
}

LayerKeys detectLayerKeys(const QStringList &fieldNames, const QList<FeatureAttributes> &sample,
                          const QHash<QString, QString> *extraNames)
{
    QSet<QString> fields;
    for (const QString &f : fieldNames)
        fields.insert(f.toUpper());
    LayerKeys keys;
    keys.alpha3 = present(alpha3Fields(), fields);
    keys.numeric = present(numericFields(), fields);
    keys.alpha2 = present(alpha2Fields(), fields);
    keys.names = present(nameFieldNames(), fields);
    // `id` is an ISO numeric code in world-atlas, but a row number in many other files: trust it
    // only when nearly all values are ISO numeric codes and the names mostly agree with them.
    if (fields.contains(QStringLiteral("ID")) && !keys.names.isEmpty()) {
        int withId = 0, valid = 0, named = 0, agree = 0;
        for (const FeatureAttributes &a : sample) {
            const QString id = a.value(QStringLiteral("ID")).trimmed();
            if (id.isEmpty())
                continue;
            ++withId;
            const QString byId = numericOf(id);
            valid += !byId.isEmpty();
            for (const QString &field : keys.names) {
                const FeatureKey byName = nameKey(a.value(field), extraNames);
                if (!byName.code.isEmpty()) {
                    ++named;
                    agree += byName.code == byId;
                    break;
                }
            }
        }
        if (withId > 0 && valid >= 0.9 * withId && named >= 3 && agree >= 0.7 * named)
            keys.numeric << QStringLiteral("ID");
    }
    for (const QStringList *list : {&keys.alpha3, &keys.numeric, &keys.alpha2, &keys.names})
        if (keys.primary.isEmpty() && !list->isEmpty())
            keys.primary = list->first();
    return keys;
}

FeatureKey resolveFeatureKey(const FeatureAttributes &attributes, const LayerKeys &keys,
                             const QHash<QString, QString> *extraNames)
{
    for (const QString &field : keys.alpha3)
        if (const QString code = alpha3Of(attributes.value(field)); !code.isEmpty())
            return {code, field, false};
    for (const QString &field : keys.numeric)
        if (const QString code = numericOf(attributes.value(field)); !code.isEmpty())
            return {code, field, false};
    for (const QString &field : keys.alpha2)
        if (const QString code = alpha2Of(attributes.value(field)); !code.isEmpty())
            return {code, field, false};
    for (const QString &field : keys.names) {
        FeatureKey key = nameKey(attributes.value(field), extraNames);
        if (!key.code.isEmpty() || key.noData) {
            key.field = field;
            return key;
        }
    }
    return {};
}

QString resolveFeatureCode(const FeatureAttributes &attributes)
{
    return resolveFeatureKey(attributes, detectLayerKeys(attributes.keys(), {}, nullptr), nullptr).code;
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
