// Dataset sources split into display text and link, as the side panel shows them.
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

} // namespace
} // namespace atlas::test
