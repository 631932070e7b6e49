// eok/read/front_matter.hpp: the YAML front matter an article may start with.
//
// Saved articles often open with a block of metadata between two `---` lines, as static site
// generators (Hugo, Jekyll) write them:
//
//     ---
//     date: 2025-02-10T20:30:00+09:00
//     source: 머니투데이
//     title: "마크롱 163조 투자"
//     tags: [AI, 프랑스]
//     author: {name: 김희정}
//     ---
//
// The block is read with yaml-cpp (src/read/front_matter.cpp; it stays out of this header), so
// any YAML those generators write is accepted: lists, maps, quoted and block scalars, comments.
// eok needs only the date (to convert at the rate of the day) and a few strings to report.
//
// Things you should know:
// - Front matter is recognized only at the very start (after an optional UTF-8 BOM), opened by a
//   line that is exactly `---` and closed by a line that is `---` or `...`; CRLF is fine.
// - `date` is `YYYY-MM-DD`, or a date and time (`2025-02-10T20:30:00+09:00`, Jekyll's
//   `2025-02-10 20:30:00 +0900`): the local date written is the date, never shifted by the time
//   zone. `2025-02-30` is an error pointing at the value, never a silently shifted day.
// - `source`, `title` and `url` must be single values. Every other key is kept, in order, with
//   its value as written (a scalar's text; a list or map in YAML flow form), and ignored.
// - An empty value, `~` or `null` means "not given". A key given twice is an error.
// - Errors (malformed YAML, a bad date, invalid UTF-8) name the line and column in the whole
//   text, and the byte offset.
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

/// Reads the front matter at the start of `text`, if any; never throws on bad input. Error
/// positions are byte offsets, lines and columns in `text`.
[[nodiscard]] result<front_matter> try_read_front_matter(std::string_view text);

namespace detail {
/// `try_read_front_matter` with every block read by yaml-cpp, none by the reader of plain
/// `key: value` lines: for the tests that compare the two.
[[nodiscard]] result<front_matter> try_read_front_matter_yaml(std::string_view text);
}  // namespace detail

/// `try_read_front_matter` that throws the `parse_error`.
[[nodiscard]] inline front_matter read_front_matter(std::string_view text) {
  result<front_matter> r = try_read_front_matter(text);
  if (!r) throw parse_error(r.error().code(), r.error().message(), r.error().position());
  return std::move(r).value();
}

}  // namespace eok

#endif  // EOK_FRONT_MATTER_HPP
