// The languages the window speaks and switching between them while it runs: installs the app's
// (and, where Qt ships one, Qt's own) translator and sets the default QLocale, which picks the
// dates' and state names' language. Widgets follow through QEvent::LanguageChange. Window only:
// the command line stays English. GUI thread only.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace atlas {

struct UiLanguage {
    QString id;          // "en", "sq", "sr_Latn", "sr_Cyrl": also the .qm suffix (kosovo-atlas_<id>.qm)
    QString nativeName;  // menu text, never translated: "Shqip", "Српски"
};

// English first, then Albanian, Serbian Latin, Serbian Cyrillic.
const QList<UiLanguage> &uiLanguages();

// The offered language for `locale`: sq for Albanian, sr_Latn or sr_Cyrl by script for Serbian,
// en for anything else. `localeName` is the raw POSIX name when known ("sr_RS@latin"): Qt reads
// that modifier as Cyrillic, so it is checked here.
QString uiLanguageFor(const QLocale &locale, const QString &localeName = QString());
QString systemUiLanguage();  // uiLanguageFor the system locale and $LC_ALL / $LC_MESSAGES / $LANG

// Switches to `id` (unknown ids mean English). Returns false, and leaves English active, when its
// translation cannot be loaded. Looks in the installed translations folder first, then in the
// copies built into the executable (:/i18n).
bool setUiLanguage(const QString &id);
QString currentUiLanguage();

} // namespace atlas
