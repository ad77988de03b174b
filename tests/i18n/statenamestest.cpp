// The state names table (core): every state has a name in each language, Kosovo's are the
// neutral common forms, and a search finds a state by any of its names whatever the UI language.
#include "i18nfixture.h"

#include "recognitiondataset.h"

#include <QLocale>
#include <QTemporaryDir>

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr NameLanguage kLanguages[] = {NameLanguage::English, NameLanguage::Albanian, NameLanguage::Serbian,
                                       NameLanguage::SerbianLatin};

TEST(StateNames, EveryStateHasANameInEachLanguage)
{
    const StateNames &names = *shippedNames();
    for (const StateInfo &s : shippedDocument()->dataset().states)
        for (NameLanguage language : kLanguages)
            EXPECT_FALSE(names.name(s.code, language).isEmpty()) << s.code.toStdString() << ' ' << int(language);
}

TEST(StateNames, KosovoHasTheNeutralCommonForms)
{
    const StateNames &names = *shippedNames();
    const QString kosovo = QStringLiteral("XKX");
    EXPECT_EQ(names.name(kosovo, NameLanguage::English), QStringLiteral("Kosovo"));
    EXPECT_EQ(names.name(kosovo, NameLanguage::Albanian), QStringLiteral("Kosova"));
    EXPECT_EQ(names.name(kosovo, NameLanguage::Serbian), QStringLiteral("Косово"));
    EXPECT_EQ(names.name(kosovo, NameLanguage::SerbianLatin), QStringLiteral("Kosovo"));
    EXPECT_EQ(names.name(QStringLiteral("SRB"), NameLanguage::Albanian), QStringLiteral("Serbia"));
    EXPECT_EQ(names.name(QStringLiteral("SRB"), NameLanguage::Serbian), QStringLiteral("Србија"));
}

TEST(StateNames, MissingFileMeansEnglishOnlyAndNoError)
{
    QTemporaryDir empty;
    const Result<StateNames> loaded = StateNames::load(empty.path());
    EXPECT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded.warnings.isEmpty());
    EXPECT_TRUE(loaded.value.isEmpty());
    EXPECT_TRUE(loaded.value.name(QStringLiteral("ESP"), NameLanguage::Albanian).isEmpty());
    // The search still works on the dataset's English names and codes.
    const QList<StateInfo> &states = shippedDocument()->dataset().states;
    EXPECT_EQ(findStateByName(states, loaded.value, QStringLiteral("spain")), stateIndex("ESP"));
    EXPECT_EQ(findStateByName(states, loaded.value, QStringLiteral("Spanja")), -1);
}

TEST(StateNames, LanguageFollowsLocaleAndScript)
{
    EXPECT_EQ(StateNames::languageOf(QLocale(QStringLiteral("sq_XK"))), NameLanguage::Albanian);
    EXPECT_EQ(StateNames::languageOf(QLocale(QStringLiteral("sr_RS"))), NameLanguage::Serbian);
    EXPECT_EQ(StateNames::languageOf(QLocale(QStringLiteral("sr_Latn_RS"))), NameLanguage::SerbianLatin);
    EXPECT_EQ(StateNames::languageOf(QLocale(QStringLiteral("de_DE"))), NameLanguage::English);
    EXPECT_EQ(StateNames::languageOf(QLocale::c()), NameLanguage::English);
}

TEST(StateNames, FoldingIgnoresCaseAndAccents)
{
    EXPECT_EQ(foldForSearch(QStringLiteral(" Shqipëria ")), QStringLiteral("shqiperia"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Španija")), QStringLiteral("spanija"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Đibuti")), QStringLiteral("dibuti"));
    EXPECT_EQ(foldForSearch(QStringLiteral("ШПАНИЈА")), QStringLiteral("шпанија"));
}

struct Search {
    const char *text;
    const char *code;  // nullptr: finds nothing
};

class StateSearch : public ::testing::TestWithParam<Search> {};

TEST_P(StateSearch, FindsAStateByAnyOfItsNames)
{
    const Search s = GetParam();
    const int found = findStateByName(shippedDocument()->dataset().states, *shippedNames(), QString::fromUtf8(s.text));
    EXPECT_EQ(found, s.code ? stateIndex(s.code) : -1) << s.text;
}

INSTANTIATE_TEST_SUITE_P(EveryLanguage, StateSearch, ::testing::Values(
    Search{"Spain", "ESP"}, Search{"Spanja", "ESP"}, Search{"Шпанија", "ESP"}, Search{"Španija", "ESP"},
    Search{"spanija", "ESP"}, Search{"esp", "ESP"},
    Search{"Kosovo", "XKX"}, Search{"Kosova", "XKX"}, Search{"Косово", "XKX"},
    Search{"Gjermania", "DEU"}, Search{"Немачка", "DEU"}, Search{"Nemačka", "DEU"}, Search{"nemacka", "DEU"},
    Search{"Shtetet e Bashkuara", "USA"}, Search{"Сједињене", "USA"},
    Search{"Mali i Zi", "MNE"}, Search{"Црна Гора", "MNE"},
    Search{"Shqipëri", "ALB"}, Search{"shqiperia", "ALB"}, Search{"Албанија", "ALB"},
    Search{"  ", nullptr}, Search{"Atlantis", nullptr}));

} // namespace
