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

void write_rate_members(json_writer& w, const rate_quote& q, const rate_places& places) {
  w.key("rate").string(format_rate(q.rate, places));
  w.key("rate_date").string(format_date(q.date));
  w.key("source").string(q.source);
  w.key("path");
  write_currency_path(w, q.path);
}

}  // namespace eok
