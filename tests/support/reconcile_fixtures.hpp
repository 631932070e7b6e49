// Hand-built figures and rate tables for the reconciliation tests: the engine is tested against
// rates typed in here from the ECB table, independently of any rate file or parser.
#ifndef EOK_TESTS_RECONCILE_FIXTURES_HPP
#define EOK_TESTS_RECONCILE_FIXTURES_HPP

#include <eok/read/scan.hpp>
#include <eok/reconcile/reconcile.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace eok::test {

inline decimal dec(const char* s) { return decimal::parse(s); }

inline date::sys_days day(int y, unsigned m, unsigned d) {
  return date::sys_days(date::year(y) / date::month(m) / date::day(d));
}

/// A money figure as the parser would give it: `precision` is the place of the last digit
/// written, before `rounding_unit` coarsens it.
inline figure money_figure(std::string text, const char* value, const char* precision, currency cur,
                           bool approximate = false) {
  figure f;
  f.text = std::move(text);
  f.kind = figure_kind::money;
  f.value = dec(value);
  f.precision = dec(precision);
  f.cur = cur;
  f.approximate = approximate;
  return f;
}

/// An article whose figures are found in `text` in order by their `text` (each after the
/// previous one), so their byte offsets are right for `find_relations`; each figure gets the
/// links (`each`, total, per, over) the scanner reports for the figure it overlaps in `text`.
inline article placed_article(std::string text, std::vector<figure> figures) {
  article a;
  a.text = std::move(text);
  std::size_t from = 0;
  for (auto& f : figures) {
    const std::size_t at = a.text.find(f.text, from);
    if (at == std::string::npos) throw std::logic_error("figure text not in article: " + f.text);
    f.start = at;
    f.end = at + f.text.size();
    from = f.end;
  }
  scan_options options;
  options.read_front_matter = false;
  const std::vector<scanned_figure> scanned = scan_text(a.text, options);
  for (auto& f : figures) {
    figure_links links;
    for (const scanned_figure& s : scanned) {
      if (s.start < f.end && f.start < s.end) {
        f.each = s.each;
        links = figure_links{s.total, s.per, s.over, s.rate_base, s.rate_per};
        break;
      }
    }
    a.links.push_back(links);
  }
  a.figures = std::move(figures);
  return a;
}

/// A count figure ("3명").
inline figure count_figure(std::string text, const char* value, std::string unit) {
  figure f;
  f.text = std::move(text);
  f.kind = figure_kind::count;
  f.value = dec(value);
  f.precision = dec("1");
  f.unit = std::move(unit);
  return f;
}

/// A rate table typed in by hand: (from, to) -> date -> [(source, rate)]. `on_date` looks up
/// each source's latest rate on or before the day, at most 7 days back.
class hand_rates {
public:
  hand_rates& add(currency from, currency to, date::sys_days on, const char* rate, std::string source = "ecb") {
    table_[{from, to}][on].emplace_back(std::move(source), ratio(dec(rate)));
    return *this;
  }
  /// Adds a rate given as numerator / denominator (a cross rate).
  hand_rates& add_cross(currency from, currency to, date::sys_days on, const char* num, const char* den,
                        std::string source = "ecb") {
    table_[{from, to}][on].emplace_back(std::move(source), ratio(dec(num)) / ratio(dec(den)));
    return *this;
  }

  rate_oracle oracle(std::vector<currency> currencies = {}) const {
    rate_oracle o;
    auto table = table_;
    o.on_date = [table](currency from, currency to, date::sys_days on) {
      std::vector<rate_quote> out;
      auto it = table.find({from, to});
      if (it == table.end()) return out;
      std::map<std::string, rate_quote> latest;
      for (const auto& [d, quotes] : it->second) {
        if (d > on || d < on - date::days(7)) continue;
        for (const auto& [source, rate] : quotes) latest[source] = rate_quote{from, to, rate, d, source, {from, to}};
      }
      for (auto& [source, r] : latest) out.push_back(r);
      return out;
    };
    o.history = [table](currency from, currency to, date::sys_days first, date::sys_days last) {
      std::vector<rate_quote> out;
      auto it = table.find({from, to});
      if (it == table.end()) return out;
      for (const auto& [d, quotes] : it->second) {
        if (d < first || d > last) continue;
        for (const auto& [source, rate] : quotes) out.push_back(rate_quote{from, to, rate, d, source, {from, to}});
      }
      return out;
    };
    o.currencies = std::move(currencies);
    return o;
  }

private:
  std::map<std::pair<currency, currency>, std::map<date::sys_days, std::vector<std::pair<std::string, ratio>>>> table_;
};

}  // namespace eok::test

#endif  // EOK_TESTS_RECONCILE_FIXTURES_HPP
