// eok/reconcile/interval.hpp: exact intervals, and the amount a reported figure states read as one.
//
// Every bound is a `ratio`, so "does this fit?" never depends on a rounding made along the way.
// Trailing zeros in a figure are not taken as significant: news writes "1조7,000억" for 1.7조,
// so its rounding unit is 1,000억, not 1억 (`rounding_unit`).
#ifndef EOK_RECONCILE_INTERVAL_HPP
#define EOK_RECONCILE_INTERVAL_HPP

#include <eok/core/decimal.hpp>
#include <eok/core/figure.hpp>
#include <eok/core/ratio.hpp>

#include <optional>
#include <string>
#include <utility>

namespace eok {

// ---- intervals ----------------------------------------------------------------------------

/// A set of exact values between two ends, each open or closed; an absent end is unbounded.
/// An interval is empty when its ends cross (or meet with an open side).
struct interval {
  std::optional<ratio> low;   ///< lower end; nothing means unbounded below
  std::optional<ratio> high;  ///< upper end; nothing means unbounded above
  bool low_open = false;      ///< whether `low` itself is excluded
  bool high_open = false;     ///< whether `high` itself is excluded

  /// [low, high].
  [[nodiscard]] static interval closed(ratio lo, ratio hi) { return {std::move(lo), std::move(hi), false, false}; }
  /// [low, high).
  [[nodiscard]] static interval half_open(ratio lo, ratio hi) { return {std::move(lo), std::move(hi), false, true}; }
  /// (low, high).
  [[nodiscard]] static interval open(ratio lo, ratio hi) { return {std::move(lo), std::move(hi), true, true}; }
  /// The single value v.
  [[nodiscard]] static interval point(const ratio& v) { return closed(v, v); }

  /// Whether no value satisfies both ends.
  [[nodiscard]] bool empty() const;
  /// Whether v lies in the interval.
  [[nodiscard]] bool contains(const ratio& v) const;
  /// The interval with both ends multiplied by `factor` (> 0).
  [[nodiscard]] interval scaled(const ratio& factor) const;
  /// "[1490.8256, 1500)" with each end shown to `places` digits, rounded outward (down for
  /// the lower end, up for the upper), so the text always covers the exact interval.
  [[nodiscard]] std::string to_string(int places) const;

  friend bool operator==(const interval& a, const interval& b) {
    return a.low == b.low && a.high == b.high && a.low_open == b.low_open && a.high_open == b.high_open;
  }
  friend bool operator!=(const interval& a, const interval& b) { return !(a == b); }
};

/// The values both intervals hold.
[[nodiscard]] interval intersection(const interval& a, const interval& b);
/// Whether the intervals share a value.
[[nodiscard]] bool overlaps(const interval& a, const interval& b);
/// { x·y : x in a, y in b } for intervals of non-negative values.
[[nodiscard]] interval product(const interval& a, const interval& b);
/// { x/y : x in a, y in b } for non-negative a and positive b (a zero lower end of b makes the
/// result unbounded above).
[[nodiscard]] interval quotient(const interval& a, const interval& b);

// ---- figures as intervals -----------------------------------------------------------------

/// How generously a rounded figure is read.
enum class reading : unsigned char {
  strict,  ///< rounded to nearest: [v − u/2, v + u/2)
  loose,   ///< for an approximate figure, also truncated or loosely rounded: (v − u, v + u)
};

/// The exponent of the widest rounding unit a value's digits allow: the place of its second
/// digit, but never finer than the largest of 만, 억, 조, 경 below its leading digit, so a digit
/// written alone before a scale word keeps that word's unit (1000조 → 14, i.e. 100조; 200억 →
/// 9; 7조 → 12; 1450 → 2). 0 for values below 10.
[[nodiscard]] int widest_unit_exponent(const decimal& value);

/// The unit a figure is rounded to: its `precision`, made coarser to the place of its last
/// non-zero digit (1조7,000억 → 1,000억; 163조 → 1조; 7억5,000만 → 1,000만), but never wider
/// than two leading digits allow (`widest_unit_exponent`: 1000조 → 100조, 100억 → 10억), so
/// rounding alone never accepts a value off by more than about 10%.
[[nodiscard]] decimal rounding_unit(const figure& f);

/// The amount a figure states, read as an interval: a value by its rounding unit (the loose
/// reading applies only to approximate figures; others read strictly either way), a range as
/// [low, high], a band or vague magnitude as [low, high), and bound words as written (최대 v:
/// [0, v]; 미만 v: [0, v); 이상 v: [v, ∞); 초과 v: (v, ∞)). Nothing for a figure without a value
/// or ends.
[[nodiscard]] std::optional<interval> figure_interval(const figure& f, reading r);

/// Like `figure_interval` but ignoring bound words: the amount itself, as a conversion reads it.
[[nodiscard]] std::optional<interval> amount_interval(const figure& f, reading r);

}  // namespace eok

#endif  // EOK_RECONCILE_INTERVAL_HPP
