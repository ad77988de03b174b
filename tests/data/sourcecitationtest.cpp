// Dataset sources split into display text and link, as the side panel shows them.
#include "recognitiondataset.h"
#include "sourcecitation.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace atlas::test {
namespace {

TEST(SourceCitation, SplitsCitationAndUrl)
{
    const SourceCitation c = parseSource(QStringLiteral("B92, 2008-02-18, Kosovo recognition: Afghanistan first, France, U.S. follow, "
                                                        "https://www.b92.net/eng/news/politics.php?yyyy=2008&mm=02"));
    EXPECT_EQ(c.text, QStringLiteral("B92, 2008-02-18, Kosovo recognition: Afghanistan first, France, U.S. follow"));
    EXPECT_EQ(c.url, QStringLiteral("https://www.b92.net/eng/news/politics.php?yyyy=2008&mm=02"));
    const SourceCitation bare = parseSource(QStringLiteral(" https://franceintheus.org/spip.php?article852 "));
    EXPECT_EQ(bare.text, QStringLiteral("franceintheus.org"));
    EXPECT_EQ(bare.url, QStringLiteral("https://franceintheus.org/spip.php?article852"));
    const SourceCitation plain = parseSource(QStringLiteral("Official Gazette, 2009-01-01, Decree 12"));
    EXPECT_TRUE(plain.url.isEmpty());
    EXPECT_EQ(plain.text, QStringLiteral("Official Gazette, 2009-01-01, Decree 12"));
}

TEST(SourceCitation, BareUrlsReadAsSiteDateAndTitle)
{
    EXPECT_EQ(parseSource(QStringLiteral("https://www.rferl.org/a/kosovo-egypt-recognizes-independence/25029014.html")).text,
              QStringLiteral("rferl.org, kosovo egypt recognizes independence"));
    EXPECT_EQ(urlTitle(QStringLiteral("https://www.theguardian.com/world/2008/feb/18/kosovo.serbia4")),
              QStringLiteral("theguardian.com, 2008-02-18, kosovo serbia4"));
    EXPECT_EQ(urlTitle(QStringLiteral("http://www.b92.net/eng/news/politics.php?yyyy=2009&mm=03&dd=09&nav_id=57710")),
              QStringLiteral("b92.net, 2009-03-09"));
    EXPECT_EQ(urlTitle(QStringLiteral("https://tribune242.com/news/2025/dec/19/bahamas-formally-recognizes-kosovo-as-sovereign-state")),
              QStringLiteral("tribune242.com, 2025-12-19, bahamas formally recognizes kosovo as sovereign state"));
    EXPECT_EQ(urlTitle(QStringLiteral("https://eurasia.ro/2013/01/10/dispute-arises-over-kosovos-98th-recognition")),
              QStringLiteral("eurasia.ro, 2013-01-10, dispute arises over kosovos 98th recognition"));
    EXPECT_EQ(urlTitle(QStringLiteral("https://www.icj-cij.org/case/141")), QStringLiteral("icj-cij.org"));
}

TEST(SourceCitation, EveryShippedSourceHasAReadableTitle)
{
    // No bare host alone where the address says more, and never the raw URL as the text.
    int bareHosts = 0, total = 0;
    for (const RecognitionEvent &e : shippedAtlas().dataset().events)
        for (const SourceCitation &c : parseSources(e.sources)) {
            ++total;
            EXPECT_FALSE(c.text.startsWith(QLatin1String("http"))) << c.text.toStdString();
            bareHosts += !c.text.contains(QLatin1Char(','));
        }
    EXPECT_LT(bareHosts * 5, total) << bareHosts << " of " << total << " event sources show only a site name";
}

} // namespace
} // namespace atlas::test
