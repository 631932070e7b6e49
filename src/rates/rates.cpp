// The rate store: dates, periods, validation of tables, and lookups by binary search over the
// compact per-series arrays described in rate_store_impl.hpp.
#include "rate_store_impl.hpp"

#include <eok/rates/rates.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <map>
#include <utility>

namespace eok {

// ---- dates ----------------------------------------------------------------------------------

namespace {

std::string in_quotes(std::string_view text) {
  std::string s = "'";
  s += text;
  s += '\'';
  return s;
}

}  // namespace

// The date and period readers and `format_date` are header-only, in <eok/text/date.hpp>.

std::string_view to_string(lookup mode) noexcept {
  switch (mode) {
    case lookup::exact: return "exact";
    case lookup::on_or_before: return "on-or-before";
    case lookup::nearest: return "nearest";
  }
  return "on-or-before";
}

std::optional<lookup> lookup_from_string(std::string_view name) noexcept {
  for (lookup m : {lookup::exact, lookup::on_or_before, lookup::nearest}) {
    const std::string_view n = to_string(m);
    if (n.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < n.size(); ++i) {
      if (n[i] != (name[i] == '_' ? '-' : name[i])) same = false;
    }
    if (same) return m;
  }
  return std::nullopt;
}

// ---- building sources -----------------------------------------------------------------------

namespace detail {

std::shared_ptr<const source_entry> make_source_entry(source_info info, std::vector<series_entry> series,
                                                      std::shared_ptr<const void> storage) {
  for (auto& s : series) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(s.days[s.size - 1]) - s.days[0]) + 1;
    s.slope = (static_cast<std::uint64_t>(s.size - 1) << 32) / span;
  }
  std::sort(series.begin(), series.end(),
            [](const series_entry& a, const series_entry& b) { return series_before(a, b.base, b.quote); });
  std::map<currency, int> counts;
  for (std::size_t i = 0; i < series.size(); ++i) {
    if (i > 0 && series[i].base == series[i - 1].base && series[i].quote == series[i - 1].quote) {
      throw error(errc::invalid_rate_file, "source '" + info.id + "' has two series " +
                                               std::string(series[i].base.code()) + "/" +
                                               std::string(series[i].quote.code()));
    }
    ++counts[series[i].base];
    ++counts[series[i].quote];
  }
  auto entry = std::make_shared<source_entry>();
  int best = 0;
  for (const auto& [c, n] : counts) {  // ascending code: a tie keeps the earlier code
    if (n > best) {
      best = n;
      entry->hub = c;
    }
  }
  entry->info = std::move(info);
  for (const auto& s : series) entry->keys.push_back(pair_key(s.base, s.quote));
  std::size_t slot_count = 4;
  unsigned shift = 62;
  while (slot_count < 4 * series.size()) {
    slot_count *= 2;
    --shift;
  }
  entry->slots.assign(slot_count, 0);
  entry->slot_shift = shift;
  for (std::size_t i = 0; i < series.size(); ++i) {
    std::size_t at = key_slot(entry->keys[i], shift);
    while (entry->slots[at] != 0) at = (at + 1) & (slot_count - 1);
    entry->slots[at] = static_cast<std::uint32_t>(i + 1);
  }
  entry->series = std::move(series);
  entry->storage = std::move(storage);
  return entry;
}

namespace {

struct owned_series {
  std::vector<std::int32_t> days;
  std::vector<std::int64_t> coefficients;
  std::vector<std::uint8_t> scales;
};

bool valid_source_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

}  // namespace

std::shared_ptr<const source_entry> make_source_entry(const rate_table& table) {
  auto fail = [&](const std::string& what) {
    throw error(errc::invalid_rate_file, "rate table '" + table.info.id + "': " + what);
  };
  if (!valid_source_id(table.info.id)) {
    throw error(errc::invalid_rate_file,
                "rate table source id " + in_quotes(table.info.id) + " must be lower-case letters, digits, '_' or '-'");
  }
  auto storage = std::make_shared<std::vector<owned_series>>();
  storage->reserve(table.series.size());
  std::vector<series_entry> views;
  for (const rate_series& s : table.series) {
    if (!s.base.valid() || !s.quote.valid()) fail("a series has no currency");
    const std::string pair = std::string(s.base.code()) + "/" + std::string(s.quote.code());
    if (s.base == s.quote) fail("series " + pair + " prices a currency in itself");
    if (s.per < 1) fail("series " + pair + ": per must be at least 1");
    if (s.points.empty()) fail("series " + pair + " has no rates");
    owned_series o;
    o.days.reserve(s.points.size());
    o.coefficients.reserve(s.points.size());
    o.scales.reserve(s.points.size());
    for (const rate_point& p : s.points) {
      const std::int32_t day = day_number(p.date);
      if (!o.days.empty() && day <= o.days.back()) {
        fail("series " + pair + ": dates must be strictly ascending (" + format_date(p.date) + " after " +
             format_date(from_day_number(o.days.back())) + ")");
      }
      if (p.value.sign() <= 0) fail("series " + pair + " on " + format_date(p.date) + ": a rate must be positive");
      const auto c = p.value.coefficient_int64();
      if (!c || p.value.scale() > 18) {
        fail("series " + pair + " on " + format_date(p.date) + ": a rate may have at most 18 digits");
      }
      o.days.push_back(day);
      o.coefficients.push_back(*c);
      o.scales.push_back(static_cast<std::uint8_t>(p.value.scale()));
    }
    storage->push_back(std::move(o));
    series_entry v;
    v.base = s.base;
    v.quote = s.quote;
    v.per = s.per;
    v.series_id = s.series_id;
    views.push_back(std::move(v));
  }
  // The vectors do not move again, so the views can point into them now.
  for (std::size_t i = 0; i < views.size(); ++i) {
    const owned_series& o = (*storage)[i];
    views[i].days = o.days.data();
    views[i].coefficients = o.coefficients.data();
    views[i].scales = o.scales.data();
    views[i].size = o.days.size();
  }
  return make_source_entry(table.info, std::move(views), std::move(storage));
}

}  // namespace detail

// ---- the store ------------------------------------------------------------------------------

rate_store::rate_store() = default;
rate_store::~rate_store() = default;
rate_store::rate_store(const rate_store&) = default;
rate_store::rate_store(rate_store&&) noexcept = default;
rate_store& rate_store::operator=(const rate_store&) = default;
rate_store& rate_store::operator=(rate_store&&) noexcept = default;

void rate_store::add_entry(std::shared_ptr<const detail::source_entry> e) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i]->info.id == e->info.id) {
      infos_[i] = e->info;
      entries_[i] = std::move(e);
      return;
    }
  }
  infos_.push_back(e->info);
  entries_.push_back(std::move(e));
}

void rate_store::add(const rate_table& table) { add_entry(detail::make_source_entry(table)); }

void rate_store::add(const rate_store& other) {
  for (const auto& e : other.entries_) add_entry(e);
}

const std::vector<source_info>& rate_store::sources() const noexcept { return infos_; }

bool rate_store::has_source(std::string_view source) const noexcept {
  return std::any_of(entries_.begin(), entries_.end(), [&](const auto& e) { return e->info.id == source; });
}

const detail::source_entry& rate_store::entry(std::string_view source) const {
  for (const auto& e : entries_) {  // ids are a few letters: compared in place, no memcmp call
    const std::string& id = e->info.id;
    if (id.size() != source.size()) continue;
    std::size_t k = 0;
    while (k < id.size() && id[k] == source[k]) ++k;
    if (k == id.size()) return *e;
  }
  std::string loaded;
  for (const auto& e : entries_) loaded += (loaded.empty() ? "" : ", ") + e->info.id;
  throw error(errc::invalid_argument, "unknown rate source " + in_quotes(source) +
                                          (loaded.empty() ? " (no sources are loaded)" : " (loaded: " + loaded + ")"));
}

std::vector<series_info> rate_store::coverage(std::string_view source) const {
  std::vector<series_info> out;
  for (const auto& s : entry(source).series) {
    series_info i;
    i.base = s.base;
    i.quote = s.quote;
    i.per = s.per;
    i.series_id = s.series_id;
    i.first = detail::from_day_number(s.days[0]);
    i.last = detail::from_day_number(s.days[s.size - 1]);
    i.count = s.size;
    out.push_back(std::move(i));
  }
  return out;
}

namespace {

using detail::series_entry;
using detail::source_entry;

/// One step of a route: a series read forwards (base -> quote) or inverted.
struct leg {
  const series_entry* s = nullptr;
  bool inverted = false;
};

/// How to get from one currency to another in a source: 0 legs (the same currency), 1 (a
/// direct or inverted series) or 2 (through the hub).
struct route {
  std::array<leg, 2> legs{};
  int count = 0;
  currency hub;
};

[[gnu::always_inline]] inline const series_entry* find_series(const source_entry& src, currency base, currency quote) noexcept {
  const std::uint64_t key = detail::pair_key(base, quote);
  const std::size_t mask = src.slots.size() - 1;
  for (std::size_t at = detail::key_slot(key, src.slot_shift);; at = (at + 1) & mask) {
    const std::uint32_t i = src.slots[at];  // the table is never full, so an empty slot ends the probe
    if (i == 0) return nullptr;
    if (src.keys[i - 1u] == key) return &src.series[i - 1u];
  }
}

[[gnu::always_inline]] inline std::optional<leg> find_leg(const source_entry& src, currency a, currency b) noexcept {
  if (const series_entry* s = find_series(src, a, b)) return leg{s, false};
  if (const series_entry* s = find_series(src, b, a)) return leg{s, true};
  return std::nullopt;
}

// Inlined into every lookup: a route returned through memory was written in bytes and read back
// in 16-byte loads, which stalled store-to-load forwarding (docs/performance.md, "Issue 14").
[[gnu::always_inline]] inline std::optional<route> find_route(const source_entry& src, currency from, currency to) noexcept {
  route r;
  if (from == to) return r;
  if (auto l = find_leg(src, from, to)) {
    r.legs[0] = *l;
    r.count = 1;
    return r;
  }
  if (!src.hub.valid() || from == src.hub || to == src.hub) return std::nullopt;
  auto a = find_leg(src, from, src.hub);
  auto b = find_leg(src, src.hub, to);
  if (!a || !b) return std::nullopt;
  r.legs = {*a, *b};
  r.count = 2;
  r.hub = src.hub;
  return r;
}

/// The index of the first day > `day` (after == false) or >= `day` (after == true). Publication
/// days are close to evenly spaced (five a week), so the search starts where linear
/// interpolation puts the day and gallops outwards from there: a handful of probes in one or
/// two cache lines instead of a dozen spread over the array.
template <bool after>
std::size_t bound(const series_entry& s, std::int32_t day) noexcept {
  const std::int32_t* d = s.days;
  const std::size_t n = s.size;
  auto before = [&](std::size_t i) { return after ? d[i] < day : d[i] <= day; };  // element i precedes the bound
  if (!before(0)) return 0;
  if (before(n - 1)) return n;
  // Here d[0] <= day <= d[n - 1], so the guess lies in [0, n - 1).
  // guess = (day - d[0]) * (n - 1) / span, with the division done once when the source was built.
  const std::size_t guess = static_cast<std::size_t>(
      (static_cast<std::uint64_t>(static_cast<std::int64_t>(day) - d[0]) * s.slope) >> 32);
  // Gallop to a window [lo, hi) with before(lo - 1) (or lo == 0) and !before(hi) (or hi == n).
  std::size_t lo = guess;
  std::size_t hi = guess + 1;
  if (before(guess)) {
    std::size_t step = 1;
    lo = guess + 1;
    hi = lo;
    while (hi < n && before(hi)) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > n) hi = n;
  } else {
    std::size_t step = 1;
    hi = guess;
    lo = guess;
    while (lo > 0 && !before(lo - 1)) {
      hi = lo - 1;
      lo = lo > step ? lo - step : 0;
      step *= 2;
    }
  }
  const std::int32_t* it = nullptr;
  if constexpr (after) {
    it = std::lower_bound(d + lo, d + hi, day);
  } else {
    it = std::upper_bound(d + lo, d + hi, day);
  }
  return static_cast<std::size_t>(it - d);
}

/// Index of the last day <= `day`, or -1.
std::ptrdiff_t last_le(const series_entry& s, std::int32_t day) noexcept {
  return static_cast<std::ptrdiff_t>(bound<false>(s, day)) - 1;
}
/// Index of the first day >= `day`, or -1.
std::ptrdiff_t first_ge(const series_entry& s, std::int32_t day) noexcept {
  const std::size_t i = bound<true>(s, day);
  return i == s.size ? -1 : static_cast<std::ptrdiff_t>(i);
}

/// A publication date on which every leg of a route has a rate, with the indices.
struct hit {
  std::int32_t day = 0;
  std::array<std::size_t, 2> index{};
};

/// The latest date <= `day` (or with `after`, the earliest >= `day`) common to all legs.
std::optional<hit> common_date(const route& r, std::int32_t day, bool after) noexcept {
  if (r.count == 0) return hit{day, {}};
  if (r.count == 1) {  // one series: no dates to agree on
    const series_entry& s = *r.legs[0].s;
    const std::ptrdiff_t i = after ? first_ge(s, day) : last_le(s, day);
    if (i < 0) return std::nullopt;
    return hit{s.days[i], {static_cast<std::size_t>(i), 0}};
  }
  std::int32_t target = day;
  for (;;) {
    hit h;
    bool agree = true;
    std::int32_t extreme = target;
    for (int k = 0; k < r.count; ++k) {
      const series_entry& s = *r.legs[static_cast<std::size_t>(k)].s;
      const std::ptrdiff_t i = after ? first_ge(s, target) : last_le(s, target);
      if (i < 0) return std::nullopt;
      const std::int32_t d = s.days[i];
      h.index[static_cast<std::size_t>(k)] = static_cast<std::size_t>(i);
      if (k == 0) {
        h.day = d;
        extreme = d;
      } else if (d != h.day) {
        agree = false;
        extreme = after ? std::max(extreme, d) : std::min(extreme, d);
      }
    }
    if (agree) return h;
    target = extreme;
  }
}

[[gnu::always_inline]] inline ratio leg_rate(const leg& l, std::size_t i) {
  const series_entry& s = *l.s;
  ratio v = ratio::from_scaled(s.coefficients[i], s.scales[i]);
  if (s.per != 1) v = v / ratio(s.per);
  if (l.inverted) v = v.inverse();
  return v;
}

[[gnu::always_inline]] inline ratio route_rate(const route& r, const hit& h) {
  if (r.count == 0) return ratio(1);
  ratio v = leg_rate(r.legs[0], h.index[0]);
  if (r.count == 2) v *= leg_rate(r.legs[1], h.index[1]);
  return v;
}

std::vector<currency> route_path(const route& r, currency from, currency to) {
  if (r.count == 0) return {from};
  if (r.count == 1) return {from, to};
  return {from, r.hub, to};
}

rate_quote make_quote(const route& r, const hit& h, currency from, currency to, const source_entry& src) {
  return rate_quote{from, to, route_rate(r, h), detail::from_day_number(h.day), src.info.id, route_path(r, from, to)};
}

void require_valid(currency from, currency to) {
  if (!from.valid() || !to.valid()) throw error(errc::invalid_argument, "a rate lookup needs two valid currencies");
}

std::string pair_name(currency from, currency to) {
  return std::string(from.code()) + "/" + std::string(to.code());
}

std::string nearest_dates(const route& r, std::int32_t before_day, std::int32_t after_day) {
  const auto b = common_date(r, before_day, false);
  const auto a = common_date(r, after_day, true);
  std::string s = "; nearest dates with a rate: ";
  s += b ? format_date(detail::from_day_number(b->day)) : std::string("none");
  s += " before, ";
  s += a ? format_date(detail::from_day_number(a->day)) : std::string("none");
  s += " after";
  if (b && !a) s += "; the rates end on " + format_date(detail::from_day_number(b->day)) + "; " + std::string(rates_end_advice);
  return s;
}

[[noreturn]] void throw_no_route(const source_entry& src, currency from, currency to, const std::string& when) {
  throw rate_not_found(errc::rate_not_found, "no " + src.info.id + " rate for " + pair_name(from, to) + " " + when +
                                                 ": the " + src.info.id + " table has no series connecting " +
                                                 std::string(from.code()) + " and " + std::string(to.code()));
}

/// Calls f(hit) for each common date in [first, last], oldest first.
template <class F>
void for_each_common(const route& r, std::int32_t first, std::int32_t last, F&& f) {
  if (r.count == 0) return;
  std::int32_t day = first;
  while (day <= last) {
    const auto h = common_date(r, day, true);
    if (!h || h->day > last) return;
    f(*h);
    if (h->day == std::numeric_limits<std::int32_t>::max()) return;
    day = h->day + 1;
  }
}

}  // namespace

namespace {

/// The publication date a policy picks for `day` on a route, if any.
std::optional<hit> pick(const route& r, std::int32_t day, const lookup_policy& policy) noexcept {
  std::optional<hit> h;
  switch (policy.mode) {
    case lookup::exact:
      h = common_date(r, day, false);
      if (h && h->day != day) h.reset();
      break;
    case lookup::on_or_before:
      h = common_date(r, day, false);
      if (h && day - h->day > policy.max_gap_days) h.reset();
      break;
    case lookup::nearest: {
      const auto b = common_date(r, day, false);
      const auto a = common_date(r, day, true);
      if (b && (!a || day - b->day <= a->day - day)) {
        h = b;
      } else {
        h = a;
      }
      if (h && std::abs(h->day - day) > policy.max_gap_days) h.reset();
      break;
    }
  }
  return h;
}

/// A T built where it is to live: `std::optional<T>(std::in_place, built_by{...})` converts this
/// to T inside the optional, so the result (a ratio of four words) is not built on the stack and
/// copied, which cost a store-forwarding stall per lookup.
template <class Make>
struct built_by {
  Make& make;
  const route& r;
  const hit& h;
  operator decltype(make(r, h))() const { return make(r, h); }  // NOLINT(google-explicit-constructor)
};

/// The one lookup: the route from `from` to `to` in `src` and the day `policy` picks on `on`,
/// handed to `make`; nothing when there is no route or no such day. A template, so each
/// caller's `make` is inlined and the hot path has no extra call.
template <class T, class Make>
std::optional<T> with_pick(const source_entry& src, currency from, currency to, date_type on,
                           const lookup_policy& policy, Make&& make) {
  require_valid(from, to);
  const auto r = find_route(src, from, to);
  if (!r) return std::nullopt;
  const auto h = pick(*r, detail::day_number(on), policy);
  if (!h) return std::nullopt;
  return std::optional<T>(std::in_place, built_by<Make>{make, *r, *h});
}

}  // namespace

std::optional<dated_rate> rate_store::find_rate(currency from, currency to, date_type on, const lookup_policy& policy,
                                                std::string_view source) const {
  return with_pick<dated_rate>(entry(source), from, to, on, policy, [](const route& r, const hit& h) {
    return dated_rate{route_rate(r, h), detail::from_day_number(h.day)};
  });
}

std::optional<rate_quote> rate_store::find(currency from, currency to, date_type on, const lookup_policy& policy,
                                           std::string_view source) const {
  const source_entry& src = entry(source);
  return with_pick<rate_quote>(src, from, to, on, policy, [&](const route& r, const hit& h) {
    return make_quote(r, h, from, to, src);
  });
}

rate_quote rate_store::get(currency from, currency to, date_type on, const lookup_policy& policy,
                           std::string_view source) const {
  if (auto q = find(from, to, on, policy, source)) return std::move(*q);
  const source_entry& src = entry(source);
  const auto r = find_route(src, from, to);
  if (!r) throw_no_route(src, from, to, "on " + format_date(on));
  std::string how = "under policy " + std::string(to_string(policy.mode));
  if (policy.mode == lookup::on_or_before) {
    how += " (at most " + std::to_string(policy.max_gap_days) + " days back)";
  } else if (policy.mode == lookup::nearest) {
    how += " (at most " + std::to_string(policy.max_gap_days) + " days away)";
  }
  const std::int32_t day = detail::day_number(on);
  throw rate_not_found(errc::rate_not_found, "no " + src.info.id + " rate for " + pair_name(from, to) + " on " +
                                                 format_date(on) + " " + how + nearest_dates(*r, day, day));
}

std::optional<rate_quote> rate_store::latest(currency from, currency to, std::string_view source) const {
  const source_entry& src = entry(source);
  require_valid(from, to);
  const auto r = find_route(src, from, to);
  if (!r) return std::nullopt;
  std::int32_t newest = std::numeric_limits<std::int32_t>::max();
  if (r->count == 0) {  // the same currency: rate 1, dated with the source's newest publication
    newest = 0;
    for (const auto& s : src.series) newest = std::max(newest, s.days[s.size - 1]);
  }
  const auto h = common_date(*r, newest, false);
  if (!h) return std::nullopt;
  return make_quote(*r, *h, from, to, src);
}

std::vector<rate_quote> rate_store::series(currency from, currency to, date_type from_date, date_type to_date,
                                           std::string_view source) const {
  const source_entry& src = entry(source);
  require_valid(from, to);
  std::vector<rate_quote> out;
  const auto r = find_route(src, from, to);
  if (!r) return out;
  for_each_common(*r, detail::day_number(from_date), detail::day_number(to_date),
                  [&](const hit& h) { out.push_back(make_quote(*r, h, from, to, src)); });
  return out;
}

std::optional<average_quote> rate_store::find_average(currency from, currency to, date_type from_date,
                                                      date_type to_date, std::string_view source) const {
  const source_entry& src = entry(source);
  require_valid(from, to);
  const auto r = find_route(src, from, to);
  if (!r) return std::nullopt;
  if (r->count == 0) {
    if (to_date < from_date) return std::nullopt;
    return average_quote{from, to, ratio(1), from_date, to_date, 1, src.info.id, {from}};
  }
  ratio sum;
  std::size_t n = 0;
  std::int32_t first = 0;
  std::int32_t last = 0;
  for_each_common(*r, detail::day_number(from_date), detail::day_number(to_date), [&](const hit& h) {
    sum += route_rate(*r, h);
    if (n == 0) first = h.day;
    last = h.day;
    ++n;
  });
  if (n == 0) return std::nullopt;
  return average_quote{from,
                       to,
                       sum / ratio(static_cast<std::uint64_t>(n)),
                       detail::from_day_number(first),
                       detail::from_day_number(last),
                       n,
                       src.info.id,
                       route_path(*r, from, to)};
}

std::optional<ratio> rate_store::average(currency from, currency to, date_type from_date, date_type to_date,
                                         std::string_view source) const {
  auto a = find_average(from, to, from_date, to_date, source);
  if (!a) return std::nullopt;
  return std::move(a->rate);
}

average_quote rate_store::get_average(currency from, currency to, date_type from_date, date_type to_date,
                                      std::string_view source) const {
  if (auto a = find_average(from, to, from_date, to_date, source)) return std::move(*a);
  const source_entry& src = entry(source);
  const std::string when = "between " + format_date(from_date) + " and " + format_date(to_date);
  const auto r = find_route(src, from, to);
  if (!r) throw_no_route(src, from, to, when);
  throw rate_not_found(errc::rate_not_found, "no " + src.info.id + " rate for " + pair_name(from, to) + " " + when +
                                                 nearest_dates(*r, detail::day_number(from_date),
                                                               detail::day_number(to_date)));
}

}  // namespace eok
