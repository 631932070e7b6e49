// eok/lexicon/scales.hpp: the Korean scale words as named powers of ten.
//
// Korean counts in myriads: 만 is 10^4, 억 10^8, 조 10^12, 경 10^16, and so on by factors of
// 10^4. Inside each myriad group the small places 십 (10), 백 (100) and 천 (1000) count as in
// English. Like mp-units' SI prefixes, each scale has a name in its own script (Hangul, Hanja)
// and an ASCII spelling, and the table is constexpr so parsers and formatters share one truth.
#ifndef EOK_QUANTITY_HPP
#define EOK_QUANTITY_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace eok {

/// One named power of ten.
struct korean_scale {
  int exponent;             ///< the power of ten: 4 for 만
  std::string_view hangul;  ///< "만"
  std::string_view hanja;   ///< "萬"
  std::string_view ascii;   ///< "man"
  std::string_view variant = {};  ///< another Hanja form read alike: simplified 万 亿, formal 拾 佰 仟
};

/// The myriad scales from 만 (10^4) to 극 (10^48), smallest first. Parsers read 만 to 해 in
/// running text (`read_myriad_scales`), in Hangul, Hanja or the variant; the larger ones exist
/// for formatting very large exact values.
inline constexpr std::array<korean_scale, 12> myriad_scales{{
    {4, "만", "萬", "man", "万"},
    {8, "억", "億", "eok", "亿"},
    {12, "조", "兆", "jo"},
    {16, "경", "京", "gyeong"},
    {20, "해", "垓", "hae"},
    {24, "자", "秭", "ja"},
    {28, "양", "穰", "yang"},
    {32, "구", "溝", "gu"},
    {36, "간", "澗", "gan"},
    {40, "정", "正", "jeong"},
    {44, "재", "載", "jae"},
    {48, "극", "極", "geuk"},
}};

/// How many of `myriad_scales` (from the first) the parser and the scanner read: 만 억 조 경 해.
inline constexpr std::size_t read_myriad_scales = 5;

/// The places inside a myriad group: 십 10, 백 100, 천 1000.
inline constexpr std::array<korean_scale, 3> small_scales{{
    {1, "십", "十", "sip", "拾"},
    {2, "백", "百", "baek", "佰"},
    {3, "천", "千", "cheon", "仟"},
}};

/// An English scale word after a number: `1.5 billion`, `$10m`, `€109bn`, `$1.5 bln`.
struct english_scale {
  std::string_view text;  ///< lower case; matched in any case, as a whole word
  int exponent;           ///< the power of ten
  bool needs_currency;    ///< only after a currency symbol or code: `$5m`, `$5 k` (alone, 5m is five metres)
  bool plural;            ///< may take a plural s (`billions`)
};

/// The English scales, one per spelling. Abbreviations of one or two letters and `mil` need a
/// currency before the number, since without one they are units (5m, 5 mm, 5 mil).
inline constexpr std::array<english_scale, 18> english_scales{{
    {"thousand", 3, false, true}, {"million", 6, false, true}, {"billion", 9, false, true},
    {"trillion", 12, false, true}, {"mln", 6, false, false},    {"mn", 6, false, false},
    {"bln", 9, false, false},      {"bil", 9, false, false},    {"bn", 9, false, false},
    {"tn", 12, false, false},      {"trn", 12, false, false},   {"tril", 12, false, false},
    {"mil", 6, true, false},       {"mm", 6, true, false},      {"k", 3, true, false},
    {"m", 6, true, false},         {"b", 9, true, false},       {"t", 12, true, false},
}};

/// The myriad scale with this exponent (4, 8, ..., 48), if there is one.
[[nodiscard]] constexpr std::optional<korean_scale> myriad_scale_for(int exponent) noexcept {
  for (const auto& s : myriad_scales) {
    if (s.exponent == exponent) return s;
  }
  return std::nullopt;
}

}  // namespace eok

#endif  // EOK_QUANTITY_HPP
