// eok/lexicon/units.hpp: the unit words after a number that make it a percentage or a count.
//
// `3.2%` and `5퍼센트` are percentages, `0.5%p` a difference of percentages, `3개사` and
// `5GW` counts. The parser reads these words after an amount that has no currency
// (figure::unit); the scanner asks which of them make a number a date, a time or a span.
//
// Things you should know:
// - The counters are matched in list order, so a word that is a prefix of another comes after it
//   (기가와트시 before 기가와트, 개월 before 개).
// - The Latin units are case-sensitive (`GW`, not `gw`) and must not be followed by a letter.
#ifndef EOK_LEXICON_UNITS_HPP
#define EOK_LEXICON_UNITS_HPP

#include <eok/lexicon/word.hpp>

#include <array>
#include <string_view>

namespace eok::lexicon {

/// Percent or percentage points.
enum class percent_kind : unsigned char { percent, points };

using percent_word = word_with<percent_kind>;

/// `%`, `퍼센트`, `%p`, `퍼센트포인트`; the longer form first where one starts another.
inline constexpr std::array<percent_word, 10> percent_words{{
    {"퍼센트포인트", percent_kind::points}, {"%포인트", percent_kind::points}, {"%p", percent_kind::points},
    {"%P", percent_kind::points},           {"％p", percent_kind::points},     {"퍼센티지", percent_kind::percent},
    {"퍼센트", percent_kind::percent},      {"프로", percent_kind::percent},   {"%", percent_kind::percent},
    {"％", percent_kind::percent},
}};

/// English percent words, case-insensitive whole words (`5 percent`, `5 per cent`).
inline constexpr std::array<std::string_view, 2> english_percent_words{{"percent", "per cent"}};

/// Counters and units of measure after a number, longest first where one is a prefix of another.
inline constexpr std::array<std::string_view, 65> counter_words{{
    "호선", "번지", "번길", "번출구", "기가와트시", "테라와트시", "기가와트", "메가와트", "킬로와트", "테라와트", "와트",
    "킬로미터", "킬로그램", "헥타르", "제곱미터", "배럴", "미터", "그램", "리터", "톤",
    "개국", "개사", "개월", "가구", "가지", "차례", "마리", "세기", "시간", "분기", "명",
    "장", "개", "곳", "쪽", "건", "척", "대", "배", "회", "종", "편", "권", "채", "병",
    "잔", "살", "세", "위", "등", "호", "층", "점", "주", "년", "월", "일", "시", "분",
    "초", "석", "표", "평", "기", "인",
}};

/// Counters that name a thing rather than count it: `1호선` is a subway line, `123번지` and
/// `12번길` addresses. The parser reads them (longest first, before 호 and 번); the scanner does
/// not report them as figures.
inline constexpr std::array<std::string_view, 4> label_units{{"호선", "번지", "번길", "번출구"}};

// A count with cues.hpp's `per_suffix` glued after it (`1인당`, `1주당`, `100명당`) is a
// denominator, not a figure.

/// Units in Latin letters (case-sensitive).
inline constexpr std::array<std::string_view, 8> latin_units{{"GWh", "TWh", "GW", "MW", "kW", "TW", "km", "kg"}};

/// Units after a number that make it a date, a clock time or a span of time, not a figure
/// (`2025년`, `3월`, `10일`, `3시간`, `6개월`, `2025회계연도`).
inline constexpr std::array<std::string_view, 9> time_units{{"년", "월", "일", "시간", "시", "분", "초", "개월", "회계"}};

/// The same with 간 (`5년간`) and the other spans, which are never figures either.
inline constexpr std::array<std::string_view, 6> time_span_units{{"년간", "개월간", "일간", "주간", "시간", "분기"}};

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_UNITS_HPP
