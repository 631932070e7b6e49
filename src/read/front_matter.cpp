// Front matter read with yaml-cpp: see eok/read/front_matter.hpp.
#include <eok/read/front_matter.hpp>

#include <yaml-cpp/yaml.h>

#include "../rates/yaml_text.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace eok {
namespace {

class reader {
public:
  reader(std::string_view text, bool simple_lines) : text_(text), simple_lines_(simple_lines) {}

  result<front_matter> read() {
    front_matter fm;
    std::size_t pos = 0;
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    fm.body_offset = pos;
    std::size_t first_end = 0;
    if (!is_marker_line(pos, "---", first_end)) return fm;
    fm.present = true;
    // The block: the lines between the markers.
    std::size_t line_no = 1;
    std::size_t at = first_end;
    while (true) {
      if (at >= text_.size()) return fail(errc::invalid_argument, pos, "front matter opened here is not closed by a '---' line");
      ++line_no;
      std::size_t next = 0;
      if (is_marker_line(at, "---", next) || is_marker_line(at, "...", next)) {
        fm.body_offset = next;
        fm.body_line = line_no + 1;
        break;
      }
      std::size_t eol = text_.find('\n', at);
      at = eol == std::string_view::npos ? text_.size() : eol + 1;
    }
    block_ = first_end;
    const std::size_t block_end = at;
    for (std::size_t i = block_; i < block_end;) {
      const std::size_t len = utf8::sequence_length(text_, i);
      if (len == 0) return fail(errc::invalid_utf8, i, "invalid UTF-8 in front matter");
      // YAML allows no control characters but tab and line ends (YAML 1.2, c-printable); a NUL
      // would cut a key or value short inside yaml-cpp.
      const auto b = static_cast<unsigned char>(text_[i]);
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
        return fail(errc::invalid_argument, i, "a control character in front matter");
      }
      i += len;
    }
    if (simple_lines_) {
      if (std::optional<result<front_matter>> simple = read_simple(fm, block_end)) return std::move(*simple);
    }
    YAML::Node root;
    try {
      root = YAML::Load(std::string(text_.substr(block_, block_end - block_)));
    } catch (const YAML::Exception& e) {
      return fail(errc::invalid_argument, at_mark(e.mark), e.msg);
    }
    if (root.IsNull()) return fm;
    if (!root.IsMap()) {
      return fail(errc::invalid_argument, at_mark(root.Mark()), "front matter is a map of keys, such as 'date: 2025-02-10'");
    }
    std::map<std::string, std::size_t> seen;  // key -> its line
    for (const auto& kv : root) {
      const YAML::Node& k = kv.first;
      const YAML::Node& v = kv.second;
      const std::size_t key_at = at_mark(k.Mark());
      if (!k.IsScalar()) return fail(errc::invalid_argument, key_at, "a front matter key is a single word, such as 'date'");
      const std::string key = detail::yaml_text(k);
      const std::size_t key_line = position_at(text_, key_at).line;
      auto [it, fresh] = seen.emplace(key, key_line);
      if (!fresh) {
        return fail(errc::invalid_argument, key_at, "duplicate key '" + key + "' (first on line " + std::to_string(it->second) + ")");
      }
      if (v.IsScalar()) {
        if (auto open = unclosed_quote(at_mark(v.Mark()), block_end)) {
          return fail(errc::invalid_argument, *open, std::string("quoted value is not closed (expected ") + text_[*open] + ")");
        }
      }
      const bool given = v.IsDefined() && !v.IsNull();
      if (key == "date" || key == "source" || key == "title" || key == "url") {
        if (!given) continue;
        if (!v.IsScalar()) return fail(errc::invalid_argument, at_mark(v.Mark()), "'" + key + "' must be a single value");
        if (key == "date") {
          result<date::year_month_day> d = read_date(v.Scalar(), at_mark(v.Mark()));
          if (!d) return d.error();
          fm.date = *d;
        } else if (key == "source") {
          fm.source = detail::yaml_text(v);
        } else if (key == "title") {
          fm.title = detail::yaml_text(v);
        } else {
          fm.url = detail::yaml_text(v);
        }
        continue;
      }
      fm.other.emplace_back(key, !given ? std::string() : v.IsScalar() ? detail::yaml_text(v) : detail::mend_yaml_escapes(flow(v)));
    }
    return fm;
  }

private:
  // The front matter when every line of the block is `key: value` with a plain value, a blank
  // line or a comment: the form nearly every article's front matter takes, read here without
  // yaml-cpp, which costs about 100 µs a block. Anything else (quotes, lists, maps, block
  // scalars, indentation, a comment after a value, a value YAML reads as null or could read
  // otherwise, a duplicate key) is nullopt and goes to yaml-cpp. Where both read a block they
  // give the same front matter; the front_matter fuzz target and a unit test compare them.
  std::optional<result<front_matter>> read_simple(front_matter fm, std::size_t block_end) {
    // First every line must be plain (a value YAML could continue on the next line, or a later
    // line yaml-cpp would refuse, must not be judged early); then the values are read.
    struct entry {
      std::string_view key;
      std::string_view value;
      std::size_t value_at;
    };
    std::vector<entry> entries;
    for (std::size_t at = block_; at < block_end;) {
      std::size_t eol = text_.find('\n', at);
      if (eol == std::string_view::npos || eol > block_end) eol = block_end;
      std::string_view line = text_.substr(at, eol - at);
      const std::size_t line_at = at;
      at = eol + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(' ') == std::string_view::npos || line.front() == '#') continue;
      // The key: a word of ASCII letters, digits, '_' and '-' that starts with a letter or '_'.
      std::size_t k = 0;
      while (k < line.size() && (is_ascii_alnum(line[k]) || line[k] == '_' || (k > 0 && line[k] == '-'))) ++k;
      if (k == 0 || (line[0] >= '0' && line[0] <= '9') || line[0] == '-' || k >= line.size() || line[k] != ':') return std::nullopt;
      const std::string_view key = line.substr(0, k);
      if (k + 1 < line.size() && line[k + 1] != ' ') return std::nullopt;
      if (is_yaml_null(key)) return std::nullopt;  // a null key, which yaml-cpp refuses
      std::size_t v = k + 1;
      while (v < line.size() && line[v] == ' ') ++v;
      std::size_t e = line.size();
      while (e > v && line[e - 1] == ' ') --e;
      const std::string_view value = line.substr(v, e - v);
      if (!plain_value(value)) return std::nullopt;
      for (const entry& x : entries) {
        if (x.key == key) return std::nullopt;
      }
      entries.push_back(entry{key, value, line_at + v});
    }
    for (const entry& x : entries) {
      const bool given = !x.value.empty() && !is_yaml_null(x.value);
      const std::string text(x.value);
      if (x.key == "date" || x.key == "source" || x.key == "title" || x.key == "url") {
        if (!given) continue;
        if (x.key == "date") {
          result<date::year_month_day> d = read_date(text, x.value_at);
          if (!d) return result<front_matter>(d.error());
          fm.date = *d;
        } else {
          (x.key == "source" ? fm.source : x.key == "title" ? fm.title : fm.url) = text;
        }
        continue;
      }
      fm.other.emplace_back(std::string(x.key), given ? text : std::string());
    }
    return result<front_matter>(std::move(fm));
  }

  // The plain scalars YAML reads as null (the empty one aside).
  static bool is_yaml_null(std::string_view s) noexcept { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

  static bool is_ascii_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  // Whether YAML reads `value` (spaces trimmed) as this very text in a block mapping: a plain
  // scalar that starts with no indicator, holds no ': ', ' #', tab or CR, does not end in ':', and
  // has no character some YAML readers take as a line break or a mark (U+0085, U+2028, U+2029,
  // U+FEFF, U+FFFE, U+FFFF).
  static bool plain_value(std::string_view value) noexcept {
    if (value.empty()) return true;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(value.front()) != std::string_view::npos) return false;
    if (value.back() == ':' || value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos ||
        value.find('\t') != std::string_view::npos || value.find('\r') != std::string_view::npos) {
      return false;
    }
    for (std::string_view odd : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF", "\xEF\xBF\xBE", "\xEF\xBF\xBF"}) {
      if (value.find(odd) != std::string_view::npos) return false;
    }
    return true;
  }

  // The date or date-time `s`, written at `value_at`: YYYY-MM-DD, then optionally a time and a zone.
  result<date::year_month_day> read_date(const std::string& s, std::size_t value_at) {
    if (value_at < text_.size() && (text_[value_at] == '"' || text_[value_at] == '\'')) ++value_at;
    const std::string_view day = std::string_view(s).substr(0, std::min<std::size_t>(s.size(), 10));
    const bool has_time = s.size() > 10 && (s[10] == 'T' || s[10] == 't' || s[10] == ' ');
    result<date::year_month_day> d = try_parse_iso_date(has_time ? day : std::string_view(s));
    if (!d) return error(d.error().code(), d.error().message(), position_at(text_, value_at + d.error().offset()));
    if (!has_time) return d;
    // 2025-02-10T20:30:00+09:00, 2025-02-10 20:30:00 +0900, 2025-02-10T20:30:00Z: the date written.
    const std::optional<written_date> w = read_written_date(s, 0);
    std::size_t end = w ? w->end : 10;
    while (end < s.size() && s[end] == ' ') ++end;
    if (end < s.size() && (s[end] == '+' || s[end] == '-')) {
      std::size_t k = end + 1;
      while (k < s.size() && ((s[k] >= '0' && s[k] <= '9') || s[k] == ':')) ++k;
      if (k - end - 1 >= 2) end = k;
    } else if (end < s.size() && s[end] == 'Z') {
      ++end;
    }
    if (!w || w->end <= 10 || end != s.size()) {
      return error(errc::invalid_date,
                   "expected a date YYYY-MM-DD or a date and time such as 2025-02-10T20:30:00+09:00, found '" + s + "'",
                   position_at(text_, value_at));
    }
    return d;
  }

  // yaml-cpp takes a quoted scalar that the end of the block cuts off; a quote must close.
  std::optional<std::size_t> unclosed_quote(std::size_t at, std::size_t end) const {
    if (at >= end || (text_[at] != '"' && text_[at] != '\'')) return std::nullopt;
    const char q = text_[at];
    for (std::size_t i = at + 1; i < end; ++i) {
      if (q == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == q) {
        if (q == '\'' && i + 1 < end && text_[i + 1] == '\'') {
          ++i;
        } else {
          return std::nullopt;
        }
      }
    }
    return at;
  }

  // A list or map as YAML flow text: [AI, 프랑스], {name: 김희정}.
  static void set_flow(YAML::Node n) {
    if (!n.IsSequence() && !n.IsMap()) return;
    n.SetStyle(YAML::EmitterStyle::Flow);
    for (auto it = n.begin(); it != n.end(); ++it) {
      if (n.IsMap()) {
        set_flow(it->second);
      } else {
        set_flow(*it);
      }
    }
  }
  static std::string flow(const YAML::Node& v) {
    YAML::Node copy = YAML::Clone(v);
    set_flow(copy);
    YAML::Emitter out;
    out << copy;
    return out.c_str();
  }

  std::size_t at_mark(const YAML::Mark& m) const {
    const std::size_t p = block_ + (m.pos >= 0 ? static_cast<std::size_t>(m.pos) : 0);
    return p < text_.size() ? p : text_.size();
  }

  error fail(errc code, std::size_t at, std::string message) const {
    return error(code, std::move(message), position_at(text_, at));
  }

  bool is_marker_line(std::size_t at, std::string_view marker, std::size_t& next) const {
    if (text_.substr(at, marker.size()) != marker) return false;
    std::size_t i = at + marker.size();
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    if (i < text_.size() && text_[i] == '\r') ++i;
    if (i == text_.size()) {
      next = i;
      return true;
    }
    if (text_[i] != '\n') return false;
    next = i + 1;
    return true;
  }

  std::string_view text_;
  bool simple_lines_;
  std::size_t block_ = 0;
};

}  // namespace

result<front_matter> try_read_front_matter(std::string_view text) { return reader(text, true).read(); }

namespace detail {
result<front_matter> try_read_front_matter_yaml(std::string_view text) { return reader(text, false).read(); }
}  // namespace detail

}  // namespace eok
