#include "../support/catch.hpp"

#include <eok/core/ratio.hpp>
#include <eok/core/ratio_big.hpp>

#include <string>
#include <type_traits>

using eok::decimal;
using eok::ratio;
using eok::rounding;

static_assert(!std::is_constructible_v<ratio, double>, "no ratio from double");
static_assert(!std::is_convertible_v<int, ratio>, "integer constructor is explicit");
static_assert(!std::is_convertible_v<decimal, ratio>, "decimal constructor is explicit");
static_assert(std::is_nothrow_move_constructible_v<ratio>);

namespace {
ratio r(const char* s) { return ratio(decimal::parse(s)); }
ratio big(const char* n, const char* d) { return ratio(eok::big_integer(n), eok::big_integer(d)); }
}  // namespace

TEST_CASE("ratio: normalized, sign on the numerator", "[ratio]") {
  CHECK(r("1496.81").to_string() == "149681/100");
  CHECK(r("1.032").to_string() == "129/125");
  CHECK(r("0.50").to_string() == "1/2");
  CHECK(r("-2.5").to_string() == "-5/2");
  CHECK(ratio(7).to_string() == "7/1");
  CHECK(ratio().to_string() == "0/1");
  CHECK(big("6", "-4").to_string() == "-3/2");
  CHECK(big("0", "-5").to_string() == "0/1");
  CHECK(ratio::from_scaled(149681, 2) == r("1496.81"));
  CHECK(ratio::from_scaled(1000, 3) == ratio(1));
  CHECK(ratio(1).is_integer());
  CHECK_FALSE(r("0.5").is_integer());
}

TEST_CASE("ratio: a zero denominator is an error", "[ratio][error]") {
  try {
    (void)big("1", "0");
    FAIL("no exception");
  } catch (const eok::error& e) {
    CHECK(e.code() == eok::errc::division_by_zero);
    CHECK(std::string(e.what()) == "division by zero");
  }
  CHECK_THROWS_AS(ratio().inverse(), eok::error);
  CHECK_THROWS_AS(ratio(1) / ratio(), eok::error);
}

TEST_CASE("ratio: the ECB cross rate USD/KRW on 2025-02-10 is exact", "[ratio]") {
  const ratio usd_krw = r("1496.81") / r("1.032");
  CHECK(usd_krw.to_string() == "748405/516");  // 1496.81 / 1.032 = 1496810 / 1032, reduced by 2
  CHECK_FALSE(usd_krw.to_exact_decimal().has_value());
  CHECK(usd_krw.to_decimal(10, rounding::half_even).to_string() == "1450.3972868217");
  CHECK(usd_krw.to_decimal(0, rounding::down).to_string() == "1450");
  CHECK(usd_krw.inverse() * usd_krw == ratio(1));
  CHECK(usd_krw.inverse().to_string() == "516/748405");
}

TEST_CASE("ratio: arithmetic and comparison", "[ratio]") {
  CHECK((r("0.1") + r("0.2")) == r("0.3"));
  CHECK((ratio(1) / ratio(3) + ratio(1) / ratio(6)).to_string() == "1/2");
  CHECK((ratio(1) / ratio(3) - ratio(1) / ratio(2)).to_string() == "-1/6");
  CHECK((-r("1.5")).to_string() == "-3/2");
  CHECK(ratio(1) / ratio(3) < r("0.3334"));
  CHECK(ratio(1) / ratio(3) > r("0.3333"));
  CHECK(r("2.50") == r("2.5"));
  CHECK(compare(r("-1"), r("1")) == -1);
  CHECK(r("0") * r("123.4") == ratio());
}

TEST_CASE("ratio: values beyond 128 bits stay exact", "[ratio]") {
  const ratio huge = big("100000000000000000000000000000000000000000", "3");  // 10^41 / 3
  CHECK(huge.to_string() == "100000000000000000000000000000000000000000/3");
  CHECK((huge * ratio(3)).to_string() == "100000000000000000000000000000000000000000/1");
  CHECK((huge * ratio(3)).is_integer());
  CHECK(huge.to_decimal(2, rounding::half_even).to_string() == "33333333333333333333333333333333333333333.33");
  const ratio tiny = huge.inverse();
  CHECK(tiny.to_string() == "3/100000000000000000000000000000000000000000");
  CHECK(tiny.to_exact_decimal()->to_string() == "0.00000000000000000000000000000000000000003");
  CHECK(huge > r("33333333333333333333333333333333333333333"));
  CHECK(huge < r("33333333333333333333333333333333333333333.34"));
  CHECK(huge - huge == ratio());
}

TEST_CASE("ratio: to_decimal rounds once, as named", "[ratio]") {
  const ratio two_thirds = ratio(2) / ratio(3);
  CHECK(two_thirds.to_decimal(2, rounding::half_even).to_string() == "0.67");
  CHECK(two_thirds.to_decimal(2, rounding::down).to_string() == "0.66");
  CHECK((-two_thirds).to_decimal(2, rounding::floor).to_string() == "-0.67");
  CHECK((-two_thirds).to_decimal(2, rounding::ceiling).to_string() == "-0.66");
  CHECK(r("2.5").to_decimal(0, rounding::half_even).to_string() == "2");
  CHECK(r("3.5").to_decimal(0, rounding::half_even).to_string() == "4");
  CHECK(r("2.5").to_decimal(0, rounding::half_down).to_string() == "2");
  CHECK(r("2.5").to_decimal(0, rounding::half_up).to_string() == "3");
  CHECK(r("1.25").to_exact_decimal()->to_string() == "1.25");
  CHECK((ratio(1) / ratio(8)).to_exact_decimal()->to_string() == "0.125");
  CHECK_THROWS_AS(two_thirds.to_decimal(-1, rounding::down), eok::error);
}
