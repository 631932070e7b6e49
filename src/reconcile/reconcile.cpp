// The reconciliation engine: conversion and relation checks, diagnoses, outliers and agreements
// across articles. Everything that decides a verdict is exact (`ratio`).
#include <eok/reconcile/checks.hpp>
#include <eok/core/decimal_big.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <utility>

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

constexpr std::array<std::string_view, 3> check_kind_names{{"conversion", "relation", "agreement"}};
constexpr std::array<std::string_view, 4> verdict_names{{"consistent", "consistent_loose", "inconsistent", "undetermined"}};
constexpr std::array<std::string_view, 8> reason_names{{"unit_slip", "wrong_currency", "rate_date", "unexplained",
                                                        "outlier", "rounding", "conversion", "conflict"}};

}  // namespace

std::string_view to_string(check_kind k) noexcept { return name_of(k, check_kind_names, "conversion"); }
std::string_view to_string(verdict v) noexcept { return name_of(v, verdict_names, "undetermined"); }
std::string_view to_string(reason r) noexcept { return name_of(r, reason_names, "unexplained"); }

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

/// Source rates memoized for one run: lookups by (pair, date), and each pair's history over
/// the whole span of the run, fetched once and kept newest first.
class rate_cache {
public:
  rate_cache(const rate_oracle& oracle, date::sys_days first, date::sys_days last)
      : oracle_(oracle), first_(first), last_(last) {}

  const std::vector<rate_quote>& on_date(currency from, currency to, date::sys_days on) {
    const auto key = std::make_tuple(from, to, on.time_since_epoch().count());
    auto it = on_date_.find(key);
    if (it != on_date_.end()) return it->second;
    std::vector<rate_quote> rates;
    if (oracle_.on_date) rates = oracle_.on_date(from, to, on);
    return on_date_.emplace(key, std::move(rates)).first->second;
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

  const rate_oracle& oracle() const { return oracle_; }

private:
  const rate_oracle& oracle_;
  date::sys_days first_;
  date::sys_days last_;
  std::map<std::tuple<currency, currency, int>, std::vector<rate_quote>> on_date_;
  std::map<std::pair<currency, currency>, std::vector<rate_quote>> history_;
};

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
  if (link.from >= a.figures.size() || link.to >= a.figures.size()) {
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
  const ratio tolerance(options.tolerance);
  found.rates = cache.on_date(x.cur, y.cur, a.date);
  const auto band = band_of(found.rates, tolerance);
  if (!band) {
    c.result = verdict::undetermined;
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
    for (const currency cand : cache.oracle().currencies) {
      if (cand == x.cur || cand == y.cur) continue;
      const auto& rates = cache.on_date(cand, y.cur, a.date);
      const auto cand_band = band_of(rates, tolerance);
      if (!cand_band || !overlaps(loose, *cand_band)) continue;
      const rate_quote* r = nearest_rate(rates, loose);
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
    for (; it != history.end() && it->date >= earliest; ++it) {
      if (loose.contains(it->rate)) {
        c.reasons.push_back(reason::rate_date);
        found.best_date = it->date;
        found.reference = *it;
        return c;
      }
    }
  }
  c.reasons.push_back(reason::unexplained);
  found.reference = nearest(found.rates, loose);
  return c;
}

/// Flags, per article and currency pair, a conversion whose implied rate cannot hold together
/// with the others'. `checks` are the article's conversion checks.
void flag_outliers(std::vector<check>& checks) {
  std::map<std::pair<currency, currency>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < checks.size(); ++i) {
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
  rate_cache cache(rates, a.date - date::days(options.rate_date_window_days), a.date);
  return conversion_check(a, article_index, link, cache, options);
}

// ---- relations ----------------------------------------------------------------------------

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
  const interval expected_s = product(*bs, *factor_interval(reading::strict));
  const interval expected_l = product(*bl, *factor_interval(reading::loose));
  if (overlaps(*rs, expected_s)) {
    found.expected = expected_s;
    c.result = verdict::consistent;
    return c;
  }
  found.expected = expected_l;
  if (overlaps(*rl, expected_l)) {
    c.result = verdict::consistent_loose;
    return c;
  }
  c.result = verdict::inconsistent;
  for (const ratio& f : slip_factors()) {
    if (overlaps(rl->scaled(f), expected_l)) {
      c.reasons.push_back(reason::unit_slip);
      found.slip_factor = f;
      if (result.value) {
        if (auto exact = (ratio(*result.value) * f).to_exact_decimal()) found.corrected = exact->normalized();
      }
      return c;
    }
  }
  c.reasons.push_back(reason::unexplained);
  return c;
}

// ---- agreements ---------------------------------------------------------------------------

namespace {

struct member {
  figure_ref ref;
  interval strict;
  interval loose;
  decimal unit;
};

bool interval_less(const interval& a, const interval& b) {
  // Only bounded intervals take part in agreements.
  const int c = compare(*a.low, *b.low);
  if (c != 0) return c < 0;
  if (a.low_open != b.low_open) return !a.low_open;
  const int d = compare(*a.high, *b.high);
  if (d != 0) return d < 0;
  return !a.high_open && b.high_open;
}

/// One agreement check from a connected group of members.
check agreement_check(const std::vector<article>& articles, const std::vector<member>& group,
                      const std::map<std::pair<std::size_t, std::size_t>, const check*>& conversion_of) {
  check c{agreement_details{articles[group.front().ref.article].figures[group.front().ref.figure].cur, std::nullopt}};
  c.article = group.front().ref.article;
  for (const auto& m : group) c.figures.push_back(m.ref);

  // Canonical: consistent with the most others, then the most precise, then the first. Equal
  // intervals are counted once with their multiplicity so large groups stay cheap.
  std::vector<std::size_t> order(group.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return interval_less(group[a].loose, group[b].loose); });
  std::vector<std::pair<std::size_t, std::size_t>> distinct;  // (first member index, multiplicity)
  for (std::size_t i : order) {
    if (!distinct.empty() && group[distinct.back().first].loose == group[i].loose &&
        group[distinct.back().first].unit == group[i].unit) {
      ++distinct.back().second;
    } else {
      distinct.emplace_back(i, 1);
    }
  }
  std::size_t best = 0;
  std::size_t best_count = 0;
  bool have = false;
  for (const auto& [i, multiplicity] : distinct) {
    std::size_t count = multiplicity - 1;
    for (const auto& [j, mj] : distinct) {
      if (i != j && overlaps(group[i].loose, group[j].loose)) count += mj;
    }
    const bool better = !have || count > best_count ||
                        (count == best_count && group[i].unit < group[best].unit) ||
                        (count == best_count && group[i].unit == group[best].unit && i < best);
    if (better) {
      best = i;
      best_count = count;
      have = true;
    }
  }
  c.as_agreement().canonical = best;

  bool conflict = false;
  bool loose_only = false;
  bool values_differ = false;
  bool conversion_wrong = false;
  bool converted_differ = false;
  const member& canon = group[best];
  const figure& canon_fig = articles[canon.ref.article].figures[canon.ref.figure];
  // Per stated value and target currency, the first converted figure's strict interval: the
  // same amount converted to disjoint figures means different rates, i.e. dates.
  std::map<std::pair<decimal, currency>, interval> converted;
  std::vector<reason> member_reasons;
  for (const auto& [i, multiplicity] : distinct) {
    (void)multiplicity;
    if (!overlaps(group[i].loose, canon.loose)) conflict = true;
    else if (!overlaps(group[i].strict, canon.strict)) loose_only = true;
  }
  for (const auto& m : group) {
    const figure& f = articles[m.ref.article].figures[m.ref.figure];
    if (f.value && canon_fig.value && *f.value != *canon_fig.value) values_differ = true;
    auto it = conversion_of.find({m.ref.article, m.ref.figure});
    if (it == conversion_of.end()) continue;
    const check& conv = *it->second;
    if (conv.result == verdict::inconsistent) {
      conversion_wrong = true;
      for (reason r : conv.reasons) {
        if (std::find(member_reasons.begin(), member_reasons.end(), r) == member_reasons.end()) member_reasons.push_back(r);
      }
      continue;
    }
    if (conv.result == verdict::undetermined) continue;  // unchecked: says nothing about dates
    const figure& y = articles[conv.figures[1].article].figures[conv.figures[1].figure];
    const auto yi = amount_interval(y, reading::strict);
    if (!yi || !f.value) continue;
    auto [slot, fresh] = converted.emplace(std::make_pair(f.value->normalized(), y.cur), *yi);
    if (!fresh && !overlaps(slot->second, *yi)) converted_differ = true;
  }
  if (values_differ) c.reasons.push_back(reason::rounding);
  if (converted_differ) c.reasons.push_back(reason::rate_date);
  if (conflict) c.reasons.push_back(reason::conflict);
  if (conversion_wrong) {
    c.reasons.push_back(reason::conversion);
    for (reason r : member_reasons) c.reasons.push_back(r);
  }
  if (conflict || conversion_wrong) {
    c.result = verdict::inconsistent;
  } else {
    c.result = loose_only ? verdict::consistent_loose : verdict::consistent;
  }
  return c;
}

std::vector<check> agreements(const std::vector<article>& articles, const std::vector<check>& conversions) {
  std::map<std::pair<std::size_t, std::size_t>, const check*> conversion_of;  // X -> its check
  std::vector<std::vector<bool>> is_target(articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    is_target[i].assign(articles[i].figures.size(), false);
    for (const auto& l : articles[i].conversions) {
      if (l.to < is_target[i].size()) is_target[i][l.to] = true;
    }
  }
  for (const check& c : conversions) {
    if (c.kind == check_kind::conversion) conversion_of[{c.figures[0].article, c.figures[0].figure}] = &c;
  }
  // Candidates: money figures stating one bounded amount, not themselves a conversion's target
  // (those agree or not through the figure they convert).
  std::map<currency, std::vector<member>> by_currency;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const auto& figs = articles[i].figures;
    for (std::size_t j = 0; j < figs.size(); ++j) {
      const figure& f = figs[j];
      if (f.kind != figure_kind::money || !f.cur.valid() || is_target[i][j] || f.vague ||
          f.bound != bound_kind::none || f.each) {
        continue;
      }
      auto s = amount_interval(f, reading::strict);
      auto l = amount_interval(f, reading::loose);
      if (!s || !l || !l->low || !l->high) continue;
      by_currency[f.cur].push_back(member{{i, j}, std::move(*s), std::move(*l), rounding_unit(f)});
    }
  }
  std::vector<check> out;
  for (auto& [cur, members] : by_currency) {
    (void)cur;
    std::stable_sort(members.begin(), members.end(),
                     [](const member& a, const member& b) { return interval_less(a.loose, b.loose); });
    // Connected runs of overlapping intervals (sorted by lower end, so a run continues while the
    // next lower end is below the run's highest upper end).
    std::size_t start = 0;
    while (start < members.size()) {
      std::size_t end = start + 1;
      interval reach = members[start].loose;
      while (end < members.size()) {
        // Sorted by lower end, so the next interval joins the run iff it starts before the
        // run's highest upper end.
        const interval& probe = members[end].loose;
        const int c = compare(*probe.low, *reach.high);
        if (c > 0 || (c == 0 && (probe.low_open || reach.high_open))) break;
        const int d = compare(*reach.high, *probe.high);
        if (d < 0 || (d == 0 && reach.high_open && !probe.high_open)) {
          reach.high = probe.high;
          reach.high_open = probe.high_open;
        }
        ++end;
      }
      std::vector<member> group(members.begin() + static_cast<std::ptrdiff_t>(start),
                                members.begin() + static_cast<std::ptrdiff_t>(end));
      start = end;
      bool several_articles = false;
      for (const auto& m : group) several_articles = several_articles || m.ref.article != group.front().ref.article;
      if (!several_articles) continue;
      std::stable_sort(group.begin(), group.end(), [](const member& a, const member& b) {
        return a.ref.article != b.ref.article ? a.ref.article < b.ref.article : a.ref.figure < b.ref.figure;
      });
      out.push_back(agreement_check(articles, group, conversion_of));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const check& a, const check& b) {
    return a.figures.front().article != b.figures.front().article
               ? a.figures.front().article < b.figures.front().article
               : a.figures.front().figure < b.figures.front().figure;
  });
  return out;
}

}  // namespace

// ---- a whole run --------------------------------------------------------------------------

std::vector<check> reconcile(const std::vector<article>& articles, const rate_oracle& rates,
                             const reconcile_options& options) {
  std::vector<check> checks;
  if (articles.empty()) return checks;
  std::size_t stated = 0;
  for (const auto& a : articles) stated += a.conversions.size() + a.relations.size();
  checks.reserve(stated);
  date::sys_days first = articles.front().date;
  date::sys_days last = first;
  for (const auto& a : articles) {
    first = std::min(first, a.date);
    last = std::max(last, a.date);
  }
  rate_cache cache(rates, first - date::days(options.rate_date_window_days), last);
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const article& a = articles[i];
    std::vector<conversion_link> links = a.conversions;
    std::stable_sort(links.begin(), links.end(),
                     [](const conversion_link& p, const conversion_link& q) { return p.from < q.from; });
    std::vector<check> conv;
    conv.reserve(links.size());
    for (const auto& l : links) conv.push_back(conversion_check(a, i, l, cache, options));
    flag_outliers(conv);
    for (auto& c : conv) checks.push_back(std::move(c));
    for (const auto& r : a.relations) checks.push_back(check_relation(a, i, r));
  }
  std::vector<check> agreed = agreements(articles, checks);
  for (auto& c : agreed) checks.push_back(std::move(c));
  return checks;
}

}  // namespace eok
