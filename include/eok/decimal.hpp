// eok/decimal.hpp: an exact decimal number, and the rounding modes that may change one.
//
// Exactness is eok's product, so a figure, a rate or a result is never a binary float. A
// `decimal` is an integer coefficient times 10^-scale (scale >= 0): 1496.81 is 149681 with scale
// 2, and 163조 is 163000000000000 with scale 0. Values whose coefficient fits in a signed
// 128-bit integer live in that integer, and every operation on them checks for overflow; a
// result that does not fit moves to an arbitrary-precision integer (Boost.Multiprecision's
// cpp_int, expression templates off), so there is no cap and no silent wrap-around: 1해 won
// times a six-digit rate is as exact as 1 won times 1.
//
// Addition, subtraction and multiplication are exact. Anything that can lose digits (division,
// rounding to fewer places, to a power of ten or to significant digits) takes a `rounding` at
// the call site, in the style of mp-units' rounding policies, and the name of the operation
// says what it returns (`rounded`, `divided`, `rescaled`, `normalized`).
//
// Things you should know:
// - `decimal` cannot be built from `double` or `float`; those constructors are deleted.
// - Equality and ordering ignore scale: `1.50 == 1.5`, and both hash the same.
// - `to_string()` keeps the scale (`1.50`); `normalized()` drops trailing fractional zeros.
#ifndef EOK_DECIMAL_HPP
#define EOK_DECIMAL_HPP

#include <eok/error.hpp>
#include <eok/quantity.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#if !defined(__SIZEOF_INT128__)
#error "eok needs a compiler with a 128-bit integer type (GCC or Clang)"
#endif

namespace eok {

/// How to choose when a value lies between two representable results.
enum class rounding : unsigned char {
  half_even,  ///< to nearest; ties to the even neighbour (banker's rounding)
  half_up,    ///< to nearest; ties away from zero
  half_down,  ///< to nearest; ties toward zero
  down,       ///< toward zero (truncation)
  up,         ///< away from zero
  floor,      ///< toward negative infinity
  ceiling,    ///< toward positive infinity
};

/// The name of a rounding mode as the CLI and JSON spell it ("half-even").
[[nodiscard]] constexpr std::string_view to_string(rounding mode) noexcept {
  switch (mode) {
    case rounding::half_even: return "half-even";
    case rounding::half_up: return "half-up";
    case rounding::half_down: return "half-down";
    case rounding::down: return "down";
    case rounding::up: return "up";
    case rounding::floor: return "floor";
    case rounding::ceiling: return "ceiling";
  }
  return "half-even";
}

/// The rounding mode named `name` ("half-even" or "half_even", ...), if there is one.
[[nodiscard]] constexpr std::optional<rounding> rounding_from_string(std::string_view name) noexcept {
  constexpr std::array<rounding, 7> all{rounding::half_even, rounding::half_up, rounding::half_down,
                                        rounding::down,      rounding::up,      rounding::floor,
                                        rounding::ceiling};
  for (rounding r : all) {
    const std::string_view n = to_string(r);
    if (n.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < n.size(); ++i) {
      const char a = n[i];
      const char b = name[i] == '_' ? '-' : name[i];
      if (a != b) same = false;
    }
    if (same) return r;
  }
  return std::nullopt;
}

namespace detail {

/// Arbitrary-precision integer with expression templates off, so `auto` never dangles.
using big_int = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>,
                                              boost::multiprecision::et_off>;
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

inline constexpr int128 int128_max = static_cast<int128>((~static_cast<uint128>(0)) >> 1);
inline constexpr int128 int128_min = -int128_max - 1;

/// 10^k for k in [0, 38], the powers that fit in a signed 128-bit integer.
inline constexpr std::array<uint128, 39> pow10_u128 = [] {
  std::array<uint128, 39> t{};
  uint128 v = 1;
  for (std::size_t i = 0; i < t.size(); ++i) {
    t[i] = v;
    v *= 10;
  }
  return t;
}();

inline big_int pow10_big(unsigned k) {
  big_int r = 1;
  big_int base = 10;
  while (k != 0) {
    if ((k & 1u) != 0) r *= base;
    k >>= 1;
    if (k != 0) base *= base;
  }
  return r;
}

inline big_int to_big(int128 v) {
  const bool neg = v < 0;
  const uint128 m = neg ? static_cast<uint128>(0) - static_cast<uint128>(v) : static_cast<uint128>(v);
  big_int r = static_cast<std::uint64_t>(m >> 64);
  r <<= 64;
  r += static_cast<std::uint64_t>(m);
  return neg ? big_int(-r) : r;
}

/// `v` as int128 if it fits (excluding int128_min, so negation stays safe).
inline std::optional<int128> to_int128(const big_int& v) {
  if (v.is_zero()) return int128{0};
  if (boost::multiprecision::msb(boost::multiprecision::abs(v)) >= 127) return std::nullopt;
  const big_int m = boost::multiprecision::abs(v);
  const big_int hi_part = m >> 64;
  const big_int lo_part = m & big_int(std::numeric_limits<std::uint64_t>::max());
  const auto hi = hi_part.convert_to<std::uint64_t>();
  const auto lo = lo_part.convert_to<std::uint64_t>();
  const auto mag = static_cast<int128>((static_cast<uint128>(hi) << 64) | lo);
  return v.sign() < 0 ? -mag : mag;
}

/// Whether a truncated quotient must move one step away from zero, given the remainder's size
/// against the divisor (`twice_rem_vs_div`: <0, 0, >0 for 2|r| <, ==, > |d|), whether the
/// remainder is zero, the sign of the exact quotient and whether the truncated quotient is odd.
constexpr bool round_away(rounding mode, bool rem_zero, int twice_rem_vs_div, bool negative,
                          bool odd) noexcept {
  if (rem_zero) return false;
  switch (mode) {
    case rounding::down: return false;
    case rounding::up: return true;
    case rounding::floor: return negative;
    case rounding::ceiling: return !negative;
    case rounding::half_up: return twice_rem_vs_div >= 0;
    case rounding::half_down: return twice_rem_vs_div > 0;
    case rounding::half_even: return twice_rem_vs_div > 0 || (twice_rem_vs_div == 0 && odd);
  }
  return false;
}

/// Rounded quotient of magnitudes u / 10^k for k in [1, 38]; a switch gives the compiler
/// constant divisors for the common small k, which it turns into multiplications.
inline uint128 divide_pow10_u128(uint128 u, int k, uint128& rem) noexcept {
  uint128 q = 0;
  switch (k) {
#define EOK_DETAIL_POW10_CASE(K) \
  case K:                        \
    q = u / pow10_u128[K];       \
    rem = u - q * pow10_u128[K]; \
    return q;
    EOK_DETAIL_POW10_CASE(1)
    EOK_DETAIL_POW10_CASE(2)
    EOK_DETAIL_POW10_CASE(3)
    EOK_DETAIL_POW10_CASE(4)
    EOK_DETAIL_POW10_CASE(5)
    EOK_DETAIL_POW10_CASE(6)
    EOK_DETAIL_POW10_CASE(7)
    EOK_DETAIL_POW10_CASE(8)
    EOK_DETAIL_POW10_CASE(9)
    EOK_DETAIL_POW10_CASE(10)
    EOK_DETAIL_POW10_CASE(11)
    EOK_DETAIL_POW10_CASE(12)
#undef EOK_DETAIL_POW10_CASE
    default:
      q = u / pow10_u128[static_cast<std::size_t>(k)];
      rem = u - q * pow10_u128[static_cast<std::size_t>(k)];
      return q;
  }
}

/// round(n / d) under `mode` for arbitrary-precision integers; d must not be zero.
inline big_int divide_rounded(const big_int& n, const big_int& d, rounding mode) {
  big_int q;
  big_int r;
  boost::multiprecision::divide_qr(n, d, q, r);
  const bool negative = (n.sign() < 0) != (d.sign() < 0);
  const big_int twice = boost::multiprecision::abs(r) * 2;
  const big_int ad = boost::multiprecision::abs(d);
  const int cmp = twice < ad ? -1 : (twice == ad ? 0 : 1);
  const bool odd = boost::multiprecision::bit_test(boost::multiprecision::abs(q), 0);
  if (round_away(mode, r.is_zero(), cmp, negative, odd)) q += negative ? -1 : 1;
  return q;
}

}  // namespace detail

/// An exact decimal: coefficient × 10^-scale, with scale >= 0.
class decimal {
public:
  using big_int = detail::big_int;

  /// The most digits `parse` accepts in one number; longer input is an error, not a hang.
  static constexpr std::size_t max_parse_digits = 1000;

  /// Zero.
  decimal() noexcept = default;

  /// An integer value (any integral type but bool).
  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  explicit decimal(Int value) noexcept : small_(static_cast<detail::int128>(value)) {}

  decimal(double) = delete;
  decimal(float) = delete;
  decimal(long double) = delete;

  /// coefficient × 10^-scale; throws `error(errc::invalid_argument)` for a negative scale.
  decimal(const big_int& coefficient, int scale) : scale_(checked_scale(scale)) { assign(coefficient); }

  /// coefficient × 10^-scale from a machine integer: `decimal::from_parts(149681, 2)` is 1496.81.
  [[nodiscard]] static decimal from_parts(std::int64_t coefficient, int scale) {
    decimal d(coefficient);
    d.scale_ = checked_scale(scale);
    return d;
  }

  /// Reads `[+-]digits[.digits]`, nothing else (no spaces, no grouping, no exponent); throws
  /// `parse_error` naming the position.
  [[nodiscard]] static decimal parse(std::string_view text) {
    result<decimal> r = try_parse(text);
    if (!r) throw parse_error(r.error().code(), r.error().message(), r.error().position());
    return std::move(r).value();
  }

  /// `parse` that returns the error instead of throwing it.
  [[nodiscard]] static result<decimal> try_parse(std::string_view text) {
    auto fail = [&](errc code, std::size_t at, std::string message) -> result<decimal> {
      return error(code, std::move(message), position_at(text, at));
    };
    if (text.empty()) return fail(errc::empty_input, 0, "expected a number, found nothing");
    std::size_t i = 0;
    bool negative = false;
    if (text[0] == '+' || text[0] == '-') {
      negative = text[0] == '-';
      ++i;
    }
    std::string digits;
    std::size_t int_digits = 0;
    std::size_t frac_digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (c >= '0' && c <= '9') {
        digits.push_back(c);
        (point ? frac_digits : int_digits) += 1;
        if (digits.size() > max_parse_digits) {
          return fail(errc::number_too_long, i,
                      "a number may have at most " + std::to_string(max_parse_digits) + " digits");
        }
      } else if (c == '.' && !point) {
        if (int_digits == 0) return fail(errc::invalid_number, i, "expected a digit before '.'");
        point = true;
      } else if (c == '.') {
        return fail(errc::invalid_number, i, "a number may have only one decimal point");
      } else {
        return fail(errc::unexpected_character, i, "expected a digit, found " + describe_at(text, i));
      }
    }
    if (int_digits == 0) return fail(errc::invalid_number, text.size(), "expected a digit");
    if (point && frac_digits == 0) {
      return fail(errc::invalid_number, text.size(), "expected a digit after '.'");
    }
    return from_digits(digits, static_cast<int>(frac_digits), negative);
  }

  /// Builds a value from a string of ASCII digits (no sign, no point) and a scale. Used by
  /// parsers that have already validated and collected the digits.
  [[nodiscard]] static decimal from_digits(std::string_view digits, int scale, bool negative = false) {
    decimal d;
    d.scale_ = checked_scale(scale);
    // Leading zeros would make cpp_int read the string as octal.
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    if (digits.size() <= 38) {
      detail::int128 v = 0;
      for (char c : digits) v = v * 10 + (c - '0');
      d.small_ = negative ? -v : v;
      return d;
    }
    const big_int v{std::string(digits)};
    d.assign(negative ? big_int(-v) : v);
    return d;
  }

  // ---- observers ------------------------------------------------------------------------

  /// The integer coefficient (value × 10^scale).
  [[nodiscard]] big_int coefficient() const { return big_ ? *big_ : detail::to_big(small_); }
  /// Digits after the decimal point in this representation.
  [[nodiscard]] int scale() const noexcept { return scale_; }
  /// -1, 0 or 1.
  [[nodiscard]] int sign() const noexcept {
    if (big_) return big_->sign();
    return small_ < 0 ? -1 : (small_ > 0 ? 1 : 0);
  }
  [[nodiscard]] bool is_zero() const noexcept { return sign() == 0; }
  [[nodiscard]] bool is_negative() const noexcept { return sign() < 0; }
  /// Whether the value is a whole number.
  [[nodiscard]] bool is_integer() const { return normalized().scale_ == 0; }
  /// Number of digits in the coefficient (1 for zero).
  [[nodiscard]] std::size_t digit_count() const { return magnitude_digits().size(); }

  // ---- arithmetic -----------------------------------------------------------------------

  [[nodiscard]] decimal operator-() const {
    decimal r = *this;
    if (big_) {
      r.assign(big_int(-*big_));
    } else {
      r.small_ = -small_;
    }
    return r;
  }

  friend decimal operator+(const decimal& a, const decimal& b) { return add(a, b, false); }
  friend decimal operator-(const decimal& a, const decimal& b) { return add(a, b, true); }
  friend decimal operator*(const decimal& a, const decimal& b) {
    decimal r;
    r.scale_ = checked_scale(static_cast<long long>(a.scale_) + b.scale_);
    if (!a.big_ && !b.big_) {
      detail::int128 p = 0;
      if (!__builtin_mul_overflow(a.small_, b.small_, &p) && p != detail::int128_min) {
        r.small_ = p;
        return r;
      }
    }
    r.assign(a.coefficient() * b.coefficient());
    return r;
  }
  decimal& operator+=(const decimal& o) { return *this = *this + o; }
  decimal& operator-=(const decimal& o) { return *this = *this - o; }
  decimal& operator*=(const decimal& o) { return *this = *this * o; }

  /// this / divisor with `result_scale` digits after the point, rounded by `mode`. Throws
  /// `error(errc::division_by_zero)` when divisor is zero.
  [[nodiscard]] decimal divided(const decimal& divisor, int result_scale, rounding mode) const {
    if (divisor.is_zero()) throw error(errc::division_by_zero, "division by zero");
    checked_scale(result_scale);
    // (a / 10^sa) / (b / 10^sb) * 10^rs = a * 10^(rs + sb - sa) / b
    const long long shift = static_cast<long long>(result_scale) + divisor.scale_ - scale_;
    big_int n = coefficient();
    big_int d = divisor.coefficient();
    if (shift >= 0) {
      n *= detail::pow10_big(static_cast<unsigned>(shift));
    } else {
      d *= detail::pow10_big(static_cast<unsigned>(-shift));
    }
    return decimal(detail::divide_rounded(n, d, mode), result_scale);
  }

  /// Whether this / divisor has a finite decimal expansion, and if so the exact quotient.
  [[nodiscard]] std::optional<decimal> divided_exactly(const decimal& divisor) const {
    if (divisor.is_zero()) throw error(errc::division_by_zero, "division by zero");
    // The quotient terminates iff the reduced denominator has only factors 2 and 5.
    big_int n = coefficient();
    big_int d = divisor.coefficient();
    const big_int g = boost::multiprecision::gcd(n, d);
    if (!g.is_zero()) d /= g;
    d = boost::multiprecision::abs(d);
    int twos = 0;
    int fives = 0;
    while (!d.is_zero() && (d % 2).is_zero()) {
      d /= 2;
      ++twos;
    }
    while (!d.is_zero() && (d % 5).is_zero()) {
      d /= 5;
      ++fives;
    }
    if (d != 1) return std::nullopt;
    const int extra = std::max(twos, fives);
    const decimal q = divided(divisor, std::max(scale_, 0) + extra + divisor.scale_, rounding::down);
    return q.normalized();
  }

  // ---- rounding -------------------------------------------------------------------------

  /// Rounded to `places` digits after the point; a negative `places` rounds to a power of ten
  /// (-8 rounds to the 억). The result's scale is max(places, 0).
  [[nodiscard]] decimal rounded(int places, rounding mode) const {
    if (places >= scale_) return rescaled_up(std::max(places, 0));
    const long long drop = static_cast<long long>(scale_) - places;  // digits to remove, >= 1
    decimal r;
    if (!big_ && drop <= 38) {
      const bool negative = small_ < 0;
      const detail::uint128 u = negative ? static_cast<detail::uint128>(-small_)
                                         : static_cast<detail::uint128>(small_);
      detail::uint128 rem = 0;
      detail::uint128 q = detail::divide_pow10_u128(u, static_cast<int>(drop), rem);
      const detail::uint128 d = detail::pow10_u128[static_cast<std::size_t>(drop)];
      const int cmp = rem > d - rem ? 1 : (rem == d - rem ? 0 : -1);
      if (detail::round_away(mode, rem == 0, cmp, negative, (q & 1u) != 0)) ++q;
      if (places >= 0) {
        r.scale_ = places;
        r.small_ = negative ? -static_cast<detail::int128>(q) : static_cast<detail::int128>(q);
        return r;
      }
      // Put the zeros back: q × 10^-places, scale 0.
      big_int v = detail::to_big(negative ? -static_cast<detail::int128>(q) : static_cast<detail::int128>(q));
      v *= detail::pow10_big(static_cast<unsigned>(-places));
      r.assign(v);
      return r;
    }
    big_int q = detail::divide_rounded(coefficient(), detail::pow10_big(static_cast<unsigned>(drop)), mode);
    if (places < 0) q *= detail::pow10_big(static_cast<unsigned>(-places));
    r.scale_ = std::max(places, 0);
    r.assign(q);
    return r;
  }

  /// Rounded to a multiple of 10^exponent: `rounded_to_power(12, m)` rounds to the 조.
  [[nodiscard]] decimal rounded_to_power(int exponent, rounding mode) const {
    return rounded(-exponent, mode);
  }

  /// Rounded to `digits` significant digits (digits >= 1); zero stays zero.
  [[nodiscard]] decimal rounded_significant(int digits, rounding mode) const {
    if (digits < 1) throw error(errc::invalid_argument, "significant digits must be at least 1");
    if (is_zero()) return *this;
    // The leading digit sits at 10^(count - 1 - scale); keep `digits` places from there.
    const long long lead = static_cast<long long>(digit_count()) - 1 - scale_;
    const long long places = static_cast<long long>(digits) - 1 - lead;
    decimal r = rounded(static_cast<int>(places), mode);
    // Rounding can carry into a new digit (999 -> 1000); that only adds a zero, so it is fine.
    return r;
  }

  /// The same value with exactly `new_scale` digits after the point, rounding by `mode` if
  /// digits are dropped.
  [[nodiscard]] decimal rescaled(int new_scale, rounding mode) const {
    checked_scale(new_scale);
    if (new_scale >= scale_) return rescaled_up(new_scale);
    return rounded(new_scale, mode);
  }

  /// The same value with trailing fractional zeros removed (1.500 -> 1.5, 2.0 -> 2).
  [[nodiscard]] decimal normalized() const {
    if (scale_ == 0 || is_zero()) {
      decimal r = *this;
      r.scale_ = 0;
      return r;
    }
    if (!big_) {
      decimal r = *this;
      while (r.scale_ > 0 && r.small_ % 10 == 0) {
        r.small_ /= 10;
        --r.scale_;
      }
      return r;
    }
    big_int c = *big_;
    int s = scale_;
    while (s > 0 && (c % 10).is_zero()) {
      c /= 10;
      --s;
    }
    return decimal(c, s);
  }

  /// The place value of the last digit of this representation: 10^-scale (1 for scale 0).
  [[nodiscard]] decimal ulp() const { return from_parts(1, scale_); }

  // ---- comparison -----------------------------------------------------------------------

  /// -1, 0 or 1 as a is less than, equal to or greater than b; scale does not matter.
  [[nodiscard]] friend int compare(const decimal& a, const decimal& b) {
    if (!a.big_ && !b.big_ && a.scale_ == b.scale_) {
      return a.small_ < b.small_ ? -1 : (a.small_ > b.small_ ? 1 : 0);
    }
    const int sa = a.sign();
    const int sb = b.sign();
    if (sa != sb) return sa < sb ? -1 : 1;
    const int s = std::max(a.scale_, b.scale_);
    const big_int x = a.coefficient() * detail::pow10_big(static_cast<unsigned>(s - a.scale_));
    const big_int y = b.coefficient() * detail::pow10_big(static_cast<unsigned>(s - b.scale_));
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  friend bool operator==(const decimal& a, const decimal& b) { return compare(a, b) == 0; }
  friend bool operator!=(const decimal& a, const decimal& b) { return compare(a, b) != 0; }
  friend bool operator<(const decimal& a, const decimal& b) { return compare(a, b) < 0; }
  friend bool operator<=(const decimal& a, const decimal& b) { return compare(a, b) <= 0; }
  friend bool operator>(const decimal& a, const decimal& b) { return compare(a, b) > 0; }
  friend bool operator>=(const decimal& a, const decimal& b) { return compare(a, b) >= 0; }

  [[nodiscard]] decimal abs() const { return is_negative() ? -*this : *this; }

  /// A hash equal for equal values whatever their scale.
  [[nodiscard]] std::size_t hash() const {
    const decimal n = normalized();
    std::size_t h = std::hash<int>{}(n.scale_);
    if (!n.big_) {
      const auto u = static_cast<detail::uint128>(n.small_);
      h ^= std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(u)) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
      h ^= std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(u >> 64)) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
      return h;
    }
    return h ^ std::hash<std::string>{}(n.big_->str());
  }

  // ---- formatting -----------------------------------------------------------------------

  /// Plain digits with an optional sign and point, keeping the scale: "-1234.50".
  [[nodiscard]] std::string to_string() const { return layout(magnitude_digits(), "", false); }

  /// Digits grouped by three with commas in the integer part: "163,152,290,000,000", "1,234.56".
  [[nodiscard]] std::string to_grouped_string() const { return layout(magnitude_digits(), ",", false); }

  /// Korean myriad units, each group grouped by three: "163조 1,522억 9,000만"; zero groups are
  /// left out, the fraction stays on the last group ("1만 2,345.67"), and groups above 극
  /// (10^48) stay as digits in the top group.
  [[nodiscard]] std::string to_korean_string() const {
    std::string digits = magnitude_digits();
    const std::size_t frac = static_cast<std::size_t>(scale_);
    if (digits.size() <= frac) digits.insert(0, frac + 1 - digits.size(), '0');
    const std::string int_part = digits.substr(0, digits.size() - frac);
    const std::string frac_part = frac > 0 ? digits.substr(digits.size() - frac) : "";
    std::string out = is_negative() ? "-" : "";
    // Split into groups of four from the right.
    const std::size_t groups = (int_part.size() + 3) / 4;
    const std::size_t top_max = myriad_scales.size();  // groups 0..top_max have names (0: none)
    bool wrote = false;
    bool units_written = false;
    for (std::size_t g = groups; g-- > 0;) {
      if (g > top_max) continue;  // folded into the top named group below
      std::size_t lo = int_part.size() - std::min(int_part.size(), (g + 1) * 4);
      const std::size_t hi = int_part.size() - g * 4;
      if (g == top_max) lo = 0;  // everything above 극 joins 극's group
      const std::string_view group(int_part.data() + lo, hi - lo);
      const std::size_t nz = group.find_first_not_of('0');
      if (nz == std::string_view::npos && !(g == 0 && !wrote)) continue;
      if (wrote) out += ' ';
      out += group_by_three(nz == std::string_view::npos ? std::string("0") : std::string(group.substr(nz)));
      if (g > 0) out += myriad_scales[g - 1].hangul;
      wrote = true;
      units_written = g == 0;
    }
    if (!frac_part.empty()) {
      if (!units_written) out += " 0";
      out += '.';
      out += frac_part;
    }
    return out;
  }

  friend std::ostream& operator<<(std::ostream& os, const decimal& d) { return os << d.to_string(); }

private:
  static int checked_scale(long long scale) {
    if (scale < 0) throw error(errc::invalid_argument, "a decimal scale cannot be negative");
    if (scale > 100000) throw error(errc::invalid_argument, "a decimal scale cannot exceed 100000");
    return static_cast<int>(scale);
  }

  void assign(const big_int& v) {
    if (auto s = detail::to_int128(v)) {
      small_ = *s;
      big_.reset();
    } else {
      small_ = 0;
      big_ = std::make_shared<const big_int>(v);
    }
  }

  decimal rescaled_up(int new_scale) const {
    if (new_scale == scale_) return *this;
    const int up = new_scale - scale_;
    decimal r;
    r.scale_ = new_scale;
    if (!big_ && up <= 38) {
      detail::int128 p = 0;
      if (!__builtin_mul_overflow(small_, static_cast<detail::int128>(detail::pow10_u128[static_cast<std::size_t>(up)]), &p) &&
          p != detail::int128_min) {
        r.small_ = p;
        return r;
      }
    }
    r.assign(coefficient() * detail::pow10_big(static_cast<unsigned>(up)));
    return r;
  }

  static decimal add(const decimal& a, const decimal& b, bool subtract) {
    const int s = std::max(a.scale_, b.scale_);
    if (!a.big_ && !b.big_) {
      const decimal x = a.rescaled_up(s);
      const decimal y = b.rescaled_up(s);
      if (!x.big_ && !y.big_) {
        detail::int128 r = 0;
        const bool over = subtract ? __builtin_sub_overflow(x.small_, y.small_, &r)
                                   : __builtin_add_overflow(x.small_, y.small_, &r);
        if (!over && r != detail::int128_min) {
          decimal out;
          out.scale_ = s;
          out.small_ = r;
          return out;
        }
      }
    }
    const big_int x = a.coefficient() * detail::pow10_big(static_cast<unsigned>(s - a.scale_));
    const big_int y = b.coefficient() * detail::pow10_big(static_cast<unsigned>(s - b.scale_));
    return decimal(subtract ? big_int(x - y) : big_int(x + y), s);
  }

  /// The coefficient's absolute value as ASCII digits, at least scale + 1 of them.
  std::string magnitude_digits() const {
    std::string digits;
    if (big_) {
      digits = boost::multiprecision::abs(*big_).str();
    } else {
      detail::uint128 u = small_ < 0 ? static_cast<detail::uint128>(-small_) : static_cast<detail::uint128>(small_);
      char buf[40];
      std::size_t n = 0;
      do {
        buf[n++] = static_cast<char>('0' + static_cast<int>(u % 10));
        u /= 10;
      } while (u != 0);
      digits.assign(std::make_reverse_iterator(buf + n), std::make_reverse_iterator(buf));
    }
    return digits;
  }

  static std::string group_by_three(const std::string& int_digits, std::string_view sep = ",") {
    std::string out;
    const std::size_t n = int_digits.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (i != 0 && (n - i) % 3 == 0) out += sep;
      out += int_digits[i];
    }
    return out;
  }

  std::string layout(std::string digits, std::string_view sep, bool) const {
    const std::size_t frac = static_cast<std::size_t>(scale_);
    if (digits.size() <= frac) digits.insert(0, frac + 1 - digits.size(), '0');
    std::string int_part = digits.substr(0, digits.size() - frac);
    std::string out = is_negative() ? "-" : "";
    out += sep.empty() ? int_part : group_by_three(int_part, sep);
    if (frac > 0) {
      out += '.';
      out += digits.substr(digits.size() - frac);
    }
    return out;
  }

  static std::string describe_at(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    if (c >= 0xF0) {
      len = 4;
    } else if (c >= 0xE0) {
      len = 3;
    } else if (c >= 0xC0) {
      len = 2;
    }
    if (c < 0x20 || c == 0x7F) {
      const char* hex = "0123456789ABCDEF";
      return std::string("byte 0x") + hex[c >> 4] + hex[c & 0xF];
    }
    return "'" + std::string(text.substr(i, std::min(len, text.size() - i))) + "'";
  }

  detail::int128 small_ = 0;
  std::shared_ptr<const big_int> big_;  // set only when the coefficient does not fit in small_
  std::int32_t scale_ = 0;
};

}  // namespace eok

template <>
struct std::hash<eok::decimal> {
  std::size_t operator()(const eok::decimal& d) const { return d.hash(); }
};

#endif  // EOK_DECIMAL_HPP
