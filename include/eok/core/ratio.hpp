// eok/core/ratio.hpp: an exact rational number, for exchange rates that are not decimals.
//
// A published rate is a decimal (1496.81 KRW per EUR), but its inverse (1/1496.81 EUR per KRW)
// and every cross rate (1496.81 / 1.032 KRW per USD) generally is not: 1496.81 / 1.032 is
// 1450.3972868217054263565891472868..., repeating forever. Rounding such a rate on the way would
// make the converted amount depend on where the rounding happened, so eok keeps rates as exact
// fractions p/q and rounds only the final amount, once, by a mode the caller names.
//
// Like `decimal`, a `ratio` keeps numerator and denominator in signed 128-bit integers while they
// fit, with overflow-checked arithmetic, and moves to arbitrary-precision integers when they do
// not; published rates and their crosses stay on the fast path, so a lookup does not allocate.
// The arbitrary-precision path is compiled into the library (src/core/ratio_big.cpp), so this
// header includes no Boost; numerator and denominator as cpp_int are in <eok/core/ratio_big.hpp>.
//
// Things you should know:
// - Always normalized: the denominator is positive and shares no factor with the numerator;
//   the sign is on the numerator. So `==` compares parts, and `to_string()` is canonical.
// - Nothing here rounds except `to_decimal(scale, mode)`, which says how.
// - Construction from `double` is deleted, as for `decimal`.
#ifndef EOK_RATIO_HPP
#define EOK_RATIO_HPP

#include <eok/core/decimal.hpp>
#include <eok/core/error.hpp>

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace eok {

namespace detail {

/// Number of trailing zero bits of a non-zero 128-bit value.
inline int ctz_u128(uint128 x) noexcept {
  const auto lo = static_cast<std::uint64_t>(x);
  if (lo != 0) return __builtin_ctzll(lo);
  return 64 + __builtin_ctzll(static_cast<std::uint64_t>(x >> 64));
}

/// Number of trailing zero bits of a non-zero value, for `binary_gcd`.
inline int trailing_zeros(std::uint64_t x) noexcept { return __builtin_ctzll(x); }
inline int trailing_zeros(uint128 x) noexcept { return ctz_u128(x); }

/// gcd(a, b) for non-zero a and b by Stein's binary algorithm, on 64 or 128 bits.
template <class Unsigned>
inline Unsigned binary_gcd(Unsigned a, Unsigned b) noexcept {
  const int shift = trailing_zeros(a | b);
  a >>= trailing_zeros(a);
  do {
    b >>= trailing_zeros(b);
    if (a > b) std::swap(a, b);
    b -= a;
  } while (b != 0);
  return a << shift;
}

/// Greatest common divisor (binary algorithm); gcd(0, b) is b.
inline uint128 gcd_u128(uint128 a, uint128 b) noexcept {
  if (a == 0) return b;
  if (b == 0) return a;
  if ((a >> 64) == 0 && (b >> 64) == 0) {
    // Both fit in 64 bits: the common case for rates, and cheaper per step.
    return binary_gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
  }
  return binary_gcd(a, b);
}

/// A numerator and denominator beyond 128 bits, defined in <eok/core/ratio_big.hpp>.
struct big_ratio;

/// The door through which src/core reaches a ratio's parts.
struct ratio_access;

/// The conversions between a ratio and arbitrary-precision integers, for Tag = void and for the
/// integer type: declared here, defined in <eok/core/ratio_big.hpp> (see decimal's big_support).
template <class Tag>
struct ratio_big_support;

}  // namespace detail

/// An exact fraction p/q, normalized: q > 0 and gcd(|p|, q) = 1.
class ratio {
public:
  /// Zero (0/1).
  ratio() noexcept = default;

  /// An integer value.
  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  explicit ratio(Int value) noexcept : num_(static_cast<detail::int128>(value)) {}

  ratio(double) = delete;
  ratio(float) = delete;
  ratio(long double) = delete;

  /// numerator / denominator from arbitrary-precision integers (include <eok/core/ratio_big.hpp>),
  /// normalized; throws `error(errc::division_by_zero)` if the denominator is zero.
  template <class Big, std::enable_if_t<detail::is_big_integer<Big>, int> = 0>
  ratio(const Big& numerator, const Big& denominator)
      : ratio(detail::ratio_big_support<Big>::make(numerator, denominator)) {}

  /// The exact value of a decimal: 1496.81 is 149681/100.
  explicit ratio(const decimal& value) {
    const int scale = value.scale();
    if (!value.big_ && scale <= 38) {
      set_decimal_small(value.small(), scale);
      return;
    }
    assign_decimal(value);
  }

  /// coefficient × 10^-scale without building a decimal (the rate tables' storage format).
  [[nodiscard]] static ratio from_scaled(std::int64_t coefficient, int scale) {
    ratio r;
    if (scale >= 0 && scale <= 38) {
      r.set_decimal_small(coefficient, scale);
      return r;
    }
    return ratio(decimal::from_parts(coefficient, scale));
  }

  // ---- observers ------------------------------------------------------------------------

  /// The numerator, carrying the sign (include <eok/core/ratio_big.hpp>).
  template <class Tag = void>
  [[nodiscard]] typename detail::ratio_big_support<Tag>::integer numerator() const {
    return detail::ratio_big_support<Tag>::numerator(*this);
  }
  /// The denominator, always positive (include <eok/core/ratio_big.hpp>).
  template <class Tag = void>
  [[nodiscard]] typename detail::ratio_big_support<Tag>::integer denominator() const {
    return detail::ratio_big_support<Tag>::denominator(*this);
  }

  /// -1, 0 or 1.
  [[nodiscard]] int sign() const noexcept {
    if (big_) return big_sign(*big_);
    return num_ < 0 ? -1 : (num_ > 0 ? 1 : 0);
  }
  [[nodiscard]] bool is_zero() const noexcept { return sign() == 0; }
  /// Whether the value is a whole number (denominator 1).
  [[nodiscard]] bool is_integer() const { return big_ ? big_is_integer(*big_) : den_ == 1; }

  // ---- arithmetic -----------------------------------------------------------------------

  [[nodiscard]] ratio operator-() const {
    if (big_) return negated_big();
    ratio r = *this;
    r.num_ = -num_;
    return r;
  }

  /// 1 / this; throws `error(errc::division_by_zero)` for zero.
  [[nodiscard]] ratio inverse() const {
    if (is_zero()) throw error(errc::division_by_zero, "division by zero");
    if (!big_) {
      ratio r;
      r.num_ = num_ < 0 ? -den_ : den_;
      r.den_ = num_ < 0 ? -num_ : num_;
      return r;
    }
    return inverse_big();
  }

  friend ratio operator*(const ratio& a, const ratio& b) {
    if (!a.big_ && !b.big_) {
      // Cross-reduce first, so the products stay small and the result is already normalized.
      if (a.num_ == 0 || b.num_ == 0) return ratio();
      const auto g1 = static_cast<detail::int128>(detail::gcd_u128(detail::magnitude(a.num_), static_cast<detail::uint128>(b.den_)));
      const auto g2 = static_cast<detail::int128>(detail::gcd_u128(detail::magnitude(b.num_), static_cast<detail::uint128>(a.den_)));
      detail::int128 n = 0;
      detail::int128 d = 0;
      if (!__builtin_mul_overflow(a.num_ / g1, b.num_ / g2, &n) &&
          !__builtin_mul_overflow(a.den_ / g2, b.den_ / g1, &d) && n != detail::int128_min) {
        ratio r;
        r.num_ = n;
        r.den_ = d;
        return r;
      }
    }
    return multiplied_big(a, b);
  }
  /// Quotient; throws `error(errc::division_by_zero)` when b is zero.
  friend ratio operator/(const ratio& a, const ratio& b) { return a * b.inverse(); }
  friend ratio operator+(const ratio& a, const ratio& b) { return add(a, b, false); }
  friend ratio operator-(const ratio& a, const ratio& b) { return add(a, b, true); }
  ratio& operator*=(const ratio& o) { return *this = *this * o; }
  ratio& operator/=(const ratio& o) { return *this = *this / o; }
  ratio& operator+=(const ratio& o) { return *this = *this + o; }
  ratio& operator-=(const ratio& o) { return *this = *this - o; }

  // ---- comparison -----------------------------------------------------------------------

  /// -1, 0 or 1 as a is less than, equal to or greater than b.
  [[nodiscard]] friend int compare(const ratio& a, const ratio& b) {
    if (!a.big_ && !b.big_) {
      if (a.den_ == b.den_) return a.num_ < b.num_ ? -1 : (a.num_ > b.num_ ? 1 : 0);
      detail::int128 x = 0;
      detail::int128 y = 0;
      if (!__builtin_mul_overflow(a.num_, b.den_, &x) && !__builtin_mul_overflow(b.num_, a.den_, &y)) {
        return x < y ? -1 : (x > y ? 1 : 0);
      }
    }
    return compare_big(a, b);
  }
  friend bool operator==(const ratio& a, const ratio& b) {
    if (!a.big_ && !b.big_) return a.num_ == b.num_ && a.den_ == b.den_;
    return compare(a, b) == 0;
  }
  friend bool operator!=(const ratio& a, const ratio& b) { return !(a == b); }
  friend bool operator<(const ratio& a, const ratio& b) { return compare(a, b) < 0; }
  friend bool operator<=(const ratio& a, const ratio& b) { return compare(a, b) <= 0; }
  friend bool operator>(const ratio& a, const ratio& b) { return compare(a, b) > 0; }
  friend bool operator>=(const ratio& a, const ratio& b) { return compare(a, b) >= 0; }

  // ---- conversion -----------------------------------------------------------------------

  /// The value with `scale` digits after the point, rounded by `mode` (scale >= 0).
  [[nodiscard]] decimal to_decimal(int scale, rounding mode) const {
    if (scale < 0) throw error(errc::invalid_argument, "a decimal scale cannot be negative");
    if (!big_ && scale <= 38) {
      detail::int128 scaled = 0;
      if (!__builtin_mul_overflow(num_, static_cast<detail::int128>(detail::pow10_u128[static_cast<std::size_t>(scale)]), &scaled) &&
          scaled != detail::int128_min) {
        const bool negative = scaled < 0;
        const detail::uint128 u = detail::magnitude(scaled);
        const auto d = static_cast<detail::uint128>(den_);
        detail::uint128 q = u / d;
        const detail::uint128 rem = u - q * d;
        const int cmp = rem > d - rem ? 1 : (rem == d - rem ? 0 : -1);
        if (detail::round_away(mode, rem == 0, cmp, negative, (q & 1u) != 0)) ++q;
        const auto signed_q = static_cast<detail::int128>(q);  // q < 2^127
        return decimal::from_small(negative ? -signed_q : signed_q, scale);
      }
    }
    return to_decimal_big(scale, mode);
  }

  /// The exact decimal value if it has a finite expansion (the denominator's only prime factors
  /// are 2 and 5), with the fewest digits that hold it; otherwise nothing.
  [[nodiscard]] std::optional<decimal> to_exact_decimal() const;

  /// "p/q" in lowest terms, always with both parts: "149681/100", "-3/1".
  [[nodiscard]] std::string to_string() const;

  /// Writes `to_string()` (src/core/ratio_big.cpp, so this header needs only <iosfwd>).
  friend std::ostream& operator<<(std::ostream& os, const ratio& r);

private:
  friend struct detail::ratio_access;

  // The paths beyond 128 bits live in src/core/ratio_big.cpp, so this header needs no Boost.
  [[nodiscard]] static int big_sign(const detail::big_ratio& r) noexcept;
  [[nodiscard]] static bool big_is_integer(const detail::big_ratio& r);
  /// The exact value of a decimal whose coefficient or scale is too large for 128 bits.
  [[gnu::cold]] void assign_decimal(const decimal& value);
  [[gnu::cold]] ratio negated_big() const;
  [[gnu::cold]] ratio inverse_big() const;
  [[gnu::cold]] static ratio multiplied_big(const ratio& a, const ratio& b);
  [[gnu::cold]] static ratio added_big(const ratio& a, const ratio& b, bool subtract);
  [[gnu::cold]] static int compare_big(const ratio& a, const ratio& b);
  [[gnu::cold]] decimal to_decimal_big(int scale, rounding mode) const;

  /// n / 10^scale with n and 10^scale in int128: only the factors 2 and 5 can cancel.
  void set_decimal_small(detail::int128 n, int scale) {
    big_.reset();
    if (n == 0) {
      num_ = 0;
      den_ = 1;
      return;
    }
    int twos = scale;
    int fives = scale;
    const bool negative = n < 0;
    detail::uint128 m = detail::magnitude(n);
    const int tz = detail::ctz_u128(m);
    const int cancel2 = tz < twos ? tz : twos;
    m >>= cancel2;
    twos -= cancel2;
    if ((m >> 64) == 0) {
      // The common case (every published rate): 64-bit division is far cheaper than 128-bit.
      auto m64 = static_cast<std::uint64_t>(m);
      while (fives > 0 && m64 % 5 == 0) {
        m64 /= 5;
        --fives;
      }
      m = m64;
    } else {
      while (fives > 0 && m % 5 == 0) {
        m /= 5;
        --fives;
      }
    }
    num_ = negative ? -static_cast<detail::int128>(m) : static_cast<detail::int128>(m);
    // 2^twos * 5^fives = 10^fives * 2^(twos - fives) or 10^twos * 5^(fives - twos).
    const int ten = twos < fives ? twos : fives;
    detail::uint128 d = detail::pow10_u128[static_cast<std::size_t>(ten)];
    if (twos > ten) d <<= twos - ten;
    for (int i = ten; i < fives; ++i) d *= 5u;
    den_ = static_cast<detail::int128>(d);
  }

  static ratio add(const ratio& a, const ratio& b, bool subtract) {
    if (!a.big_ && !b.big_) {
      detail::int128 x = 0;
      detail::int128 y = 0;
      detail::int128 d = 0;
      detail::int128 n = 0;
      if (!__builtin_mul_overflow(a.num_, b.den_, &x) && !__builtin_mul_overflow(b.num_, a.den_, &y) &&
          !__builtin_mul_overflow(a.den_, b.den_, &d) &&
          !(subtract ? __builtin_sub_overflow(x, y, &n) : __builtin_add_overflow(x, y, &n)) &&
          n != detail::int128_min) {
        const auto g = static_cast<detail::int128>(detail::gcd_u128(detail::magnitude(n), static_cast<detail::uint128>(d)));
        ratio r;
        r.num_ = n / g;
        r.den_ = d / g;
        return r;
      }
    }
    return added_big(a, b, subtract);
  }

  detail::int128 num_ = 0;
  detail::int128 den_ = 1;
  std::shared_ptr<const detail::big_ratio> big_;  // set only when a part does not fit in int128
};

}  // namespace eok

#endif  // EOK_RATIO_HPP
