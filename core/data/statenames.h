// State and territory names in English, Albanian and Serbian (Cyrillic and Latin script), read
// from state_names.csv in the dataset folder; the window's labels, tooltips and search use them.
// Plain immutable data, safe to share between threads once loaded. The CLI never uses it: its
// output stays English.
#pragma once

#include "problem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QLocale;

namespace atlas {

struct StateInfo;

enum class NameLanguage { English, Albanian, Serbian, SerbianLatin };  // Serbian = Cyrillic script

class StateNames {
public:
    // Reads <dataDir>/state_names.csv (columns iso_a3, en, sq, sr, sr_Latn; others ignored).
    // A missing file is not an error: the table is empty and callers show English names.
    static Result<StateNames> load(const QString &dataDir);

    // Albanian for sq_*, Serbian Cyrillic for sr / sr_Cyrl_*, Serbian Latin for sr_Latn_*,
    // English for everything else.
    static NameLanguage languageOf(const QLocale &locale);
    // By the column names of state_names.csv: "en", "sq", "sr" (Cyrillic), "sr_Latn"; nullopt else.
    static std::optional<NameLanguage> languageFromId(const QString &id);
    static QStringList languageIds();
    // The locale that writes dates in `language` (Serbian in its script).
    static QLocale localeFor(NameLanguage language);

    bool isEmpty() const { return m_names.isEmpty(); }
    int size() const { return int(m_names.size()); }

    // The name of `code` in `language`; empty when the table has none.
    QString name(const QString &code, NameLanguage language) const;
    // Every distinct name of `code`, English first; empty when the table has none.
    QStringList allNames(const QString &code) const;

private:
    QHash<QString, std::array<QString, 4>> m_names;  // code -> names in NameLanguage order
};

// Case- and accent-insensitive form for matching what people type: "Shqipëri" -> "shqiperi",
// "Španija" -> "spanija". Cyrillic stays Cyrillic.
QString foldForSearch(const QString &text);

// The state a search text means, looked up in every language whatever the UI language: first a
// state whose code or any name equals `text`, else the first (in `states` order) with a name
// containing it. -1 when none does or `text` is blank.
int findStateByName(const QList<StateInfo> &states, const StateNames &names, const QString &text);

} // namespace atlas
