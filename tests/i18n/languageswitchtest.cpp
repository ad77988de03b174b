// The built translations load, the window changes language while it runs (menus, time bar, side
// panel, dates and state names), and the side panel's search finds states by any language's name
// whatever the UI language.
#include "i18nfixture.h"

#include "mapannotations.h"
#include "mapview.h"

#include "mainwindow.h"
#include "recognitiondataset.h"
#include "statepanel.h"
#include "timelinebar.h"
#include "uilanguage.h"

#include <QActionGroup>
#include <QCompleter>
#include <QCoreApplication>
#include <QLocale>
#include <QMenuBar>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>

using namespace atlas;
using namespace atlas::test;

namespace {

QString menuTitle(const MainWindow &window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

bool hasButton(const QWidget &parent, const QString &text)
{
    const QList<QToolButton *> buttons = parent.findChildren<QToolButton *>();
    return std::any_of(buttons.cbegin(), buttons.cend(), [&text](const QToolButton *b) { return b->text() == text; });
}

QString checkedLanguage(const MainWindow &window)
{
    for (const QActionGroup *group : window.findChildren<QActionGroup *>())
        if (group->checkedAction() && group->checkedAction()->data().typeId() == QMetaType::QString)
            return group->checkedAction()->data().toString();
    return {};
}

TEST(Translations, EveryLanguageIsBuiltIn)
{
    for (const UiLanguage &language : uiLanguages()) {
        if (language.id == QLatin1String("en"))
            continue;
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/kosovo-atlas_") + language.id)) << language.id.toStdString();
        EXPECT_FALSE(translator.isEmpty());
        const QString file = translator.translate("atlas::MainWindow", "&File");
        EXPECT_FALSE(file.isEmpty()) << language.id.toStdString();
        EXPECT_NE(file, QStringLiteral("&File")) << language.id.toStdString();
    }
}

TEST(Translations, SystemLocaleSelectsTheLanguage)
{
    EXPECT_EQ(uiLanguageFor(QLocale(QStringLiteral("sq_XK"))), QStringLiteral("sq"));
    EXPECT_EQ(uiLanguageFor(QLocale(QStringLiteral("sq_AL"))), QStringLiteral("sq"));
    EXPECT_EQ(uiLanguageFor(QLocale(QStringLiteral("sr_RS"))), QStringLiteral("sr_Cyrl"));
    EXPECT_EQ(uiLanguageFor(QLocale(QStringLiteral("sr_Latn_RS"))), QStringLiteral("sr_Latn"));
    // Qt reads the glibc "@latin" modifier as Cyrillic; the raw name says otherwise.
    EXPECT_EQ(uiLanguageFor(QLocale(QStringLiteral("sr_RS")), QStringLiteral("sr_RS.UTF-8@latin")), QStringLiteral("sr_Latn"));
    EXPECT_EQ(uiLanguageFor(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(uiLanguageFor(QLocale::c()), QStringLiteral("en"));
}

using LanguageSwitch = LanguageTest;

TEST_F(LanguageSwitch, SetsTranslatorAndDefaultLocale)
{
    ASSERT_TRUE(switchLanguage(QStringLiteral("sq")));
    EXPECT_EQ(currentUiLanguage(), QStringLiteral("sq"));
    EXPECT_EQ(QLocale().language(), QLocale::Albanian);
    EXPECT_EQ(QCoreApplication::translate("atlas::MainWindow", "&View"), QStringLiteral("P&amja"));
    ASSERT_TRUE(switchLanguage(QStringLiteral("sr_Latn")));
    EXPECT_EQ(QLocale().script(), QLocale::LatinScript);
    EXPECT_EQ(QCoreApplication::translate("atlas::MainWindow", "&View"), QStringLiteral("&Prikaz"));
    ASSERT_TRUE(switchLanguage(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("atlas::MainWindow", "&View"), QStringLiteral("&View"));
    EXPECT_TRUE(switchLanguage(QStringLiteral("xx")));  // unknown: English
    EXPECT_EQ(currentUiLanguage(), QStringLiteral("en"));
}

TEST_F(LanguageSwitch, WindowRetranslatesWhileOpen)
{
    MainWindow window(shippedDocument(), shippedAtlas().subject().firstDay, QDate::currentDate());
    window.selectState(stateIndex("ESP"));
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&File"));
    EXPECT_EQ(checkedLanguage(window), QStringLiteral("en"));

    ASSERT_TRUE(switchLanguage(QStringLiteral("sq")));
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&Skedari"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Atlasi i njohjes së Kosovës"));
    EXPECT_TRUE(hasButton(*window.timelineBar(), QStringLiteral("Sot")));
    EXPECT_EQ(window.timelineBar()->dateText(), QStringLiteral("17 shkurt 2008"));
    // The map's title says the date in the UI language too (the command line stays English).
    EXPECT_TRUE(annotationText(shippedAtlas().timeline(), window.mapView()->options()).title.endsWith(QStringLiteral("17 shkurt 2008")))
        << annotationText(shippedAtlas().timeline(), window.mapView()->options()).title.toStdString();
    EXPECT_EQ(window.statePanel()->titleText(), QStringLiteral("Spanja"));
    EXPECT_EQ(checkedLanguage(window), QStringLiteral("sq"));

    ASSERT_TRUE(switchLanguage(QStringLiteral("sr_Cyrl")));
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&Датотека"));
    EXPECT_TRUE(hasButton(*window.timelineBar(), QStringLiteral("Данас")));
    EXPECT_EQ(window.timelineBar()->dateText(), QStringLiteral("17. фебруар 2008."));
    EXPECT_TRUE(annotationText(shippedAtlas().timeline(), window.mapView()->options()).title.endsWith(QStringLiteral("17. фебруар 2008.")));
    EXPECT_EQ(window.statePanel()->titleText(), QStringLiteral("Шпанија"));

    ASSERT_TRUE(switchLanguage(QStringLiteral("en")));
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&File"));
    EXPECT_TRUE(hasButton(*window.timelineBar(), QStringLiteral("Today")));
    EXPECT_EQ(window.timelineBar()->dateText(), QStringLiteral("17 February 2008"));
    EXPECT_TRUE(annotationText(shippedAtlas().timeline(), window.mapView()->options()).title.endsWith(QStringLiteral("17 February 2008")));
    EXPECT_EQ(window.statePanel()->titleText(), QStringLiteral("Spain"));
}

struct UiCase {
    const char *language;
    const char *spain;   // Spain's name in that UI language
    const char *prefix;  // what a user of that language starts typing
};

class SearchInEveryUiLanguage : public LanguageTest, public ::testing::WithParamInterface<UiCase> {};

TEST_P(SearchInEveryUiLanguage, FindsStatesByAnyLanguagesName)
{
    const UiCase c = GetParam();
    StatePanel panel(shippedDocument()->timeline());
    panel.setStateNames(shippedNames());
    ASSERT_TRUE(switchLanguage(QString::fromLatin1(c.language)));
    int requested = -1;
    QObject::connect(&panel, &StatePanel::stateRequested, &panel, [&](int state) {
        requested = state;
        panel.setState(state);
    });
    for (const char *query : {"Spain", "Spanja", "Шпанија", "Španija", "spanija"}) {
        requested = -1;
        EXPECT_TRUE(panel.findState(QString::fromUtf8(query))) << query;
        EXPECT_EQ(requested, stateIndex("ESP")) << query;
        EXPECT_EQ(panel.titleText(), QString::fromUtf8(c.spain)) << query;
    }
    // The suggestions list the UI language's names first, then every other language's.
    panel.completer()->setCompletionPrefix(QString::fromUtf8(c.prefix));
    EXPECT_EQ(panel.completer()->currentCompletion(), QString::fromUtf8(c.spain));
    panel.completer()->setCompletionPrefix(QStringLiteral("Шпан"));
    EXPECT_EQ(panel.completer()->currentCompletion(), QStringLiteral("Шпанија"));
}

INSTANTIATE_TEST_SUITE_P(Languages, SearchInEveryUiLanguage,
                         ::testing::Values(UiCase{"en", "Spain", "spa"}, UiCase{"sq", "Spanja", "spa"},
                                           UiCase{"sr_Latn", "Španija", "špa"}, UiCase{"sr_Cyrl", "Шпанија", "шпа"}),
                         [](const ::testing::TestParamInfo<UiCase> &param) { return std::string(param.param.language); });

} // namespace
