// eok/lexicon/qualifiers.hpp: words that qualify an amount without being part of its number.
//
// `수천억` and `몇십억` are vague (수 and 몇 count as 2 to 9 of the next place); `1억여` is a
// little over 1억. The parser reads them as part of the amount; the scanner tries a word that
// starts with one of them only when a place or scale follows.
#ifndef EOK_LEXICON_QUALIFIERS_HPP
#define EOK_LEXICON_QUALIFIERS_HPP

#include <array>
#include <string_view>

namespace eok::lexicon {

/// Before a place or scale word: an unknown count of 2 to 9 of it (`수천억`, `몇십억`).
inline constexpr std::array<std::string_view, 2> vague_words{{"수", "몇"}};

/// After a scale word: a little more than the amount (`1억여`, `3천여`).
inline constexpr std::string_view over_suffix = "여";

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_QUALIFIERS_HPP
