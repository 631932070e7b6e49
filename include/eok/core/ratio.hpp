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
#include <memory>
#include <optional>
#include <ostream>
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

/// Greatest common divisor (binary algorithm); gcd(0, b) is b.
inline uint128 gcd_u128(uint128 a, uint128 b) noexcept {
  if (a == 0) return b;
  if (b == 0) return a;
  if ((a >> 64) == 0 && (b >> 64) == 0) {
    // Both fit in 64 bits: the common case for rates, and cheaper per step.
    auto x = static_cast<std::uint64_t>(a);
    auto y = static_cast<std::uint64_t>(b);
    const int shift = __builtin_ctzll(x | y);
    x >>= __builtin_ctzll(x);
    do {
      y >>= __builtin_ctzll(y);
      if (x > y) std::swap(x, y);
      y -= x;
    } while (y != 0);
    return static_cast<uint128>(x << shift);
  }
  const int shift = ctz_u128(a | b);
  a >>= ctz_u128(a);
  do {
    b >>= ctz_u128(b);
    if (a > b) std::swap(a, b);
    b -= a;
  } while (b != 0);
  return a << shift;
}

}  // namespace detail

/// An exact fraction p/q, normalized: q > 0 and gcd(|p|, q) = 1.
class ratio {
public:
  using big_int = detail::big_int;

  /// Zero (0/1).
  ratio() noexcept = default;

  /// An integer value.
  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  explicit ratio(Int value) noexcept : num_(static_cast<detail::int128>(value)) {}

  ratio(double) = delete;
  ratio(float) = delete;
  ratio(long double) = delete;

  /// numerator / denominator, normalized; throws `error(errc::division_by_zero)` if the
  /// denominator is zero.
  ratio(const big_int& numerator, const big_int& denominator) { assign(numerator, denominator); }

  /// The exact value of a decimal: 1496.81 is 149681/100.
  explicit ratio(const decimal& value) {
    const int scale = value.scale();
    const big_int c = value.coefficient();
    if (scale <= 38) {
      if (auto small = detail::to_int128(c)) {
        set_decimal_small(*small, scale);
        return;
      }
    }
    assign(c, detail::pow10_big(static_cast<unsigned>(scale)));
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

  /// The numerator, carrying the sign.
  [[nodiscard]] big_int numerator() const { return big_ ? big_->first : detail::to_big(num_); }
  /// The denominator, always positive.
  [[nodiscard]] big_int denominator() const { return big_ ? big_->second : detail::to_big(den_); }
  /// -1, 0 or 1.
  [[nodiscard]] int sign() const noexcept {
    if (big_) return big_->first.sign();
    return num_ < 0 ? -1 : (num_ > 0 ? 1 : 0);
  }
  [[nodiscard]] bool is_zero() const noexcept { return sign() == 0; }
  /// Whether the value is a whole number (denominator 1).
  [[nodiscard]] bool is_integer() const { return big_ ? big_->second == 1 : den_ == 1; }

  // ---- arithmetic -----------------------------------------------------------------------

  [[nodiscard]] ratio operator-() const {
    ratio r = *this;
    if (big_) {
      r.assign(big_int(-big_->first), big_->second);
    } else {
      r.num_ = -num_;
    }
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
    return ratio(big_->second, big_->first);
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
    return ratio(a.numerator() * b.numerator(), a.denominator() * b.denominator());
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
    const big_int x = a.numerator() * b.denominator();
    const big_int y = b.numerator() * a.denominator();
    return x < y ? -1 : (x > y ? 1 : 0);
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
        const auto signed_q = static_cast<detail::int128>(q);
        return decimal(detail::to_big(negative ? -signed_q : signed_q), scale);
      }
    }
    return decimal(detail::divide_rounded(numerator() * detail::pow10_big(static_cast<unsigned>(scale)),
                                          denominator(), mode),
                   scale);
  }

  /// The exact decimal value if it has a finite expansion (the denominator's only prime factors
  /// are 2 and 5), with the fewest digits that hold it; otherwise nothing.
  [[nodiscard]] std::optional<decimal> to_exact_decimal() const {
    big_int d = denominator();
    unsigned twos = 0;
    unsigned fives = 0;
    while ((d & 1u) == 0u) {
      d >>= 1;
      ++twos;
    }
    while ((d % 5u).is_zero()) {
      d /= 5u;
      ++fives;
    }
    if (d != 1) return std::nullopt;
    const unsigned k = std::max(twos, fives);
    // n/d = n * (10^k / d) / 10^k, and 10^k / d is an integer.
    const big_int factor = detail::pow10_big(k) / denominator();
    return decimal(numerator() * factor, static_cast<int>(k));
  }

  /// "p/q" in lowest terms, always with both parts: "149681/100", "-3/1".
  [[nodiscard]] std::string to_string() const { return numerator().str() + "/" + denominator().str(); }

  friend std::ostream& operator<<(std::ostream& os, const ratio& r) { return os << r.to_string(); }

private:
  using parts = std::pair<big_int, big_int>;

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

  void assign(big_int n, big_int d) {
    if (d.is_zero()) throw error(errc::division_by_zero, "division by zero");
    if (d.sign() < 0) {
      n = -n;
      d = -d;
    }
    const big_int g = boost::multiprecision::gcd(n, d);
    if (!g.is_zero() && g != 1) {
      n /= g;
      d /= g;
    }
    const auto sn = detail::to_int128(n);
    const auto sd = detail::to_int128(d);
    if (sn && sd) {
      num_ = *sn;
      den_ = *sd;
      big_.reset();
    } else {
      num_ = 0;
      den_ = 1;
      big_ = std::make_shared<const parts>(std::move(n), std::move(d));
    }
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
    const big_int x = a.numerator() * b.denominator();
    const big_int y = b.numerator() * a.denominator();
    return ratio(subtract ? big_int(x - y) : big_int(x + y), a.denominator() * b.denominator());
  }

  detail::int128 num_ = 0;
  detail::int128 den_ = 1;
  std::shared_ptr<const parts> big_;  // set only when a part does not fit in int128
};

}  // namespace eok

#endif  // EOK_RATIO_HPP
