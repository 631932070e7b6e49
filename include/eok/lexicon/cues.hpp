// eok/lexicon/cues.hpp: the words next to a figure that say how it relates to other figures.
//
// A news article rarely states a sum; it states parts and wholes in words. `1억유로씩` is per
// item, `총 3억유로` and `모두 400억 유로` are totals, `매년 50억 유로` recurs every year and
// `5년간` spreads an amount over five years. The scanner reads these words and reports them as a
// figure's `each`, `total`, `per` and `over` (scan.hpp); reconciliation builds its relations on
// those links and never reads the words again. Each word is listed here once, with its meaning.
//
// Things you should know:
// - 씩 follows the amount and is read by the parser (figure::each); 각 and 각각 come before it.
// - The total and per words count when they stand as words before the figure (`모두 400억`,
//   `매해 50억`); the span forms count when a number and a unit come before them (`5년간`,
//   `5년 동안`, `5년동안`, `3년에 걸쳐`).
#ifndef EOK_LEXICON_CUES_HPP
#define EOK_LEXICON_CUES_HPP

#include <array>
#include <optional>
#include <string_view>

namespace eok {

/// A calendar unit a figure is stated per, or over.
enum class period_unit : unsigned char { day, week, month, year };

/// "day", "week", "month" or "year", as JSON spells it.
[[nodiscard]] constexpr std::string_view to_string(period_unit u) noexcept {
  switch (u) {
    case period_unit::day: return "day";
    case period_unit::week: return "week";
    case period_unit::month: return "month";
    case period_unit::year: return "year";
  }
  return "year";
}

namespace lexicon {

/// After the amount, glued: the amount is per item (`1억유로씩`).
inline constexpr std::string_view each_suffix = "씩";

/// After an amount or a count, glued: "per" (`100엔당 900원` states a rate, `1인당` makes the
/// count a denominator; see rate_words.hpp and units.hpp).
inline constexpr std::string_view per_suffix = "당";

/// Before the amount: the amount is per item (`각 1억유로`, `각각 400억 달러`).
inline constexpr std::array<std::string_view, 2> each_words{{"각", "각각"}};

/// Before the amount: the amount is a total (`총 3억유로`, `모두 400억 유로`, `합쳐 9억원`).
inline constexpr std::array<std::string_view, 5> total_words{{"총", "모두", "합계", "전체", "합쳐"}};

/// Words between X and Y in `X(한화 약 Y)` that still say "Y converts X".
inline constexpr std::array<std::string_view, 8> conversion_words{
    {"한화", "원화", "한화로", "원화로", "우리", "돈", "돈으로", "환산"}};

/// A word before the amount that makes it recur every `unit`.
struct per_word {
  std::string_view word;
  period_unit unit;
};

/// `매년 50억 유로`, `연간 14억달러`, `매월 3억원`.
inline constexpr std::array<per_word, 14> per_words{{
    {"매년", period_unit::year},     {"연간", period_unit::year},    {"해마다", period_unit::year},
    {"매해", period_unit::year},     {"연", period_unit::year},      {"annual", period_unit::year},
    {"annually", period_unit::year}, {"yearly", period_unit::year},  {"매월", period_unit::month},
    {"매달", period_unit::month},    {"월간", period_unit::month},   {"다달이", period_unit::month},
    {"매주", period_unit::week},     {"매일", period_unit::day},
}};

/// A unit word after a count in a span of time (`5년`, `6개월`, `3주`, `10일`).
struct span_unit {
  std::string_view word;
  period_unit unit;
};

inline constexpr std::array<span_unit, 4> span_units{{
    {"년", period_unit::year}, {"개월", period_unit::month}, {"주", period_unit::week}, {"일", period_unit::day}}};

/// How a span of time is written: the count and unit, then `glued` right after them, then (when
/// not empty) `next_word` as the following word. `5년간` is {"간", ""}, `5년동안` {"동안", ""},
/// `5년 동안` {"", "동안"}, `3년에 걸쳐` {"에", "걸쳐"}.
struct span_form {
  std::string_view glued;
  std::string_view next_word;
};

inline constexpr std::array<span_form, 4> span_forms{{{"간", ""}, {"동안", ""}, {"", "동안"}, {"에", "걸쳐"}}};

/// Whether `w` is one of `total_words`.
[[nodiscard]] constexpr bool is_total_word(std::string_view w) noexcept {
  for (std::string_view t : total_words) {
    if (t == w) return true;
  }
  return false;
}

/// Whether `w` is one of `each_words`.
[[nodiscard]] constexpr bool is_each_word(std::string_view w) noexcept {
  for (std::string_view t : each_words) {
    if (t == w) return true;
  }
  return false;
}

/// The unit of the per word `w`, if it is one.
[[nodiscard]] constexpr std::optional<period_unit> per_word_unit(std::string_view w) noexcept {
  for (const per_word& p : per_words) {
    if (p.word == w) return p.unit;
  }
  return std::nullopt;
}

/// A span of time read from a word: count and unit.
struct span_reading {
  unsigned count;
  period_unit unit;
};

/// Reads `w` as ASCII digits (1 to 999,999), a span unit and then exactly `glued`: `5년간` with
/// glued "간" is {5, year}. Nothing when `w` is anything else.
[[nodiscard]] constexpr std::optional<span_reading> read_span(std::string_view w, std::string_view glued) noexcept {
  std::size_t k = 0;
  unsigned v = 0;
  while (k < w.size() && k < 6 && w[k] >= '0' && w[k] <= '9') v = v * 10 + static_cast<unsigned>(w[k++] - '0');
  if (k == 0 || v == 0) return std::nullopt;
  const std::string_view rest = w.substr(k);
  for (const span_unit& u : span_units) {
    if (rest.size() == u.word.size() + glued.size() && rest.substr(0, u.word.size()) == u.word &&
        rest.substr(u.word.size()) == glued) {
      return span_reading{v, u.unit};
    }
  }
  return std::nullopt;
}

}  // namespace lexicon
}  // namespace eok

#endif  // EOK_LEXICON_CUES_HPP
