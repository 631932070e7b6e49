// eok/lexicon/names.hpp: words that show a numeral syllable is part of a person's name.
//
// Korean names are often spelled with numeral syllables (이억원, 이만수, 오만석, 이천수). A
// spelled figure right before a title or occupation (`이억원 금융위원장은`, `오만석 배우`,
// `이만수 감독`) is a name; the scanner does not report it. A title counts when the next word
// ends with it, before a particle (`금융위원장은` ends with 위원장).
#ifndef EOK_LEXICON_NAMES_HPP
#define EOK_LEXICON_NAMES_HPP

#include <array>
#include <string_view>

namespace eok::lexicon {

/// Titles and occupations written after a person's name, longest first where one ends another.
inline constexpr std::array<std::string_view, 30> person_titles{{
    "위원장", "대통령", "부총리", "총리", "장관", "차관", "의원", "의장", "회장", "부회장", "사장", "대표",
    "이사장", "원장", "청장", "총재", "교수", "박사", "감독", "코치", "선수", "배우", "가수", "작가",
    "기자", "변호사", "검사", "판사", "씨", "군",
}};

/// Whether the word `w` (with a trailing particle, if any, already removed: see
/// particles.hpp `without_case_particle`) ends with a title.
[[nodiscard]] constexpr bool ends_with_title(std::string_view w) noexcept {
  for (std::string_view t : person_titles) {
    if (w.size() >= t.size() && w.substr(w.size() - t.size()) == t) return true;
  }
  return false;
}

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_NAMES_HPP
