// Turns Natural Earth style attributes into ISO alpha-3 codes, and territories into their sovereign.
// Keys tried, in order: ISO alpha-3 columns, ISO numeric columns (ISO_N3, and `id` when the layer's
// values are ISO numeric codes its names agree with), ISO alpha-2 columns, then names in English and
// the UI languages. The alpha-2, numeric and name tables come from Debian's iso-codes
// (/usr/share/iso-codes/json/iso_3166-1.json), names also from the dataset's state_names.csv.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

// Attribute values of one feature, keyed by upper-case field name (ISO_A3, ADM0_A3, NAME, ...).
using FeatureAttributes = QHash<QString, QString>;

// The field names tried, in order, for a feature's code (alpha-3, numeric, alpha-2). A map must
// carry at least one of them or a name column (nameFieldNames()).
const QStringList &codeFieldNames();
const QStringList &nameFieldNames();

// ISO 3166-1 from iso-codes: alpha-2 / numeric (3 digits) / alpha-3 / names -> alpha-3.
struct IsoCountryTable {
    QHash<QString, QString> alpha2;
    QHash<QString, QString> numeric;
    QHash<QString, QString> alpha3;  // alpha-3 -> English name
    QHash<QString, QString> names;   // foldName(name) -> alpha-3 (name, common and official name)
    QString path;                    // the file read; empty when none was found
};
const IsoCountryTable &isoCountryTable();

// Case-, accent- and punctuation-insensitive form of a country name for matching.
QString foldName(const QString &name);

// How the features of one layer are keyed, decided from its field names and a sample of values.
struct LayerKeys {
    QStringList alpha3;   // upper-case field names, in order of trust
    QStringList numeric;  // includes ID only when its values are ISO numeric codes the names agree with
    QStringList alpha2;
    QStringList names;
    QString primary;      // the first key column tried, for messages ("ISO_A3", "ID", "NAME"...)
    bool isEmpty() const { return alpha3.isEmpty() && numeric.isEmpty() && alpha2.isEmpty() && names.isEmpty(); }
};

// `extraNames`: foldName(name) -> alpha-3 in the UI languages (state_names.csv); may be null.
LayerKeys detectLayerKeys(const QStringList &fieldNames, const QList<FeatureAttributes> &sample,
                          const QHash<QString, QString> *extraNames);

struct FeatureKey {
    QString code;    // ISO alpha-3 (or the X.. code of Kosovo, N. Cyprus...); empty: none found
    QString field;   // the column it came from
    bool noData = false;  // a feature that has no state by design (Spratly Is., Cyprus U.N. Buffer Zone...)
};
FeatureKey resolveFeatureKey(const FeatureAttributes &attributes, const LayerKeys &keys,
                             const QHash<QString, QString> *extraNames);

// ISO alpha-3 for a feature, or empty when none can be found. Natural Earth writes -99 in ISO_A3
// for Kosovo, France, Norway, N. Cyprus, Somaliland...: those fall back to ADM0_A3, then to NAME,
// through explicit tables (ADM0_A3 "KOS" is Kosovo, XKX). Tries every known column.
QString resolveFeatureCode(const FeatureAttributes &attributes);

// The state whose status colours a dependent territory (Greenland -> DNK), or empty.
QString sovereignOf(const QString &territoryCode);

} // namespace atlas
