// The rate oracle over a `rate_store`: the one place the reconciliation engine meets the rate
// tables.
#include <eok/rates.hpp>
#include <eok/reconcile.hpp>

#include <algorithm>

namespace eok {

rate_oracle rate_oracle_from(const rate_store& store) {
  rate_oracle o;
  // Copies of a store share its immutable data, so each function keeps its own.
  o.on_date = [store](currency from, currency to, date::sys_days on) {
    std::vector<reference_rate> out;
    for (const auto& s : store.sources()) {
      if (auto q = store.find(from, to, on, lookup_policy{}, s.id)) out.push_back(reference_rate{q->rate, q->date, s.id});
    }
    return out;
  };
  o.history = [store](currency from, currency to, date::sys_days first, date::sys_days last) {
    std::vector<reference_rate> out;
    for (const auto& s : store.sources()) {
      for (auto& q : store.series(from, to, first, last, s.id)) out.push_back(reference_rate{std::move(q.rate), q.date, s.id});
    }
    return out;
  };
  for (const auto& s : store.sources()) {
    for (const auto& series : store.coverage(s.id)) {
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
