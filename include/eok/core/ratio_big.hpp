// eok/core/ratio_big.hpp: a ratio's numerator and denominator as arbitrary-precision integers.
//
// <eok/core/ratio.hpp> keeps both parts inline while they fit in 128 bits and the rest in the
// compiled library, so it includes no Boost. This header is for code that wants the parts as
// integers or builds a ratio from two of them; it brings in cpp_int (see decimal_big.hpp).
//
// Things you should know:
// - With it, `r.numerator()` (carrying the sign) and `r.denominator()` (always positive) are
//   `big_integer`s, and `ratio(n, d)` normalizes two of them; it throws
//   `error(errc::division_by_zero)` when d is zero.
#ifndef EOK_RATIO_BIG_HPP
#define EOK_RATIO_BIG_HPP

#include <eok/core/decimal_big.hpp>
#include <eok/core/ratio.hpp>

namespace eok {

namespace detail {

/// A numerator and denominator, as a ratio holds them once either is beyond 128 bits.
struct big_ratio {
  big_integer numerator;
  big_integer denominator;
};

/// Reads and builds a ratio's parts as integers (src/core/ratio_big.cpp).
struct ratio_access {
  /// n / d, normalized; throws `error(errc::division_by_zero)` when d is zero.
  [[nodiscard]] static ratio make(big_integer n, big_integer d);
  [[nodiscard]] static big_integer numerator(const ratio& r);
  [[nodiscard]] static big_integer denominator(const ratio& r);
};

/// What ratio's members that hand out or take a big_integer use.
template <>
struct ratio_big_support<void> {
  using integer = big_integer;
  [[nodiscard]] static ratio make(const big_integer& n, const big_integer& d) { return ratio_access::make(n, d); }
  [[nodiscard]] static big_integer numerator(const ratio& r) { return ratio_access::numerator(r); }
  [[nodiscard]] static big_integer denominator(const ratio& r) { return ratio_access::denominator(r); }
};
template <>
struct ratio_big_support<big_integer> : ratio_big_support<void> {};

}  // namespace detail

}  // namespace eok

#endif  // EOK_RATIO_BIG_HPP
