#include "../support/catch.hpp"

#include <eok/core/decimal.hpp>
#include <eok/core/decimal_big.hpp>

#include <climits>
#include <cstdint>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <vector>

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
static_assert(std::is_nothrow_move_assignable_v<decimal>);
static_assert(sizeof(decimal) <= 32, "two coefficient words, a pointer and the scale");

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

// ---- the fast paths against cpp_int -----------------------------------------------------------
//
// decimal keeps coefficients below 2^127 in two machine words and works on them with 64-bit
// multiplication, a 128-by-64 division and a branch-free rounding decision. The tests below run
// that code and the cpp_int code on the same generated values, across every boundary it
// introduces (2^63, 2^64, 2^127, 10^19, ties, k = 1..38 dropped digits), and compare both with
// results computed here, on cpp_int, straight from the definitions.

namespace {

using big = eok::big_integer;
using u128 = eok::detail::uint128;

/// splitmix64: a fixed seed gives the same values on every run and every machine.
struct generator {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
};

big pow10(unsigned k) {
  big r = 1;
  for (unsigned i = 0; i < k; ++i) r *= 10;
  return r;
}

big pow2(unsigned k) {
  big r = 1;
  r <<= k;
  return r;
}

/// A magnitude from one of the families the fast paths treat differently; ties and carries are
/// built for dropping `k` digits (k in [1, 38]), or for a random k when k is 0.
big interesting_magnitude(generator& g, unsigned k = 0) {
  const auto delta = static_cast<int>(g.below(9)) - 4;
  const unsigned j = k >= 1 && k <= 38 ? k : 1 + static_cast<unsigned>(g.below(38));
  switch (g.below(8)) {
    case 0: {  // uniformly random below 2^bits, bits in [0, 127)
      const auto bits = static_cast<unsigned>(g.below(127));
      big v = g.next();
      v <<= 64;
      v += g.next();
      return v & (pow2(bits) - 1);
    }
    case 1: return pow2(63) + delta;
    case 2: return pow2(64) + delta;
    case 3: return pow2(127) - 1 - static_cast<int>(g.below(5));
    case 4: return pow10(1 + static_cast<unsigned>(g.below(38))) + delta;
    case 5: {  // a tie or one off it: m × 10^j + 5 × 10^(j-1) + {-1, 0, 1}
      const big m = big(g.next()) % pow10(38 - j);
      return m * pow10(j) + 5 * pow10(j - 1) + (static_cast<int>(g.below(3)) - 1);
    }
    case 6: {  // a quotient whose low word is all ones, so rounding up carries into the high word
      big q = big(g.below(4)) * pow2(64) + pow2(64) - 1;
      if (q * pow10(j) >= pow2(126)) q = pow2(64) - 1;
      if (q * pow10(j) >= pow2(126)) q = 1;
      return q * pow10(j) + 5 * pow10(j - 1) + (static_cast<int>(g.below(3)) - 1);
    }
    default: return big(g.below(1000));
  }
}

big signed_value(generator& g, unsigned k = 0) {
  big m = interesting_magnitude(g, k);
  if (m < 0) m = -m;
  return g.below(2) == 0 ? m : big(-m);
}

/// The text a decimal with this coefficient and scale must print, built without decimal.
std::string expected_string(const big& c, int scale) {
  std::string digits = boost::multiprecision::abs(c).str();
  const auto frac = static_cast<std::size_t>(scale);
  if (digits.size() <= frac) digits.insert(0, frac + 1 - digits.size(), '0');
  std::string out = c < 0 ? "-" : "";
  out += digits.substr(0, digits.size() - frac);
  if (frac > 0) out += "." + digits.substr(digits.size() - frac);
  return out;
}

/// c / 10^drop rounded by `mode`, written out from the definitions of the modes.
big reference_round(const big& c, unsigned drop, rounding mode) {
  const big d = pow10(drop);
  const big q = c / d;  // truncates toward zero
  const big r = c - q * d;
  if (r == 0) return q;
  const bool negative = c < 0;
  const big toward_zero = q;
  const big away = negative ? big(q - 1) : big(q + 1);
  const big twice = boost::multiprecision::abs(r) * 2;
  const int half = twice < d ? -1 : (twice == d ? 0 : 1);
  switch (mode) {
    case rounding::down: return toward_zero;
    case rounding::up: return away;
    case rounding::floor: return negative ? away : toward_zero;
    case rounding::ceiling: return negative ? toward_zero : away;
    case rounding::half_up: return half >= 0 ? away : toward_zero;
    case rounding::half_down: return half > 0 ? away : toward_zero;
    case rounding::half_even:
      if (half != 0) return half > 0 ? away : toward_zero;
      return boost::multiprecision::bit_test(boost::multiprecision::abs(q), 0) ? away : toward_zero;
  }
  return q;
}

/// The same value with 40 more zeros and 40 more places: beyond 128 bits, so every operation
/// on it takes the cpp_int path.
decimal big_twin(const decimal& x) { return decimal(x.coefficient() * pow10(40), x.scale() + 40); }

constexpr rounding all_modes[] = {rounding::half_even, rounding::half_up, rounding::half_down, rounding::down,
                                  rounding::up,        rounding::floor,   rounding::ceiling};

}  // namespace

TEST_CASE("decimal: rounding k = 1..45 digits matches cpp_int in every mode", "[decimal][rounding][fast]") {
  generator g{20240611};
  for (unsigned k = 1; k <= 45; ++k) {
    for (rounding mode : all_modes) {
      for (int n = 0; n < 40; ++n) {
        const big c = signed_value(g, k);
        const int scale = static_cast<int>(g.below(41));
        const int places = scale - static_cast<int>(k);
        const decimal x(c, scale);
        big q = reference_round(c, k, mode);
        if (places < 0) q *= pow10(static_cast<unsigned>(-places));
        const std::string expected = expected_string(q, std::max(places, 0));
        INFO("k " << k << ", " << eok::to_string(mode) << ", " << expected_string(c, scale) << " to " << places);
        CHECK(x.rounded(places, mode).to_string() == expected);
        CHECK(big_twin(x).rounded(places, mode).to_string() == expected);
      }
    }
  }
}

TEST_CASE("decimal: negative ties round like positive ones, mirrored", "[decimal][rounding][fast]") {
  // 2.5 × 10^j and friends, just below 2^63, just above 2^64 and near 2^127.
  const std::vector<std::string> ties = {"2.5", "3.5", "-2.5", "-3.5", "18446744073709551615.5", "-18446744073709551615.5",
                                         "922337203685477580.5", "-922337203685477580.5",
                                         "1844674407370955162.5", "-1844674407370955163.5",
                                         "17014118346046923173168730371588410572.5",
                                         "-17014118346046923173168730371588410571.5"};
  const char* expected[][7] = {
      // half_even, half_up, half_down, down, up, floor, ceiling
      {"2", "3", "2", "2", "3", "2", "3"},
      {"4", "4", "3", "3", "4", "3", "4"},
      {"-2", "-3", "-2", "-2", "-3", "-3", "-2"},
      {"-4", "-4", "-3", "-3", "-4", "-4", "-3"},
      // 2^64 - 1 is odd: half-even carries into the high word
      {"18446744073709551616", "18446744073709551616", "18446744073709551615", "18446744073709551615",
       "18446744073709551616", "18446744073709551615", "18446744073709551616"},
      {"-18446744073709551616", "-18446744073709551616", "-18446744073709551615", "-18446744073709551615",
       "-18446744073709551616", "-18446744073709551616", "-18446744073709551615"},
      {"922337203685477580", "922337203685477581", "922337203685477580", "922337203685477580",
       "922337203685477581", "922337203685477580", "922337203685477581"},
      {"-922337203685477580", "-922337203685477581", "-922337203685477580", "-922337203685477580",
       "-922337203685477581", "-922337203685477581", "-922337203685477580"},
      {"1844674407370955162", "1844674407370955163", "1844674407370955162", "1844674407370955162",
       "1844674407370955163", "1844674407370955162", "1844674407370955163"},
      {"-1844674407370955164", "-1844674407370955164", "-1844674407370955163", "-1844674407370955163",
       "-1844674407370955164", "-1844674407370955164", "-1844674407370955163"},
      {"17014118346046923173168730371588410572", "17014118346046923173168730371588410573",
       "17014118346046923173168730371588410572", "17014118346046923173168730371588410572",
       "17014118346046923173168730371588410573", "17014118346046923173168730371588410572",
       "17014118346046923173168730371588410573"},
      {"-17014118346046923173168730371588410572", "-17014118346046923173168730371588410572",
       "-17014118346046923173168730371588410571", "-17014118346046923173168730371588410571",
       "-17014118346046923173168730371588410572", "-17014118346046923173168730371588410572",
       "-17014118346046923173168730371588410571"},
  };
  for (std::size_t i = 0; i < ties.size(); ++i) {
    for (std::size_t m = 0; m < 7; ++m) {
      INFO(ties[i] << " " << eok::to_string(all_modes[m]));
      CHECK(d(ties[i].c_str()).rounded(0, all_modes[m]).to_string() == expected[i][m]);
      CHECK(big_twin(d(ties[i].c_str())).rounded(0, all_modes[m]).to_string() == expected[i][m]);
    }
  }
}

TEST_CASE("decimal: multiplication across 2^63, 2^64 and 2^127 matches cpp_int", "[decimal][fast]") {
  SECTION("generated pairs") {
    generator g{77};
    for (int n = 0; n < 4000; ++n) {
      const big a = signed_value(g);
      const big b = signed_value(g);
      const int sa = static_cast<int>(g.below(8));
      const int sb = static_cast<int>(g.below(8));
      const decimal x(a, sa);
      const decimal y(b, sb);
      const std::string expected = expected_string(a * b, sa + sb);
      INFO(expected_string(a, sa) << " × " << expected_string(b, sb));
      CHECK((x * y).to_string() == expected);
      CHECK((big_twin(x) * y).normalized() == (x * y).normalized());
      CHECK((x * y).coefficient() == a * b);
    }
  }
  SECTION("the edges, one by one") {
    const std::string p126 = "85070591730234615865843651857942052864";
    const std::string p127 = "170141183460469231731687303715884105728";
    const std::string max = "170141183460469231731687303715884105727";  // 2^127 - 1, the largest small value
    const decimal min64 = decimal(INT64_MIN);
    CHECK((min64 * min64).to_string() == p126);                  // 64-bit path, the largest product
    CHECK((min64 * decimal(INT64_MAX)).to_string() == "-85070591730234615856620279821087277056");
    CHECK((d("9223372036854775808") * d("9223372036854775808")).to_string() == p126);  // 2^63: 128-bit path
    CHECK((d("18446744073709551616") * d("9223372036854775808")).to_string() == p127);  // 2^127: cpp_int
    // -2^127 fits in a signed 128-bit integer but cannot be negated there, so it is kept in cpp_int.
    const decimal lowest = d("-18446744073709551616") * d("9223372036854775808");
    CHECK(lowest.to_string() == "-" + p127);
    CHECK((-lowest).to_string() == p127);
    CHECK(lowest.abs().to_string() == p127);
    CHECK(std::hash<decimal>{}(lowest) == std::hash<decimal>{}(d(("-" + p127).c_str())));
    CHECK((d(max.c_str()) * decimal(1)).to_string() == max);
    CHECK((d(max.c_str()) * decimal(-1)).to_string() == "-" + max);
    CHECK((d(max.c_str()) * decimal(2)).to_string() == "340282366920938463463374607431768211454");
    CHECK((d(max.c_str()) * d("0.5")).to_string() == "85070591730234615865843651857942052863.5");
  }
  SECTION("the scale limit") {
    const decimal tiny = decimal::from_parts(1, 60000);
    try {
      (void)(tiny * tiny);
      FAIL("no exception");
    } catch (const eok::error& e) {
      CHECK(e.code() == eok::errc::invalid_argument);
      CHECK(std::string(e.what()) == "a decimal scale cannot exceed 100000");
    }
  }
}

TEST_CASE("decimal: addition and comparison at the 2^127 edge", "[decimal][fast]") {
  const decimal max = d("170141183460469231731687303715884105727");
  const decimal over = max + decimal(1);
  CHECK(over.to_string() == "170141183460469231731687303715884105728");
  CHECK(over - decimal(1) == max);
  CHECK((-max - decimal(1)).to_string() == "-170141183460469231731687303715884105728");
  CHECK((-max - decimal(1)) + decimal(1) == -max);
  CHECK(over > max);
  CHECK(-over < -max);
  CHECK(std::hash<decimal>{}(over - decimal(1)) == std::hash<decimal>{}(max));
  // Rescaling for the sum overflows 128 bits although both inputs fit.
  CHECK((d("100000000000000000000000000000000000000") + d("0.1")).to_string() ==
        "100000000000000000000000000000000000000.1");
  CHECK((d("17014118346046923173168730371588410572.7") - d("-0.3")).to_string() ==
        "17014118346046923173168730371588410573.0");
  generator g{5};
  for (int n = 0; n < 3000; ++n) {
    const big a = signed_value(g);
    const big b = signed_value(g);
    const int sa = static_cast<int>(g.below(40));
    const int sb = static_cast<int>(g.below(40));
    const decimal x(a, sa);
    const decimal y(b, sb);
    const int s = std::max(sa, sb);
    const big xa = a * pow10(static_cast<unsigned>(s - sa));
    const big yb = b * pow10(static_cast<unsigned>(s - sb));
    INFO(expected_string(a, sa) << " and " << expected_string(b, sb));
    CHECK((x + y).to_string() == expected_string(xa + yb, s));
    CHECK((x - y).to_string() == expected_string(xa - yb, s));
    CHECK(compare(x, y) == (xa < yb ? -1 : (xa > yb ? 1 : 0)));
    CHECK(compare(x, big_twin(y)) == compare(x, y));
    CHECK(x == big_twin(x));
    CHECK(std::hash<decimal>{}(x) == std::hash<decimal>{}(big_twin(x)));
    CHECK(x.to_string() == expected_string(a, sa));
    CHECK(x.normalized() == x);
  }
}

TEST_CASE("decimal: dividing 128-bit magnitudes by 10^k without a library call", "[decimal][fast]") {
  namespace dt = eok::detail;
  generator g{99};
  SECTION("128-by-64 steps, hardware and reciprocal") {
    for (unsigned k = 0; k <= 19; ++k) {
      const std::uint64_t dk = dt::pow10_u64[k];
      for (int n = 0; n < 2000; ++n) {
        std::uint64_t hi = n < 3 ? dk - 1 : g.below(dk);
        std::uint64_t lo = n == 0 ? ~std::uint64_t{0} : (n == 1 ? 0 : g.next());
        const u128 u = (static_cast<u128>(hi) << 64) | lo;
        std::uint64_t r1 = 0;
        std::uint64_t r2 = 0;
        const std::uint64_t q1 = dt::divide_2by1_pow10(hi, lo, k, r1);
        const std::uint64_t q2 = dt::divide_2by1_pow10_reciprocal(hi, lo, k, r2);
        INFO("k " << k << " hi " << hi << " lo " << lo);
        CHECK(q1 == static_cast<std::uint64_t>(u / dk));
        CHECK(r1 == static_cast<std::uint64_t>(u % dk));
        CHECK(q2 == q1);
        CHECK(r2 == r1);
      }
    }
  }
  SECTION("any magnitude below 2^127, any k up to 38") {
    const u128 top = (static_cast<u128>(1) << 127) - 1;
    for (unsigned k = 0; k <= 38; ++k) {
      const u128 dk = dt::pow10_u128[k];
      for (int n = 0; n < 1000; ++n) {
        u128 u = 0;
        if (n < 4) {
          const u128 edges[] = {top, 0, (static_cast<u128>(1) << 64) * (k <= 19 ? dt::pow10_u64[k] : 1), dk};
          u = edges[n] > top ? top : edges[n];
        } else {
          u = ((static_cast<u128>(g.next()) << 64) | g.next()) >> g.below(128);
          if (u > top) u >>= 1;
        }
        u128 rem = 0;
        const u128 q = dt::divide_pow10(u, k, rem);
        INFO("k " << k << " n " << n);
        CHECK((q == u / dk && rem == u % dk));
      }
    }
  }
}

TEST_CASE("decimal: rounding past every digit, and to absurd positions", "[decimal][rounding]") {
  CHECK(d("123.45").rounded(-50, rounding::up).to_string() == "1" + std::string(50, '0'));
  CHECK(d("123.45").rounded(-50, rounding::half_up).to_string() == "0");
  CHECK(d("-0.001").rounded(-45, rounding::floor).to_string() == "-1" + std::string(45, '0'));
  CHECK(d("-0.001").rounded(-45, rounding::down).to_string() == "0");
  CHECK(d("0.000").rounded(-45, rounding::up).to_string() == "0");
  CHECK(d("170141183460469231731687303715884105727").rounded(-37, rounding::up).to_string() ==
        "180000000000000000000000000000000000000");  // the zeros put back do not fit in 128 bits
  for (int places : {INT_MIN, -100001}) {
    try {
      (void)d("5").rounded(places, rounding::up);
      FAIL("no exception");
    } catch (const eok::error& e) {
      CHECK(e.code() == eok::errc::invalid_argument);
      CHECK(std::string(e.what()) == "cannot round to a power of ten above 10^100000");
    }
  }
  CHECK(d("5").rounded(-100000, rounding::down).to_string() == "0");
  try {
    (void)d("5").rounded(INT_MAX, rounding::up);
    FAIL("no exception");
  } catch (const eok::error& e) {
    CHECK(std::string(e.what()) == "a decimal scale cannot exceed 100000");
  }
}

TEST_CASE("decimal: copies of values beyond 128 bits are independent", "[decimal]") {
  const decimal original = d("123456789012345678901234567890123456789012345");
  decimal copy = original;
  copy += decimal(1);
  CHECK(original.to_string() == "123456789012345678901234567890123456789012345");
  CHECK(copy.to_string() == "123456789012345678901234567890123456789012346");
  decimal assigned = decimal(7);
  assigned = original;
  CHECK(assigned == original);
  const decimal& alias = assigned;
  assigned = alias;  // self-assignment keeps the value
  CHECK(assigned.to_string() == "123456789012345678901234567890123456789012345");
  assigned = decimal(3);  // back to two words
  CHECK(assigned.to_string() == "3");
  decimal moved = std::move(copy);
  CHECK(moved.to_string() == "123456789012345678901234567890123456789012346");
  // Move assignment in each direction between the two representations, and a small value
  // moved whole (both coefficient words, the sign in the high one) with its scale.
  decimal target = d("-170141183460469231731687303715884105727.5");  // 40 digits: beyond 128 bits
  target = std::move(moved);
  CHECK(target.to_string() == "123456789012345678901234567890123456789012346");
  target = d("-18446744073709551617.25");
  CHECK(target.to_string() == "-18446744073709551617.25");
  decimal small_moved(std::move(target));
  CHECK(small_moved.to_string() == "-18446744073709551617.25");
  CHECK(small_moved.scale() == 2);
}
