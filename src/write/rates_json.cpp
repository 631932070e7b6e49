// Rates and amounts as JSON members (see include/eok/write/rates_json.hpp).
#include <eok/write/rates_json.hpp>

namespace eok {

void write_money_members(json_writer& w, const money& m) {
  w.key("value").decimal(m.amount()).key("currency").string(m.cur().code());
}

void write_currency_path(json_writer& w, const std::vector<currency>& path) {
  w.begin_array();
  for (const currency& c : path) w.string(c.code());
  w.end_array();
}

void write_rate_members(json_writer& w, const rate_quote& q) {
  static_assert(!rate_places_data.mark_rounded, "machine fields carry no ellipsis");
  w.key("rate").string(format_rate(q.rate, rate_places_data));
  w.key("rate_exact").string(q.rate.to_string());
  w.key("rate_places");
  if (q.rate.to_exact_decimal()) {
    w.null();
  } else {
    w.number(static_cast<std::size_t>(rate_places_data.places));
  }
  w.key("rate_date").string(format_date(q.date));
  w.key("source").string(q.source);
  w.key("path");
  write_currency_path(w, q.path);
}

}  // namespace eok
