// The small helpers behind the window's widgets: source links as HTML, the throttle.
#include "guifixture.h"

#include "statedetailshtml.h"
#include "throttle.h"

namespace atlas::test {
namespace {

TEST(SourceCitation, LinksKeepPercentEscapes)
{
    const QString html = sourceLinksHtml({QStringLiteral("https://example.org/wiki/Albania%E2%80%93Kosovo"), QStringLiteral("Paper, 2010-01-01, Title")});
    EXPECT_TRUE(html.contains(QStringLiteral("href='https://example.org/wiki/Albania%E2%80%93Kosovo'"))) << html.toStdString();
    // The full address on hover; the text is the readable title.
    EXPECT_TRUE(html.contains(QStringLiteral("title='https://example.org/wiki/Albania%E2%80%93Kosovo'"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("[2] Paper, 2010-01-01, Title")));
}

TEST(ThrottleTest, RunsAtMostOncePerIntervalAndEndsOnTheLatest)
{
    int runs = 0;
    Throttle throttle(100, [&runs] { ++runs; });
    throttle.request();
    EXPECT_EQ(runs, 1);  // idle: immediately
    for (int i = 0; i < 20; ++i)
        throttle.request();
    EXPECT_EQ(runs, 1);
    EXPECT_TRUE(waitFor([&] { return runs == 2 && !throttle.isPending(); }, 2000));
    EXPECT_EQ(runs, 2);  // nothing more is due: the twenty requests ended in one run
}

} // namespace
} // namespace atlas::test
