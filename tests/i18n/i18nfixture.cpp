#include "i18nfixture.h"

#include "uilanguage.h"

#include <QCoreApplication>

namespace atlas::test {

std::shared_ptr<const StateNames> shippedNames()
{
    static std::shared_ptr<const StateNames> names = [] {
        Result<StateNames> loaded = StateNames::load(shippedDataDir());
        EXPECT_TRUE(loaded.ok()) << joinProblems(loaded.errors).toStdString();
        EXPECT_TRUE(loaded.warnings.isEmpty()) << joinProblems(loaded.warnings).toStdString();
        return std::make_shared<const StateNames>(std::move(loaded.value));
    }();
    return names;
}

bool switchLanguage(const QString &id)
{
    const bool ok = setUiLanguage(id);
    // installTranslator posts LanguageChange to the application, which posts it on to each window.
    for (int round = 0; round < 2; ++round)
        QCoreApplication::sendPostedEvents();
    return ok;
}

void LanguageTest::TearDown()
{
    switchLanguage(QStringLiteral("en"));
}

} // namespace atlas::test
