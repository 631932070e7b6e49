// eok/core/decimal_big.hpp: a decimal's coefficient as an arbitrary-precision integer.
//
// <eok/core/decimal.hpp> keeps coefficients up to 128 bits inline and everything beyond them in
// the compiled library, so it includes no Boost. This header is for the code that wants the
// whole coefficient as an integer, or builds a decimal from one: it brings in
// Boost.Multiprecision's cpp_int (expression templates off, so `auto` never dangles), which
// costs a few seconds per translation unit. Include it only where you need it.
//
// Things you should know:
// - With it, `d.coefficient()` is d × 10^scale as a `big_integer`, and `decimal(c, s)` is
//   c × 10^-s (it throws `error(errc::invalid_argument)` for a negative scale).
// - The coefficient that fits in 64 bits is `d.coefficient_int64()`, without this header.
#ifndef EOK_DECIMAL_BIG_HPP
#define EOK_DECIMAL_BIG_HPP

#include <eok/core/decimal.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <limits>
#include <optional>

namespace eok {

/// An arbitrary-precision integer with expression templates off.
using big_integer = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>,
                                                  boost::multiprecision::et_off>;

namespace detail {

using big_int = big_integer;

/// A coefficient beyond 128 bits, as a decimal holds it.
struct big_value {
  big_integer value;
};

/// 10^k.
inline big_integer pow10_big(unsigned k) {
  big_integer r = 1;
  big_integer base = 10;
  while (k != 0) {
    if ((k & 1u) != 0) r *= base;
    k >>= 1;
    if (k != 0) base *= base;
  }
  return r;
}

/// `v` as an arbitrary-precision integer.
inline big_integer to_big(int128 v) {
  const bool neg = v < 0;
  const uint128 m = neg ? static_cast<uint128>(0) - static_cast<uint128>(v) : static_cast<uint128>(v);
  big_integer r = static_cast<std::uint64_t>(m >> 64);
  r <<= 64;
  r += static_cast<std::uint64_t>(m);
  return neg ? big_integer(-r) : r;
}

/// `v` as int128 if it fits (excluding int128_min, so negation stays safe).
inline std::optional<int128> to_int128(const big_integer& v) {
  if (v.is_zero()) return int128{0};
  if (boost::multiprecision::msb(boost::multiprecision::abs(v)) >= 127) return std::nullopt;
  const big_integer m = boost::multiprecision::abs(v);
  const big_integer hi_part = m >> 64;
  const big_integer lo_part = m & big_integer(std::numeric_limits<std::uint64_t>::max());
  const auto hi = hi_part.convert_to<std::uint64_t>();
  const auto lo = lo_part.convert_to<std::uint64_t>();
  const auto mag = static_cast<int128>((static_cast<uint128>(hi) << 64) | lo);
  return v.sign() < 0 ? -mag : mag;
}

/// round(n / d) under `mode`; d must not be zero.
inline big_integer divide_rounded(const big_integer& n, const big_integer& d, rounding mode) {
  big_integer q;
  big_integer r;
  boost::multiprecision::divide_qr(n, d, q, r);
  const bool negative = (n.sign() < 0) != (d.sign() < 0);
  const big_integer twice = boost::multiprecision::abs(r) * 2;
  const big_integer ad = boost::multiprecision::abs(d);
  const int cmp = twice < ad ? -1 : (twice == ad ? 0 : 1);
  const bool odd = boost::multiprecision::bit_test(boost::multiprecision::abs(q), 0);
  if (round_away(mode, r.is_zero(), cmp, negative, odd)) q += negative ? -1 : 1;
  return q;
}

/// Reads and writes a decimal's parts as integers (src/core/decimal_big.cpp).
struct decimal_access {
  /// v × 10^-scale; throws for a negative scale.
  [[nodiscard]] static decimal make(big_integer v, int scale);
  /// Stores v in d, in the two words when it fits and on the heap otherwise.
  static void assign(decimal& d, big_integer v);
  [[nodiscard]] static big_integer coefficient(const decimal& d);
};

/// What decimal's (and ratio's) members that hand out or take a big_integer use.
template <>
struct big_support<void> {
  using integer = big_integer;
  [[nodiscard]] static decimal make_decimal(const big_integer& c, int scale) { return decimal_access::make(c, scale); }
  [[nodiscard]] static big_integer coefficient(const decimal& d) { return decimal_access::coefficient(d); }
};
template <>
struct big_support<big_integer> : big_support<void> {};

template <>
inline constexpr bool is_big_integer<big_integer> = true;

}  // namespace detail

}  // namespace eok

#endif  // EOK_DECIMAL_BIG_HPP
