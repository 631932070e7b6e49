// eok/lexicon/dateline_words.hpp: the words of a byline or dateline, where a page says when it
// was published.
//
// `기사 입력 2025.02.10 20:30`, `송고시간 : 2025-02-20 11:30`, `등록 2025.02.10`, `Published Feb
// 10, 2025`: a label, then a written date (text/date.hpp reads the date, read/dateline.hpp finds
// the byline). A label says whether the date is the publication (입력, 송고시간, 등록, 발행) or a
// later update (수정), which never replaces it. The month names and the words of a written date
// and time (년 월 일, 오전 오후) are here too, for the written-date reader.
#ifndef EOK_LEXICON_DATELINE_WORDS_HPP
#define EOK_LEXICON_DATELINE_WORDS_HPP

#include <eok/lexicon/units.hpp>
#include <eok/lexicon/word.hpp>

#include <array>
#include <string_view>

namespace eok::lexicon {

/// What a byline label says about the date after it.
enum class dateline_label : unsigned char {
  published,  ///< 입력, 기사 입력, Published, Posted: when the page was first published
  sent,       ///< 송고시간: when the news agency sent the story (the original of a republished page)
  registered, ///< 등록: when the site posted it
  issued,     ///< 발행: when it was issued
  updated,    ///< 수정, 업데이트, Updated: a later revision, never the publication date
};

using dateline_word = word_with<dateline_label>;

/// Labels written right before a byline date (optionally followed by ':' or '|'), longest first
/// so that `기사 입력` wins over `입력` and `최종수정` over `수정`.
inline constexpr std::array<dateline_word, 21> dateline_labels{{
    {"기사 입력", dateline_label::published}, {"기사입력", dateline_label::published},
    {"최초 입력", dateline_label::published}, {"최종 수정", dateline_label::updated},
    {"최종수정", dateline_label::updated},    {"송고시간", dateline_label::sent},
    {"송고일시", dateline_label::sent},       {"등록일시", dateline_label::registered},
    {"등록일", dateline_label::registered},   {"발행일", dateline_label::issued},
    {"업데이트", dateline_label::updated},    {"Published", dateline_label::published},
    {"published", dateline_label::published}, {"Updated", dateline_label::updated},
    {"updated", dateline_label::updated},     {"Posted", dateline_label::published},
    {"입력", dateline_label::published},      {"송고", dateline_label::sent},
    {"등록", dateline_label::registered},     {"발행", dateline_label::issued},
    {"수정", dateline_label::updated},
}};

/// Punctuation that may stand between a label and its date: `송고시간 : 2025-02-20`, `입력|2025`.
inline constexpr std::string_view dateline_label_separators = " \t:|";

/// `2025년 2월 10일`: the words after the year, the month and the day (the time units of
/// units.hpp).
inline constexpr std::string_view year_word = time_units[0];
inline constexpr std::string_view month_word = time_units[1];
inline constexpr std::string_view day_word = time_units[2];
static_assert(year_word == "년" && month_word == "월" && day_word == "일", "time_units starts 년 월 일");

/// Before or after a clock time: `오후 8:30`, `8:30 PM`. `afternoon` adds twelve hours (the
/// reader only skips the time; the date does not depend on it).
using meridiem_word = word_with<bool>;
inline constexpr std::array<meridiem_word, 6> meridiem_words{{
    {"오전", false}, {"오후", true}, {"AM", false}, {"PM", true}, {"am", false}, {"pm", true},
}};

/// English month names, full and abbreviated (`Feb 10, 2025`, `February 10, 2025`, `10 Feb
/// 2025`); the meaning is the month number. Longest first within a month.
using month_name = word_with<unsigned>;
inline constexpr std::array<month_name, 24> english_month_names{{
    {"January", 1}, {"Jan", 1},   {"February", 2}, {"Feb", 2},  {"March", 3},     {"Mar", 3},
    {"April", 4},   {"Apr", 4},   {"May", 5},  {"June", 6},      {"Jun", 6},
    {"July", 7},    {"Jul", 7},   {"August", 8},   {"Aug", 8},  {"September", 9}, {"Sept", 9}, {"Sep", 9},
    {"October", 10}, {"Oct", 10}, {"November", 11}, {"Nov", 11}, {"December", 12}, {"Dec", 12},
}};

/// A weekday in parentheses after a date: `2025.02.10(월) 20:30`, `Feb 10, 2025 (Mon)`.
inline constexpr std::array<std::string_view, 14> weekday_words{{
    "월", "화", "수", "목", "금", "토", "일", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
}};

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_DATELINE_WORDS_HPP
