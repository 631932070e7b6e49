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

#include <date/date.h>

#include <array>
#include <cstddef>
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

}  // namespace eok

#endif  // EOK_TEXT_DATE_HPP
