// eok/lexicon/relation_words.hpp: the words only the relation finder reads, each once, with its
// meaning.
//
// The scanner (scan.hpp) already reports the cues that belong to one figure, from the words in
// lexicon/cues.hpp: `씩` (each), `총`, `모두`, `합계` (total), `매년`, `매해`, `해마다`, `연간` (per
// year) and `N년간` (over a span). The relation finder takes those from the scanner's links and
// never looks for them again. What is
// left here are the words that tie two figures together, which only the relation finder needs:
// a fraction of a whole (`이 중 절반인`, `이 가운데 3분의 1`), a multiple (`의 약 9배`), and the
// count of parts in a total (`세 사람이`, `3곳`). The native numerals (`한` … `열`) live here too,
// because nothing else in eok reads them.
#ifndef EOK_LEXICON_RELATION_WORDS_HPP
#define EOK_LEXICON_RELATION_WORDS_HPP

#include <array>
#include <string_view>

namespace eok::relation_words {

/// A native Korean numeral and its value.
struct native_numeral {
  std::string_view word;  ///< "세"
  unsigned value;         ///< 3
};

/// The native numerals as they come before a counter (세 사람, 두 배), one to ten.
inline constexpr std::array<native_numeral, 10> native_numerals{{
    {"한", 1}, {"두", 2}, {"세", 3}, {"네", 4}, {"다섯", 5},
    {"여섯", 6}, {"일곱", 7}, {"여덟", 8}, {"아홉", 9}, {"열", 10},
}};

/// Counters after the number of parts of a total: 3명, 세 사람, 7곳, 5개사. Longer words that
/// end in a shorter one come first (개사 before 개).
inline constexpr std::array<std::string_view, 10> part_counters{{
    "명", "곳", "개사", "개국", "개", "사람", "기업", "기관", "나라", "회사",
}};

/// "Of this": the words that make the next figure a part of the previous whole (이 중 절반인).
inline constexpr std::array<std::string_view, 6> part_of_this{{
    "이 중", "이중", "그중", "그 중", "이 가운데", "그 가운데",
}};

/// "Of which", written alone between a whole and its part (총 30억 유로 가운데 40%인 12억 유로,
/// 25억달러 중 5억달러): a word of its own, with spaces or the text's ends around it.
inline constexpr std::array<std::string_view, 2> part_of_which{{"가운데", "중"}};

/// The words before a total that sum the parts listed before it: 15억달러와 10억달러를 합친 총
/// 25억달러; CDP 10억 유로와 민간 20억 유로 등 30억 유로.
inline constexpr std::array<std::string_view, 5> sum_words{{"합친", "합쳐", "더한", "더해", "등"}};

/// What joins listed parts: 15억달러와 10억달러, 10억 유로, 20억 유로 및 …
inline constexpr std::array<std::string_view, 5> list_joiners{{"와 ", "과 ", ",", "및 ", "그리고 "}};

/// "Percent", after the number of a part given as a share: 40%인.
inline constexpr std::string_view percent = "%";

/// "Half": the part is 1/2 of the whole.
inline constexpr std::string_view half = "절반";

/// "N분의 M": M/N, the denominator first.
inline constexpr std::string_view fraction_of = "분의";

/// "N배": N times.
inline constexpr std::string_view times = "배";

/// The possessive before a multiple or fraction of a figure: 78억달러의 9배.
inline constexpr std::string_view possessive = "의";

/// "About", before a factor: 의 약 9배 (the factor itself is rounded).
inline constexpr std::string_view about = "약";

}  // namespace eok::relation_words

#endif  // EOK_LEXICON_RELATION_WORDS_HPP
