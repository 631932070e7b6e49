// The rate oracle over a `rate_store`: the one place the reconciliation engine meets the rate
// tables.
#include <eok/rates/rates.hpp>
#include <eok/reconcile/rate_oracle.hpp>

#include <algorithm>

namespace eok {

rate_oracle rate_oracle_from(const rate_store& store, const std::vector<std::string>& sources) {
  std::vector<std::string> ids;
  rate_oracle o;
  for (const auto& s : store.sources()) {
    if (sources.empty() || std::find(sources.begin(), sources.end(), s.id) != sources.end()) {
      ids.push_back(s.id);
      o.sources.push_back(s);
    }
  }
  // Copies of a store share its immutable data, so each function keeps its own.
  o.on_date = [store, ids](currency from, currency to, date::sys_days on) {
    std::vector<rate_quote> out;
    for (const auto& id : ids) {
      if (auto q = store.find(from, to, on, lookup_policy{}, id)) out.push_back(std::move(*q));
    }
    return out;
  };
  o.history = [store, ids](currency from, currency to, date::sys_days first, date::sys_days last) {
    std::vector<rate_quote> out;
    for (const auto& id : ids) {
      for (auto& q : store.series(from, to, first, last, id)) out.push_back(std::move(q));
    }
    return out;
  };
  o.last_date = [store, ids](currency from, currency to) {
    std::optional<date::sys_days> last;
    for (const auto& id : ids) {
      if (auto q = store.latest(from, to, id); q && (!last || q->date > *last)) last = q->date;
    }
    return last;
  };
  for (const auto& id : ids) {
    for (const auto& series : store.coverage(id)) {
      for (currency c : {series.base, series.quote}) {
        if (std::find(o.currencies.begin(), o.currencies.end(), c) == o.currencies.end()) o.currencies.push_back(c);
      }
    }
  }
  std::sort(o.currencies.begin(), o.currencies.end(),
            [](currency a, currency b) { return a.code() < b.code(); });
  return o;
}

}  // namespace eok
