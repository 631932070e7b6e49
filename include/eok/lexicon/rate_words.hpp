// eok/lexicon/rate_words.hpp: how news states an exchange rate, as opposed to an amount.
//
// `100엔당 900원`, `1파운드당 1.28달러` (per: cues.hpp `per_suffix` glued to the base amount), `1달러=1,450원` (equals), `원·달러 환율 1,450원`,
// `환율이 1,400원을 넘어서며` (a rate word before the amount). The scanner turns these into one
// figure of kind `rate`: the quote currency and its value (or range), the base currency and how
// many units of it the value is for.
//
// Things you should know:
// - `원·달러 환율` names the pair quote first, as Korean does: the won price of one dollar
//   (base USD, quote KRW). `엔·달러 환율` is the yen price of a dollar.
// - A rate word alone (`환율이 1,400원`) with a won amount is read as the won-dollar rate, which
//   is what Korean news means by 환율; the figure says so (`ambiguity::rate_base_assumed`).
#ifndef EOK_LEXICON_RATE_WORDS_HPP
#define EOK_LEXICON_RATE_WORDS_HPP

#include <eok/lexicon/cues.hpp>

#include <array>
#include <string_view>

namespace eok::lexicon {

/// Between the base amount and the quote: `1달러=1,450원`.
inline constexpr std::array<std::string_view, 2> rate_equals{{"=", "＝"}};

/// Words right before the quote amount, with or without a case particle: `환율 1,450원`,
/// `환율이 1,400원`, `환율은 1,450원으로`.
inline constexpr std::array<std::string_view, 1> rate_words{{"환율"}};

/// Between the two currency names of a pair: `원·달러`, `원/달러`, `원-달러`.
inline constexpr std::array<std::string_view, 4> pair_separators{{"·", "/", "-", "・"}};

/// The base a rate word alone takes when the quote is in won: the dollar.
inline constexpr std::string_view default_base_for_won = "USD";

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_RATE_WORDS_HPP
