// The seed figures against the bundled ECB reference rates (and, last, ECB with the Federal
// Reserve). Every expected value was worked out by hand from eurofxref-hist.csv; see
// docs/reconcile.md, section 5.
#include "../support/catch.hpp"

#include <eok/read/parse.hpp>
#include <eok/rates/rates.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <string>
#include <vector>

using namespace eok;

namespace {

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days(date::year(y) / date::month(m) / date::day(d)); }

const rate_oracle& ecb() {
  static const rate_oracle o = rate_oracle_from(bundled_rates(), {"ecb"});
  return o;
}

/// The check of "X (Y)" on `on`, both figures read by the parser.
check converted(const char* x, const char* y, date::sys_days on, const rate_oracle& rates = ecb()) {
  article a;
  a.id = "seed";
  a.date = on;
  a.figures = {parse_figure(x), parse_figure(y)};
  a.conversions = {{0, 1}};
  return check_conversion(a, 0, a.conversions[0], rates);
}

std::string rate4(const ratio& r) { return r.to_decimal(4, rounding::half_even).to_string(); }

}  // namespace

TEST_CASE("reconcile (ECB): 1090억유로 → 약 163조원 on 2025-02-10 is consistent", "[reconcile][ecb]") {
  // 109,000,000,000 × 1496.81 = 163,152,290,000,000, which rounds to 163조.
  const check c = converted("1090억유로", "약 163조원", day(2025, 2, 10));
  CHECK(c.result == verdict::consistent);
  CHECK(c.reasons.empty());
  CHECK(c.as_conversion().implied_rate->to_string(4) == "[1490.8256, 1500.0000)");
  REQUIRE(c.as_conversion().rates.size() == 1);
  CHECK(c.as_conversion().rates[0].rate == ratio(decimal::parse("1496.81")));
  CHECK(c.as_conversion().rates[0].date == day(2025, 2, 10));
  CHECK(c.as_conversion().reference_band->to_string(5) == "[1489.32595, 1504.29405]");
}

TEST_CASE("reconcile (ECB): 1천90억유로 → 한화 약 164조원 on 2025-02-20 is consistent", "[reconcile][ecb]") {
  // 109,000,000,000 × 1500.62 = 163,567,580,000,000, which rounds to 164조.
  const check c = converted("1천90억유로", "한화 약 164조원", day(2025, 2, 20));
  CHECK(c.result == verdict::consistent);
  CHECK(c.as_conversion().reference->rate == ratio(decimal::parse("1500.62")));
  CHECK(c.as_conversion().implied_rate->to_string(4) == "[1500.0000, 1509.1744)");
  SECTION("163조 on that date is still within the 0.5% tolerance: 1500.62 × 0.995 = 1493.1169 < 1500") {
    CHECK(converted("1090억유로", "약 163조원", day(2025, 2, 20)).result == verdict::consistent);
  }
}

TEST_CASE("reconcile (ECB): 5000억달러 → 약 718조원 on 2025-02-10 used the rate of 2025-01-23", "[reconcile][ecb]") {
  // USD/KRW 2025-02-10 = 1496.81 / 1.032 = 1450.3972...; the loose implied interval is (1434, 1438).
  const check c = converted("5000억달러", "약 718조원", day(2025, 2, 10));
  CHECK(c.result == verdict::inconsistent);
  REQUIRE(c.reasons == std::vector<reason>{reason::rate_date});
  CHECK(c.as_conversion().loose_rate->to_string(0) == "(1434, 1438)");
  CHECK(rate4(c.as_conversion().rates.at(0).rate) == "1450.3973");
  CHECK(c.as_conversion().reference_band->to_string(4) == "[1443.1453, 1457.6493]");
  REQUIRE(c.as_conversion().best_date);
  CHECK(*c.as_conversion().best_date == day(2025, 1, 23));
  // 1494.9 / 1.0404 = 1436.8512...
  CHECK(c.as_conversion().reference->rate == ratio(decimal::parse("1494.9")) / ratio(decimal::parse("1.0404")));
  CHECK(c.as_conversion().reference->source == "ecb");
}

TEST_CASE("reconcile (ECB): mid-December 2024, 200억 달러 → 약 26조원 is stale, 12억 달러 → 약 1조7,000억원 is right",
          "[reconcile][ecb]") {
  // USD/KRW 2024-12-13 = 1507.58 / 1.0518 = 1433.333...
  const check big = converted("200억 달러", "약 26조원", day(2024, 12, 13));
  CHECK(big.result == verdict::inconsistent);
  REQUIRE(big.reasons == std::vector<reason>{reason::rate_date});
  CHECK(big.as_conversion().loose_rate->to_string(0) == "(1250, 1350)");
  // The latest ECB rate inside (1250, 1350): 1473.03 / 1.0957 = 1344.3735 on 2024-10-09.
  CHECK(*big.as_conversion().best_date == day(2024, 10, 9));
  CHECK(rate4(big.as_conversion().reference->rate) == "1344.3735");

  // 1조7,000억 is rounded to the 1,000억: [1조6,500억, 1조7,500억) / 12억 = [1375, 1458.33...).
  const check small = converted("12억 달러", "약 1조7,000억원", day(2024, 12, 13));
  CHECK(small.result == verdict::consistent);
  CHECK(small.as_conversion().implied_rate->to_string(4) == "[1375.0000, 1458.3334)");
  CHECK(rate4(small.as_conversion().reference->rate) == "1433.3333");
}

TEST_CASE("reconcile (ECB): 1090억유로 → 약 163억원 is a unit slip of 10,000", "[reconcile][ecb]") {
  const check c = converted("1090억유로", "약 163억원", day(2025, 2, 10));
  CHECK(c.result == verdict::inconsistent);
  REQUIRE(c.reasons == std::vector<reason>{reason::unit_slip});
  CHECK(*c.as_conversion().slip_factor == ratio(10000));
  CHECK(c.as_conversion().corrected->to_string() == "163000000000000");
}

TEST_CASE("reconcile (ECB): 1090억 달러 → 약 163조원 fits the euro: wrong_currency EUR", "[reconcile][ecb]") {
  const check c = converted("1090억 달러", "약 163조원", day(2025, 2, 10));
  CHECK(c.result == verdict::inconsistent);
  REQUIRE(c.reasons == std::vector<reason>{reason::wrong_currency});
  CHECK(c.as_conversion().fits_currency == currency::eur);
  CHECK(c.as_conversion().reference->rate == ratio(decimal::parse("1496.81")));
}

TEST_CASE("reconcile (ECB and FRED): the band spans both sources", "[reconcile][ecb]") {
  const rate_oracle both = rate_oracle_from(bundled_rates());
  const check c = converted("5000억달러", "약 718조원", day(2025, 2, 10), both);
  REQUIRE(c.as_conversion().rates.size() == 2);
  CHECK(c.as_conversion().rates[1].source == "fred");
  CHECK(c.as_conversion().rates[1].rate == ratio(decimal::parse("1451.00")));
  // [1450.3972868... × 0.995, 1451.00 × 1.005]
  CHECK(c.as_conversion().reference_band->to_string(4) == "[1443.1453, 1458.2550]");
  CHECK(*c.as_conversion().best_date == day(2025, 1, 23));
}

TEST_CASE("reconcile (ECB): an article read from text, end to end", "[reconcile][ecb]") {
  const article a = read_article(
      "---\ndate: 2025-02-10\nsource: 예시\n---\n프랑스가 1090억유로(약 163조원)를 투자한다. "
      "미국은 5000억달러(약 718조원)를 쓴다.\n",
      "t");
  REQUIRE(a.figures.size() == 4);
  REQUIRE(a.conversions.size() == 2);
  const auto checks = reconcile({a}, ecb());
  REQUIRE(checks.size() == 2);
  CHECK(checks[0].result == verdict::consistent);
  CHECK(checks[1].reasons == std::vector<reason>{reason::rate_date});
  CHECK(explain(checks[1], {a}, report_language::en) ==
        "‘약 718조원’ implies (1434, 1438) KRW per USD, but the rate on 2025-02-10 was 1450.3973 (ECB); it matches "
        "the rate of 2025-01-23 (1436.8512, ECB), 18 days earlier, so an old rate was probably used; it fits the rates "
        "of 2024-12-16 … 2024-12-17, 2025-01-23.");
  CHECK(explain(checks[0], {a}, report_language::ko) ==
        "‘1090억유로’에 ECB 2025-02-10 환율(1유로당 1496.81원)을 곱하면 163조 1,522억 9,000만원이므로, ‘약 163조원’은 이 "
        "값을 반올림한 것입니다.");
}

TEST_CASE("reconcile: claims files and their errors", "[reconcile]") {
  const auto claims = read_claims("- id: a\n  source: s\n  date: 2025-02-10\n  text: 1090억유로(약 163조원)\n", "c.yaml");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].id == "a");
  CHECK(claims[0].date == day(2025, 2, 10));
  CHECK(claims[0].conversions.size() == 1);
  SECTION("a missing date") {
    try {
      (void)read_claims("- id: a\n  text: 1090억유로\n", "c.yaml");
      FAIL("no error");
    } catch (const parse_error& e) {
      CHECK(std::string(e.what()) == "c.yaml:1:3: a claim needs 'date'");
    }
  }
  SECTION("a date that does not exist") {
    try {
      (void)read_claims("- id: a\n  date: 2025-02-30\n  text: x\n", "c.yaml");
      FAIL("no error");
    } catch (const parse_error& e) {
      CHECK(std::string(e.what()) == "c.yaml:2:9: 2025-02-30 does not exist: February 2025 has 28 days");
    }
  }
  SECTION("not a list") {
    CHECK_THROWS_WITH(read_claims("id: a\n", "c.yaml"), "c.yaml:1:1: a claims file is a list of {id, source, date, text}");
  }
  SECTION("an article without a date") {
    CHECK_THROWS_WITH(read_article("---\nsource: x\n---\n1090억유로\n", "t"),
                      "parse error at line 1, column 1: the front matter has no 'date:' (YYYY-MM-DD)");
  }
}
