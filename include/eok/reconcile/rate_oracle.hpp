// eok/reconcile/rate_oracle.hpp: where reconciliation gets its rates.
//
// The engine sees rates through one narrow interface, `rate_oracle` (three function objects: the
// rates of every source on a date, the published history of a pair, and the currencies there are
// rates for). The command line feeds it from the bundled ECB and Federal Reserve tables; the unit
// tests feed it hand-computed rates. A rate is the store's own `rate_quote` (rates.hpp).
#ifndef EOK_RECONCILE_RATE_ORACLE_HPP
#define EOK_RECONCILE_RATE_ORACLE_HPP

#include <eok/core/currency.hpp>
#include <eok/rates/rates.hpp>

#include <date/date.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace eok {

/// One published rate as reconciliation uses it: the store's `rate_quote` (the pair, the exact
/// rate in units of `to` per unit of `from`, the publication date, the source and the path).
/// The name stays for this release; new code should say `rate_quote`.
using reference_rate = rate_quote;

/// Where reconciliation gets its rates. Each member is a plain function object, so tests can
/// feed hand-computed rates; `rate_oracle_from(bundled_rates())` feeds the bundled tables.
struct rate_oracle {
  /// The rate of every loaded source for from → to on `on` (each source's latest on or before
  /// it, within that source's gap limit); empty when there is none.
  std::function<std::vector<reference_rate>(currency from, currency to, date::sys_days on)> on_date;
  /// Every published rate for from → to dated within [first, last], all sources, any order.
  std::function<std::vector<reference_rate>(currency from, currency to, date::sys_days first,
                                            date::sys_days last)>
      history;
  /// The last date any source has a rate for from → to (nothing when none has one); lets a
  /// check past the loaded data say where the rates end. May be left empty.
  std::function<std::optional<date::sys_days>(currency from, currency to)> last_date;
  /// The currencies that may be quoted against others (candidates for a wrong currency).
  std::vector<currency> currencies;
  /// Who publishes each source the oracle reads, as its table says (`name`, `publisher`,
  /// `citation`, `url`), in the store's order: what reports cite next to their results. A
  /// source missing here is cited by its upper-case id.
  std::vector<source_info> sources;
};

/// The oracle over a rate store: every source of `store` (ECB, Federal Reserve, files loaded
/// with `load_rates`), or only those named in `sources`, each looked up on or before the date,
/// at most 7 days back; the history of a pair from `rate_store::series`; the currencies the
/// sources quote; each source's `source_info` for citing it. `rate_oracle_from(bundled_rates(), {"ecb"})` checks against the ECB alone.
[[nodiscard]] rate_oracle rate_oracle_from(const rate_store& store, const std::vector<std::string>& sources = {});

}  // namespace eok

#endif  // EOK_RECONCILE_RATE_ORACLE_HPP
