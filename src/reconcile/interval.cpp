// Exact intervals and figures read as intervals. The only roundings are in `interval::to_string`,
// which rounds outward and says so.
#include <eok/reconcile/interval.hpp>
#include <eok/core/decimal_big.hpp>

#include <algorithm>

#include <string>

namespace eok {

// ---- intervals ----------------------------------------------------------------------------

bool interval::empty() const {
  if (!low || !high) return false;
  const int c = compare(*low, *high);
  return c > 0 || (c == 0 && (low_open || high_open));
}

bool interval::contains(const ratio& v) const {
  if (low) {
    const int c = compare(v, *low);
    if (c < 0 || (c == 0 && low_open)) return false;
  }
  if (high) {
    const int c = compare(v, *high);
    if (c > 0 || (c == 0 && high_open)) return false;
  }
  return true;
}

interval interval::scaled(const ratio& factor) const {
  interval r = *this;
  if (r.low) r.low = *r.low * factor;
  if (r.high) r.high = *r.high * factor;
  return r;
}

std::string interval::to_string(int places) const {
  std::string s = low_open || !low ? "(" : "[";
  s += low ? low->to_decimal(places, rounding::floor).to_string() : "-inf";
  s += ", ";
  s += high ? high->to_decimal(places, rounding::ceiling).to_string() : "inf";
  s += high_open || !high ? ")" : "]";
  return s;
}

namespace {

/// The tighter of two ends on one side: `sign` is 1 for lower ends (the larger is tighter) and
/// -1 for upper ends (the smaller is). An absent end is no bound; at equal values, open wins.
void tighter_end(const std::optional<ratio>& a, bool a_open, const std::optional<ratio>& b, bool b_open, int sign,
                 std::optional<ratio>& end, bool& open) {
  if (!a || !b) {
    end = a ? a : b;
    open = a ? a_open : b_open;
    return;
  }
  const int c = compare(*a, *b) * sign;
  end = c >= 0 ? a : b;
  open = c > 0 ? a_open : (c < 0 ? b_open : (a_open || b_open));
}

}  // namespace

interval intersection(const interval& a, const interval& b) {
  interval r;
  tighter_end(a.low, a.low_open, b.low, b.low_open, 1, r.low, r.low_open);
  tighter_end(a.high, a.high_open, b.high, b.high_open, -1, r.high, r.high_open);
  return r;
}

bool overlaps(const interval& a, const interval& b) {
  // Each lower end must lie below the other's upper end.
  auto below = [](const std::optional<ratio>& lo, bool lo_open, const std::optional<ratio>& hi, bool hi_open) {
    if (!lo || !hi) return true;
    const int c = compare(*lo, *hi);
    return c < 0 || (c == 0 && !lo_open && !hi_open);
  };
  return below(a.low, a.low_open, b.high, b.high_open) && below(b.low, b.low_open, a.high, a.high_open) &&
         !a.empty() && !b.empty();
}

interval product(const interval& a, const interval& b) {
  interval r;
  const ratio zero;
  const ratio alo = a.low ? *a.low : zero;
  const ratio blo = b.low ? *b.low : zero;
  r.low = alo * blo;
  const bool a_zero_closed = alo.is_zero() && !a.low_open;
  const bool b_zero_closed = blo.is_zero() && !b.low_open;
  r.low_open = !(a_zero_closed || b_zero_closed) && (a.low_open || b.low_open);
  if (a.high && b.high) {
    r.high = *a.high * *b.high;
    r.high_open = a.high_open || b.high_open;
  }
  return r;
}

interval quotient(const interval& a, const interval& b) {
  interval r;
  const ratio zero;
  if (a.low && b.high && !b.high->is_zero()) {
    r.low = *a.low / *b.high;
    r.low_open = a.low_open || b.high_open;
  } else {
    r.low = zero;
    r.low_open = false;
  }
  if (a.high && b.low && !b.low->is_zero()) {
    r.high = *a.high / *b.low;
    r.high_open = a.high_open || b.low_open;
  }
  return r;
}

// ---- figures as intervals -----------------------------------------------------------------

namespace {

/// 10^e as a decimal, for any e.
decimal power_of_ten(int e) {
  return e >= 0 ? decimal(detail::pow10_big(static_cast<unsigned>(e)), 0) : decimal::from_parts(1, -e);
}

}  // namespace

int widest_unit_exponent(const decimal& value) {
  // Digits of the integer part: the leading digit stands at 10^(digits - 1).
  const decimal whole = value.abs().rounded(0, rounding::down);  // scale 0: digits are the integer's
  const int digits = whole.is_zero() ? 0 : static_cast<int>(whole.digit_count());
  if (digits <= 1) return 0;
  const int leading = digits - 1;
  const int myriad = (leading / 4) * 4;  // the place of the largest of 만, 억, 조, 경 below it
  return std::max(leading - 1, myriad);
}

decimal rounding_unit(const figure& f) {
  decimal unit = f.precision;
  if (f.value && !f.value->is_zero()) {
    const decimal v = f.value->normalized();
    // The place of the last non-zero digit: 10^(trailing zeros of the coefficient - scale).
    const std::string digits = v.abs().to_string();
    int zeros = 0;
    for (auto it = digits.rbegin(); it != digits.rend() && *it == '0'; ++it) ++zeros;
    const decimal place = power_of_ten(zeros - v.scale());
    if (unit.is_zero() || place > unit) unit = place;
    // Never wider than two leading digits allow (1000조 → 100조; 200억 → 10억; 7조 stays 1조).
    if (v.abs() >= decimal(10)) {
      const decimal widest = power_of_ten(widest_unit_exponent(v));
      if (widest < unit) unit = widest;
    }
  }
  if (unit.is_zero()) unit = decimal(1);
  return unit;
}

namespace {

std::optional<interval> value_interval(const figure& f, reading r) {
  if ((f.band || f.vague) && f.low && f.high) {
    // A band (8천억원대) or vague magnitude (수천억) excludes its top, even with a stated value.
    return interval{ratio(*f.low), ratio(*f.high), false, true};
  }
  if (f.value) {
    const ratio v(*f.value);
    const ratio u(rounding_unit(f));
    if (r == reading::loose && f.approximate) return interval::open(v - u, v + u);
    const ratio half = u / ratio(2);
    return interval::half_open(v - half, v + half);
  }
  if (f.low && f.high) return interval{ratio(*f.low), ratio(*f.high), false, false};  // a range: inclusive
  if (f.low) return interval{ratio(*f.low), std::nullopt, false, false};
  if (f.high) return interval{ratio(), ratio(*f.high), false, false};
  return std::nullopt;
}

}  // namespace

std::optional<interval> amount_interval(const figure& f, reading r) { return value_interval(f, r); }

std::optional<interval> figure_interval(const figure& f, reading r) {
  if (!f.value || f.bound == bound_kind::none) return value_interval(f, r);
  const ratio v(*f.value);
  switch (f.bound) {
    case bound_kind::at_most: return interval{ratio(), v, false, false};
    case bound_kind::less_than: return interval{ratio(), v, false, true};
    case bound_kind::at_least: return interval{v, std::nullopt, false, false};
    case bound_kind::more_than: return interval{v, std::nullopt, true, false};
    case bound_kind::none: break;
  }
  return value_interval(f, r);
}

}  // namespace eok
