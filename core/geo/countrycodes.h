// Turns Natural Earth style attributes into ISO alpha-3 codes, and territories into their sovereign.
#pragma once

#include <QHash>
#include <QString>

namespace atlas {

// Attribute values of one feature, keyed by upper-case field name (ISO_A3, ADM0_A3, NAME, ...).
using FeatureAttributes = QHash<QString, QString>;

// The field names tried, in order, for a feature's code. A map must carry at least one of them.
const QStringList &codeFieldNames();

// ISO alpha-3 for a feature, or empty when none can be found. Natural Earth writes -99 in ISO_A3
// for Kosovo, France, Norway, N. Cyprus, Somaliland...: those fall back to ADM0_A3, then to NAME,
// through explicit tables (ADM0_A3 "KOS" is Kosovo, XKX).
QString resolveFeatureCode(const FeatureAttributes &attributes);

// The state whose status colours a dependent territory (Greenland -> DNK), or empty.
QString sovereignOf(const QString &territoryCode);

} // namespace atlas
