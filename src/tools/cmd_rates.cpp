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

#include <eok/rates/rates_import.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

namespace eok::cli {
namespace {

constexpr std::string_view rates_help =
    "Usage: eok rates [--rates PATH | --only-rates PATH]\n"
    "       eok rates show FROM TO [--from DATE] [--to DATE] [--source S] [--rates PATH] [--json]\n"
    "       eok rates import FILE... [--out DIR]\n"
    "\n"
    "Without a subcommand, lists the loaded rate sources: each series with its first and last\n"
    "date and its number of rates. `show` prints the daily rate of FROM in TO (units of TO per\n"
    "one FROM) between two dates (default: all dates), oldest first.\n"
    "\n"
    "`import` reads the publishers' own downloads (the ECB's eurofxref-hist.csv or\n"
    "eurofxref.csv, unzipped; FRED series CSVs such as DEXKOUS.csv; a Bank of Korea ECOS\n"
    "export of 731Y001 with ITEM_NAME1, TIME and DATA_VALUE columns) and writes one table per\n"
    "source (ecb.yaml, fred.yaml, bok.yaml) into DIR, merged with the table already there.\n"
    "Every command adds the tables in the directory $EOK_RATES to the bundled ones.\n"
    "\n"
    "Options:\n"
    EOK_CLI_RATES_HELP
    "  --source S          the source for `show`: ecb (default), fred, or one from --rates\n"
    "  --from DATE         first date for `show`, YYYY-MM-DD\n"
    "  --to DATE           last date for `show`, YYYY-MM-DD\n"
    "  --json              `show` prints one JSON object per line: {\"date\", \"rate\", \"path\"}\n"
    "  --out DIR           where `import` writes its tables (default: $EOK_RATES, else .)\n"
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

std::string file_text(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw error(errc::io_error, "cannot read: " + ec.message(), text_position{}, path);
  if (size > max_rate_file_bytes) throw error(errc::io_error, "larger than 64 MiB; not a rate download", text_position{}, path);
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) throw error(errc::io_error, "cannot read the file", text_position{}, path);
  return text;
}

/// `eok rates import FILE... [--out DIR]`: every file is read and checked, then the tables are
/// written (each to a temporary name, then renamed), so a bad file leaves DIR as it was.
int import_downloads(const parsed_args& p, streams& io) {
  namespace fs = std::filesystem;
  const args files(p.operands.begin() + 1, p.operands.end());
  if (files.empty()) throw usage_error{"`eok rates import` needs at least one downloaded file"};
  const char* env = std::getenv(rates_environment_variable);
  const std::string dir(p.value("--out").value_or(env != nullptr && *env != '\0' ? env : "."));
  std::vector<rate_download> downloads;
  std::vector<rate_download> existing;
  std::vector<imported_table> tables;
  try {
    for (std::string_view f : files) downloads.push_back({std::string(f), file_text(std::string(f))});
    for (const char* id : {"bok", "ecb", "fred"}) {
      const std::string path = (fs::path(dir) / (std::string(id) + ".yaml")).string();
      if (fs::exists(path)) existing.push_back({path, file_text(path)});
    }
    tables = import_rates(downloads, existing);
  } catch (const error& e) {
    print_file_error(io.err, "rates import", e);
    return 2;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  for (const imported_table& t : tables) {
    const fs::path target = fs::path(dir) / (t.source + ".yaml");
    const fs::path temporary = fs::path(dir) / ("." + t.source + ".yaml.new");
    {
      std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
      out << t.yaml;
      if (!out.flush()) {
        io.err << "eok rates import: cannot write " << temporary.string() << '\n';
        return 2;
      }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
      io.err << "eok rates import: cannot write " << target.string() << ": " << ec.message() << '\n';
      return 2;
    }
    const rate_table table = parse_rate_table(t.yaml, target.string());
    std::size_t count = 0;
    date_type first = table.series.front().points.front().date;
    date_type last = first;
    for (const rate_series& s : table.series) {
      count += s.points.size();
      first = std::min(first, s.points.front().date);
      last = std::max(last, s.points.back().date);
    }
    io.out << "wrote " << target.string() << ": " << table.series.size() << " series, " << count << " rates, "
           << format_date(first) << " to " << format_date(last) << '\n';
    if (bundled_rates().has_source(t.source)) {
      const std::vector<series_info> bundled = bundled_rates().coverage(t.source);
      date_type bundled_first = bundled.front().first;
      for (const series_info& i : bundled) bundled_first = std::min(bundled_first, i.first);
      if (bundled_first < first) {
        io.err << "eok rates import: note: " << target.filename().string() << " starts on " << format_date(first)
               << " and, where it is loaded, replaces the bundled " << t.source << " table (from "
               << format_date(bundled_first) << "); import the publisher's full history to keep the older rates\n";
      }
    }
  }
  return 0;
}

}  // namespace

int run_rates(const args& a, streams& io) {
  const parsed_args p = read_args(
      a, {rates_spec, only_rates_spec, valued("--source"), valued("--from"), valued("--to"), flag("--json"),
              valued("--out")});
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
  if (!positional.empty() && positional[0] == "import") {
    if (from_date || to_date || json || p.has("--source") || p.has("--rates") || p.has("--only-rates")) {
      throw usage_error{"`eok rates import` takes only files and --out DIR"};
    }
    return import_downloads(p, io);
  }
  if (p.has("--out")) throw usage_error{"--out goes with `eok rates import`"};
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
  if (positional[0] != "show") throw usage_error{"unknown subcommand '" + std::string(positional[0]) + "' (expected show or import)"};
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
