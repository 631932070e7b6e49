// The reconciliation engine: conversion and relation checks, diagnoses, outliers and agreements
// across articles. Everything that decides a verdict is exact (`ratio`).
#include <eok/reconcile/checks.hpp>
#include <eok/core/decimal_big.hpp>

#include <eok/lexicon/stop_words.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <tuple>
#include <utility>

#include "../core/huge_pages.hpp"

namespace eok {

// ---- names --------------------------------------------------------------------------------

namespace {

/// The name of enumerator `e` in `names` (listed in declaration order), or `fallback` for a
/// value outside the enumeration.
template <typename Enum, std::size_t N>
std::string_view name_of(Enum e, const std::array<std::string_view, N>& names, std::string_view fallback) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < N ? names[i] : fallback;
}

constexpr std::array<std::string_view, 4> check_kind_names{{"conversion", "relation", "agreement", "stated_rate"}};
constexpr std::array<std::string_view, 4> verdict_names{{"consistent", "consistent_loose", "inconsistent", "undetermined"}};
constexpr std::array<std::string_view, 9> reason_names{{"unit_slip", "wrong_currency", "rate_date", "unexplained",
                                                        "outlier", "rounding", "conversion", "conflict", "restated"}};
static_assert(static_cast<std::size_t>(reason::restated) + 1 == reason_names.size());

}  // namespace

std::string_view to_string(check_kind k) noexcept { return name_of(k, check_kind_names, "conversion"); }
std::string_view to_string(verdict v) noexcept { return name_of(v, verdict_names, "undetermined"); }
std::string_view to_string(reason r) noexcept { return name_of(r, reason_names, "unexplained"); }

bool valid_only(std::string_view only) noexcept {
  return only.empty() || std::find(verdict_names.begin(), verdict_names.end(), only) != verdict_names.end() ||
         std::find(check_kind_names.begin(), check_kind_names.end(), only) != check_kind_names.end();
}

bool shown(const check& c, const reconcile_options& options) {
  return options.only.empty() || options.only == to_string(c.result) || options.only == to_string(c.kind);
}

bool all_consistent(const std::vector<check>& checks) noexcept {
  return std::all_of(checks.begin(), checks.end(), [](const check& c) {
    return c.result == verdict::consistent || c.result == verdict::consistent_loose;
  });
}

// ---- conversions --------------------------------------------------------------------------

namespace {

/// The factors a unit slip may be off by: 10 (a digit), 10^3 (천), 10^4 (만/억/조 one step),
/// 10^8 (two steps), each tried multiplying and then dividing.
const std::vector<ratio>& slip_factors() {
  static const std::vector<ratio> factors = [] {
    std::vector<ratio> f;
    for (long long k : {10LL, 1000LL, 10000LL, 100000000LL}) {
      f.emplace_back(k);
      f.push_back(ratio(k).inverse());
    }
    return f;
  }();
  return factors;
}

/// The band of a set of source rates: lowest × (1 − t) to highest × (1 + t), closed.
std::optional<interval> band_of(const std::vector<rate_quote>& rates, const ratio& tolerance) {
  if (rates.empty()) return std::nullopt;
  const ratio* lo = &rates.front().rate;
  const ratio* hi = lo;
  for (const auto& r : rates) {
    if (r.rate < *lo) lo = &r.rate;
    if (*hi < r.rate) hi = &r.rate;
  }
  const ratio one(1);
  return interval::closed(*lo * (one - tolerance), *hi * (one + tolerance));
}

/// A pair's source rates on one day, and their band at the run's tolerance.
struct day_rates {
  std::vector<rate_quote> rates;
  std::optional<interval> band;
};

/// Source rates memoized for one run: lookups by (pair, date) with their bands, each target
/// currency's candidates on a date, and each pair's history over the whole span of the run,
/// fetched once and kept newest first. Entries stay put once made: checks keep pointers into
/// them.
class rate_cache {
public:
  rate_cache(const rate_oracle& oracle, date::sys_days first, date::sys_days last, const decimal& tolerance)
      : oracle_(oracle), first_(first), last_(last), tolerance_(tolerance) {}

  const day_rates& on_date(currency from, currency to, date::sys_days on) {
    const std::uint64_t key = (pair_key(from, to) << 32) | static_cast<std::uint32_t>(on.time_since_epoch().count());
    auto it = on_date_.find(key);
    if (it != on_date_.end()) return it->second;
    day_rates day;
    if (oracle_.on_date) day.rates = oracle_.on_date(from, to, on);
    day.band = band_of(day.rates, tolerance_);
    return on_date_.emplace(key, std::move(day)).first->second;
  }

  /// The rates of every currency of the oracle but `to` into `to` on `on`, in the oracle's
  /// order: what the wrong-currency diagnosis tries.
  const std::vector<std::pair<currency, const day_rates*>>& into(currency to, date::sys_days on) {
    const std::uint64_t key = (pair_key(currency(), to) << 32) | static_cast<std::uint32_t>(on.time_since_epoch().count());
    auto it = into_.find(key);
    if (it != into_.end()) return it->second;
    std::vector<std::pair<currency, const day_rates*>> all;
    all.reserve(oracle_.currencies.size());
    for (const currency cand : oracle_.currencies) {
      if (cand != to) all.emplace_back(cand, &on_date(cand, to, on));
    }
    return into_.emplace(key, std::move(all)).first->second;
  }

  /// The last date any source has a rate for the pair.
  std::optional<date::sys_days> last_date(currency from, currency to) const {
    return oracle_.last_date ? oracle_.last_date(from, to) : std::nullopt;
  }

  /// The pair's published rates, newest first, over the run's span.
  const std::vector<rate_quote>& history(currency from, currency to) {
    const auto key = std::make_pair(from, to);
    auto it = history_.find(key);
    if (it != history_.end()) return it->second;
    std::vector<rate_quote> rates;
    if (oracle_.history) rates = oracle_.history(from, to, first_, last_);
    std::stable_sort(rates.begin(), rates.end(),
                     [](const rate_quote& a, const rate_quote& b) { return a.date > b.date; });
    return history_.emplace(key, std::move(rates)).first->second;
  }

private:
  static std::uint64_t pair_key(currency from, currency to) noexcept {
    return (std::uint64_t{detail::currency_access::id(from)} << 16) | detail::currency_access::id(to);
  }

  const rate_oracle& oracle_;
  date::sys_days first_;
  date::sys_days last_;
  ratio tolerance_;
  // Keyed by (from, to, day) packed in 64 bits. The wrong-currency diagnosis asks for every
  // currency on every article's date, so a large run holds hundreds of thousands of entries: a
  // tree's pointer chase per lookup, and a band per lookup, were a quarter of a 10,000-article
  // check (docs/performance.md).
  std::unordered_map<std::uint64_t, day_rates> on_date_;
  std::unordered_map<std::uint64_t, std::vector<std::pair<currency, const day_rates*>>> into_;
  std::map<std::pair<currency, currency>, std::vector<rate_quote>> history_;
};

/// How far v lies outside `span` (zero inside it).
ratio distance(const interval& span, const ratio& v) {
  if (span.low && v < *span.low) return *span.low - v;
  if (span.high && *span.high < v) return v - *span.high;
  return ratio();
}

/// The rate of `rates` nearest to `span` (the first of equals); null when there is none.
const rate_quote* nearest_rate(const std::vector<rate_quote>& rates, const interval& span) {
  const rate_quote* best = nullptr;
  ratio best_distance;
  for (const auto& r : rates) {
    ratio d = distance(span, r.rate);
    if (!best || d < best_distance) {
      best = &r;
      best_distance = std::move(d);
    }
  }
  return best;
}

/// A copy of the rate of `rates` nearest to `span`.
std::optional<rate_quote> nearest(const std::vector<rate_quote>& rates, const interval& span) {
  const rate_quote* r = nearest_rate(rates, span);
  return r ? std::optional<rate_quote>(*r) : std::nullopt;
}

check conversion_check(const article& a, std::size_t index, const conversion_link& link, rate_cache& cache,
                       const reconcile_options& options) {
  check c{conversion_details{}};
  conversion_details& found = c.as_conversion();
  c.article = index;
  c.figures = {{index, link.from}, {index, link.to}};
  if (!a.dated() || link.from >= a.figures.size() || link.to >= a.figures.size()) {  // undated: no rate to check against
    c.result = verdict::undetermined;
    return c;
  }
  const figure& x = a.figures[link.from];
  const figure& y = a.figures[link.to];
  found.from = x.cur;
  found.to = y.cur;
  const auto xs = x.value ? std::optional<interval>(interval::point(ratio(*x.value))) : amount_interval(x, reading::strict);
  const auto ys = amount_interval(y, reading::strict);
  const auto yl = amount_interval(y, reading::loose);
  if (!xs || !ys || !yl || !x.cur.valid() || !y.cur.valid() || (xs->high && xs->high->is_zero())) {
    c.result = verdict::undetermined;
    return c;
  }
  const interval strict = quotient(*ys, *xs);
  const interval loose = quotient(*yl, *xs);
  found.implied_rate = strict;
  found.loose_rate = loose;
  const day_rates& on_day = cache.on_date(x.cur, y.cur, a.date);
  found.rates = on_day.rates;
  const std::optional<interval>& band = on_day.band;
  if (!band) {
    c.result = verdict::undetermined;
    found.rates_end = cache.last_date(x.cur, y.cur);
    if (found.rates_end && *found.rates_end >= a.date) found.rates_end.reset();
    return c;
  }
  found.reference_band = band;
  if (overlaps(strict, *band)) {
    c.result = verdict::consistent;
    found.reference = nearest(found.rates, strict);
    return c;
  }
  if (overlaps(loose, *band)) {
    c.result = verdict::consistent_loose;
    found.reference = nearest(found.rates, loose);
    return c;
  }
  c.result = verdict::inconsistent;

  // 1. A unit slip: Y off by a power of ten.
  for (const ratio& f : slip_factors()) {
    if (overlaps(loose.scaled(f), *band)) {
      c.reasons.push_back(reason::unit_slip);
      found.slip_factor = f;
      if (y.value) {
        const auto exact = (ratio(*y.value) * f).to_exact_decimal();
        if (exact) found.corrected = exact->normalized();
      }
      found.reference = nearest(found.rates, loose.scaled(f));
      return c;
    }
  }
  // 2. Another currency's rate that day: the closest candidate wins.
  {
    const rate_quote* best = nullptr;  // into the cache, whose entries stay put
    ratio best_distance;
    currency best_currency;
    for (const auto& [cand, cand_day] : cache.into(y.cur, a.date)) {
      if (cand == x.cur || !cand_day->band || !overlaps(loose, *cand_day->band)) continue;
      const rate_quote* r = nearest_rate(cand_day->rates, loose);
      ratio d = distance(loose, r->rate);
      if (!best || d < best_distance) {
        best = r;
        best_distance = std::move(d);
        best_currency = cand;
      }
    }
    if (best) {
      c.reasons.push_back(reason::wrong_currency);
      found.fits_currency = best_currency;
      found.reference = *best;
      return c;
    }
  }
  // 3. A rate of an earlier date: the latest published rate inside the implied interval.
  {
    const auto& history = cache.history(x.cur, y.cur);
    const date::sys_days earliest = a.date - date::days(options.rate_date_window_days);
    // history is newest first; skip to the day before the article.
    auto it = std::partition_point(history.begin(), history.end(),
                                   [&](const rate_quote& r) { return r.date >= a.date; });
    // Newest first: per publication date, whether some source's rate fits; runs of fitting
    // dates are the stretches.
    const rate_quote* latest = nullptr;
    std::optional<date::sys_days> run_last;
    std::optional<date::sys_days> run_first;
    auto close_run = [&] {
      if (run_last) found.fitting_dates.emplace_back(*run_first, *run_last);
      run_last.reset();
      run_first.reset();
    };
    while (it != history.end() && it->date >= earliest) {
      const date::sys_days day = it->date;
      bool fits = false;
      for (; it != history.end() && it->date == day; ++it) {
        if (loose.contains(it->rate)) {
          fits = true;
          if (!latest) latest = &*it;
        }
      }
      if (fits) {
        if (!run_last) run_last = day;
        run_first = day;
      } else {
        close_run();
      }
    }
    close_run();
    if (latest) {
      std::reverse(found.fitting_dates.begin(), found.fitting_dates.end());
      c.reasons.push_back(reason::rate_date);
      found.best_date = latest->date;
      found.reference = *latest;
      return c;
    }
  }
  c.reasons.push_back(reason::unexplained);
  found.reference = nearest(found.rates, loose);
  return c;
}

/// A stated exchange rate (`100엔당 900원`) against the sources' rates of the article date: the
/// stated value per unit of its base, bound words as written (`1,400원을 넘어서며`: above 1,400).
check stated_rate_check(const article& a, std::size_t index, std::size_t figure_index, rate_cache& cache) {
  check c{stated_rate_details{}};
  stated_rate_details& found = c.as_stated_rate();
  c.article = index;
  c.figures = {{index, figure_index}};
  const figure& f = a.figures[figure_index];
  const figure_links& l = a.links[figure_index];
  found.base = l.rate_base;
  found.quote = f.cur;
  if (l.rate_per && !l.rate_per->is_zero()) found.per = *l.rate_per;
  const auto s = figure_interval(f, reading::strict);
  const auto lo = figure_interval(f, reading::loose);
  if (!s || !lo || !found.base.valid() || !found.quote.valid() || found.base == found.quote) return c;
  const ratio per_unit = ratio(found.per).inverse();
  found.stated = s->scaled(per_unit);
  found.stated_loose = lo->scaled(per_unit);
  const day_rates& day = cache.on_date(found.base, found.quote, a.date);
  found.rates = day.rates;
  const std::optional<interval>& band = day.band;
  if (!band) return c;  // undetermined
  found.reference_band = band;
  if (overlaps(*found.stated, *band)) {
    c.result = verdict::consistent;
  } else if (overlaps(*found.stated_loose, *band)) {
    c.result = verdict::consistent_loose;
  } else {
    c.result = verdict::inconsistent;
    c.reasons.push_back(reason::unexplained);
  }
  found.reference = nearest(found.rates, *found.stated_loose);
  return c;
}

/// Flags, per article and currency pair, a conversion whose implied rate cannot hold together
/// with the others'. `checks` from `first` on are the article's conversion checks.
void flag_outliers(std::vector<check>& checks, std::size_t first) {
  std::map<std::pair<currency, currency>, std::vector<std::size_t>> groups;
  for (std::size_t i = first; i < checks.size(); ++i) {
    const conversion_details& found = checks[i].as_conversion();
    if (found.loose_rate) groups[{found.from, found.to}].push_back(i);
  }
  auto together = [&](const std::vector<std::size_t>& members, std::size_t skip, bool strict) {
    std::optional<interval> common;
    for (std::size_t m : members) {
      if (m == skip) continue;
      const interval& span = strict ? *checks[m].as_conversion().implied_rate : *checks[m].as_conversion().loose_rate;
      common = common ? intersection(*common, span) : span;
      if (common->empty()) return false;
    }
    return true;
  };
  for (const auto& [pair, members] : groups) {
    if (members.size() < 2 || together(members, members.size() + checks.size(), false)) continue;
    // Whose removal lets the rest hold together? Strict readings first, then loose; among
    // several, one already inconsistent with the reference rates.
    std::optional<std::size_t> outlier;
    for (bool strict : {true, false}) {
      std::vector<std::size_t> candidates;
      if (members.size() >= 3) {
        for (std::size_t m : members) {
          if (together(members, m, strict)) candidates.push_back(m);
        }
      } else {
        candidates = members;
      }
      std::vector<std::size_t> off;
      for (std::size_t m : candidates) {
        if (checks[m].result == verdict::inconsistent) off.push_back(m);
      }
      if (off.size() == 1) {
        outlier = off.front();
      } else if (candidates.size() == 1) {
        outlier = candidates.front();
      }
      if (outlier) break;
    }
    if (!outlier) continue;
    check& c = checks[*outlier];
    conversion_details& found = c.as_conversion();
    for (std::size_t m : members) {
      if (m != *outlier && !overlaps(*checks[m].as_conversion().loose_rate, *found.loose_rate)) {
        found.outlier_of = checks[m].figures[1];
        break;
      }
    }
    if (!found.outlier_of) {
      for (std::size_t m : members) {
        if (m != *outlier) {
          found.outlier_of = checks[m].figures[1];
          break;
        }
      }
    }
    c.result = verdict::inconsistent;
    c.reasons.push_back(reason::outlier);
  }
}

}  // namespace

check check_conversion(const article& a, std::size_t article_index, const conversion_link& link,
                       const rate_oracle& rates, const reconcile_options& options) {
  rate_cache cache(rates, a.date - date::days(options.rate_date_window_days), a.date, options.tolerance);
  return conversion_check(a, article_index, link, cache, options);
}

// ---- relations ----------------------------------------------------------------------------

namespace {

/// Whether a figure is a number the reporter did arithmetic with: one stated value, no hedge
/// (약, 가량, 안팎 ...), no bound word, not a range, band or vague magnitude.
bool is_exact(const figure& f) {
  return f.value && !f.approximate && f.bound == bound_kind::none && !f.range && !f.band && !f.vague;
}

/// A failed relation: a unit slip of the result, when `fits` holds for the result × a slip
/// factor; otherwise unexplained.
void diagnose_relation(check& c, const figure& result, const std::function<bool(const ratio&)>& fits) {
  relation_details& found = c.as_relation();
  c.result = verdict::inconsistent;
  for (const ratio& f : slip_factors()) {
    if (fits(f)) {
      c.reasons.push_back(reason::unit_slip);
      found.slip_factor = f;
      if (result.value) {
        if (auto exact = (ratio(*result.value) * f).to_exact_decimal()) found.corrected = exact->normalized();
      }
      return;
    }
  }
  c.reasons.push_back(reason::unexplained);
}

/// The verdict on `result` against a value computed exactly from unhedged figures: consistent
/// when the value, rounded half-even to the finer of the result's and the inputs' rounding
/// units, is the result as written; consistent_loose when it lies only in the result's loose
/// interval. A hedged result or one with a bound word is judged by its intervals.
check judge_exact(check& c, const figure& result, const ratio& computed, const decimal& input_unit) {
  relation_details& found = c.as_relation();
  found.expected = interval::point(computed);
  const auto rs = figure_interval(result, reading::strict);
  const auto rl = figure_interval(result, reading::loose);
  if (is_exact(result)) {
    const decimal ru = rounding_unit(result);
    const ratio u(input_unit < ru ? input_unit : ru);
    const ratio rounded_value = ratio((computed / u).to_decimal(0, rounding::half_even)) * u;
    if (rounded_value == ratio(*result.value)) {
      c.result = verdict::consistent;
      return c;
    }
  } else if (rs->contains(computed)) {
    c.result = verdict::consistent;
    return c;
  }
  if (rl->contains(computed)) {
    c.result = verdict::consistent_loose;
    return c;
  }
  diagnose_relation(c, result, [&](const ratio& f) { return rl->scaled(f).contains(computed); });
  return c;
}

/// The verdict on `result` against intervals of a hedged computation: consistent when the
/// strict readings meet, consistent_loose when only the loose ones do.
check judge_intervals(check& c, const figure& result, const interval& rs, const interval& rl, const interval& expected_s,
                      const interval& expected_l) {
  relation_details& found = c.as_relation();
  if (overlaps(rs, expected_s)) {
    found.expected = expected_s;
    c.result = verdict::consistent;
    return c;
  }
  found.expected = expected_l;
  if (overlaps(rl, expected_l)) {
    c.result = verdict::consistent_loose;
    return c;
  }
  diagnose_relation(c, result, [&](const ratio& f) { return overlaps(rl.scaled(f), expected_l); });
  return c;
}

/// The sum of intervals of non-negative values.
interval sum_of(const interval& a, const interval& b) {
  interval r;
  if (a.low && b.low) {
    r.low = *a.low + *b.low;
    r.low_open = a.low_open || b.low_open;
  }
  if (a.high && b.high) {
    r.high = *a.high + *b.high;
    r.high_open = a.high_open || b.high_open;
  }
  return r;
}

/// Listed parts and their stated total: exact when every part is unhedged.
check check_sum(check& c, const article& a, const figure& result, const relation& rel) {
  std::vector<std::size_t> parts = rel.parts.empty() ? std::vector<std::size_t>{rel.base} : rel.parts;
  bool exact = true;
  ratio total;
  std::optional<decimal> unit;
  std::optional<interval> s, l;
  for (std::size_t p : parts) {
    if (p >= a.figures.size()) return c;
    const figure& f = a.figures[p];
    const auto ps = figure_interval(f, reading::strict);
    const auto pl = figure_interval(f, reading::loose);
    if (!ps || !pl || f.cur != result.cur) return c;  // undetermined
    exact = exact && is_exact(f);
    if (f.value) total = total + ratio(*f.value);
    const decimal u = rounding_unit(f);
    if (!unit || u < *unit) unit = u;
    s = s ? sum_of(*s, *ps) : *ps;
    l = l ? sum_of(*l, *pl) : *pl;
  }
  if (exact) return judge_exact(c, result, total, *unit);
  return judge_intervals(c, result, *figure_interval(result, reading::strict), *figure_interval(result, reading::loose), *s, *l);
}

}  // namespace

check check_relation(const article& a, std::size_t article_index, const relation& rel) {
  check c{relation_details{rel, std::nullopt, std::nullopt, std::nullopt, std::nullopt}};
  relation_details& found = c.as_relation();
  c.article = article_index;
  c.figures = {{article_index, rel.result}, {article_index, rel.base}};
  if (rel.result >= a.figures.size() || rel.base >= a.figures.size()) return c;
  const figure& result = a.figures[rel.result];
  const figure& base = a.figures[rel.base];
  auto factor_interval = [&](reading r) -> std::optional<interval> {
    if (!rel.factor) return std::nullopt;
    if (!rel.factor_approximate) return interval::point(*rel.factor);
    // An approximate factor is rounded to a whole number (약 9배) or, for a fraction, to a whole
    // denominator (약 20분의 1).
    const ratio one(1);
    const ratio half = one / ratio(2);
    if (rel.factor->is_integer()) {
      return r == reading::loose ? interval::open(*rel.factor - one, *rel.factor + one)
                                 : interval::half_open(*rel.factor - half, *rel.factor + half);
    }
    const ratio n = rel.factor->inverse();
    const ratio w = r == reading::loose ? one : half;
    if (!(w < n)) return interval{ratio(), std::nullopt, false, false};
    return interval::open((n + w).inverse(), (n - w).inverse());
  };
  const auto rs = figure_interval(result, reading::strict);
  const auto rl = figure_interval(result, reading::loose);
  const auto bs = figure_interval(base, reading::strict);
  const auto bl = figure_interval(base, reading::loose);
  if (rel.kind == relation_kind::sum) return check_sum(c, a, result, rel);
  if (rel.kind == relation_kind::restated) {
    // The same words cannot mean both: the amount in all, or the amount every year.
    if (result.cur == base.cur && result.value && rel.factor) found.expected = interval::point(ratio(*result.value) * *rel.factor);
    c.result = verdict::inconsistent;
    c.reasons.push_back(reason::restated);
    return c;
  }
  if (!rs || !rl || !bs || !bl || result.cur != base.cur) return c;  // undetermined

  if (!rel.factor) {
    // A total of equal parts with no stated count: some whole count of at least 2 must fit.
    const interval counts_l = quotient(*rl, *bl);
    const interval counts_s = quotient(*rs, *bs);
    if (!counts_l.high) return c;
    // Try the counts that fit the loose reading, nearest to the ratio of the stated values
    // first (3억 / 1억 is 3, although 2 parts of up to 1.5억 would also round to 3억).
    const decimal top = counts_l.high->to_decimal(0, rounding::floor);
    const decimal bottom = std::max(counts_l.low ? counts_l.low->to_decimal(0, rounding::ceiling) : decimal(2), decimal(2));
    if (top < bottom || top - bottom > decimal(1000)) {
      c.result = verdict::inconsistent;
      c.reasons.push_back(reason::unexplained);
      return c;
    }
    decimal centre = bottom;
    if (result.value && base.value && !base.value->is_zero()) {
      centre = std::min(std::max((ratio(*result.value) / ratio(*base.value)).to_decimal(0, rounding::half_even), bottom), top);
    }
    std::vector<decimal> counts;
    for (decimal n = bottom; n <= top; n += decimal(1)) counts.push_back(n);
    std::stable_sort(counts.begin(), counts.end(),
                     [&](const decimal& p, const decimal& q) { return (p - centre).abs() < (q - centre).abs(); });
    std::optional<ratio> loose_fit;
    for (const decimal& n : counts) {
      const ratio count(n);
      if (counts_s.contains(count)) {
        found.implied_count = count;
        found.expected = bs->scaled(count);
        c.result = verdict::consistent;
        return c;
      }
      if (!loose_fit && counts_l.contains(count)) loose_fit = count;
    }
    if (loose_fit) {
      found.implied_count = loose_fit;
      found.expected = bl->scaled(*loose_fit);
      c.result = verdict::consistent_loose;
      return c;
    }
    c.result = verdict::inconsistent;
    c.reasons.push_back(reason::unexplained);
    return c;
  }
  if (is_exact(base) && !rel.factor_approximate) {
    return judge_exact(c, result, ratio(*base.value) * *rel.factor, rounding_unit(base));
  }
  const interval expected_s = product(*bs, *factor_interval(reading::strict));
  const interval expected_l = product(*bl, *factor_interval(reading::loose));
  return judge_intervals(c, result, *rs, *rl, expected_s, expected_l);
}

// ---- a whole run --------------------------------------------------------------------------

std::vector<check> reconcile(const std::vector<article>& articles, const rate_oracle& rates,
                             const reconcile_options& options) {
  std::vector<check> checks;
  if (articles.empty()) return checks;
  // Room for every check at once, so the list is never moved: one per stated conversion,
  // relation and rate, and at most one agreement per two money figures (an agreement takes at
  // least two candidates, from two articles, and no candidate joins two agreements). Room that
  // no check fills is address space, never touched.
  std::size_t stated = 0;
  std::size_t money = 0;
  for (const auto& a : articles) {
    stated += a.conversions.size() + a.relations.size();
    for (const figure& f : a.figures) {
      stated += f.kind == figure_kind::rate ? 1 : 0;
      money += f.kind == figure_kind::money ? 1 : 0;
    }
  }
  checks.reserve(stated + money / 2);
  detail::advise_huge_pages(checks.data(), checks.capacity() * sizeof(check));
  article_checker checker(articles, rates, options);
  std::vector<agreement_candidate> candidates;
  candidates.reserve(money);  // at most one per money figure (agreement_candidates)
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const std::size_t first = checks.size();
    checker.checks_of(articles[i], i, checks);
    for (auto& c : agreement_candidates(articles[i], i, checks, first)) candidates.push_back(std::move(c));
  }
  std::vector<check> agreed = find_agreements(candidates);
  for (auto& c : agreed) checks.push_back(std::move(c));
  return checks;
}

// ---- the checks of one article ------------------------------------------------------------

struct article_checker::impl {
  rate_cache cache;
  reconcile_options options;
  impl(const rate_oracle& rates, date::sys_days first, date::sys_days last, reconcile_options o)
      : cache(rates, first, last, o.tolerance), options(std::move(o)) {}
};

article_checker::article_checker(const std::vector<article>& articles, const rate_oracle& rates,
                                 const reconcile_options& options) {
  std::optional<date::sys_days> first, last;  // over the dated articles
  for (const auto& a : articles) {
    if (!a.dated()) continue;
    first = first ? std::min(*first, a.date) : a.date;
    last = last ? std::max(*last, a.date) : a.date;
  }
  if (!first) first = last = articles.empty() ? date::sys_days{} : articles.front().date;
  impl_ = std::make_unique<impl>(rates, *first - date::days(options.rate_date_window_days), *last, options);
}

article_checker::article_checker(const rate_oracle& rates, date::sys_days first, date::sys_days last,
                                 const reconcile_options& options)
    : impl_(std::make_unique<impl>(rates, first - date::days(options.rate_date_window_days), last, options)) {}

article_checker::~article_checker() = default;

std::vector<check> article_checker::checks_of(const article& a, std::size_t i) {
  std::vector<check> out;
  checks_of(a, i, out);
  return out;
}

void article_checker::checks_of(const article& a, std::size_t i, std::vector<check>& out) {
  std::vector<conversion_link> links = a.conversions;
  std::stable_sort(links.begin(), links.end(),
                   [](const conversion_link& p, const conversion_link& q) { return p.from < q.from; });
  const std::size_t first = out.size();
  const std::size_t need = first + links.size() + a.relations.size();
  if (need > out.capacity()) out.reserve(std::max(need, 2 * out.capacity()));  // geometric: callers append article by article
  for (const auto& l : links) out.push_back(conversion_check(a, i, l, impl_->cache, impl_->options));
  flag_outliers(out, first);
  for (const auto& r : a.relations) out.push_back(check_relation(a, i, r));
  for (std::size_t j = 0; j < a.figures.size() && j < a.links.size(); ++j) {
    if (a.figures[j].kind == figure_kind::rate) out.push_back(stated_rate_check(a, i, j, impl_->cache));
  }
}

}  // namespace eok
