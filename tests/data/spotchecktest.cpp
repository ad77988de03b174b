// Spot checks: dates in the shipped dataset against the sources the dataset itself cites.
// Each row names the date the cited source gives and a host that must be among the event's sources,
// so a silently changed date or a dropped source fails here.
#include "recognitiondataset.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

struct SpotCheck {
    const char *code;
    const char *event;
    const char *date;        // as the cited source gives it
    const char *sourceHost;  // a source the dataset must cite for the event
};

std::ostream &operator<<(std::ostream &os, const SpotCheck &c) { return os << c.code << ' ' << c.event; }

class RecordedAgainstSource : public ::testing::TestWithParam<SpotCheck> {};

} // namespace

TEST_P(RecordedAgainstSource, DateAndSourceMatch)
{
    const SpotCheck c = GetParam();
    const RecognitionDataset &data = shippedAtlas().dataset();
    const auto kind = eventFromWord(QString::fromLatin1(c.event));
    ASSERT_TRUE(kind);
    const QList<RecognitionEvent> events = data.eventsOf(QString::fromLatin1(c.code));
    const auto it = std::find_if(events.begin(), events.end(), [&](const RecognitionEvent &e) { return e.kind == *kind; });
    ASSERT_NE(it, events.end()) << "no " << c.event << " for " << c.code;
    EXPECT_EQ(it->date, day(c.date));
    EXPECT_NE(it->sources.join(QLatin1Char(' ')).indexOf(QString::fromLatin1(c.sourceHost)), -1)
        << "expected a source from " << c.sourceHost;
}

INSTANTIATE_TEST_SUITE_P(
    Recognitions, RecordedAgainstSource,
    ::testing::Values(
        SpotCheck{"FRA", "recognition", "2008-02-18", "franceintheus.org"},  // President Sarkozy's letter
        SpotCheck{"GBR", "recognition", "2008-02-18", "hansard.parliament.uk"},
        SpotCheck{"USA", "recognition", "2008-02-18", "theguardian.com"},
        SpotCheck{"AFG", "recognition", "2008-02-18", "b92.net"},
        SpotCheck{"ALB", "recognition", "2008-02-18", "reuters.com"},
        SpotCheck{"TUR", "recognition", "2008-02-18", "mfa.gov.tr"},
        SpotCheck{"AUS", "recognition", "2008-02-19", "foreignminister.gov.au"},
        SpotCheck{"DEU", "recognition", "2008-02-20", "beqiraj.de"},
        SpotCheck{"POL", "recognition", "2008-02-26", "premier.gov.pl"},
        SpotCheck{"CHE", "recognition", "2008-02-27", "admin.ch"},
        SpotCheck{"AUT", "recognition", "2008-02-28", "bmeia.gv.at"},
        SpotCheck{"ISL", "recognition", "2008-03-05", "utanrikisraduneyti.is"},
        SpotCheck{"JPN", "recognition", "2008-03-18", "mofa.go.jp"},
        SpotCheck{"CAN", "recognition", "2008-03-18", "reuters.com"},
        SpotCheck{"HRV", "recognition", "2008-03-19", "news.bbc.co.uk"},
        SpotCheck{"HUN", "recognition", "2008-03-19", "news.bbc.co.uk"},
        SpotCheck{"BGR", "recognition", "2008-03-20", "bta.bg"},
        SpotCheck{"KOR", "recognition", "2008-03-28", "mofa.go.kr"},
        SpotCheck{"NOR", "recognition", "2008-03-28", "regjeringen.no"},
        SpotCheck{"LTU", "recognition", "2008-05-06", "baltictimes.com"},
        SpotCheck{"SMR", "recognition", "2008-05-11", "sanmarinortv.sm"},
        SpotCheck{"CZE", "recognition", "2008-05-21", "abcprague.com"},
        SpotCheck{"MNE", "recognition", "2008-10-09", "rferl.org"},
        SpotCheck{"MKD", "recognition", "2008-10-09", "rferl.org"},
        SpotCheck{"ARE", "recognition", "2008-10-14", "wam.org.ae"},
        SpotCheck{"QAT", "recognition", "2011-01-04", "b92.net"},
        SpotCheck{"KWT", "recognition", "2011-10-11", "naharnet.com"},
        SpotCheck{"PAK", "recognition", "2012-12-24", "tribune.com.pk"},
        SpotCheck{"TZA", "recognition", "2013-05-29", "botasot.info"},  // Kosovo MFA greeting, 2020
        SpotCheck{"EGY", "recognition", "2013-06-26", "rferl.org"},
        SpotCheck{"BGD", "recognition", "2017-02-27", "bd24live.com"},
        SpotCheck{"ISR", "recognition", "2020-09-04", "rferl.org"},
        SpotCheck{"KEN", "recognition", "2025-03-26", "kenyans.co.ke"}));

INSTANTIATE_TEST_SUITE_P(
    WithdrawalClaims, RecordedAgainstSource,
    ::testing::Values(
        SpotCheck{"SUR", "withdrawal_claim", "2017-10-27", "balkaninsight.com"},
        SpotCheck{"GNB", "withdrawal_claim", "2017-11-21", "b92.net"},
        SpotCheck{"BDI", "withdrawal_claim", "2018-02-15", "serbianconsulate.bc.ca"},
        SpotCheck{"LBR", "withdrawal_claim", "2018-06-20", "ghananewsagency.org"},
        SpotCheck{"PNG", "withdrawal_claim", "2018-06-27", "agenzianova.com"},
        SpotCheck{"LSO", "withdrawal_claim", "2018-10-16", "serbianconsulate.bc.ca"},
        SpotCheck{"COM", "withdrawal_claim", "2018-11-01", "b92.net"},
        SpotCheck{"DMA", "withdrawal_claim", "2018-11-02", "b92.net"},
        SpotCheck{"GRD", "withdrawal_claim", "2018-11-04", "sputniknews.com"},
        SpotCheck{"SLB", "withdrawal_claim", "2018-11-28", "b92.net"},
        SpotCheck{"MDG", "withdrawal_claim", "2018-12-05", "n1info.com"},
        SpotCheck{"PLW", "withdrawal_claim", "2019-01-17", "islandtimes.org"},
        SpotCheck{"GHA", "withdrawal_claim", "2019-11-11", "rferl.org"},
        SpotCheck{"GHA", "withdrawal_claim", "2019-11-11", "mfa.rs"},  // Serbia's statement of that day
        SpotCheck{"NRU", "withdrawal_claim", "2019-11-22", "msp.gov.rs"},
        SpotCheck{"SLE", "withdrawal_claim", "2020-03-03", "rferl.org"}));
