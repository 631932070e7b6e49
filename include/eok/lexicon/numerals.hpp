// eok/lexicon/numerals.hpp: the numeral words read as digits, and one lookup for every numeral
// character (digits here, places and myriads from scales.hpp).
//
// Korean figures are written with Arabic digits, with Sino-Korean numeral syllables (삼천억) or
// with Hanja (三千億, and the formal 壹 貳 參 of contracts). The parser reads all of them; the
// scanner decides where spelled numerals are worth trying. Both ask `numeral_of` here, so a
// numeral or scale added once is read everywhere. Native Korean numerals (하나, 스물) are not
// numerals here: they do not combine with scale words in figures.
#ifndef EOK_LEXICON_NUMERALS_HPP
#define EOK_LEXICON_NUMERALS_HPP

#include <eok/lexicon/scales.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace eok::lexicon {

/// One numeral word read as a digit.
struct numeral_word {
  std::string_view text;  ///< one character: "삼", "三", "參"
  int value;              ///< 0 to 9
};

/// Sino-Korean digits (with 영/공 for zero and 륙 beside 육), Hanja digits and the formal Hanja
/// forms of one to three.
inline constexpr std::array<numeral_word, 26> numeral_words{{
    {"영", 0}, {"공", 0}, {"〇", 0}, {"零", 0}, {"일", 1}, {"一", 1}, {"壹", 1}, {"이", 2}, {"二", 2},
    {"貳", 2}, {"삼", 3}, {"三", 3}, {"參", 3}, {"사", 4}, {"四", 4}, {"오", 5}, {"五", 5}, {"육", 6},
    {"륙", 6}, {"六", 6}, {"칠", 7}, {"七", 7}, {"팔", 8}, {"八", 8}, {"구", 9}, {"九", 9},
}};

/// What a numeral character means.
enum class numeral_role : unsigned char {
  none,    ///< not a numeral
  digit,   ///< `value` is 0 to 9
  place,   ///< 십 백 천: `value` is the exponent 1, 2, 3
  myriad,  ///< 만 억 조 경 해: `value` is the exponent 4, 8, 12, 16, 20
};

struct numeral_meaning {
  numeral_role role = numeral_role::none;
  int value = 0;
};

namespace detail {
/// The code point of a one-character word (the lexicon's own words are valid UTF-8).
constexpr char32_t only_code_point(std::string_view w) noexcept {
  if (w.empty()) return 0;
  const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(w[k])); };
  if (b(0) < 0x80) return b(0);
  if (b(0) < 0xE0) return ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
  if (b(0) < 0xF0) return ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  return ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
}
}  // namespace detail

/// Calls `f(cp, meaning)` for every numeral character (each digit word, place and read myriad
/// in every script), for building lookup tables.
template <class F>
constexpr void for_each_numeral(F&& f) {
  for (const numeral_word& w : numeral_words) f(detail::only_code_point(w.text), numeral_meaning{numeral_role::digit, w.value});
  for (const korean_scale& s : small_scales) {
    for (std::string_view t : {s.hangul, s.hanja, s.variant}) {
      if (!t.empty()) f(detail::only_code_point(t), numeral_meaning{numeral_role::place, s.exponent});
    }
  }
  for (std::size_t k = 0; k < read_myriad_scales; ++k) {
    const korean_scale& s = myriad_scales[k];
    for (std::string_view t : {s.hangul, s.hanja, s.variant}) {
      if (!t.empty()) f(detail::only_code_point(t), numeral_meaning{numeral_role::myriad, s.exponent});
    }
  }
}

/// A numeral character outside the Hangul syllables (Hanja, 〇) with the byte a reader gives it.
struct tagged_numeral {
  char32_t cp;
  unsigned char tag;
};

/// How many numerals outside the Hangul syllables `tag(meaning)` gives a nonzero byte.
template <class Tag>
[[nodiscard]] constexpr std::size_t count_other_numerals(Tag tag) {
  std::size_t n = 0;
  for_each_numeral([&](char32_t cp, numeral_meaning m) { n += (cp < 0xAC00 || cp > 0xD7A3) && tag(m) != 0 ? 1 : 0; });
  return n;
}

/// Those `N` numerals (see count_other_numerals) and their bytes, for a reader's table.
template <std::size_t N, class Tag>
[[nodiscard]] constexpr std::array<tagged_numeral, N> other_numerals(Tag tag) {
  std::array<tagged_numeral, N> t{};
  std::size_t n = 0;
  for_each_numeral([&](char32_t cp, numeral_meaning m) {
    if ((cp < 0xAC00 || cp > 0xD7A3) && tag(m) != 0) t[n++] = tagged_numeral{cp, tag(m)};
  });
  return t;
}

/// ORs `tag(meaning)` into a table of all 11,172 Hangul syllables for each Hangul numeral.
template <class Tag>
constexpr void tag_syllables(std::array<unsigned char, 11172>& t, Tag tag) {
  for_each_numeral([&](char32_t cp, numeral_meaning m) {
    if (cp >= 0xAC00 && cp <= 0xD7A3) t[cp - 0xAC00] = static_cast<unsigned char>(t[cp - 0xAC00] | tag(m));
  });
}

/// The meaning of the numeral character `cp`: a digit word, a place (십 十 拾) or a myriad the
/// parser reads (만 萬 万 … 해 垓). A linear search, meant for building tables at compile time.
[[nodiscard]] constexpr numeral_meaning numeral_of(char32_t cp) noexcept {
  numeral_meaning found;
  for_each_numeral([&](char32_t c, numeral_meaning m) {
    if (c == cp && found.role == numeral_role::none) found = m;
  });
  return found;
}

}  // namespace eok::lexicon
#endif  // EOK_LEXICON_NUMERALS_HPP
