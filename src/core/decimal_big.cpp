// The paths of eok::decimal beyond 128 bits, on Boost.Multiprecision's cpp_int. They are out of
// line so that <eok/core/decimal.hpp> needs no Boost; every one of them is reached only when a
// coefficient or an intermediate result does not fit in 128 bits.
#include <eok/core/decimal_big.hpp>

#include <algorithm>
#include <functional>
#include <ostream>
#include <string>
#include <utility>

namespace eok {

namespace detail {

void big_value_delete::operator()(big_value* v) const noexcept { delete v; }

big_value* clone(const big_value& v) { return new big_value(v); }

decimal decimal_access::make(big_integer v, int scale) {
  decimal d;
  d.scale_ = decimal::checked_scale(scale);
  assign(d, std::move(v));
  return d;
}

void decimal_access::assign(decimal& d, big_integer v) {
  if (auto s = to_int128(v)) {
    d.set_small(*s);
    d.big_.reset();
  } else {
    d.set_small(0);
    d.big_.reset(new big_value{std::move(v)});
  }
}

big_integer decimal_access::coefficient(const decimal& d) { return d.big_ ? d.big_->value : to_big(d.small()); }

}  // namespace detail

using detail::decimal_access;
using detail::pow10_big;

void decimal::assign_digits(std::string_view digits, bool negative) {
  const big_integer v{std::string(digits)};
  decimal_access::assign(*this, negative ? big_integer(-v) : v);
}

int decimal::big_sign(const detail::big_value& v) noexcept { return v.value.sign(); }

std::size_t decimal::big_hash(const detail::big_value& v) { return std::hash<std::string>{}(v.value.str()); }

decimal decimal::negated_big() const { return decimal_access::make(big_integer(-big_->value), scale_); }

decimal decimal::normalized_big() const {
  big_integer c = big_->value;
  int s = scale_;
  while (s > 0 && (c % 10).is_zero()) {
    c /= 10;
    --s;
  }
  return decimal_access::make(std::move(c), s);
}

int decimal::compare_big(const decimal& a, const decimal& b) {
  const int sa = a.sign();
  const int sb = b.sign();
  if (sa != sb) return sa < sb ? -1 : 1;
  const int s = std::max(a.scale_, b.scale_);
  const big_integer x = a.coefficient() * pow10_big(static_cast<unsigned>(s - a.scale_));
  const big_integer y = b.coefficient() * pow10_big(static_cast<unsigned>(s - b.scale_));
  return x < y ? -1 : (x > y ? 1 : 0);
}

decimal decimal::multiplied_big(const decimal& a, const decimal& b, int scale) {
  decimal r;
  r.scale_ = scale;
  decimal_access::assign(r, a.coefficient() * b.coefficient());
  return r;
}

decimal decimal::rounded_big(int places, long long drop, rounding mode) const {
  if (places < -100000) {
    throw error(errc::invalid_argument, "cannot round to a power of ten above 10^100000");
  }
  const big_integer c = coefficient();
  decimal r;
  r.scale_ = std::max(places, 0);
  // When 10^drop > 2|c| the quotient is 0 and the remainder under half a unit; settle that
  // without building 10^drop, which could be huge. |c| < 2^(msb + 1), and 10^drop >= 2^drop.
  if (c.is_zero() ||
      drop >= static_cast<long long>(boost::multiprecision::msb(boost::multiprecision::abs(c))) + 2) {
    if (detail::round_away(mode, c.is_zero(), -1, c.sign() < 0, false)) {
      big_integer one = c.sign() < 0 ? -1 : 1;
      if (places < 0) one *= pow10_big(static_cast<unsigned>(-places));
      decimal_access::assign(r, std::move(one));
    }
    return r;
  }
  big_integer q = detail::divide_rounded(c, pow10_big(static_cast<unsigned>(drop)), mode);
  if (places < 0) q *= pow10_big(static_cast<unsigned>(-places));
  decimal_access::assign(r, std::move(q));
  return r;
}

decimal decimal::scaled_up_big(detail::int128 v, int places) {
  decimal r;
  decimal_access::assign(r, detail::to_big(v) * pow10_big(static_cast<unsigned>(places)));
  return r;
}

decimal decimal::rescaled_up_big(int new_scale) const {
  decimal r;
  r.scale_ = new_scale;
  decimal_access::assign(r, coefficient() * pow10_big(static_cast<unsigned>(new_scale - scale_)));
  return r;
}

decimal decimal::added_big(const decimal& a, const decimal& b, bool subtract, int s) {
  const big_integer x = a.coefficient() * pow10_big(static_cast<unsigned>(s - a.scale_));
  const big_integer y = b.coefficient() * pow10_big(static_cast<unsigned>(s - b.scale_));
  return decimal(subtract ? big_integer(x - y) : big_integer(x + y), s);
}

std::string decimal::big_digits() const { return boost::multiprecision::abs(big_->value).str(); }

decimal decimal::divided(const decimal& divisor, int result_scale, rounding mode) const {
  if (divisor.is_zero()) throw error(errc::division_by_zero, "division by zero");
  checked_scale(result_scale);
  // (a / 10^sa) / (b / 10^sb) * 10^rs = a * 10^(rs + sb - sa) / b
  const long long shift = static_cast<long long>(result_scale) + divisor.scale_ - scale_;
  big_integer n = coefficient();
  big_integer d = divisor.coefficient();
  if (shift >= 0) {
    n *= pow10_big(static_cast<unsigned>(shift));
  } else {
    d *= pow10_big(static_cast<unsigned>(-shift));
  }
  return decimal(detail::divide_rounded(n, d, mode), result_scale);
}

std::optional<decimal> decimal::divided_exactly(const decimal& divisor) const {
  if (divisor.is_zero()) throw error(errc::division_by_zero, "division by zero");
  // The quotient terminates iff the reduced denominator has only factors 2 and 5.
  big_integer n = coefficient();
  big_integer d = divisor.coefficient();
  const big_integer g = boost::multiprecision::gcd(n, d);
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

std::ostream& operator<<(std::ostream& os, const decimal& d) { return os << d.to_string(); }

}  // namespace eok
