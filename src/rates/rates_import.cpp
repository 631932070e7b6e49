// Importing the publishers' downloads (ECB, FRED, Bank of Korea ECOS) into eok rate tables.
// Formats: include/eok/rates/rates_import.hpp. Every value stays the publisher's string; the
// YAML written is read back with the rate-file loader before it is returned, so an import
// never produces a table that `--rates` would refuse.
#include <eok/rates/rates_import.hpp>

#include <eok/core/currency.hpp>
#include <eok/core/error.hpp>
#include <eok/lexicon/currency_names.hpp>
#include <eok/rates/rates_file.hpp>
#include <eok/text/date.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <utility>

namespace eok {
namespace {

/// A publisher eok knows how to import, and the fields its YAML table carries.
struct publisher_info {
  std::string_view source;
  std::string_view name;
  std::string_view publisher;
  std::string_view citation;  ///< FRED's gets the series ids appended
  std::string_view url;
};

constexpr publisher_info ecb_info{
    "ecb", "Euro foreign exchange reference rates", "European Central Bank",
    "Source: ECB. Euro foreign exchange reference rates, published for information purposes.",
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html"};
constexpr publisher_info fred_info{
    "fred", "H.10 Foreign Exchange Rates (noon buying rates in New York)",
    "Board of Governors of the Federal Reserve System",
    "Source: Board of Governors of the Federal Reserve System, H.10 Foreign Exchange Rates, retrieved from FRED, "
    "Federal Reserve Bank of St. Louis; series ",
    "https://www.federalreserve.gov/releases/h10/"};
constexpr publisher_info bok_info{"bok", "매매기준율 (market average rates)", "Bank of Korea",
                                  "Source: Bank of Korea, Economic Statistics System (ECOS).",
                                  "https://ecos.bok.or.kr/"};

/// The FRED H.10 daily series: id, base, quote (values are quote units per 1 base).
struct fred_series_spec {
  std::string_view id;
  std::string_view base;
  std::string_view quote;
};
constexpr fred_series_spec fred_series[] = {
    {"DEXKOUS", "USD", "KRW"}, {"DEXJPUS", "USD", "JPY"}, {"DEXCHUS", "USD", "CNY"}, {"DEXUSEU", "EUR", "USD"},
    {"DEXUSUK", "GBP", "USD"}, {"DEXUSAL", "AUD", "USD"}, {"DEXUSNZ", "NZD", "USD"}, {"DEXCAUS", "USD", "CAD"},
    {"DEXSZUS", "USD", "CHF"}, {"DEXHKUS", "USD", "HKD"}, {"DEXINUS", "USD", "INR"}, {"DEXMXUS", "USD", "MXN"},
    {"DEXSIUS", "USD", "SGD"}, {"DEXTAUS", "USD", "TWD"}, {"DEXTHUS", "USD", "THB"}, {"DEXBZUS", "USD", "BRL"},
    {"DEXDNUS", "USD", "DKK"}, {"DEXNOUS", "USD", "NOK"}, {"DEXSDUS", "USD", "SEK"}, {"DEXSFUS", "USD", "ZAR"},
    {"DEXMAUS", "USD", "MYR"}, {"DEXSLUS", "USD", "LKR"},
};

/// One CSV field and the byte offset where its text starts.
struct field {
  std::string text;
  std::size_t offset = 0;
};

/// One downloaded file being read: errors name it, its line and column.
class csv_file {
public:
  explicit csv_file(const rate_download& d) : d_(d) {
    if (d_.text.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;  // a UTF-8 byte order mark
    if (d_.text.compare(0, 2, "PK") == 0) {
      throw error(errc::invalid_rate_file, "this is a zip archive; unzip it first and import the CSV inside", text_position{}, d_.name);
    }
  }

  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    throw error(errc::invalid_rate_file, message, position_at(d_.text, offset), d_.name);
  }

  /// The next record (fields trimmed of spaces, quotes removed), or nothing at the end. Blank
  /// lines are skipped.
  std::optional<std::vector<field>> next() {
    const std::string& t = d_.text;
    while (pos_ < t.size() && (t[pos_] == '\n' || t[pos_] == '\r')) ++pos_;
    if (pos_ >= t.size()) return std::nullopt;
    std::vector<field> out;
    while (true) {
      while (pos_ < t.size() && t[pos_] == ' ') ++pos_;
      field f;
      f.offset = pos_;
      if (pos_ < t.size() && t[pos_] == '"') {
        const std::size_t open = pos_++;
        f.offset = pos_;
        while (true) {
          if (pos_ >= t.size()) fail(open, "a quoted field is not closed");
          if (t[pos_] == '"') {
            if (pos_ + 1 < t.size() && t[pos_ + 1] == '"') {
              f.text += '"';
              pos_ += 2;
              continue;
            }
            ++pos_;
            break;
          }
          f.text += t[pos_++];
        }
        while (pos_ < t.size() && t[pos_] == ' ') ++pos_;
      } else {
        while (pos_ < t.size() && t[pos_] != ',' && t[pos_] != '\n' && t[pos_] != '\r') f.text += t[pos_++];
        while (!f.text.empty() && f.text.back() == ' ') f.text.pop_back();
      }
      out.push_back(std::move(f));
      if (pos_ < t.size() && t[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < t.size() && t[pos_] != '\n' && t[pos_] != '\r') fail(pos_, "unexpected text after a quoted field");
      break;
    }
    return out;
  }

  [[nodiscard]] const std::string& name() const { return d_.name; }

private:
  const rate_download& d_;
  std::size_t pos_ = 0;
};

/// Where a value came from, so that a conflicting one can name it.
struct origin {
  std::string file;
  std::size_t line = 0;
};

struct series_rows {
  std::string base;
  std::string quote;
  std::int64_t per = 1;
  std::string series_id;
  std::map<date_type, std::pair<std::string, origin>> rates;
};

/// The observations of one source gathered from every file.
struct source_rows {
  const publisher_info* info = nullptr;
  std::vector<std::string> inputs;  ///< file names, for the YAML's first line
  std::map<std::pair<std::string, std::string>, series_rows> series;

  series_rows& pair(const std::string& base, const std::string& quote, std::int64_t per, std::string_view id) {
    series_rows& s = series[{base, quote}];
    s.base = base;
    s.quote = quote;
    s.per = per;
    if (!id.empty()) s.series_id = std::string(id);
    return s;
  }
};

/// A value as the publisher printed it: digits with an optional fractional part, above zero.
void check_value(const csv_file& f, const field& v, std::string_view text) {
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view frac = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(whole) || (point != std::string_view::npos && !digits(frac))) {
    f.fail(v.offset, "expected a rate such as 1496.81, found '" + std::string(text) + "'");
  }
  if (std::all_of(text.begin(), text.end(), [](char c) { return c == '0' || c == '.'; })) {
    f.fail(v.offset, "a rate must be greater than zero, found '" + std::string(text) + "'");
  }
}

void add_value(const csv_file& f, std::size_t line, series_rows& s, date_type day, const field& v,
               const std::string& value) {
  check_value(f, v, value);
  auto [it, fresh] = s.rates.emplace(day, std::make_pair(value, origin{f.name(), line}));
  if (!fresh && it->second.first != value) {
    const origin& was = it->second.second;
    f.fail(v.offset, s.base + "/" + s.quote + " on " + format_date(day) + " is " + value + " here but " +
                         it->second.first + " in " + was.file + (was.line ? ":" + std::to_string(was.line) : ""));
  }
}

date_type iso_date(const csv_file& f, const field& d) {
  const result<date_type> r = try_parse_date(d.text);
  if (!r) f.fail(d.offset + r.error().offset(), r.error().message());
  return r.value();
}

/// The ECB's files: `Date,USD,JPY,...` with ISO dates (history) or `13 April 2026` (daily).
void read_ecb(csv_file& f, const std::vector<field>& header, source_rows& out, const std::string& text) {
  std::vector<std::optional<currency>> columns;
  for (std::size_t i = 1; i < header.size(); ++i) {
    if (header[i].text.empty() && i + 1 == header.size()) break;  // the trailing comma
    const auto c = currency::from_code(header[i].text);
    if (!c) f.fail(header[i].offset, "unknown currency code '" + header[i].text + "' in the ECB header");
    columns.push_back(c);
  }
  while (auto row = f.next()) {
    const std::vector<field>& r = *row;
    const std::size_t line = position_at(text, r[0].offset).line;
    date_type day;
    if (r[0].text.size() == 10 && r[0].text[4] == '-') {
      day = iso_date(f, r[0]);
    } else {
      const auto w = read_written_date(r[0].text, 0);
      if (!w || w->end != r[0].text.size()) f.fail(r[0].offset, "expected a date such as 2026-04-13 or 13 April 2026, found '" + r[0].text + "'");
      day = w->day;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i + 1 >= r.size()) f.fail(r.back().offset + r.back().text.size(), "this row has fewer values than the header has currencies");
      const field& v = r[i + 1];
      if (v.text.empty() || v.text == "N/A") continue;
      add_value(f, line, out.pair("EUR", std::string(columns[i]->code()), 1, ""), day, v, v.text);
    }
  }
}

const fred_series_spec* fred_spec(std::string_view id) {
  for (const fred_series_spec& s : fred_series) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

/// The series id a FRED `date,value` file is named after: `fred_DEXKOUS.csv` or `DEXKOUS.csv`.
std::string id_from_file_name(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) name = name.substr(0, dot);
  const std::size_t under = name.rfind('_');
  if (under != std::string_view::npos) name.remove_prefix(under + 1);
  return std::string(name);
}

void read_fred(csv_file& f, const std::vector<field>& header, source_rows& out, const std::string& text) {
  if (header.size() != 2) f.fail(header[0].offset, "a FRED file has two columns: the date and one series");
  const bool plain = header[1].text == "value";
  const std::string id = plain ? id_from_file_name(f.name()) : header[1].text;
  const fred_series_spec* spec = fred_spec(id);
  if (!spec) {
    std::string known;
    for (const fred_series_spec& s : fred_series) known += (known.empty() ? "" : ", ") + std::string(s.id);
    f.fail(plain ? 0 : header[1].offset, "unknown FRED series '" + id + "' (known: " + known + ")");
  }
  series_rows& s = out.pair(std::string(spec->base), std::string(spec->quote), 1, spec->id);
  while (auto row = f.next()) {
    const std::vector<field>& r = *row;
    if (r.size() != 2) f.fail(r[0].offset, "expected a date and a value on this line");
    if (r[1].text.empty() || r[1].text == ".") continue;
    add_value(f, position_at(text, r[0].offset).line, s, iso_date(f, r[0]), r[1], r[1].text);
  }
}

std::optional<std::size_t> column_named(const std::vector<field>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i].text == name) return i;
  }
  return std::nullopt;
}

/// `원/미국달러(매매기준율)` → USD per 1; `원/일본엔(100엔)` → JPY per 100.
std::pair<currency, std::int64_t> ecos_item(const csv_file& f, const field& item) {
  std::string_view t = item.text;
  constexpr std::string_view won = "원/";
  if (t.substr(0, won.size()) != won) f.fail(item.offset, "expected an item such as 원/미국달러(매매기준율), found '" + item.text + "'");
  t.remove_prefix(won.size());
  const std::size_t paren = t.find('(');
  const std::string_view name = t.substr(0, paren);
  const auto m = match_currency_prefix(name);
  if (!m || m->length != name.size() || m->ambiguous) {
    f.fail(item.offset + won.size(), "'" + std::string(name) + "' names no single currency");
  }
  std::int64_t per = 1;
  if (paren != std::string_view::npos && t.substr(paren + 1, 3) == "100") per = 100;
  return {m->value, per};
}

void read_ecos(csv_file& f, const std::vector<field>& header, source_rows& out, const std::string& text) {
  const auto item = column_named(header, "ITEM_NAME1");
  const auto time = column_named(header, "TIME");
  const auto value = column_named(header, "DATA_VALUE");
  if (!item || !time || !value) f.fail(header[0].offset, "an ECOS file needs the columns ITEM_NAME1, TIME and DATA_VALUE");
  const std::size_t need = std::max({*item, *time, *value}) + 1;
  while (auto row = f.next()) {
    const std::vector<field>& r = *row;
    if (r.size() < need) f.fail(r.back().offset, "this row has fewer fields than the header");
    const field& tf = r[*time];
    if (tf.text.size() != 8 || !std::all_of(tf.text.begin(), tf.text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      f.fail(tf.offset, "expected a day as YYYYMMDD, found '" + tf.text + "'");
    }
    const field iso{tf.text.substr(0, 4) + "-" + tf.text.substr(4, 2) + "-" + tf.text.substr(6, 2), tf.offset};
    const date_type day = iso_date(f, iso);
    std::string v = r[*value].text;
    if (v.empty() || v == "-") continue;
    v.erase(std::remove(v.begin(), v.end(), ','), v.end());  // ECOS may group thousands: 1,450.3
    const auto [cur, per] = ecos_item(f, r[*item]);
    add_value(f, position_at(text, tf.offset).line, out.pair(std::string(cur.code()), "KRW", per, ""), day, r[*value], v);
  }
}

/// Which publisher wrote a file, from its header.
const publisher_info& read_download(const rate_download& d, std::map<std::string_view, source_rows>& sources) {
  csv_file f(d);
  const auto header = f.next();
  if (!header) f.fail(0, "the file is empty");
  const std::vector<field>& h = *header;
  const publisher_info* info = nullptr;
  if (column_named(h, "DATA_VALUE") || column_named(h, "TIME")) {
    info = &bok_info;
  } else if (h[0].text == "Date" && h.size() > 1 && h[1].text.size() == 3) {
    info = &ecb_info;
  } else if (h[0].text == "observation_date" || h[0].text == "DATE" || h[0].text == "date") {
    info = &fred_info;
  } else {
    f.fail(h[0].offset, "not a file eok can import: expected the ECB's 'Date,USD,...', FRED's "
                        "'observation_date,SERIES' or an ECOS export with TIME and DATA_VALUE");
  }
  source_rows& rows = sources[info->source];
  rows.info = info;
  rows.inputs.push_back(d.name.substr(d.name.find_last_of("/\\") + 1));
  if (info == &ecb_info) read_ecb(f, h, rows, d.text);
  if (info == &fred_info) read_fred(f, h, rows, d.text);
  if (info == &bok_info) read_ecos(f, h, rows, d.text);
  return *info;
}

/// A YAML double-quoted string (the fields eok writes have no control characters).
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string yaml_of(const source_rows& rows) {
  std::ostringstream y;
  std::string inputs;
  for (const std::string& n : rows.inputs) inputs += (inputs.empty() ? "" : ", ") + n;
  std::string citation(rows.info->citation);
  if (rows.info == &fred_info) {
    std::string ids;
    for (const auto& kv : rows.series) ids += (ids.empty() ? "" : ", ") + kv.second.series_id;
    citation += ids + ".";
  }
  y << "# Generated by eok rates import from " << inputs << "; do not edit by hand.\n"
    << "eok_rates: 1\n"
    << "source: " << rows.info->source << '\n'
    << "name: " << rows.info->name << '\n'
    << "publisher: " << rows.info->publisher << '\n'
    << "citation: " << quoted(citation) << '\n'
    << "url: " << rows.info->url << '\n'
    << "series:\n";
  for (const auto& kv : rows.series) {
    const series_rows& s = kv.second;
    y << "  - base: " << s.base << "\n    quote: " << s.quote << "\n    per: " << s.per << '\n';
    if (!s.series_id.empty()) y << "    series_id: " << s.series_id << '\n';
    y << "    rates:\n";
    for (const auto& r : s.rates) y << "      \"" << format_date(r.first) << "\": \"" << r.second.first << "\"\n";
  }
  return y.str();
}

/// Keeps the observations of a table already on disk (one of ours, by source id).
void merge_existing(const rate_download& d, std::map<std::string_view, source_rows>& sources) {
  const rate_table t = parse_rate_table(d.text, d.name);
  const publisher_info* info = nullptr;
  for (const publisher_info* p : {&ecb_info, &fred_info, &bok_info}) {
    if (p->source == t.info.id) info = p;
  }
  if (!info || sources.count(info->source) == 0) return;  // not touched by this import
  source_rows& rows = sources[info->source];
  for (const rate_series& s : t.series) {
    series_rows& into = rows.pair(std::string(s.base.code()), std::string(s.quote.code()), s.per, s.series_id);
    for (const rate_point& p : s.points) {
      const std::string value = p.value.to_string();
      auto [it, fresh] = into.rates.emplace(p.date, std::make_pair(value, origin{d.name, 0}));
      if (!fresh && it->second.first != value) {
        throw error(errc::invalid_rate_file,
                    into.base + "/" + into.quote + " on " + format_date(p.date) + " is " + it->second.first + " in " +
                        it->second.second.file + ":" + std::to_string(it->second.second.line) + " but " + value +
                        " in the existing table",
                    text_position{}, d.name);
      }
    }
  }
}

}  // namespace

std::vector<imported_table> import_rates(const std::vector<rate_download>& files,
                                         const std::vector<rate_download>& existing) {
  std::map<std::string_view, source_rows> sources;
  for (const rate_download& d : files) read_download(d, sources);
  for (const rate_download& d : existing) merge_existing(d, sources);
  std::vector<imported_table> out;
  for (const auto& kv : sources) {
    imported_table t{std::string(kv.first), yaml_of(kv.second)};
    (void)parse_rate_table(t.yaml, t.source + ".yaml");  // the loader's own checks, before anything is written
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace eok
