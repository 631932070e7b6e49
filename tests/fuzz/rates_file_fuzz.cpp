// Fuzzes rate-table loading (parse_rate_table, the in-memory form of load_rates). Whatever the
// YAML, the only exception is eok::error with errc::invalid_rate_file, naming the file and a
// line and column inside the text; a table that loads follows the schema: known currencies, a
// base unlike its quote, per >= 1, at least one point, dates strictly ascending, rates
// greater than zero; and it goes into a rate_store without complaint.
#include <eok/rates/rates.hpp>
#include <eok/rates/rates_file.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void broken(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "rates_file invariant broken: %s %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz.yaml";
  eok::rate_table table;
  try {
    table = eok::parse_rate_table(text, file);
  } catch (const eok::error& e) {
    if (e.code() != eok::errc::invalid_rate_file) broken("error code is not invalid_rate_file", e.what());
    if (e.file() != file) broken("error does not name the file", e.what());
    if (!e.position().known()) broken("error without line and column", e.what());
    const auto lines = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (e.line() > lines + 1) broken("error line past the text", e.what());
    if (std::string_view(e.what()).substr(0, file.size() + 1) != file + ":") broken("what() does not start with the file", e.what());
    return 0;
  }
  if (table.series.empty()) broken("a table with no series");
  for (const eok::rate_series& s : table.series) {
    if (!s.base.valid() || !s.quote.valid() || s.base == s.quote) broken("bad pair");
    if (s.per < 1) broken("per below 1");
    if (s.points.empty()) broken("a series with no points");
    for (std::size_t i = 0; i < s.points.size(); ++i) {
      if (s.points[i].value.sign() <= 0) broken("a rate that is not positive");
      if (i > 0 && !(s.points[i - 1].date < s.points[i].date)) broken("dates not strictly ascending");
    }
  }
  eok::rate_store store;
  store.add(table);
  return 0;
}
