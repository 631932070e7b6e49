// Reading rate tables from YAML (schema: rates/README.md). yaml-cpp is used here and only here.
//
// yaml-cpp gives every node a Mark (byte offset, line, column); errors are placed with
// eok::position_at on the file's text, so columns count code points as everywhere else in eok.
// Scalars inside quotes are located one byte past the quote, so an error inside a value
// ("2025-02-30") points at the offending character, not at the quote.
#include "rate_store_impl.hpp"
#include "yaml_documents.hpp"
#include "yaml_text.hpp"

#include <eok/text/text.hpp>
#include <eok/core/ratio.hpp>
#include <eok/rates/rates_file.hpp>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace eok {
namespace {

/// `s` in single quotes for a message; control bytes and bytes that are not UTF-8 are written
/// as \xNN, so a hostile file cannot put raw NULs or broken characters into an error.
std::string in_quotes(std::string_view s) {
  std::string out = "'";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : utf8::sequence_length(s, i);
    if (c < 0x20 || c == 0x7F || n == 0) {
      const char* hex = "0123456789ABCDEF";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xF];
      continue;
    }
    out.append(s.data() + i, n);
    i += n - 1;
  }
  return out + "'";
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// One YAML text whose nodes are checked and placed: errors name the file, line and column of
/// the node they are about, and the keys of a mapping are checked against the ones allowed.
class yaml_reader {
protected:
  yaml_reader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  using field_map = std::map<std::string, std::pair<YAML::Node, YAML::Node>>;

  [[noreturn]] void fail_at(std::size_t offset, std::string message) const {
    throw error(errc::invalid_rate_file, std::move(message), position_at(text_, offset), file_);
  }

  /// Where a node starts; inside the quotes for a quoted scalar, plus `inner` bytes into it.
  std::size_t offset_of(const YAML::Node& n, std::size_t inner = 0) const {
    const YAML::Mark m = n.Mark();
    if (m.pos < 0) return last_offset_;
    auto p = static_cast<std::size_t>(m.pos);
    if (p < text_.size() && (text_[p] == '"' || text_[p] == '\'')) ++p;
    return p + inner;
  }

  std::string line_of(std::size_t offset) const { return std::to_string(position_at(text_, offset).line); }

  [[noreturn]] void fail(const YAML::Node& n, std::string message, std::size_t inner = 0) const {
    fail_at(offset_of(n, inner), std::move(message));
  }

  static std::string describe(const YAML::Node& n) {
    switch (n.Type()) {
      case YAML::NodeType::Scalar: return in_quotes(n.Scalar());
      case YAML::NodeType::Sequence: return "a list";
      case YAML::NodeType::Map: return "a mapping";
      default: return "nothing";
    }
  }

  /// The entries of a mapping by key; unknown, duplicate and missing keys are errors.
  field_map fields(const YAML::Node& map, std::initializer_list<const char*> allowed,
                   std::initializer_list<const char*> required, const std::string& what) {
    field_map out;
    last_offset_ = offset_of(map);
    for (const auto& kv : map) {
      const std::string key = kv.first.IsScalar() ? detail::yaml_text(kv.first) : std::string();
      const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
      if (!known) {
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(kv.first, "unknown key " + (kv.first.IsScalar() ? in_quotes(key) : describe(kv.first)) + " in " + what +
                           " (expected " + list + ")");
      }
      if (out.count(key) != 0) fail(kv.first, "duplicate key " + in_quotes(key) + " in " + what);
      out.emplace(key, std::make_pair(kv.first, kv.second));
    }
    require(map, out, required, what);
    return out;
  }

  void require(const YAML::Node& map, const field_map& f, std::initializer_list<const char*> keys,
               const std::string& what) const {
    for (const char* k : keys) {
      if (f.count(k) == 0) fail(map, what + " is missing the key " + in_quotes(k));
    }
  }

  /// A non-empty scalar field; records where it is so a null value can be placed.
  std::string text_field(const field_map& f, const char* key) {
    const auto& [k, v] = f.at(key);
    last_offset_ = offset_of(k);
    if (!v.IsScalar() || v.Scalar().empty()) fail(v.IsNull() ? k : v, std::string(key) + " must be a non-empty text, found " + describe(v));
    return detail::yaml_text(v);
  }

  std::string_view text_;
  const std::string& file_;
  std::size_t last_offset_ = 0;  // where to place an error about a node with no position
};

/// One YAML document being turned into a rate_table.
class table_reader : yaml_reader {
public:
  table_reader(std::string_view text, const std::string& file) : yaml_reader(text, file) {}

  rate_table read(text_position* source_position) {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(text_));
    } catch (const YAML::ParserException& e) {
      fail_at(e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : 0, "invalid YAML: " + e.msg);
    }
    check_single_document();
    if (!root.IsMap()) {
      fail_at(root.Mark().pos >= 0 ? static_cast<std::size_t>(root.Mark().pos) : 0,
              "a rate table must be a mapping with the keys eok_rates, source, name, publisher, citation, url "
              "and series, found " + describe(root));
    }
    const auto top = fields(root, {"eok_rates", "source", "name", "publisher", "citation", "url", "series"},
                            {"eok_rates"}, "the table");
    // The version first: a table of another version is reported as such, not as missing keys.
    const YAML::Node& version = top.at("eok_rates").second;
    if (!version.IsScalar() || !all_digits(version.Scalar())) {
      fail(version, "eok_rates must be the schema version 1, found " + describe(version));
    }
    if (version.Scalar() != "1") {
      fail(version, "unsupported schema version " + version.Scalar() + " (this eok reads eok_rates: 1)");
    }
    require(root, top, {"source", "name", "publisher", "citation", "url", "series"}, "the table");
    rate_table table;
    table.info = read_info(top, source_position);
    const YAML::Node& series = top.at("series").second;
    if (!series.IsSequence() || series.size() == 0) {
      fail(series, "series must be a list of at least one series, found " + describe(series));
    }
    std::map<std::pair<std::string, std::string>, std::size_t> seen;  // pair -> offset
    for (const YAML::Node& s : series) {
      table.series.push_back(read_series(s));
      const rate_series& added = table.series.back();
      const auto key = std::make_pair(std::string(added.base.code()), std::string(added.quote.code()));
      const auto [it, fresh] = seen.emplace(key, offset_of(s));
      if (!fresh) {
        fail(s, "series " + key.first + "/" + key.second + " appears twice (first at line " + line_of(it->second) + ")");
      }
    }
    check_inverse_pairs(table);
    return table;
  }

private:
  /// Where each rate's date key is, by series and point, for messages naming two lines.
  std::vector<std::vector<std::size_t>> point_offsets_;

  /// A pair and its inverse (USD/KRW and KRW/USD) on one date must agree: the product of the
  /// two rates, each per one unit, is within `inverse_rate_tolerance` of 1. Otherwise the later
  /// of the two lines is the error, naming the earlier.
  void check_inverse_pairs(const rate_table& table) const {
    const ratio one(1);
    const ratio tolerance = ratio(inverse_rate_tolerance_per_mille) / ratio(1000);
    for (std::size_t a = 0; a < table.series.size(); ++a) {
      for (std::size_t b = a + 1; b < table.series.size(); ++b) {
        const rate_series& x = table.series[a];
        const rate_series& y = table.series[b];
        if (x.base != y.quote || x.quote != y.base) continue;
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < x.points.size() && j < y.points.size()) {
          if (x.points[i].date < y.points[j].date) {
            ++i;
          } else if (y.points[j].date < x.points[i].date) {
            ++j;
          } else {
            const ratio product = ratio(x.points[i].value) / ratio(x.per) * ratio(y.points[j].value) / ratio(y.per);
            const ratio off = product > one ? product - one : one - product;
            if (off > tolerance) {
              const std::size_t at_x = point_offsets_[a][i];
              const std::size_t at_y = point_offsets_[b][j];
              const bool x_first = at_x < at_y;
              const rate_series& later = x_first ? y : x;
              const rate_series& earlier = x_first ? x : y;
              const rate_point& later_point = x_first ? y.points[j] : x.points[i];
              const rate_point& earlier_point = x_first ? x.points[i] : y.points[j];
              const auto name = [](const rate_series& s, const rate_point& p) {
                return std::string(s.base.code()) + "/" + std::string(s.quote.code()) + " " + p.value.to_string() +
                       (s.per == 1 ? "" : " per " + std::to_string(s.per));
              };
              fail_at(x_first ? at_y : at_x,
                      name(later, later_point) + " on " + format_date(later_point.date) + " is not the inverse of " +
                          name(earlier, earlier_point) + " (line " + line_of(x_first ? at_x : at_y) +
                          "): their product is " + product.to_decimal(6, rounding::half_even).to_string() +
                          ", more than " +
                          decimal::from_parts(inverse_rate_tolerance_per_mille, 1).to_string() + "% from 1");
            }
            ++i;
            ++j;
          }
        }
      }
    }
  }

  /// One file, one table (yaml_documents.hpp).
  void check_single_document() {
    try {
      if (const auto at = detail::second_yaml_document(text_)) {
        fail_at(*at, "a rate file holds one table, but a second YAML document starts here");
      }
    } catch (const YAML::ParserException& e) {
      fail_at(e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : 0, "invalid YAML: " + e.msg);
    }
  }

  /// The table's source (checked as an identifier, its position kept), name, publisher,
  /// citation and url.
  source_info read_info(const field_map& top, text_position* source_position) {
    source_info info;
    const YAML::Node& source = top.at("source").second;
    info.id = text_field(top, "source");
    if (!std::all_of(info.id.begin(), info.id.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        })) {
      fail(source, "source must be lower-case letters, digits, '_' or '-', found " + in_quotes(info.id));
    }
    if (source_position != nullptr) *source_position = position_at(text_, offset_of(source));
    info.name = text_field(top, "name");
    info.publisher = text_field(top, "publisher");
    info.citation = text_field(top, "citation");
    info.url = text_field(top, "url");
    return info;
  }

  currency read_currency(const field_map& f, const char* key) {
    const auto& [k, v] = f.at(key);
    last_offset_ = offset_of(k);
    if (!v.IsScalar()) fail(v.IsNull() ? k : v, std::string(key) + " must be a currency code such as KRW, found " + describe(v));
    const auto c = currency::from_code(v.Scalar());
    if (!c) fail(v, "unknown currency code " + in_quotes(v.Scalar()));
    return *c;
  }

  rate_series read_series(const YAML::Node& s) {
    if (!s.IsMap()) fail(s, "each series must be a mapping with base, quote, per and rates, found " + describe(s));
    const auto f = fields(s, {"base", "quote", "per", "series_id", "rates"}, {"base", "quote", "per", "rates"},
                          "a series");
    rate_series out;
    out.base = read_currency(f, "base");
    out.quote = read_currency(f, "quote");
    if (out.base == out.quote) fail(f.at("quote").second, "a series cannot price a currency in itself");
    out.per = read_per(f);
    if (f.count("series_id") != 0) out.series_id = text_field(f, "series_id");
    const auto& [rk, rates] = f.at("rates");
    last_offset_ = offset_of(rk);
    if (!rates.IsMap() || rates.size() == 0) {
      fail(rates.IsNull() ? rk : rates, "rates must be a mapping of at least one \"YYYY-MM-DD\": \"value\" pair, found " +
                                            describe(rates));
    }
    // Only the previous date is needed to check the order; a duplicate is then the same date
    // again, and its first line is found only when reporting it (position_at scans the text).
    std::size_t previous_offset = 0;
    std::vector<std::size_t>& offsets = point_offsets_.emplace_back();
    for (const auto& kv : rates) {
      const YAML::Node& key = kv.first;
      const YAML::Node& value = kv.second;
      if (!key.IsScalar()) fail(key, "expected a date \"YYYY-MM-DD\" as key, found " + describe(key));
      const result<date_type> d = try_parse_date(key.Scalar());
      if (!d) fail(key, d.error().message(), d.error().offset());
      if (!out.points.empty() && *d == out.points.back().date) {
        fail(key, "duplicate date " + key.Scalar() + " (first given at line " + line_of(previous_offset) + ")");
      }
      if (!out.points.empty() && *d < out.points.back().date) {
        fail(key, "dates must be ascending: " + key.Scalar() + " comes after " + format_date(out.points.back().date));
      }
      previous_offset = offset_of(key);
      last_offset_ = previous_offset;
      out.points.push_back(rate_point{*d, read_value(value)});
      offsets.push_back(previous_offset);
    }
    return out;
  }

  decimal read_value(const YAML::Node& v) {
    if (!v.IsScalar()) fail(v, "expected a rate as a quoted decimal such as \"1496.81\", found " + describe(v));
    const std::string& s = v.Scalar();
    if (v.Tag() != "!") {
      fail(v, "rate values must be quoted, as \"" + s +
                  "\", so that no YAML reader turns them into binary floating point");
    }
    if (!s.empty() && s[0] == '-') fail(v, "a rate must be greater than zero, found " + in_quotes(s));
    std::size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    const std::size_t int_digits = i;
    if (int_digits > 0 && i < s.size() && s[i] == '.') {
      ++i;
      const std::size_t frac_start = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == frac_start) fail(v, "expected a digit after '.' in " + in_quotes(s), i);
    }
    if (int_digits == 0 || i != s.size()) {
      fail(v, "expected a decimal rate such as \"1496.81\" (digits, optionally a point and digits), found " + in_quotes(s),
           i);
    }
    std::string digits = s;
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const std::size_t nz = digits.find_first_not_of('0');
    if (nz == std::string::npos) fail(v, "a rate must be greater than zero, found " + in_quotes(s));
    const std::size_t scale = s.size() - int_digits - (s.size() > int_digits ? 1 : 0);
    if (digits.size() - nz > 18 || scale > 18) {
      fail(v, "a rate may have at most 18 digits, found " + in_quotes(s));
    }
    // decimal's own limits (1,000 digits, leading zeros included) are a rate-file error too.
    result<decimal> value = decimal::try_parse(s);
    if (!value) fail(v, value.error().message(), value.error().offset());
    return *value;
  }

  /// per: a whole number from 1 to 10^18 - 1.
  std::int64_t read_per(const field_map& f) {
    const auto& [k, v] = f.at("per");
    last_offset_ = offset_of(k);
    const std::string text = v.IsScalar() ? v.Scalar() : std::string();
    const std::size_t nz = text.find_first_not_of('0');
    if (!v.IsScalar() || !all_digits(text) || nz == std::string::npos || text.size() - nz > 18) {
      fail(v.IsNull() ? k : v, "per must be a whole number from 1 to 999999999999999999, found " + describe(v));
    }
    return std::stoll(text);
  }
};

const char* file_type_name(std::filesystem::file_type t) noexcept {
  using ft = std::filesystem::file_type;
  switch (t) {
    case ft::directory: return "a directory";
    case ft::fifo: return "a FIFO";
    case ft::character: return "a character device";
    case ft::block: return "a block device";
    case ft::socket: return "a socket";
    default: return "not a regular file";
  }
}

// Only a regular file is read (a FIFO would block and /dev/zero never ends), and at most
// max_rate_file_bytes of it, also when it grows while being read.
std::string read_file_text(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(file, ec);
  if (ec) throw error(errc::io_error, "cannot read rate file: " + ec.message(), text_position{}, file);
  if (st.type() != fs::file_type::regular) {
    throw error(errc::io_error, std::string("cannot read rate file: it is ") + file_type_name(st.type()) + ", not a regular file",
                text_position{}, file);
  }
  const std::string too_big = "a rate file may be at most " + std::to_string(max_rate_file_bytes) + " bytes (64 MiB)";
  const std::uintmax_t size = fs::file_size(file, ec);
  if (!ec && size > max_rate_file_bytes) {
    throw error(errc::io_error, too_big + ", this one has " + std::to_string(size), text_position{}, file);
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw error(errc::io_error, std::string("cannot read rate file: ") + std::strerror(errno), text_position{}, file);
  }
  std::string text;
  if (!ec) text.reserve(static_cast<std::size_t>(size));
  char block[64 * 1024];
  while (in) {
    in.read(block, sizeof block);
    text.append(block, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_rate_file_bytes) throw error(errc::io_error, too_big, text_position{}, file);
  }
  if (in.bad()) throw error(errc::io_error, "cannot read rate file", text_position{}, file);
  return text;
}

rate_table read_table(const std::string& file, text_position* source_position) {
  const std::string text = read_file_text(file);
  return table_reader(text, file).read(source_position);
}

}  // namespace

rate_table parse_rate_table(std::string_view yaml_text, const std::string& file_name) {
  return table_reader(yaml_text, file_name).read(nullptr);
}

rate_table read_rate_table(const std::string& file) { return read_table(file, nullptr); }

rate_store load_rates(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& e : fs::directory_iterator(path, ec)) {
      if (e.path().extension() == ".yaml" && e.is_regular_file(ec)) files.push_back(e.path().string());
    }
    if (ec) throw error(errc::io_error, "cannot list the directory: " + ec.message(), text_position{}, path);
    std::sort(files.begin(), files.end());
    if (files.empty()) throw error(errc::io_error, "no *.yaml rate tables in this directory", text_position{}, path);
  } else {
    files.push_back(path);
  }
  rate_store store;
  std::map<std::string, std::string> first_file;  // source id -> file
  for (const std::string& f : files) {
    text_position where;
    rate_table t = read_table(f, &where);
    const auto [it, fresh] = first_file.emplace(t.info.id, f);
    if (!fresh) {
      throw error(errc::invalid_rate_file, "source " + in_quotes(t.info.id) + " is already defined in " + it->second,
                  where, f);
    }
    store.add(t);
  }
  return store;
}

void add_rates(rate_store& store, const std::string& path) {
  const rate_store loaded = load_rates(path);
  store.add(loaded);
}

}  // namespace eok
