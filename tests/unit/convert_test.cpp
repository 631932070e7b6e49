// Conversions at published rates; every expected value computed by hand (exact fractions) from
// the ECB euro reference rates and the Federal Reserve's H.10 rates.
#include "../support/catch.hpp"

#include <eok/rates/convert.hpp>

#include <string>

using eok::currency;
using eok::decimal;
using eok::money;
using eok::rounding;

namespace {
eok::date_type day(const char* s) { return eok::parse_date(s); }
money m(const char* amount, currency c) { return money(decimal::parse(amount), c); }
const eok::rate_store& rates() { return eok::bundled_rates(); }
}  // namespace

TEST_CASE("convert: 109,000,000,000 EUR on 2025-02-10 is 163,152,290,000,000 KRW (ECB 1496.81)", "[convert]") {
  const eok::conversion c = eok::convert(m("109000000000", currency::eur), currency::krw, day("2025-02-10"), rates());
  CHECK(c.to.to_grouped_string() == "163,152,290,000,000 KRW");
  CHECK(c.to.amount().to_korean_string() == "163조 1,522억 9,000만");
  CHECK(c.exact.to_string() == "163152290000000");
  CHECK(c.exact_terminates);
  CHECK(c.exact_ratio.to_string() == "163152290000000/1");
  CHECK(c.rate.rate.to_exact_decimal()->to_string() == "1496.81");
  CHECK(eok::format_date(c.rate.date) == "2025-02-10");
  CHECK(c.rate.source == "ecb");
  CHECK(c.mode == rounding::half_even);
  CHECK(c.from.to_string() == "109000000000 EUR");
  CHECK_FALSE(c.average);
}

TEST_CASE("convert: on Saturday 2025-02-08 the Friday 2025-02-07 rate is used and reported", "[convert]") {
  const eok::conversion c = eok::convert(m("109000000000", currency::eur), currency::krw, day("2025-02-08"), rates());
  CHECK(eok::format_date(c.rate.date) == "2025-02-07");
  CHECK(c.to.to_grouped_string() == "163,679,850,000,000 KRW");  // x 1501.65
  try {
    (void)eok::convert(m("109000000000", currency::eur), currency::krw, day("2025-02-08"), rates(),
                       {eok::lookup::exact, 7});
    FAIL("no exception");
  } catch (const eok::rate_not_found& e) {
    CHECK(std::string(e.what()) ==
          "no ecb rate for EUR/KRW on 2025-02-08 under policy exact; nearest dates with a rate: 2025-02-07 before, "
          "2025-02-10 after");
  }
}

TEST_CASE("convert: 5000억 USD on 2025-02-10 via EUR is 725,198,643,410,853 KRW (half-even)", "[convert]") {
  // 500,000,000,000 x 1496.81 / 1.032 = 93,550,625,000,000,000 / 129 = 725,198,643,410,852.7131...
  const eok::conversion c = eok::convert(m("500000000000", currency::usd), currency::krw, day("2025-02-10"), rates());
  CHECK(c.to.to_grouped_string() == "725,198,643,410,853 KRW");
  CHECK(c.exact_ratio.to_string() == "93550625000000000/129");
  CHECK_FALSE(c.exact_terminates);
  CHECK(c.exact.to_string() == "725198643410852.713178294573643410852713178295");
  CHECK(c.exact.scale() == eok::exact_scale);
  CHECK(c.rate.path == std::vector<currency>{currency::usd, currency::eur, currency::krw});
  SECTION("the rounding mode is the caller's") {
    const auto down = eok::convert(m("500000000000", currency::usd), currency::krw, day("2025-02-10"), rates(), {},
                                   "ecb", rounding::down);
    CHECK(down.to.to_grouped_string() == "725,198,643,410,852 KRW");
    CHECK(down.mode == rounding::down);
  }
}

TEST_CASE("convert: 1해 KRW on 2025-02-10 is 68,946,626,492,340,377.20 USD, exact to the cent", "[convert]") {
  // 10^20 x 1.032 / 1496.81 = 68,946,626,492,340,377.2021...; in double arithmetic the same
  // computation gives 68,946,626,492,340,376, off by more than a dollar.
  const eok::conversion c =
      eok::convert(m("100000000000000000000", currency::krw), currency::usd, day("2025-02-10"), rates());
  CHECK(c.to.to_grouped_string() == "68,946,626,492,340,377.20 USD");
  CHECK(c.exact.to_string() == "68946626492340377.202183309838924111944735804812");
  CHECK(c.exact_ratio.to_string() == "10320000000000000000000/149681");
  CHECK(c.rate.path == std::vector<currency>{currency::krw, currency::eur, currency::usd});
}

TEST_CASE("convert: another source by name", "[convert]") {
  const eok::conversion c =
      eok::convert(m("109000000000", currency::eur), currency::krw, day("2025-02-10"), rates(), {}, "fred");
  CHECK(c.to.to_grouped_string() == "163,093,560,800,000 KRW");  // x 1.0312 x 1451.00
  CHECK(c.rate.source == "fred");
  CHECK(c.rate.path == std::vector<currency>{currency::eur, currency::usd, currency::krw});
}

TEST_CASE("convert: at the average rate of a period", "[convert]") {
  // ECB EUR/KRW averaged 1475.4041015625 over the 256 publication dates of 2024.
  const eok::conversion c =
      eok::convert_average(m("1000000", currency::eur), currency::krw, eok::parse_period("2024"), rates());
  CHECK(c.exact.to_string() == "1475404101.5625");
  CHECK(c.to.to_grouped_string() == "1,475,404,102 KRW");
  REQUIRE(c.average);
  CHECK(c.average->days == 256);
  CHECK(eok::format_date(c.average->first) == "2024-01-02");
  CHECK(eok::format_date(c.average->last) == "2024-12-31");
  CHECK(eok::format_date(c.rate.date) == "2024-12-31");
  try {
    (void)eok::convert_average(m("1", currency::eur), currency::krw, eok::parse_period("1990"), rates());
    FAIL("no exception");
  } catch (const eok::rate_not_found& e) {
    CHECK(std::string(e.what()) == "no ecb rate for EUR/KRW between 1990-01-01 and 1990-12-31; nearest dates with a "
                                   "rate: none before, 1999-01-04 after");
  }
}

TEST_CASE("convert: a rate for another currency is refused", "[convert][error]") {
  const eok::rate_quote q = rates().get(currency::usd, currency::krw, day("2025-02-10"));
  try {
    (void)eok::convert_with(m("1", currency::eur), q);
    FAIL("no exception");
  } catch (const eok::currency_mismatch& e) {
    CHECK(std::string(e.what()) == "cannot convert EUR with a rate from USD");
  }
  const auto same = eok::convert(m("12.345", currency::usd), currency::usd, day("2025-02-08"), rates());
  CHECK(same.to.to_string() == "12.34 USD");
  CHECK(same.exact.to_string() == "12.345");
}
