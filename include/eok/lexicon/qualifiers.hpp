// eok/lexicon/qualifiers.hpp: words that qualify an amount without being part of its number.
//
// `약 1조원` is approximate, `최대 500억유로` at most, `1조원 이상` at least, `1조원이 넘는` more
// than, `8천억원대` a band, `1억원씩` per item. Each word is listed once, with its meaning and its
// place, in qualifier_words.def; the lists by place below are taken from that one table. The
// parser reads the prefix and suffix words as part of a figure (figure::approximate,
// figure::bound, figure::band, figure::each), and the scanner asks these lists which words may
// stand glued before digits and which syllables may begin a figure.
//
// Things you should know:
// - `수천억` and `몇십억` are vague (수 and 몇 count as 2 to 9 of the next place); `1억여` is a
//   little over 1억. The parser reads them as part of the amount; the scanner tries a word that
//   starts with one of them only when a place or scale follows.
// - The bound verbs follow a particle (`1조원이 넘는`, `200억 달러를 웃도는`); the parser reads
//   them when the particle is glued to the figure and the verb is the next word, the scanner
//   also after a conversion in parentheses (`200억 달러(약 26조원)를 웃도는`).
// - Emphasis words (무려, 불과) say nothing about the value; they only may stand glued before
//   digits (`무려15억`) without making them part of a word.
#ifndef EOK_LEXICON_QUALIFIERS_HPP
#define EOK_LEXICON_QUALIFIERS_HPP

#include <eok/lexicon/word.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace eok::lexicon {

/// Before a place or scale word: an unknown count of 2 to 9 of it (`수천억`, `몇십억`).
inline constexpr std::array<std::string_view, 2> vague_words{{"수", "몇"}};

/// After a scale word: a little more than the amount (`1억여`, `3천여`).
inline constexpr std::string_view over_suffix = "여";

/// What a qualifier word says about the amount next to it.
enum class qualifier : unsigned char {
  approximate,  ///< 약, 가량, about: rounded or estimated (a hedge)
  at_most,      ///< 최대, 이하, up to
  at_least,     ///< 최소, 이상, at least
  less_than,    ///< 미만, less than
  more_than,    ///< 초과, 넘는, more than
  between,      ///< between X and Y (English only: the range follows)
  usd,          ///< 미화: the amount is in US dollars
  krw,          ///< 한화: the amount is in won
  negative,     ///< 마이너스
  band,         ///< 대, glued after a scale or currency: `8천억원대` is [8천억, 9천억)
  each,         ///< 씩, glued: `1억원씩` is per item (see cues.hpp)
};

using qualifier_word = word_with<qualifier>;

/// Where a qualifier word stands relative to the amount it qualifies.
enum class qualifier_place : unsigned char {
  before,          ///< a Korean word before the amount (`약 1조원`)
  before_english,  ///< an English word and a space before the amount (`about $5 billion`)
  after,           ///< a Korean word after the amount, spaced or glued (`1조원 가량`)
  after_english,   ///< a space and an English word after the amount (`$5 billion or more`)
  bound_verb,      ///< a verb after a particle glued to the amount (`1조원이 넘는`)
};

/// A qualifier word with its place: the one list of them, in qualifier_words.def.
struct placed_qualifier {
  std::string_view text;
  qualifier meaning;
  qualifier_place place;
};

inline constexpr placed_qualifier qualifier_table[] = {
#include <eok/lexicon/qualifier_words.def>
};

namespace detail {
template <qualifier_place P>
constexpr std::size_t qualifier_count() noexcept {
  std::size_t n = 0;
  for (const placed_qualifier& q : qualifier_table) n += q.place == P ? 1 : 0;
  return n;
}
}  // namespace detail

/// The words of one place from `qualifier_table`, in its order.
template <qualifier_place P>
constexpr std::array<qualifier_word, detail::qualifier_count<P>()> words_at() noexcept {
  std::array<qualifier_word, detail::qualifier_count<P>()> out{};
  std::size_t i = 0;
  for (const placed_qualifier& q : qualifier_table) {
    if (q.place == P) out[i++] = qualifier_word{q.text, q.meaning};
  }
  return out;
}

/// Korean words before an amount (`약 1조원`, `최대 500억유로`, `미화 10억달러`).
inline constexpr auto prefix_words = words_at<qualifier_place::before>();

/// English words before an amount, followed by a space (`about $5 billion`, `up to €2bn`).
inline constexpr auto english_prefix_words = words_at<qualifier_place::before_english>();

/// Korean words after an amount, spaced or glued (`1조원 가량`, `1조원가량`); 대 and 씩 only glued.
inline constexpr auto suffix_words = words_at<qualifier_place::after>();

/// English words after an amount and a space (`$5 billion or more`).
inline constexpr auto english_suffix_words = words_at<qualifier_place::after_english>();

/// Verb endings that complete a suffix word which is a verb stem (`웃도는`, `상회하는`, `상회한`).
inline constexpr std::array<std::string_view, 3> stem_endings{{"하는", "한", "는"}};

/// Particles after which a bound verb may follow (`1조원이 넘는`, `1조원을 웃도는`).
inline constexpr std::array<std::string_view, 7> bound_particles{{"를", "을", "이", "가", "는", "은", "에"}};

/// Verbs after a particle that bound the amount before it. Each is the start of the word, so
/// `넘어` covers 넘어서, `웃돌` covers 웃돌면서 and `밑돌` covers 밑돌았다.
inline constexpr auto bound_verbs = words_at<qualifier_place::bound_verb>();

/// A sign written right before the number (spaces allowed after it): its meaning is whether
/// it makes the amount negative.
using sign_mark = word_with<bool>;

/// Hyphen-minus and U+2212 minus; △ is minus in Korean financial statements (`△1,234억원` is a
/// loss of 1,234억); ▼ and ▲ are the down and up marks of change columns (`▼1.5%` fell 1.5%, so
/// -1.5%; `▲3.2%` rose 3.2%); + is plus.
inline constexpr std::array<sign_mark, 6> sign_marks{{
    {"-", true}, {"\xE2\x88\x92", true}, {"\xE2\x96\xB3", true}, {"\xE2\x96\xBC", true},
    {"+", false}, {"\xE2\x96\xB2", false},
}};

/// Words of emphasis before an amount (`무려 15억원`, `불과 3억원`): no meaning for the value.
inline constexpr std::array<std::string_view, 2> emphasis_words{{"무려", "불과"}};

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_QUALIFIERS_HPP
