// eok/text/date.hpp: the one reader of calendar dates and periods.
//
// Every date eok reads goes through here: command-line options (`--on`, `--date`, `--from`,
// `--average`), article front matter, claims files and rate files. So every one of them accepts
// the same forms and explains a bad date in the same words, with the position of the fault:
//
//     2025-02-30   ->  "2025-02-30 does not exist: February 2025 has 28 days" (at the day)
//     2025-13-01   ->  "month 13 does not exist (expected 01 to 12)"          (at the month)
//     2025.02.10   ->  "expected a date YYYY-MM-DD, found '2025.02.10'"      (at the '.')
//
// Dates are written strictly `YYYY-MM-DD`; periods (for averages) are `YYYY`, `YYYY-MM`,
// `FYYYYY-MM` or `FIRST..LAST`. The reader is header-only so that the rate-file reader, which is
// compiled on its own into the build-time generator, shares it. The one formatter,
// `format_date`, is here too.
#ifndef EOK_TEXT_DATE_HPP
#define EOK_TEXT_DATE_HPP

#include <eok/core/error.hpp>
#include <eok/lexicon/dateline_words.hpp>

#include <date/date.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace eok {

/// A calendar date (days since 1970-01-01), as Howard Hinnant's date library counts them.
using date_type = date::sys_days;

/// The date as `YYYY-MM-DD`: the one date formatter (years 0 to 9999, as the reader takes them).
[[nodiscard]] inline std::string format_date(date_type day) {
  const date::year_month_day ymd{day};
  char buf[10];
  auto put = [&buf](std::size_t at, unsigned v, std::size_t width) {
    for (std::size_t i = width; i-- > 0;) {
      buf[at + i] = static_cast<char>('0' + v % 10);
      v /= 10;
    }
  };
  put(0, static_cast<unsigned>(static_cast<int>(ymd.year())), 4);
  buf[4] = '-';
  put(5, static_cast<unsigned>(ymd.month()), 2);
  buf[7] = '-';
  put(8, static_cast<unsigned>(ymd.day()), 2);
  return std::string(buf, sizeof buf);
}

/// An inclusive range of calendar dates.
struct date_range {
  date_type first;
  date_type last;
};

/// Reads a date written strictly as `YYYY-MM-DD`; an error names the position and the reason
/// ("2025-02-30 does not exist: February 2025 has 28 days").
[[nodiscard]] inline result<date_type> try_parse_date(std::string_view text);

/// `try_parse_date` that throws the `parse_error`.
[[nodiscard]] inline date_type parse_date(std::string_view text);

/// Reads a period for averages: "2024" (a year), "2024-03" (a month), "FY2024-04" (the fiscal
/// year of twelve months starting 2024-04), "2024-01-01..2024-06-30" or "2024-04..2025-03"
/// (inclusive ranges). Errors name the position.
[[nodiscard]] inline result<date_range> try_parse_period(std::string_view text);

/// `try_parse_period` that throws the `parse_error`.
[[nodiscard]] inline date_range parse_period(std::string_view text);

/// A date as a page writes it, where it stands in the text and the day it names.
struct written_date {
  date_type day;
  std::size_t start = 0;  ///< byte offset of its first byte
  std::size_t end = 0;    ///< one past its last byte; a weekday and a clock time after it included
};

/// Reads a date written at `text[at]` the way news pages write them: `2025.02.10`, `2025-02-10`,
/// `2025/02/10`, `2024. 10. 8.`, `2025년 2월 10일`, `Feb 10, 2025`, `February 10, 2025`,
/// `10 Feb 2025`, each optionally followed by a weekday in parentheses and a clock time
/// (`20:30`, `오후 8:30`, `8:30 PM`, `T20:30:00+09:00`; the day is the one written, never shifted
/// by a time zone). A year is four digits, so `1월 21일` or `9일` is never a date here. Nothing
/// (nullopt) when no such date starts at `at`, when it runs on into more digits or letters, or
/// when it names no calendar day (`2025.02.30`).
[[nodiscard]] inline std::optional<written_date> read_written_date(std::string_view text, std::size_t at);

/// The first written date (`read_written_date`) in `text[from, to)` that starts at a word
/// boundary (not after a digit or an ASCII letter).
[[nodiscard]] inline std::optional<written_date> find_written_date(std::string_view text, std::size_t from,
                                                                   std::size_t to);

/// The fiscal year of twelve months that starts on the first of `first_month` (1-12) in `year`:
/// `fiscal_year(2024, 4)` is 2024-04-01..2025-03-31. Say which year a "FY2024" means by passing
/// the year it starts in.
[[nodiscard]] inline date_range fiscal_year(int year, unsigned first_month);

namespace detail::dates {

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

inline unsigned digits_value(std::string_view s) noexcept {
  unsigned v = 0;
  for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

inline error fault(std::string_view text, std::size_t at, std::string message) {
  return error(errc::invalid_date, std::move(message), position_at(text, at));
}

inline error no_month(std::string_view text, std::size_t at, unsigned m) {
  return fault(text, at, "month " + std::to_string(m) + " does not exist (expected 01 to 12)");
}

/// The calendar checks shared by dates and periods: month in 1..12, day within the month.
inline result<date_type> checked_date(std::string_view text, std::size_t base, unsigned y, unsigned m, unsigned d) {
  static constexpr std::array<std::string_view, 12> month_names{
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"};
  if (m < 1 || m > 12) return no_month(text, base + 5, m);
  const date::year yr{static_cast<int>(y)};
  const date::year_month_day ymd{yr, date::month{m}, date::day{d}};
  if (d < 1 || !ymd.ok()) {
    const auto last = static_cast<unsigned>(date::year_month_day_last{yr, date::month_day_last{date::month{m}}}.day());
    return fault(text, base + 8,
                 std::string(text.substr(base, 10)) + " does not exist: " + std::string(month_names[m - 1]) + " " +
                     std::to_string(y) + " has " + std::to_string(last) + " days");
  }
  return date_type(ymd);
}

/// Reads `YYYY-MM-DD` at text[base, base + length); the rest of `text` only locates errors.
inline result<date_type> read_date_at(std::string_view text, std::size_t base, std::size_t length) {
  const std::string_view s = text.substr(base, length);
  const auto shape = [&](std::size_t at) {
    return fault(text, base + at, "expected a date YYYY-MM-DD, found '" + std::string(s) + "'");
  };
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (i >= s.size() || (dash ? s[i] != '-' : !is_digit(s[i]))) return shape(i);
  }
  if (s.size() != 10) return shape(10);
  return checked_date(text, base, digits_value(s.substr(0, 4)), digits_value(s.substr(5, 2)),
                      digits_value(s.substr(8, 2)));
}

/// One end of a period: YYYY, YYYY-MM or YYYY-MM-DD at text[base, base + length).
inline result<date_range> read_period_piece(std::string_view text, std::size_t base, std::size_t length) {
  const std::string_view s = text.substr(base, length);
  const auto shape = [&](std::size_t at) -> result<date_range> {
    return fault(text, base + at,
                 "expected a period: YYYY, YYYY-MM, FYYYYY-MM or a range FIRST..LAST, found '" + std::string(text) + "'");
  };
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i != 4) return shape(i);
  const date::year yr{static_cast<int>(digits_value(s.substr(0, 4)))};
  if (s.size() == 4) return date_range{date_type(yr / date::January / 1), date_type(yr / date::December / 31)};
  if (s.size() == 10) {
    result<date_type> d = read_date_at(text, base, length);
    if (!d) return d.error();
    return date_range{*d, *d};
  }
  if (s.size() != 7 || s[4] != '-' || !is_digit(s[5]) || !is_digit(s[6])) {
    for (std::size_t k = 4; k < s.size(); ++k) {
      if (k == 4 || k == 7 ? s[k] != '-' : !is_digit(s[k])) return shape(k);
    }
    return shape(s.size());
  }
  const unsigned m = digits_value(s.substr(5, 2));
  if (m < 1 || m > 12) return no_month(text, base + 5, m);
  const date::year_month ym{yr, date::month{m}};
  return date_range{date_type(ym / date::day{1}), date_type(ym / date::last)};
}

inline parse_error thrown(const error& e) { return parse_error(e.code(), e.message(), e.position()); }

}  // namespace detail::dates

inline result<date_type> try_parse_date(std::string_view text) {
  return detail::dates::read_date_at(text, 0, text.size());
}

inline date_type parse_date(std::string_view text) {
  result<date_type> r = try_parse_date(text);
  if (!r) throw detail::dates::thrown(r.error());
  return *r;
}

inline date_range fiscal_year(int year, unsigned first_month) {
  if (first_month < 1 || first_month > 12) {
    throw error(errc::invalid_argument, "a fiscal year starts in month 1 to 12, not " + std::to_string(first_month));
  }
  const date::year_month start{date::year{year}, date::month{first_month}};
  const date::year_month next = start + date::years{1};
  return {date_type(start / date::day{1}), date_type(next / date::day{1}) - date::days{1}};
}

inline result<date_range> try_parse_period(std::string_view text) {
  using detail::dates::fault;
  using detail::dates::read_period_piece;
  if (text.size() >= 2 && (text.substr(0, 2) == "FY" || text.substr(0, 2) == "fy")) {
    result<date_range> month = read_period_piece(text, 2, text.size() - 2);
    if (!month) return month.error();
    if (text.size() != 9) {
      return fault(text, text.size(), "a fiscal year is written FYYYYY-MM: the year and month it starts, as FY2024-04");
    }
    const date::year_month_day start{month->first};
    return fiscal_year(static_cast<int>(start.year()), static_cast<unsigned>(start.month()));
  }
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return read_period_piece(text, 0, text.size());
  result<date_range> a = read_period_piece(text, 0, dots);
  if (!a) return a.error();
  result<date_range> b = read_period_piece(text, dots + 2, text.size() - dots - 2);
  if (!b) return b.error();
  if (b->last < a->first) return fault(text, dots + 2, "the period ends before it starts");
  return date_range{a->first, b->last};
}

inline date_range parse_period(std::string_view text) {
  result<date_range> r = try_parse_period(text);
  if (!r) throw detail::dates::thrown(r.error());
  return *r;
}


namespace detail::dates {

inline bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Reads 1 to `max` digits at text[i]; the value, or nullopt; `i` moves past them.
inline std::optional<unsigned> read_digits(std::string_view text, std::size_t& i, std::size_t min, std::size_t max) {
  std::size_t n = 0;
  unsigned v = 0;
  while (i + n < text.size() && n < max && is_digit(text[i + n])) v = v * 10 + static_cast<unsigned>(text[i + n++] - '0');
  if (n < min || (i + n < text.size() && is_digit(text[i + n]))) return std::nullopt;
  i += n;
  return v;
}

inline bool starts(std::string_view text, std::size_t i, std::string_view w) noexcept {
  return text.size() >= i && text.substr(i, w.size()) == w;
}

inline std::size_t skip_spaces(std::string_view text, std::size_t i) noexcept {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

/// An English month name at text[i] (not followed by a letter), optionally with a '.'.
inline std::optional<unsigned> read_month_name(std::string_view text, std::size_t& i) {
  for (const auto& m : lexicon::english_month_names) {
    const std::size_t e = i + m.text.size();
    if (starts(text, i, m.text) && (e >= text.size() || !is_alpha(text[e]))) {
      i = e < text.size() && text[e] == '.' ? e + 1 : e;
      return m.meaning;
    }
  }
  return std::nullopt;
}

/// The calendar day, if it is one; years before 1900 or after 2099 are not a page's date.
inline std::optional<date_type> calendar_day(unsigned y, unsigned m, unsigned d) {
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return std::nullopt;
  const date::year_month_day ymd{date::year{static_cast<int>(y)}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return date_type(ymd);
}

/// `(월)` or `(Mon)` at text[i]: the offset past it, or `i`.
inline std::size_t skip_weekday(std::string_view text, std::size_t i) {
  const std::size_t j = skip_spaces(text, i);
  if (j >= text.size() || text[j] != '(') return i;
  for (std::string_view w : lexicon::weekday_words) {
    if (starts(text, j + 1, w) && starts(text, j + 1 + w.size(), ")")) return j + w.size() + 2;
  }
  return i;
}

/// A clock time after a date at text[i] (`20:30`, `오후 8:30`, `8:30:15 PM`, `T20:30:00+09:00`):
/// the offset past it, or `i` when none follows.
inline std::size_t skip_time(std::string_view text, std::size_t i) {
  auto clock = [&](std::size_t j) -> std::optional<std::size_t> {
    if (!read_digits(text, j, 1, 2) || !starts(text, j, ":")) return std::nullopt;
    ++j;
    if (!read_digits(text, j, 2, 2)) return std::nullopt;
    if (starts(text, j, ":")) {
      std::size_t k = j + 1;
      if (read_digits(text, k, 2, 2)) j = k;
    }
    return j;
  };
  if (starts(text, i, "T")) {
    auto j = clock(i + 1);
    if (!j) return i;
    std::size_t k = *j;
    if (starts(text, k, ".")) {
      ++k;
      while (k < text.size() && is_digit(text[k])) ++k;
    }
    if (starts(text, k, "Z")) return k + 1;
    if (starts(text, k, "+") || starts(text, k, "-")) {
      std::size_t z = k + 1;
      if (read_digits(text, z, 2, 2)) {
        if (starts(text, z, ":")) ++z;
        if (read_digits(text, z, 2, 2)) return z;
      }
    }
    return k;
  }
  std::size_t j = skip_spaces(text, i);
  if (j == i && j < text.size() && text[j] != ',') return i;  // a time is set apart by a space
  if (starts(text, j, ",")) j = skip_spaces(text, j + 1);
  for (const auto& m : lexicon::meridiem_words) {
    if (starts(text, j, m.text)) {
      j = skip_spaces(text, j + m.text.size());
      break;
    }
  }
  auto end = clock(j);
  if (!end) return i;
  std::size_t k = skip_spaces(text, *end);
  for (const auto& m : lexicon::meridiem_words) {
    const std::size_t e = k + m.text.size();
    if (k > *end && starts(text, k, m.text) && (e >= text.size() || !is_alpha(text[e]))) return e;
  }
  return *end;
}

/// `2025.02.10`, `2025-02-10`, `2025/02/10`, `2024. 10. 8.` or `2025년 2월 10일` at text[i].
inline std::optional<written_date> read_numeric_date(std::string_view text, std::size_t i) {
  std::size_t j = i;
  const auto y = read_digits(text, j, 4, 4);
  if (!y) return std::nullopt;
  // 2025년 2월 10일
  {
    std::size_t k = skip_spaces(text, j);
    if (starts(text, k, lexicon::year_word)) {
      k = skip_spaces(text, k + lexicon::year_word.size());
      const auto m = read_digits(text, k, 1, 2);
      if (!m) return std::nullopt;
      k = skip_spaces(text, k);
      if (!starts(text, k, lexicon::month_word)) return std::nullopt;
      k = skip_spaces(text, k + lexicon::month_word.size());
      const auto d = read_digits(text, k, 1, 2);
      if (!d) return std::nullopt;
      k = skip_spaces(text, k);
      if (!starts(text, k, lexicon::day_word)) return std::nullopt;
      const auto day = calendar_day(*y, *m, *d);
      if (!day) return std::nullopt;
      return written_date{*day, i, k + lexicon::day_word.size()};
    }
  }
  if (j >= text.size()) return std::nullopt;
  const char sep = text[j];
  if (sep != '.' && sep != '-' && sep != '/') return std::nullopt;
  std::size_t k = j + 1;
  if (sep == '.') k = skip_spaces(text, k);
  const auto m = read_digits(text, k, 1, 2);
  if (!m || !starts(text, k, std::string_view(&sep, 1))) return std::nullopt;
  ++k;
  if (sep == '.') k = skip_spaces(text, k);
  const auto d = read_digits(text, k, 1, 2);
  if (!d) return std::nullopt;
  if (sep == '.' && starts(text, k, ".")) ++k;  // 2024. 10. 8.
  if (k < text.size() && (is_alpha(text[k]) && text[k] != 'T')) return std::nullopt;
  const auto day = calendar_day(*y, *m, *d);
  if (!day) return std::nullopt;
  return written_date{*day, i, k};
}

/// `Feb 10, 2025`, `February 10, 2025` or `10 Feb 2025` at text[i].
inline std::optional<written_date> read_english_date(std::string_view text, std::size_t i) {
  std::size_t j = i;
  if (auto m = read_month_name(text, j)) {
    j = skip_spaces(text, j);
    const auto d = read_digits(text, j, 1, 2);
    if (!d) return std::nullopt;
    if (starts(text, j, ",")) ++j;
    j = skip_spaces(text, j);
    const auto y = read_digits(text, j, 4, 4);
    if (!y) return std::nullopt;
    const auto day = calendar_day(*y, *m, *d);
    if (!day) return std::nullopt;
    return written_date{*day, i, j};
  }
  const auto d = read_digits(text, j, 1, 2);
  if (!d) return std::nullopt;
  const std::size_t k0 = skip_spaces(text, j);
  if (k0 == j) return std::nullopt;
  std::size_t k = k0;
  const auto m = read_month_name(text, k);
  if (!m) return std::nullopt;
  const std::size_t k1 = skip_spaces(text, k);
  if (k1 == k) return std::nullopt;
  k = k1;
  const auto y = read_digits(text, k, 4, 4);
  if (!y) return std::nullopt;
  const auto day = calendar_day(*y, *m, *d);
  if (!day) return std::nullopt;
  return written_date{*day, i, k};
}

}  // namespace detail::dates

inline std::optional<written_date> read_written_date(std::string_view text, std::size_t at) {
  using namespace detail::dates;
  if (at >= text.size()) return std::nullopt;
  std::optional<written_date> d;
  if (is_digit(text[at])) {
    d = read_numeric_date(text, at);
    if (!d) d = read_english_date(text, at);
  } else if (is_alpha(text[at])) {
    d = read_english_date(text, at);
  }
  if (!d) return std::nullopt;
  d->end = skip_time(text, skip_weekday(text, d->end));
  return d;
}

inline std::optional<written_date> find_written_date(std::string_view text, std::size_t from, std::size_t to) {
  using namespace detail::dates;
  if (to > text.size()) to = text.size();
  for (std::size_t i = from; i < to; ++i) {
    if (!is_digit(text[i]) && !is_alpha(text[i])) continue;
    if (i > 0 && (is_digit(text[i - 1]) || is_alpha(text[i - 1]))) continue;
    if (auto d = read_written_date(text.substr(0, to), i)) return d;
  }
  return std::nullopt;
}

}  // namespace eok

#endif  // EOK_TEXT_DATE_HPP
