#include "../support/catch.hpp"

#include <eok/decimal.hpp>

#include <string>
#include <type_traits>
#include <unordered_set>

using eok::decimal;
using eok::rounding;

static_assert(!std::is_constructible_v<decimal, double>, "no decimal from double");
static_assert(!std::is_constructible_v<decimal, float>, "no decimal from float");
static_assert(!std::is_constructible_v<decimal, long double>, "no decimal from long double");
static_assert(!std::is_convertible_v<decimal, double>, "no decimal to double");
static_assert(!std::is_convertible_v<int, decimal>, "integer constructor is explicit");
static_assert(!std::is_convertible_v<std::string, decimal>, "no implicit parse");
static_assert(std::is_nothrow_move_constructible_v<decimal>);
static_assert(std::is_copy_constructible_v<decimal> && std::is_copy_assignable_v<decimal>);

namespace {
decimal d(const char* s) { return decimal::parse(s); }
}  // namespace

TEST_CASE("decimal: parse and print keep digits and scale", "[decimal]") {
  CHECK(d("1496.81").to_string() == "1496.81");
  CHECK(d("1496.81").scale() == 2);
  CHECK(d("-0.50").to_string() == "-0.50");
  CHECK(d("+7").to_string() == "7");
  CHECK(d("000123").to_string() == "123");
  // Found by fuzz: decimal_parse. Leading zeros on the big path must not be read as octal.
  CHECK(d("-05.10000000009999999999999999999999999460000000000").to_string() ==
        "-5.10000000009999999999999999999999999460000000000");
  CHECK(d("0000000000000000000000000000000000000000009").to_string() == "9");
  CHECK(d("0.000").to_string() == "0.000");
  CHECK(decimal::from_parts(149681, 2).to_string() == "1496.81");
  CHECK(decimal::from_parts(5, 3).to_string() == "0.005");
  CHECK(decimal(-42).to_string() == "-42");
}

TEST_CASE("decimal: parse errors name the position", "[decimal][error]") {
  SECTION("empty") {
    auto r = decimal::try_parse("");
    REQUIRE_FALSE(r);
    CHECK(r.error().code() == eok::errc::empty_input);
    CHECK(std::string(r.error().what()) == "parse error at line 1, column 1: expected a number, found nothing");
  }
  SECTION("two points") {
    auto r = decimal::try_parse("1.2.3");
    REQUIRE_FALSE(r);
    CHECK(r.error().code() == eok::errc::invalid_number);
    CHECK(r.error().offset() == 3);
    CHECK(r.error().column() == 4);
    CHECK(std::string(r.error().what()) == "parse error at line 1, column 4: a number may have only one decimal point");
  }
  SECTION("a Hangul syllable is one column") {
    auto r = decimal::try_parse("12억");
    REQUIRE_FALSE(r);
    CHECK(r.error().code() == eok::errc::unexpected_character);
    CHECK(r.error().offset() == 2);
    CHECK(r.error().column() == 3);
    CHECK(std::string(r.error().what()) == "parse error at line 1, column 3: expected a digit, found '억'");
  }
  SECTION("grouping commas are not plain decimals") {
    auto r = decimal::try_parse("1,000");
    REQUIRE_FALSE(r);
    CHECK(r.error().message() == "expected a digit, found ','");
  }
  SECTION("point without digits") {
    CHECK(decimal::try_parse(".5").error().message() == "expected a digit before '.'");
    CHECK(decimal::try_parse("5.").error().message() == "expected a digit after '.'");
    CHECK(decimal::try_parse("-").error().message() == "expected a digit");
  }
  SECTION("too many digits") {
    auto r = decimal::try_parse(std::string(1001, '9'));
    REQUIRE_FALSE(r);
    CHECK(r.error().code() == eok::errc::number_too_long);
    CHECK(r.error().offset() == 1000);
    CHECK(decimal::try_parse(std::string(1000, '9')).has_value());
  }
  SECTION("the throwing form throws parse_error with the same text") {
    try {
      (void)decimal::parse("1x");
      FAIL("no exception");
    } catch (const eok::parse_error& e) {
      CHECK(e.code() == eok::errc::unexpected_character);
      CHECK(e.line() == 1);
      CHECK(e.column() == 2);
      CHECK(std::string(e.what()) == "parse error at line 1, column 2: expected a digit, found 'x'");
    }
  }
}

TEST_CASE("decimal: exact arithmetic beyond 38 digits", "[decimal]") {
  // 1해 (10^20) won times a six-digit rate, and far past 128 bits.
  const decimal hae = d("100000000000000000000");
  CHECK((hae * d("1496.81")).to_string() == "149681000000000000000000.00");
  const decimal big = d("99999999999999999999999999999999999999");  // 38 nines
  CHECK((big + decimal(1)).to_string() == "100000000000000000000000000000000000000");
  CHECK((big * big).to_string() ==
        "9999999999999999999999999999999999999800000000000000000000000000000000000001");
  CHECK(((big * big) - big * big).is_zero());
  CHECK((big * big).divided(big, 0, rounding::down) == big);
  const decimal fifty = d("12345678901234567890123456789012345678901234567890");
  CHECK((fifty + d("0.1")).to_string() == "12345678901234567890123456789012345678901234567890.1");
  CHECK((-fifty).to_string() == "-12345678901234567890123456789012345678901234567890");
  CHECK((fifty - fifty - fifty).to_string() == "-12345678901234567890123456789012345678901234567890");
  // Results that shrink back fit the fast path again and compare equal.
  CHECK((big + decimal(1)) - big == decimal(1));
}

TEST_CASE("decimal: equality across scales, ordering and hashing", "[decimal]") {
  CHECK(d("1.50") == d("1.5"));
  CHECK(d("1.50").to_string() != d("1.5").to_string());
  CHECK(d("-2") < d("-1.99"));
  CHECK(d("0.001") > decimal(0));
  CHECK(compare(d("163000000000000"), d("163000000000000.0")) == 0);
  std::unordered_set<decimal> set{d("1.5"), d("1.50"), d("1.500"), d("2")};
  CHECK(set.size() == 2);
  CHECK(std::hash<decimal>{}(d("100000000000000000000000000000000000000000.0")) ==
        std::hash<decimal>{}(d("100000000000000000000000000000000000000000")));
}

TEST_CASE("decimal: every rounding mode on positive and negative ties", "[decimal][rounding]") {
  struct row {
    const char* value;
    rounding mode;
    const char* expected;
  };
  const row rows[] = {
      {"2.5", rounding::half_even, "2"},   {"3.5", rounding::half_even, "4"},
      {"-2.5", rounding::half_even, "-2"}, {"-3.5", rounding::half_even, "-4"},
      {"2.5", rounding::half_up, "3"},     {"-2.5", rounding::half_up, "-3"},
      {"2.5", rounding::half_down, "2"},   {"-2.5", rounding::half_down, "-2"},
      {"2.5", rounding::down, "2"},        {"-2.5", rounding::down, "-2"},
      {"2.5", rounding::up, "3"},          {"-2.5", rounding::up, "-3"},
      {"2.5", rounding::floor, "2"},       {"-2.5", rounding::floor, "-3"},
      {"2.5", rounding::ceiling, "3"},     {"-2.5", rounding::ceiling, "-2"},
      // Not ties: nearest modes agree, directed modes do not.
      {"2.51", rounding::half_down, "3"},  {"-2.49", rounding::half_up, "-2"},
      {"2.01", rounding::up, "3"},         {"-2.01", rounding::ceiling, "-2"},
      {"2.99", rounding::down, "2"},       {"-2.01", rounding::floor, "-3"},
      {"2.00", rounding::up, "2"},         {"-2.00", rounding::floor, "-2"},
  };
  for (const auto& r : rows) {
    INFO(r.value << " " << eok::to_string(r.mode));
    CHECK(d(r.value).rounded(0, r.mode).to_string() == r.expected);
  }
  // The same ties on the arbitrary-precision path.
  const std::string tail(45, '0');
  CHECK(d(("2" + tail + ".5").c_str()).rounded(0, rounding::half_even).to_string() == "2" + tail);
  CHECK(d(("-3" + tail + ".5").c_str()).rounded(0, rounding::half_even).to_string() == "-3" + tail);
  CHECK(d(("-3" + tail + ".5").c_str()).rounded(0, rounding::half_up).to_string() == "-3" + tail.substr(1) + "1");
  CHECK(d(("-2" + tail + "5").c_str()).rounded(-1, rounding::half_up).to_string() == "-2" + tail.substr(1) + "10");
  CHECK(d(("-2" + tail + "5").c_str()).rounded(-1, rounding::half_down).to_string() == "-2" + tail + "0");
}

TEST_CASE("decimal: rounding to places, powers of ten and significant digits", "[decimal][rounding]") {
  const decimal krw = d("163152290000000");
  CHECK(krw.rounded_to_power(12, rounding::half_even).to_string() == "163000000000000");  // to the 조
  CHECK(krw.rounded_to_power(8, rounding::half_even).to_string() == "163152300000000");   // to the 억
  CHECK(d("163567580000000").rounded_to_power(12, rounding::half_even).to_string() == "164000000000000");
  CHECK(d("1450.3972868").rounded(2, rounding::half_even).to_string() == "1450.40");
  CHECK(d("1450.3972868").rounded(4, rounding::down).to_string() == "1450.3972");
  CHECK(d("1.5").rounded(3, rounding::half_even).to_string() == "1.500");
  CHECK(d("725198643410852.7131782945").rounded(0, rounding::half_even).to_string() == "725198643410853");
  CHECK(d("163152290000000").rounded_significant(3, rounding::half_even).to_string() == "163000000000000");
  CHECK(d("0.00123456").rounded_significant(2, rounding::half_up).to_string() == "0.0012");
  CHECK(d("9999").rounded_significant(2, rounding::half_up).to_string() == "10000");
  CHECK(d("-0.5").rounded(0, rounding::half_even).to_string() == "0");
  CHECK(d("1.25").rescaled(1, rounding::half_even).to_string() == "1.2");
  CHECK(d("1.25").rescaled(4, rounding::half_even).to_string() == "1.2500");
  CHECK(d("1.2500").normalized().to_string() == "1.25");
  CHECK(d("100").normalized().to_string() == "100");
  CHECK_THROWS_AS(d("1").rounded_significant(0, rounding::down), eok::error);
}

TEST_CASE("decimal: division takes a scale and a rounding mode", "[decimal][rounding]") {
  CHECK(decimal(1).divided(decimal(3), 4, rounding::half_even).to_string() == "0.3333");
  CHECK(decimal(2).divided(decimal(3), 4, rounding::half_even).to_string() == "0.6667");
  CHECK(decimal(2).divided(decimal(3), 4, rounding::down).to_string() == "0.6666");
  CHECK(decimal(-2).divided(decimal(3), 0, rounding::floor).to_string() == "-1");
  CHECK(d("1496.81").divided(d("1.032"), 7, rounding::half_even).to_string() == "1450.3972868");
  CHECK(d("163").divided(d("0.5"), 0, rounding::down).to_string() == "326");
  CHECK(decimal(1).divided_exactly(decimal(8))->to_string() == "0.125");
  CHECK_FALSE(decimal(1).divided_exactly(decimal(3)).has_value());
  try {
    (void)decimal(1).divided(decimal(0), 2, rounding::half_even);
    FAIL("no exception");
  } catch (const eok::error& e) {
    CHECK(e.code() == eok::errc::division_by_zero);
    CHECK(std::string(e.what()) == "division by zero");
  }
}

TEST_CASE("decimal: formatting plain, grouped and in Korean units", "[decimal][format]") {
  const decimal v = d("163152290000000");
  CHECK(v.to_string() == "163152290000000");
  CHECK(v.to_grouped_string() == "163,152,290,000,000");
  CHECK(v.to_korean_string() == "163조 1,522억 9,000만");
  CHECK(d("109000000000").to_korean_string() == "1,090억");
  CHECK(d("10000").to_korean_string() == "1만");
  CHECK(d("12345.67").to_korean_string() == "1만 2,345.67");
  CHECK(d("10000.5").to_korean_string() == "1만 0.5");
  CHECK(d("0.5").to_korean_string() == "0.5");
  CHECK(d("0.05").to_korean_string() == "0.05");
  CHECK(d("-0.00").to_korean_string() == "0.00");  // found by fuzz: decimal_parse
  CHECK(d("-0.00").to_string() == "0.00");
  CHECK(d("0").to_korean_string() == "0");
  CHECK(d("999").to_korean_string() == "999");
  CHECK(d("-68600000000000").to_korean_string() == "-68조 6,000억");
  CHECK(d("13000000000000000").to_korean_string() == "1경 3,000조");
  CHECK(d("100000000000000000000").to_korean_string() == "1해");
  CHECK(d("1234.5").to_grouped_string() == "1,234.5");
  CHECK(d("-1234567.891").to_grouped_string() == "-1,234,567.891");
  CHECK(d("123").to_grouped_string() == "123");
  // Above 극 (10^48) the top group keeps all its digits.
  CHECK(d(("12345" + std::string(48, '0')).c_str()).to_korean_string() == "12,345극");
}

TEST_CASE("decimal: rounding names", "[decimal]") {
  CHECK(eok::to_string(rounding::half_even) == "half-even");
  CHECK(eok::rounding_from_string("half_up") == rounding::half_up);
  CHECK(eok::rounding_from_string("ceiling") == rounding::ceiling);
  CHECK_FALSE(eok::rounding_from_string("nearest").has_value());
}
