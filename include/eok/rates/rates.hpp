// eok/rates/rates.hpp: dated exchange-rate tables and how a rate is looked up.
//
// A converted figure is only as good as the rate behind it, so a rate is never a bare number:
// a `rate_quote` says which currencies, the exact rate (a `ratio`, because inverse and cross
// rates are not decimals), the publication date actually used, the source and the path through
// the source's tables (USD -> EUR -> KRW for an ECB cross rate). What to do when the asked date
// has no rate (a weekend, a holiday, before the data starts) is the caller's choice, passed as a
// `lookup_policy`, in the way Howard Hinnant's date lets the caller `choose` on an ambiguous
// local time; the default takes the latest rate on or before the date, at most 7 days back.
//
// A `rate_store` holds whole sources ("ecb", "fred", or a user's "bok"), each a set of series
// `base/quote` with one decimal per publication date. Internally each series is a sorted array
// of day numbers beside arrays of integer coefficients and scales, so a lookup is a binary search
// and builds no big numbers; the bundled ECB and FRED history is compiled into the library in
// that form (see docs/design.md) and `bundled_rates()` costs nothing to load.
//
// Things you should know:
// - Cross rates go through the source's hub currency (the one in most of its series: EUR for
//   the ECB, USD for FRED), and both legs are taken from the same publication date.
// - Adding a source whose id is already in the store replaces that source entirely; series are
//   never mixed across two publications under one name.
// - A missing rate is an empty optional from `find`, or `rate_not_found` from `get`, whose
//   message names the pair, the date and the nearest dates that have rates. Never a zero.
#ifndef EOK_RATES_HPP
#define EOK_RATES_HPP

#include <eok/core/currency.hpp>
#include <eok/core/decimal.hpp>
#include <eok/core/error.hpp>
#include <eok/core/ratio.hpp>
#include <eok/text/date.hpp>

#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eok {

/// How to pick a rate for a date: exactly that date, the latest on or before it, or the nearest.
enum class lookup : unsigned char {
  exact,         ///< only a rate published on the date itself
  on_or_before,  ///< the latest rate published on or before the date (ledger's rule)
  nearest,       ///< the closest publication date either side; on a tie, the earlier one
};

/// The policy's name as the CLI spells it: "exact", "on-or-before", "nearest".
[[nodiscard]] std::string_view to_string(lookup mode) noexcept;

/// The policy named `name` ("on-or-before" or "on_or_before", ...), if there is one.
[[nodiscard]] std::optional<lookup> lookup_from_string(std::string_view name) noexcept;

/// A lookup mode and how far from the asked date a rate may be (ignored by `exact`).
struct lookup_policy {
  lookup mode = lookup::on_or_before;
  int max_gap_days = 7;  ///< at most this many days between the asked date and the rate's date
};

/// Who publishes a source, and how to cite it.
struct source_info {
  std::string id;         ///< short name used to select it: "ecb"
  std::string name;       ///< "Euro foreign exchange reference rates"
  std::string publisher;  ///< "European Central Bank"
  std::string citation;   ///< how to credit the publisher next to converted figures
  std::string url;        ///< where the publisher documents the rates
};

/// One published value: on `date`, `per` units of the series' base cost `value` units of quote.
struct rate_point {
  date_type date;
  decimal value;
};

/// One published series: the base, the quote, the `per` convention and the values by date.
struct rate_series {
  currency base;               ///< the currency being priced (EUR in EUR/KRW)
  currency quote;              ///< the currency the price is in (KRW)
  std::int64_t per = 1;        ///< values are quote units per `per` base units (100 for ₩ per ¥100)
  std::string series_id;       ///< the publisher's id ("DEXKOUS"); informational
  std::vector<rate_point> points;  ///< strictly ascending dates, positive values
};

/// A whole source: what a rate file holds.
struct rate_table {
  source_info info;
  std::vector<rate_series> series;
};

/// What a source holds for one series: the pair, its convention and its coverage.
struct series_info {
  currency base;
  currency quote;
  std::int64_t per = 1;
  std::string series_id;
  date_type first;          ///< the first date with a rate
  date_type last;           ///< the last date with a rate
  std::size_t count = 0;    ///< how many dates have a rate
};

/// A rate actually used: `rate` units of `to` per 1 unit of `from`, exact.
struct rate_quote {
  currency from;
  currency to;
  ratio rate;                  ///< units of `to` per one unit of `from`
  date_type date;              ///< the publication date actually used
  std::string source;          ///< the source id ("ecb")
  std::vector<currency> path;  ///< from, [hub,] to: {USD, EUR, KRW} for an ECB cross rate
};

/// Just a rate and its publication date: what `rate_store::find_rate` returns when the caller
/// knows the pair and source already and wants no provenance built (a search over many dates).
struct dated_rate {
  ratio rate;      ///< units of `to` per one unit of `from`
  date_type date;  ///< the publication date actually used
};

/// The mean of the daily rates over a period, and which days went into it.
struct average_quote {
  currency from;
  currency to;
  ratio rate;                  ///< the arithmetic mean of the daily rates, exact
  date_type first;             ///< the first publication date in the period
  date_type last;              ///< the last publication date in the period
  std::size_t days = 0;        ///< how many publication dates were averaged
  std::string source;
  std::vector<currency> path;
};

namespace detail {
struct source_entry;  // how a source is stored; defined in src/rate_store_impl.hpp
}

/// A set of rate sources and the lookups over them. Copies share the (immutable) data.
class rate_store {
public:
  /// An empty store.
  rate_store();
  ~rate_store();
  rate_store(const rate_store&);
  rate_store(rate_store&&) noexcept;
  rate_store& operator=(const rate_store&);
  rate_store& operator=(rate_store&&) noexcept;

  /// Adds a source, replacing any source with the same id. Validates the table first (known
  /// currencies, per >= 1, one series per pair, strictly ascending dates, positive values of at
  /// most 18 digits) and throws `error(errc::invalid_rate_file)` without changing the store.
  void add(const rate_table& table);

  /// Adds every source of `other`, replacing sources with the same ids.
  void add(const rate_store& other);

  /// The sources, in the order they were first added.
  [[nodiscard]] const std::vector<source_info>& sources() const noexcept;

  /// Whether a source with this id is loaded.
  [[nodiscard]] bool has_source(std::string_view source) const noexcept;

  /// The series of a source with their coverage, sorted by (base, quote); throws
  /// `error(errc::invalid_argument)` for an unknown source.
  [[nodiscard]] std::vector<series_info> coverage(std::string_view source) const;

  /// The rate for `from` -> `to` on `on` under `policy`, or nothing when the source has no rate
  /// that the policy accepts. Throws `error(errc::invalid_argument)` for an unknown source or
  /// an invalid currency.
  [[nodiscard]] std::optional<rate_quote> find(currency from, currency to, date_type on,
                                               const lookup_policy& policy = {},
                                               std::string_view source = "ecb") const;

  /// `find` without the provenance: the exact rate and its date only. Allocates nothing, so it
  /// suits searches over many dates (this is what `BM_rate_lookup` measures).
  [[nodiscard]] std::optional<dated_rate> find_rate(currency from, currency to, date_type on,
                                                    const lookup_policy& policy = {},
                                                    std::string_view source = "ecb") const;

  /// `find` that throws `rate_not_found` naming the pair, the date, the policy and the nearest
  /// dates that have rates: "no ecb rate for EUR/KRW on 2025-02-08 under policy exact; nearest
  /// dates with a rate: 2025-02-07 before, 2025-02-10 after".
  [[nodiscard]] rate_quote get(currency from, currency to, date_type on, const lookup_policy& policy = {},
                               std::string_view source = "ecb") const;

  /// The most recent rate the source has for the pair, however old; nothing if the source has no
  /// series connecting the two currencies.
  [[nodiscard]] std::optional<rate_quote> latest(currency from, currency to, std::string_view source = "ecb") const;

  /// Every published rate of the pair (direct, inverse or cross, exact) on dates in
  /// [from_date, to_date], oldest first; empty if there are none.
  [[nodiscard]] std::vector<rate_quote> series(currency from, currency to, date_type from_date,
                                               date_type to_date, std::string_view source = "ecb") const;

  /// The arithmetic mean of the published daily rates of the pair in [from_date, to_date],
  /// exact; nothing if no date in the range has a rate. For a cross rate this is the mean of
  /// the daily cross rates.
  [[nodiscard]] std::optional<ratio> average(currency from, currency to, date_type from_date,
                                             date_type to_date, std::string_view source = "ecb") const;

  /// `average` with the dates and path that went into it.
  [[nodiscard]] std::optional<average_quote> find_average(currency from, currency to, date_type from_date,
                                                          date_type to_date,
                                                          std::string_view source = "ecb") const;

  /// `find_average` that throws `rate_not_found` naming the pair, the period and the nearest
  /// dates with rates.
  [[nodiscard]] average_quote get_average(currency from, currency to, date_type from_date, date_type to_date,
                                          std::string_view source = "ecb") const;

  /// Adds a source whose storage is already built (the bundled tables); not for general use.
  void add_entry(std::shared_ptr<const detail::source_entry> entry);

private:
  const detail::source_entry& entry(std::string_view source) const;

  std::vector<std::shared_ptr<const detail::source_entry>> entries_;
  std::vector<source_info> infos_;
};

/// What to tell a user whose date is past the loaded rates (after "the rates end on DATE; "):
/// the one wording, used by lookups, conversions and checks alike.
inline constexpr std::string_view rates_end_advice = "add newer ones with eok rates import";

/// The ECB and Federal Reserve (FRED) history bundled with eok, compiled into the library: no
/// file to find, nothing to configure. Built on first use; thread-safe.
[[nodiscard]] const rate_store& bundled_rates();

}  // namespace eok

#endif  // EOK_RATES_HPP
