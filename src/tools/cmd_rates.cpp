// `eok rates`: which rate sources are loaded and what they cover; `eok rates show` prints a series.
//
//   eok rates                                    every source, its series and their coverage
//   eok rates show EUR KRW --from 2025-02-06 --to 2025-02-11
//   # 1 EUR in KRW, source ecb (European Central Bank)
//   2025-02-06  1502.98
//   ...
//
// `show` works for any pair the source connects (direct, inverse or cross through its hub); rates
// that are not finite decimals (most inverse and cross rates) are printed rounded half-even to
// 12 decimals, and the header line says so. Lines starting with '#' are comments, so the output
// can go straight into a plotting tool.
#include "cli.hpp"
#include "options.hpp"

#include <eok/write/format.hpp>
#include <eok/write/json.hpp>
#include <eok/write/rates_json.hpp>
#include <eok/rates/rates_file.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace eok::cli {
namespace {

constexpr std::string_view rates_help =
    "Usage: eok rates [--rates PATH | --only-rates PATH]\n"
    "       eok rates show FROM TO [--from DATE] [--to DATE] [--source S] [--rates PATH] [--json]\n"
    "\n"
    "Without a subcommand, lists the loaded rate sources: each series with its first and last\n"
    "date and its number of rates. `show` prints the daily rate of FROM in TO (units of TO per\n"
    "one FROM) between two dates (default: all dates), oldest first.\n"
    "\n"
    "Options:\n"
    EOK_CLI_RATES_HELP
    "  --source S          the source for `show`: ecb (default), fred, or one from --rates\n"
    "  --from DATE         first date for `show`, YYYY-MM-DD\n"
    "  --to DATE           last date for `show`, YYYY-MM-DD\n"
    "  --json              `show` prints one JSON object per line: {\"date\", \"rate\", \"path\"}\n"
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 printed, 1 no rate in the range, 2 usage errors.\n";

currency code_arg(std::string_view text) {
  if (auto c = currency::from_code(text)) return *c;
  throw usage_error{"unknown currency '" + std::string(text) + "' (use an ISO code such as KRW)"};
}

std::string padded(std::string s, std::size_t width) {
  if (s.size() < width) s.insert(0, width - s.size(), ' ');
  return s;
}

void list_sources(std::ostream& out, const rate_store& store) {
  bool first = true;
  for (const source_info& s : store.sources()) {
    if (!first) out << '\n';
    first = false;
    out << s.id << ": " << s.name << " (" << s.publisher << ")\n" << "  " << s.citation << '\n';
    for (const series_info& i : store.coverage(s.id)) {
      out << "  " << i.base.code() << '/' << i.quote.code() << "  " << format_date(i.first) << "  "
          << format_date(i.last) << "  " << padded(std::to_string(i.count), 6) << " rates";
      if (i.per != 1) out << "  per " << i.per;
      if (!i.series_id.empty()) out << "  " << i.series_id;
      out << '\n';
    }
  }
}

}  // namespace

int run_rates(const args& a, streams& io) {
  const parsed_args p = read_args(
      a, {rates_spec, only_rates_spec, valued("--source"), valued("--from"), valued("--to"), flag("--json")});
  if (p.help) {
    io.out << rates_help;
    return 0;
  }
  const std::string source(p.value("--source").value_or("ecb"));
  std::optional<date_type> from_date;
  std::optional<date_type> to_date;
  if (auto v = p.value("--from")) from_date = date_option("--from", *v);
  if (auto v = p.value("--to")) to_date = date_option("--to", *v);
  const bool json = p.has("--json");
  const args& positional = p.operands;
  const std::optional<rate_store> loaded = rates_from(p, "rates", io.err);
  if (!loaded) return 2;
  const rate_store& store = *loaded;
  if (positional.empty()) {
    if (from_date || to_date || json || source != "ecb") {
      throw usage_error{"--from, --to, --source and --json go with `eok rates show FROM TO`"};
    }
    list_sources(io.out, store);
    return 0;
  }
  if (positional[0] != "show") throw usage_error{"unknown subcommand '" + std::string(positional[0]) + "' (expected show)"};
  if (positional.size() != 3) throw usage_error{"`eok rates show` needs two currencies: FROM TO (e.g. EUR KRW)"};
  const currency from = code_arg(positional[1]);
  const currency to = code_arg(positional[2]);
  require_source(store, source);
  const date_type first = from_date.value_or(date_type(date::days(-2000000)));
  const date_type last = to_date.value_or(date_type(date::days(2000000)));
  if (last < first) throw usage_error{"--to is before --from"};
  const std::vector<rate_quote> rates = store.series(from, to, first, last, source);
  const std::string pair = std::string(from.code()) + "/" + std::string(to.code());
  if (rates.empty()) {
    io.err << "eok rates: no " << source << " rate for " << pair;
    if (from_date || to_date) {
      io.err << " between " << (from_date ? format_date(*from_date) : std::string("the start")) << " and "
             << (to_date ? format_date(*to_date) : std::string("the end"));
    }
    io.err << '\n';
    return 1;
  }
  if (json) {
    json_writer w(io.out);
    for (const rate_quote& q : rates) {
      w.begin_object();
      w.key("date").string(format_date(q.date));
      w.key("rate").string(format_rate(q.rate, rate_places_data));
      w.key("exact").string(q.rate.to_string());
      w.key("source").string(q.source);
      w.key("path");
      write_currency_path(w, q.path);
      w.end_object().newline();
    }
    return 0;
  }
  const source_info* info = nullptr;
  for (const auto& s : store.sources()) {
    if (s.id == source) info = &s;
  }
  io.out << "# 1 " << from.code() << " in " << to.code() << ", source " << source << " (" << info->publisher << ")";
  if (rates.front().path.size() == 3) io.out << ", via " << rates.front().path[1].code();
  bool rounded = false;
  for (const rate_quote& q : rates) {
    if (!q.rate.to_exact_decimal()) rounded = true;
  }
  if (rounded) io.out << "; rates that are not finite decimals are rounded half-even to " << rate_places_table.places << " decimals";
  io.out << '\n';
  for (const rate_quote& q : rates) io.out << format_date(q.date) << "  " << format_rate(q.rate, rate_places_table) << '\n';
  return 0;
}

}  // namespace eok::cli
