// The paths of eok::ratio beyond 128 bits, on Boost.Multiprecision's cpp_int. They are out of
// line so that <eok/core/ratio.hpp> needs no Boost; each is reached only when a part or an
// intermediate product does not fit in 128 bits.
#include <eok/core/ratio_big.hpp>

#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <utility>

namespace eok {

namespace detail {

ratio ratio_access::make(big_integer n, big_integer d) {
  if (d.is_zero()) throw error(errc::division_by_zero, "division by zero");
  if (d.sign() < 0) {
    n = -n;
    d = -d;
  }
  const big_integer g = boost::multiprecision::gcd(n, d);
  if (!g.is_zero() && g != 1) {
    n /= g;
    d /= g;
  }
  ratio r;
  const auto sn = to_int128(n);
  const auto sd = to_int128(d);
  if (sn && sd) {
    r.num_ = *sn;
    r.den_ = *sd;
  } else {
    r.big_ = std::make_shared<const big_ratio>(big_ratio{std::move(n), std::move(d)});
  }
  return r;
}

big_integer ratio_access::numerator(const ratio& r) { return r.big_ ? r.big_->numerator : to_big(r.num_); }

big_integer ratio_access::denominator(const ratio& r) { return r.big_ ? r.big_->denominator : to_big(r.den_); }

}  // namespace detail

using detail::ratio_access;

int ratio::big_sign(const detail::big_ratio& r) noexcept { return r.numerator.sign(); }

bool ratio::big_is_integer(const detail::big_ratio& r) { return r.denominator == 1; }

void ratio::assign_decimal(const decimal& value) {
  *this = ratio_access::make(value.coefficient(), detail::pow10_big(static_cast<unsigned>(value.scale())));
}

ratio ratio::negated_big() const { return ratio_access::make(big_integer(-big_->numerator), big_->denominator); }

ratio ratio::inverse_big() const { return ratio_access::make(big_->denominator, big_->numerator); }

ratio ratio::multiplied_big(const ratio& a, const ratio& b) {
  return ratio_access::make(a.numerator() * b.numerator(), a.denominator() * b.denominator());
}

ratio ratio::added_big(const ratio& a, const ratio& b, bool subtract) {
  const big_integer x = a.numerator() * b.denominator();
  const big_integer y = b.numerator() * a.denominator();
  return ratio_access::make(subtract ? big_integer(x - y) : big_integer(x + y), a.denominator() * b.denominator());
}

int ratio::compare_big(const ratio& a, const ratio& b) {
  const big_integer x = a.numerator() * b.denominator();
  const big_integer y = b.numerator() * a.denominator();
  return x < y ? -1 : (x > y ? 1 : 0);
}

decimal ratio::to_decimal_big(int scale, rounding mode) const {
  return decimal(
      detail::divide_rounded(numerator() * detail::pow10_big(static_cast<unsigned>(scale)), denominator(), mode),
      scale);
}

std::optional<decimal> ratio::to_exact_decimal() const {
  big_integer d = denominator();
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
  const big_integer factor = detail::pow10_big(k) / denominator();
  return decimal(numerator() * factor, static_cast<int>(k));
}

std::string ratio::to_string() const { return numerator().str() + "/" + denominator().str(); }

std::ostream& operator<<(std::ostream& os, const ratio& r) { return os << r.to_string(); }

}  // namespace eok
