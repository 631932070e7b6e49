// eok/read/front_matter.hpp: the YAML front matter an article may start with.
//
// Saved articles often open with a block of metadata between two `---` lines, as static site
// generators write them:
//
//     ---
//     date: 2025-02-10
//     source: 머니투데이
//     title: "마크롱 163조 투자"
//     url: https://example.com/a/1
//     ---
//
// eok needs only the date (to convert at the rate of the day) and a few strings to report, so
// this is a small strict reader for a flat `key: value` map, not a YAML library: plain, single-
// and double-quoted scalars, comments and blank lines. Anything else YAML allows here (nesting,
// lists, anchors, block scalars) is rejected with the line and column, rather than misread. That
// keeps the reader header-only and yaml-cpp out of the scanner's hot path; rate files, which need
// more of YAML, use yaml-cpp in src/.
//
// Things you should know:
// - Front matter is recognized only at the very start (after an optional UTF-8 BOM), opened by a
//   line that is exactly `---` and closed by a line that is `---` or `...`; CRLF is fine.
// - `date` must be an existing calendar date written `YYYY-MM-DD`; `2025-02-30` is an error
//   pointing at the value, never a silently shifted day.
// - Keys other than date, source, title and url are kept as strings, in order.
// - An empty value, `~` or `null` means "not given".
#ifndef EOK_FRONT_MATTER_HPP
#define EOK_FRONT_MATTER_HPP

#include <eok/core/error.hpp>
#include <eok/text/date.hpp>
#include <eok/text/text.hpp>

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eok {

/// An article's metadata, and where its body starts.
struct front_matter {
  /// Whether the text opened with front matter at all.
  bool present = false;
  /// `date:`, the article's publication date.
  std::optional<date::year_month_day> date;
  /// `source:`, `title:`, `url:`.
  std::optional<std::string> source, title, url;
  /// Every other key with its value, in the order written.
  std::vector<std::pair<std::string, std::string>> other;
  /// The byte offset where the body starts (0 without front matter, 3 after a lone BOM).
  std::size_t body_offset = 0;
  /// The 1-based line number of the body's first line.
  std::size_t body_line = 1;
};

/// Reads `YYYY-MM-DD` as an existing calendar date, or explains why it is not one: the one date
/// reader of <eok/text/date.hpp>, as a `year_month_day`. Positions in the error are relative to
/// `text`.
[[nodiscard]] inline result<date::year_month_day> try_parse_iso_date(std::string_view text) {
  result<date_type> d = try_parse_date(text);
  if (!d) return d.error();
  return date::year_month_day(*d);
}

/// `YYYY-MM-DD` for a valid date: `format_date` of <eok/text/date.hpp>, for a `year_month_day`.
[[nodiscard]] inline std::string to_iso_string(const date::year_month_day& d) { return format_date(date_type(d)); }

namespace detail {

/// The front matter reader's state over one text.
class front_matter_reader {
public:
  explicit front_matter_reader(std::string_view text) : text_(text) {}

  result<front_matter> read() {
    front_matter fm;
    std::size_t pos = 0;
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    fm.body_offset = pos;
    std::size_t first_end = 0;
    if (!is_marker_line(pos, "---", first_end)) return fm;
    fm.present = true;
    std::size_t line_no = 1;
    std::size_t at = first_end;
    while (true) {
      if (at >= text_.size()) {
        return fail(errc::invalid_argument, pos, "front matter opened here is not closed by a '---' line");
      }
      ++line_no;
      std::size_t next = 0;
      if (is_marker_line(at, "---", next) || is_marker_line(at, "...", next)) {
        fm.body_offset = next;
        fm.body_line = line_no + 1;
        return fm;
      }
      std::size_t eol = text_.find('\n', at);
      if (eol == std::string_view::npos) eol = text_.size();
      next = eol < text_.size() ? eol + 1 : eol;
      std::size_t line_end = eol;
      if (line_end > at && text_[line_end - 1] == '\r') --line_end;
      if (auto bad = invalid_utf8(at, line_end)) return fail(errc::invalid_utf8, *bad, "invalid UTF-8 in front matter");
      if (result<bool> r = read_line(fm, at, line_end, line_no); !r) return r.error();
      at = next;
    }
  }

private:
  error fail(errc code, std::size_t at, std::string message) const {
    return error(code, std::move(message), position_at(text_, at));
  }

  // Whether the line at `at` is `marker` with optional trailing spaces; `next` is the offset of
  // the following line.
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

  std::optional<std::size_t> invalid_utf8(std::size_t from, std::size_t to) const {
    const std::string_view line = text_.substr(0, to);
    for (std::size_t i = from; i < to;) {
      const std::size_t len = utf8::sequence_length(line, i);
      if (len == 0) return i;
      i += len;
    }
    return std::nullopt;
  }

  // A character for an error message: 'x', or "byte 0x09" for control characters.
  static std::string describe(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      const char* hex = "0123456789ABCDEF";
      return std::string("byte 0x") + hex[c >> 4] + hex[c & 0xF];
    }
    const std::size_t len = utf8::sequence_length(text, i);
    return "'" + std::string(text.substr(i, len == 0 ? 1 : len)) + "'";
  }

  static bool key_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
  static bool key_char(char c) { return key_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

  result<bool> read_line(front_matter& fm, std::size_t at, std::size_t end, std::size_t line_no) {
    std::size_t i = at;
    if (i < end && (text_[i] == ' ' || text_[i] == '\t')) {
      while (i < end && (text_[i] == ' ' || text_[i] == '\t')) ++i;
      if (i == end || text_[i] == '#') return true;  // blank or comment
      return fail(errc::unexpected_character, at, "nested values are not supported in front matter");
    }
    if (i == end || text_[i] == '#') return true;
    if (text_[i] == '-') return fail(errc::unexpected_character, i, "lists are not supported in front matter");
    if (!key_start(text_[i])) {
      return fail(errc::unexpected_character, i, "expected a key (a letter or '_'), found " + describe(text_, i));
    }
    const std::size_t key_at = i;
    while (i < end && key_char(text_[i])) ++i;
    const std::string key(text_.substr(key_at, i - key_at));
    if (i == end || text_[i] != ':') {
      return fail(errc::unexpected_character, i,
                  "expected ':' after key '" + key + "', found " + (i == end ? std::string("the end of the line") : describe(text_, i)));
    }
    ++i;
    if (i < end && text_[i] != ' ' && text_[i] != '\t') {
      return fail(errc::unexpected_character, i, "expected a space after '" + key + ":'");
    }
    for (const auto& [k, line] : seen_) {
      if (k == key) {
        return fail(errc::invalid_argument, key_at, "duplicate key '" + key + "' (first on line " + std::to_string(line) + ")");
      }
    }
    seen_.emplace_back(key, line_no);
    while (i < end && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    const std::size_t value_at = i;
    std::optional<std::string> value;
    if (result<bool> r = read_value(i, end, value); !r) return r;
    if (key == "date") {
      if (!value) return true;
      result<date::year_month_day> d = try_parse_iso_date(*value);
      if (!d) {
        // Point into the value; for a quoted value, past the opening quote.
        const std::size_t base = value_at + (text_[value_at] == '"' || text_[value_at] == '\'' ? 1 : 0);
        return fail(errc::invalid_date, base + d.error().offset(), d.error().message());
      }
      fm.date = *d;
    } else if (key == "source") {
      fm.source = std::move(value);
    } else if (key == "title") {
      fm.title = std::move(value);
    } else if (key == "url") {
      fm.url = std::move(value);
    } else {
      fm.other.emplace_back(key, value ? std::move(*value) : std::string());
    }
    return true;
  }

  // Reads the scalar at [i, end): plain, '...' or "...", then only spaces or a comment.
  result<bool> read_value(std::size_t i, std::size_t end, std::optional<std::string>& value) {
    if (i == end || text_[i] == '#') return true;
    const char c = text_[i];
    if (c == '[' || c == '{') return fail(errc::unexpected_character, i, "lists and maps are not supported in front matter");
    if (c == '|' || c == '>') return fail(errc::unexpected_character, i, "block scalars are not supported in front matter");
    if (c == '&' || c == '*' || c == '!') {
      return fail(errc::unexpected_character, i, "anchors, aliases and tags are not supported in front matter");
    }
    std::string v;
    std::size_t j = i;
    if (c == '"' || c == '\'') {
      ++j;
      bool closed = false;
      while (j < end) {
        const char d = text_[j];
        if (d == c) {
          if (c == '\'' && j + 1 < end && text_[j + 1] == '\'') {
            v.push_back('\'');
            j += 2;
            continue;
          }
          closed = true;
          ++j;
          break;
        }
        if (c == '"' && d == '\\') {
          if (j + 1 >= end) break;
          const char e = text_[j + 1];
          switch (e) {
            case '"': v.push_back('"'); break;
            case '\\': v.push_back('\\'); break;
            case '/': v.push_back('/'); break;
            case 'n': v.push_back('\n'); break;
            case 't': v.push_back('\t'); break;
            case 'r': v.push_back('\r'); break;
            case 'u': {
              char32_t cp = 0;
              for (std::size_t k = 0; k < 4; ++k) {
                const char h = j + 2 + k < end ? text_[j + 2 + k] : '\0';
                const int digit = (h >= '0' && h <= '9') ? h - '0'
                                  : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                                  : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                                           : -1;
                if (digit < 0) return fail(errc::unexpected_character, j, "expected four hex digits after '\\u'");
                cp = cp * 16 + static_cast<char32_t>(digit);
              }
              if (cp >= 0xD800 && cp <= 0xDFFF) return fail(errc::invalid_utf8, j, "a '\\u' escape cannot be a surrogate");
              utf8::append(v, cp);
              j += 6;
              continue;
            }
            default: return fail(errc::unexpected_character, j, "unknown escape '\\" + std::string(1, e) + "'");
          }
          j += 2;
          continue;
        }
        v.push_back(d);
        ++j;
      }
      if (!closed) return fail(errc::unexpected_character, i, std::string("quoted value is not closed (expected ") + c + ")");
      while (j < end && (text_[j] == ' ' || text_[j] == '\t')) ++j;
      if (j < end && text_[j] != '#') {
        return fail(errc::unexpected_character, j, "expected the end of the line after a quoted value, found " + describe(text_, j));
      }
      value = std::move(v);
      return true;
    }
    // Plain scalar: up to " #" or the end of the line, trailing spaces trimmed.
    std::size_t stop = end;
    for (std::size_t k = i; k + 1 < end; ++k) {
      if ((text_[k] == ' ' || text_[k] == '\t') && text_[k + 1] == '#') {
        stop = k;
        break;
      }
    }
    while (stop > i && (text_[stop - 1] == ' ' || text_[stop - 1] == '\t')) --stop;
    v.assign(text_.substr(i, stop - i));
    if (v == "~" || v == "null") return true;
    value = std::move(v);
    return true;
  }

  std::string_view text_;
  std::vector<std::pair<std::string, std::size_t>> seen_;
};

}  // namespace detail

/// Reads the front matter at the start of `text`, if any; never throws on bad input. Error
/// positions are byte offsets, lines and columns in `text`.
[[nodiscard]] inline result<front_matter> try_read_front_matter(std::string_view text) {
  return detail::front_matter_reader(text).read();
}

/// `try_read_front_matter` that throws the `parse_error`.
[[nodiscard]] inline front_matter read_front_matter(std::string_view text) {
  result<front_matter> r = try_read_front_matter(text);
  if (!r) throw parse_error(r.error().code(), r.error().message(), r.error().position());
  return std::move(r).value();
}

}  // namespace eok

#endif  // EOK_FRONT_MATTER_HPP
