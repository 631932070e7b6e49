// eok/core/decimal.hpp: an exact decimal number, and the rounding modes that may change one.
//
// Exactness is eok's product, so a figure, a rate or a result is never a binary float. A
// `decimal` is an integer coefficient times 10^-scale (scale >= 0): 1496.81 is 149681 with scale
// 2, and 163조 is 163000000000000 with scale 0. A coefficient that fits in a signed 128-bit
// integer lives in two machine words inside the object, and every operation on it checks for
// overflow; a result that does not fit moves to an arbitrary-precision integer
// (Boost.Multiprecision's cpp_int, expression templates off) behind an owning pointer, so there
// is no cap and no silent wrap-around: 1해 won times a six-digit rate is as exact as 1 won
// times 1. Figures from the news (amounts up to 10^16, rates with a few decimals) never leave
// the words, so converting one allocates nothing and costs a few nanoseconds
// (docs/performance.md, "Exact decimal"). The cpp_int path is compiled into the library
// (src/core/decimal_big.cpp), so this header includes no Boost; the members that hand out or
// take a cpp_int (`coefficient()`, the constructor from one) need <eok/core/decimal_big.hpp>.
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
// - Copying a value beyond 128 bits copies its cpp_int (it is not shared between copies);
//   copying any other value copies 32 bytes.
#ifndef EOK_DECIMAL_HPP
#define EOK_DECIMAL_HPP

#include <eok/core/error.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
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

/// |v| for v > int128_min.
constexpr uint128 magnitude(int128 v) noexcept {
  const auto mask = static_cast<uint128>(v >> 127);  // all ones when negative
  return (static_cast<uint128>(v) ^ mask) - mask;
}

/// q (< 2^127) with the sign given, without a branch.
constexpr int128 with_sign(uint128 q, bool negative) noexcept {
  const uint128 mask = static_cast<uint128>(0) - static_cast<uint128>(negative);
  return static_cast<int128>((q ^ mask) - mask);
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

/// 10^k for k in [0, 19], the powers that fit in 64 bits.
inline constexpr std::array<std::uint64_t, 20> pow10_u64 = [] {
  std::array<std::uint64_t, 20> t{};
  std::uint64_t v = 1;
  for (std::size_t i = 0; i < t.size(); ++i) {
    t[i] = v;
    v *= 10;
  }
  return t;
}();

/// The digits of 0 to 99, two characters each ("00", "01" ... "99"): numbers are written two
/// digits per division (the decimal's coefficient, and every integer the JSON writer writes).
inline constexpr std::array<char, 200> digit_pairs = [] {
  std::array<char, 200> t{};
  for (std::size_t i = 0; i < 100; ++i) {
    t[2 * i] = static_cast<char>('0' + i / 10);
    t[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return t;
}();

/// Writes v's digits to buf least significant first, two per division; returns how many.
inline std::size_t digits_reversed(std::uint64_t v, char* buf) noexcept {
  std::size_t n = 0;
  while (v >= 100) {
    const std::size_t r = static_cast<std::size_t>(v % 100) * 2;
    v /= 100;
    buf[n++] = digit_pairs[r + 1];
    buf[n++] = digit_pairs[r];
  }
  if (v >= 10) {
    buf[n++] = digit_pairs[2 * v + 1];
    buf[n++] = digit_pairs[2 * v];
  } else {
    buf[n++] = static_cast<char>('0' + v);
  }
  return n;
}

/// 10^k prepared for division by multiplication (Möller and Granlund, "Improved division by
/// invariant integers", 2011): the divisor shifted left until its top bit is set, the shift,
/// and the reciprocal floor((2^128 - 1) / divisor) - 2^64.
struct pow10_divisor {
  std::uint64_t divisor = 0;
  std::uint64_t reciprocal = 0;
  unsigned shift = 0;
};

/// `pow10_divisor` for 10^k, k in [0, 19], computed at compile time.
inline constexpr std::array<pow10_divisor, 20> pow10_divisors = [] {
  std::array<pow10_divisor, 20> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    std::uint64_t d = pow10_u64[k];
    unsigned shift = 0;
    while ((d >> 63) == 0) {
      d <<= 1;
      ++shift;
    }
    t[k].divisor = d;
    t[k].shift = shift;
    t[k].reciprocal = static_cast<std::uint64_t>(~static_cast<uint128>(0) / d);  // the 2^64 drops out
  }
  return t;
}();

/// (hi × 2^64 + lo) / 10^k and its remainder, for k in [0, 19] and hi < 10^k, so the quotient
/// fits in 64 bits: two multiplications by the precomputed reciprocal and at most two
/// corrections. This is the portable way; x86-64 uses `divide_2by1_pow10` below.
[[gnu::always_inline]] inline std::uint64_t divide_2by1_pow10_reciprocal(std::uint64_t hi, std::uint64_t lo,
                                                                         unsigned k, std::uint64_t& rem) noexcept {
  const pow10_divisor& p = pow10_divisors[k];
  // Normalize: shift the dividend as far as the divisor (shift < 64; hi < 10^k keeps the
  // dividend within 128 bits). Two 64-bit shifts, as a 128-bit shift by a variable compiles to
  // a longer sequence; `(lo >> 1) >> (63 - shift)` is lo >> (64 - shift) without shifting by 64.
  const std::uint64_t n1 = (hi << p.shift) | ((lo >> 1) >> (63 - p.shift));
  const std::uint64_t n0 = lo << p.shift;
  const uint128 est = static_cast<uint128>(p.reciprocal) * n1 + ((static_cast<uint128>(n1) << 64) | n0);
  std::uint64_t q = static_cast<std::uint64_t>(est >> 64) + 1;
  std::uint64_t r = n0 - q * p.divisor;
  // The first correction goes either way about equally often, so it is done with a mask; the
  // second is rare.
  const std::uint64_t back = static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(r > static_cast<std::uint64_t>(est));
  q += back;
  r += back & p.divisor;
  if (__builtin_expect(r >= p.divisor, 0)) {
    ++q;
    r -= p.divisor;
  }
  rem = r >> p.shift;
  return q;
}

/// `divide_2by1_pow10_reciprocal`, but on x86-64 one `div` instruction, which measured faster
/// (docs/performance.md); define EOK_PORTABLE_DIVISION to use the reciprocal everywhere.
[[gnu::always_inline]] inline std::uint64_t divide_2by1_pow10(std::uint64_t hi, std::uint64_t lo, unsigned k,
                                                              std::uint64_t& rem) noexcept {
#if defined(__x86_64__) && !defined(EOK_PORTABLE_DIVISION)
  std::uint64_t q = 0;
  std::uint64_t r = 0;
  __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(pow10_u64[k]));
  rem = r;
  return q;
#else
  return divide_2by1_pow10_reciprocal(hi, lo, k, rem);
#endif
}

/// Multiply-and-shift constants for hi / 10^k with hi < 2^63 (Granlund and Montgomery,
/// "Division by invariant integers using multiplication", 1994): with l = ceil(log2 10^k) and
/// m = floor(2^(63 + l) / 10^k) + 1, hi / 10^k = (hi × m) >> (63 + l), and m < 2^64.
struct pow10_magic {
  std::uint64_t multiplier = 0;
  unsigned shift = 0;  // 63 + l
};

/// `pow10_magic` for 10^k, k in [0, 19], computed at compile time.
inline constexpr std::array<pow10_magic, 20> pow10_magics = [] {
  std::array<pow10_magic, 20> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    unsigned l = 0;
    while ((static_cast<uint128>(1) << l) < pow10_u64[k]) ++l;
    t[k].shift = 63 + l;
    t[k].multiplier = static_cast<std::uint64_t>((static_cast<uint128>(1) << (63 + l)) / pow10_u64[k] + 1);
  }
  return t;
}();

/// (hi × 2^64 + lo) / 10^k as two words and the remainder, for k in [0, 19] and hi < 2^63.
/// A high word of 10^k or more (a magnitude of at least 10^k × 2^64) first goes through
/// `pow10_magics`; otherwise the whole division is one `divide_2by1_pow10`.
[[gnu::always_inline]] inline void divide_pow10_words(std::uint64_t hi, std::uint64_t lo, unsigned k, std::uint64_t& q_hi,
                               std::uint64_t& q_lo, std::uint64_t& rem) noexcept {
  q_hi = 0;
  if (__builtin_expect(hi >= pow10_u64[k], 0)) {
    q_hi = static_cast<std::uint64_t>((static_cast<uint128>(hi) * pow10_magics[k].multiplier) >> pow10_magics[k].shift);
    hi -= q_hi * pow10_u64[k];
  }
  q_lo = divide_2by1_pow10(hi, lo, k, rem);
}

/// u / 10^k and its remainder for k in [0, 19] and u < 2^127, without a library call.
inline uint128 divide_pow10_small(uint128 u, unsigned k, std::uint64_t& rem) noexcept {
  std::uint64_t q_hi = 0;
  std::uint64_t q_lo = 0;
  divide_pow10_words(static_cast<std::uint64_t>(u >> 64), static_cast<std::uint64_t>(u), k, q_hi, q_lo, rem);
  return (static_cast<uint128>(q_hi) << 64) | q_lo;
}

/// 1 when a truncated quotient must move one step away from zero, else 0, computed without
/// branches on the value: `rem` is the remainder's magnitude, `half` half the (even) divisor,
/// `odd` the truncated quotient's lowest bit.
template <class Unsigned>
[[gnu::always_inline]] constexpr Unsigned round_increment(rounding mode, Unsigned rem, Unsigned half, bool negative,
                                   Unsigned odd) noexcept {
  const auto nonzero = static_cast<Unsigned>(rem != 0);
  switch (mode) {
    case rounding::down: return 0;
    case rounding::up: return nonzero;
    case rounding::floor: return nonzero & static_cast<Unsigned>(negative);
    case rounding::ceiling: return nonzero & static_cast<Unsigned>(!negative);
    case rounding::half_up: return static_cast<Unsigned>(rem >= half);
    case rounding::half_down: return static_cast<Unsigned>(rem > half);
    case rounding::half_even: return static_cast<Unsigned>(rem > half) | (static_cast<Unsigned>(rem == half) & odd);
  }
  return 0;
}

/// (hi:lo) / 10^k rounded by `mode`, in place, for k in [1, 19] and a two's complement
/// coefficient (hi:lo) > int128_min. This is the hot path of
/// `decimal::rounded`, written on 64-bit halves because GCC keeps 128-bit temporaries on the
/// stack; the sign is a branch (it is nearly always the same), the rounding decision is not.
[[gnu::always_inline]] inline void round_pow10_small(std::uint64_t& hi, std::uint64_t& lo, unsigned k, rounding mode) noexcept {
  const bool negative = static_cast<std::int64_t>(hi) < 0;
  if (negative) {  // -(hi:lo) = (~hi:~lo) + 1
    hi = ~hi + static_cast<std::uint64_t>(lo == 0);
    lo = 0 - lo;
  }
  std::uint64_t q_hi = 0;
  std::uint64_t q_lo = 0;
  std::uint64_t rem = 0;
  divide_pow10_words(hi, lo, k, q_hi, q_lo, rem);
  const std::uint64_t up = round_increment<std::uint64_t>(mode, rem, pow10_u64[k] >> 1, negative, q_lo & 1u);
  q_lo += up;
  q_hi += static_cast<std::uint64_t>(q_lo < up);
  if (negative) {
    q_hi = ~q_hi + static_cast<std::uint64_t>(q_lo == 0);
    q_lo = 0 - q_lo;
  }
  hi = q_hi;
  lo = q_lo;
}

/// u / 10^k and its remainder for k in [0, 38], without a library call: powers above 10^19
/// divide twice, since floor(floor(u / a) / b) = floor(u / ab).
inline uint128 divide_pow10(uint128 u, unsigned k, uint128& rem) noexcept {
  std::uint64_t r = 0;
  if (k <= 19) {
    const uint128 q = divide_pow10_small(u, k, r);
    rem = r;
    return q;
  }
  const uint128 q = divide_pow10_small(divide_pow10_small(u, 19, r), k - 19, r);
  rem = u - q * pow10_u128[k];
  return q;
}

/// A coefficient beyond 128 bits: a cpp_int, defined in <eok/core/decimal_big.hpp>. Only
/// src/core creates, copies and destroys one, so this header needs no Boost.
struct big_value;

/// Deletes a `big_value` (defined in src/core/decimal_big.cpp, where the type is complete).
struct big_value_delete {
  void operator()(big_value* v) const noexcept;
};

/// A copy of `v` (src/core/decimal_big.cpp).
[[nodiscard]] big_value* clone(const big_value& v);

/// The door through which src/core reaches a decimal's parts.
struct decimal_access;

/// The arbitrary-precision integer type and the conversions to and from it, for Tag = void and
/// for that type: declared here, defined in <eok/core/decimal_big.hpp>, so the members below
/// that hand out or take one compile only where that header is included.
template <class Tag>
struct big_support;

/// Whether T is that integer type (true only in <eok/core/decimal_big.hpp>).
template <class T>
inline constexpr bool is_big_integer = false;

}  // namespace detail

/// An exact decimal: coefficient × 10^-scale, with scale >= 0.
class decimal {
public:
  /// The most digits `parse` accepts in one number; longer input is an error, not a hang.
  static constexpr std::size_t max_parse_digits = 1000;

  /// Zero.
  decimal() noexcept = default;

  /// Copies; only a coefficient beyond 128 bits allocates.
  decimal(const decimal& other)
      : lo_(other.lo_), hi_(other.hi_), big_(other.big_ ? detail::clone(*other.big_) : nullptr), scale_(other.scale_) {}
  decimal(decimal&& other) noexcept = default;
  decimal& operator=(const decimal& other) {
    if (this != &other) {
      big_.reset(other.big_ ? detail::clone(*other.big_) : nullptr);
      lo_ = other.lo_;
      hi_ = other.hi_;
      scale_ = other.scale_;
    }
    return *this;
  }
  decimal& operator=(decimal&& other) noexcept = default;
  ~decimal() = default;

  /// An integer value (any integral type but bool).
  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  explicit decimal(Int value) noexcept { set_small(static_cast<detail::int128>(value)); }

  decimal(double) = delete;
  decimal(float) = delete;
  decimal(long double) = delete;

  /// coefficient × 10^-scale from an arbitrary-precision integer (include
  /// <eok/core/decimal_big.hpp>); throws `error(errc::invalid_argument)` for a negative scale.
  template <class Big, std::enable_if_t<detail::is_big_integer<Big>, int> = 0>
  decimal(const Big& coefficient, int scale) : decimal(detail::big_support<Big>::make_decimal(coefficient, scale)) {}

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
      d.set_small(negative ? -v : v);
      return d;
    }
    d.assign_digits(digits, negative);
    return d;
  }

  // ---- observers ------------------------------------------------------------------------

  /// The integer coefficient (value × 10^scale) as an arbitrary-precision integer (include
  /// <eok/core/decimal_big.hpp>; `coefficient_int64()` needs no Boost).
  template <class Tag = void>
  [[nodiscard]] typename detail::big_support<Tag>::integer coefficient() const {
    return detail::big_support<Tag>::coefficient(*this);
  }
  /// The integer coefficient (value × 10^scale) if it fits in 64 bits.
  [[nodiscard]] std::optional<std::int64_t> coefficient_int64() const noexcept {
    if (!fits_int64()) return std::nullopt;
    return static_cast<std::int64_t>(lo_);
  }
  /// Digits after the decimal point in this representation.
  [[nodiscard]] int scale() const noexcept { return scale_; }
  /// -1, 0 or 1.
  [[nodiscard]] int sign() const noexcept {
    if (big_) return big_sign(*big_);
    return small() < 0 ? -1 : (small() > 0 ? 1 : 0);
  }
  [[nodiscard]] bool is_zero() const noexcept { return sign() == 0; }
  [[nodiscard]] bool is_negative() const noexcept { return sign() < 0; }
  /// Whether the value is a whole number.
  [[nodiscard]] bool is_integer() const { return normalized().scale_ == 0; }
  /// Number of digits in the coefficient (1 for zero).
  [[nodiscard]] std::size_t digit_count() const { return magnitude_digits().size(); }

  // ---- arithmetic -----------------------------------------------------------------------

  [[nodiscard]] decimal operator-() const {
    if (big_) return negated_big();
    decimal r = *this;
    r.set_small(-small());
    return r;
  }

  friend decimal operator+(const decimal& a, const decimal& b) { return add(a, b, false); }
  friend decimal operator-(const decimal& a, const decimal& b) { return add(a, b, true); }
  friend decimal operator*(const decimal& a, const decimal& b) {
    // Both scales are at least 0, so only the upper limit can be crossed.
    const int scale = a.scale_ + b.scale_;
    if (__builtin_expect(scale > max_scale, 0)) scale_too_large();
    if (!a.big_ && !b.big_) {
      // Two coefficients that fit in 64 bits multiply into at most 126 bits: no check needed.
      if (a.fits_int64() && b.fits_int64()) {
        return from_small(static_cast<detail::int128>(static_cast<std::int64_t>(a.lo_)) *
                              static_cast<std::int64_t>(b.lo_),
                          scale);
      }
      detail::int128 p = 0;
      if (!__builtin_mul_overflow(a.small(), b.small(), &p) && p != detail::int128_min) {
        return from_small(p, scale);
      }
    }
    return multiplied_big(a, b, scale);
  }
  decimal& operator+=(const decimal& o) { return *this = *this + o; }
  decimal& operator-=(const decimal& o) { return *this = *this - o; }
  decimal& operator*=(const decimal& o) { return *this = *this * o; }

  /// this / divisor with `result_scale` digits after the point, rounded by `mode`. Throws
  /// `error(errc::division_by_zero)` when divisor is zero.
  [[nodiscard]] decimal divided(const decimal& divisor, int result_scale, rounding mode) const;

  /// Whether this / divisor has a finite decimal expansion, and if so the exact quotient.
  [[nodiscard]] std::optional<decimal> divided_exactly(const decimal& divisor) const;

  // ---- rounding -------------------------------------------------------------------------

  /// Rounded to `places` digits after the point; a negative `places` rounds to a power of ten
  /// (-8 rounds to the 억). The result's scale is max(places, 0).
  [[nodiscard]] decimal rounded(int places, rounding mode) const {
    if (places >= scale_) return rescaled_up(std::max(places, 0));
    const long long drop = static_cast<long long>(scale_) - places;  // digits to remove, >= 1
    if (!big_ && drop <= 19 && places >= 0) {  // the common case: all in 64-bit words
      decimal r;
      r.lo_ = lo_;
      r.hi_ = hi_;
      r.scale_ = places;
      detail::round_pow10_small(r.hi_, r.lo_, static_cast<unsigned>(drop), mode);
      return r;
    }
    if (!big_ && drop <= 38) {
      detail::int128 v = 0;
      if (drop <= 19) {
        std::uint64_t hi = hi_;
        std::uint64_t lo = lo_;
        detail::round_pow10_small(hi, lo, static_cast<unsigned>(drop), mode);
        v = static_cast<detail::int128>((static_cast<detail::uint128>(hi) << 64) | lo);
      } else {
        const auto k = static_cast<unsigned>(drop);
        const bool negative = small() < 0;
        detail::uint128 rem = 0;
        detail::uint128 q = detail::divide_pow10(detail::magnitude(small()), k, rem);
        q += detail::round_increment<detail::uint128>(mode, rem, detail::pow10_u128[k] / 2, negative, q & 1u);
        v = detail::with_sign(q, negative);  // q < 2^108: no overflow
      }
      if (places >= 0) return from_small(v, places);
      // Put the zeros back: v × 10^-places, scale 0.
      detail::int128 p = 0;
      if (-places <= 38 &&
          !__builtin_mul_overflow(v, static_cast<detail::int128>(detail::pow10_u128[static_cast<std::size_t>(-places)]), &p) &&
          p != detail::int128_min) {
        return from_small(p, 0);
      }
      return scaled_up_big(v, -places);
    }
    return rounded_big(places, drop, mode);
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
      detail::uint128 u = detail::magnitude(small());
      while (r.scale_ > 0) {
        std::uint64_t rem = 0;
        const detail::uint128 q = detail::divide_pow10_small(u, 1, rem);
        if (rem != 0) break;
        u = q;
        --r.scale_;
      }
      r.set_small(detail::with_sign(u, small() < 0));
      return r;
    }
    return normalized_big();
  }

  /// The place value of the last digit of this representation: 10^-scale (1 for scale 0).
  [[nodiscard]] decimal ulp() const { return from_parts(1, scale_); }

  // ---- comparison -----------------------------------------------------------------------

  /// -1, 0 or 1 as a is less than, equal to or greater than b; scale does not matter.
  [[nodiscard]] friend int compare(const decimal& a, const decimal& b) {
    if (!a.big_ && !b.big_) {
      // Bring the one with fewer places up to the other's scale, if that fits in 128 bits.
      detail::int128 x = a.small();
      detail::int128 y = b.small();
      const int up = a.scale_ < b.scale_ ? b.scale_ - a.scale_ : a.scale_ - b.scale_;
      detail::int128& lower = a.scale_ < b.scale_ ? x : y;
      if (up <= 38 &&
          !__builtin_mul_overflow(lower, static_cast<detail::int128>(detail::pow10_u128[static_cast<std::size_t>(up)]), &lower)) {
        return x < y ? -1 : (x > y ? 1 : 0);
      }
    }
    return compare_big(a, b);
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
    // The words mixed as they are (std::hash of an integer is the integer in libstdc++), so that
    // this header needs no <functional>.
    auto h = static_cast<std::size_t>(n.scale_);
    if (!n.big_) {
      const auto u = static_cast<detail::uint128>(n.small());
      h ^= static_cast<std::size_t>(static_cast<std::uint64_t>(u)) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
      h ^= static_cast<std::size_t>(static_cast<std::uint64_t>(u >> 64)) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
      return h;
    }
    return h ^ big_hash(*n.big_);
  }

  // ---- formatting -----------------------------------------------------------------------

  /// Plain digits with an optional sign and point, keeping the scale: "-1234.50".
  [[nodiscard]] std::string to_string() const { return layout(magnitude_digits(), "", false); }

  /// Writes the characters of `to_string()` to [out, out + cap) without allocating and returns
  /// how many, or 0 when they would not fit or the coefficient is beyond 128 bits (then use
  /// `to_string()`). For output loops that format a number per line.
  [[nodiscard]] std::size_t to_chars(char* out, std::size_t cap) const noexcept {
    if (big_ || scale_ < 0 || scale_ > 40) return 0;
    char buf[48];  // digits, least significant first: at most 39, padded to scale + 1
    std::size_t n = small_digits_reversed(buf);
    const auto frac = static_cast<std::size_t>(scale_);
    while (n <= frac) buf[n++] = '0';
    const bool negative = small() < 0;
    const std::size_t total = (negative ? 1 : 0) + n + (frac > 0 ? 1 : 0);
    if (total > cap) return 0;
    char* p = out;
    if (negative) *p++ = '-';
    for (std::size_t k = n; k > frac; --k) *p++ = buf[k - 1];
    if (frac > 0) {
      *p++ = '.';
      for (std::size_t k = frac; k > 0; --k) *p++ = buf[k - 1];
    }
    return total;
  }

  /// Digits grouped by three with commas in the integer part: "163,152,290,000,000", "1,234.56".
  [[nodiscard]] std::string to_grouped_string() const { return layout(magnitude_digits(), ",", false); }

  /// Korean myriad units, each group grouped by three: "163조 1,522억 9,000만"; zero groups are
  /// left out, the fraction stays on the last group ("1만 2,345.67"), and groups above 극
  /// (10^48) stay as digits in the top group.
  /// Defined in src/core/decimal_korean.cpp, beside the scale words it reads
  /// (<eok/lexicon/scales.hpp>), so this header needs none of the lexicon.
  [[nodiscard]] std::string to_korean_string() const;

  /// Writes `to_string()` (src/core/decimal_big.cpp, so this header needs only <iosfwd>).
  friend std::ostream& operator<<(std::ostream& os, const decimal& d);

private:
  static constexpr int max_scale = 100000;

  [[noreturn, gnu::noinline, gnu::cold]] static void scale_too_large() {
    throw error(errc::invalid_argument, "a decimal scale cannot exceed 100000");
  }

  static int checked_scale(long long scale) {
    if (scale < 0) throw error(errc::invalid_argument, "a decimal scale cannot be negative");
    if (scale > max_scale) scale_too_large();
    return static_cast<int>(scale);
  }

  /// A value whose coefficient is known to fit: v must not be int128_min.
  static decimal from_small(detail::int128 v, int scale) noexcept {
    decimal r;
    r.set_small(v);
    r.scale_ = scale;
    return r;
  }

  friend class ratio;
  friend struct detail::decimal_access;

  // The paths beyond 128 bits live in src/core/decimal_big.cpp and are marked cold, so the
  // inlined fast paths stay short and this header needs no Boost.

  /// Sets the coefficient from ASCII digits (no sign, no leading zeros, more than 38 of them).
  void assign_digits(std::string_view digits, bool negative);
  [[nodiscard]] static int big_sign(const detail::big_value& v) noexcept;
  [[nodiscard]] static std::size_t big_hash(const detail::big_value& v);
  [[gnu::cold]] decimal negated_big() const;
  [[gnu::cold]] decimal normalized_big() const;
  [[gnu::cold]] static int compare_big(const decimal& a, const decimal& b);
  [[gnu::cold]] static decimal multiplied_big(const decimal& a, const decimal& b, int scale);
  [[gnu::cold]] decimal rounded_big(int places, long long drop, rounding mode) const;
  /// v × 10^places at scale 0, when that does not fit in 128 bits.
  [[gnu::cold]] static decimal scaled_up_big(detail::int128 v, int places);
  [[gnu::cold]] decimal rescaled_up_big(int new_scale) const;
  [[gnu::cold]] static decimal added_big(const decimal& a, const decimal& b, bool subtract, int s);
  /// The big coefficient's absolute value as ASCII digits.
  [[nodiscard]] std::string big_digits() const;

  decimal rescaled_up(int new_scale) const {
    if (new_scale == scale_) return *this;
    checked_scale(new_scale);
    const int up = new_scale - scale_;
    if (!big_ && up <= 38) {
      detail::int128 p = 0;
      if (!__builtin_mul_overflow(small(), static_cast<detail::int128>(detail::pow10_u128[static_cast<std::size_t>(up)]), &p) &&
          p != detail::int128_min) {
        return from_small(p, new_scale);
      }
    }
    return rescaled_up_big(new_scale);
  }

  static decimal add(const decimal& a, const decimal& b, bool subtract) {
    const int s = std::max(a.scale_, b.scale_);
    if (!a.big_ && !b.big_) {
      detail::int128 x = a.small();
      detail::int128 y = b.small();
      // Bring both to the larger scale; only the one with fewer places moves.
      const int up = a.scale_ < b.scale_ ? b.scale_ - a.scale_ : a.scale_ - b.scale_;
      detail::int128& lower = a.scale_ < b.scale_ ? x : y;
      bool over = up > 38 || __builtin_mul_overflow(
                                 lower, static_cast<detail::int128>(detail::pow10_u128[static_cast<std::size_t>(std::min(up, 38))]), &lower);
      detail::int128 r = 0;
      if (!over) {
        over = subtract ? __builtin_sub_overflow(x, y, &r) : __builtin_add_overflow(x, y, &r);
      }
      if (!over && r != detail::int128_min) return from_small(r, s);
    }
    return added_big(a, b, subtract, s);
  }

  /// The coefficient's absolute value as ASCII digits, at least scale + 1 of them.
  std::string magnitude_digits() const {
    std::string digits;
    if (big_) {
      digits = big_digits();
    } else {
      char buf[40];
      const std::size_t n = small_digits_reversed(buf);
      digits.assign(std::make_reverse_iterator(buf + n), std::make_reverse_iterator(buf));
    }
    return digits;
  }

  /// Writes the small coefficient's absolute value to `buf` as ASCII digits, least significant
  /// first (at most 39), and returns how many: two digits per division when it fits in 64 bits,
  /// otherwise 19 digits at a time with 64-bit arithmetic.
  std::size_t small_digits_reversed(char* buf) const noexcept {
    std::size_t n = 0;
    if (fits_int64()) {
      return detail::digits_reversed(static_cast<std::int64_t>(lo_) < 0 ? 0 - lo_ : lo_, buf);
    }
    detail::uint128 u = detail::magnitude(small());
    do {
      std::uint64_t chunk = 0;
      u = detail::divide_pow10_small(u, 19, chunk);
      for (int i = 0; i < 19 && (u != 0 || chunk != 0 || n == 0); ++i) {
        buf[n++] = static_cast<char>('0' + chunk % 10);
        chunk /= 10;
      }
    } while (u != 0);
    return n;
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

  /// The coefficient when it fits in 128 bits, as two words: GCC copies a 128-bit member
  /// through vector registers, which stalls when the halves were just written separately.
  [[nodiscard]] detail::int128 small() const noexcept {
    return static_cast<detail::int128>((static_cast<detail::uint128>(hi_) << 64) | lo_);
  }
  /// Whether the coefficient fits in a signed 64-bit integer (the high word is its sign).
  [[nodiscard]] bool fits_int64() const noexcept {
    return !big_ && hi_ == static_cast<std::uint64_t>(static_cast<std::int64_t>(lo_) >> 63);
  }
  void set_small(detail::int128 v) noexcept {
    lo_ = static_cast<std::uint64_t>(v);
    hi_ = static_cast<std::uint64_t>(static_cast<detail::uint128>(v) >> 64);
  }

  std::uint64_t lo_ = 0;  // low word of the coefficient (two's complement)
  std::uint64_t hi_ = 0;  // high word
  std::unique_ptr<detail::big_value, detail::big_value_delete> big_;  // set only beyond 128 bits
  std::int32_t scale_ = 0;
};

}  // namespace eok

template <>
struct std::hash<eok::decimal> {
  std::size_t operator()(const eok::decimal& d) const { return d.hash(); }
};

#endif  // EOK_DECIMAL_HPP
