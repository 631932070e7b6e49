// eok/lexicon/word.hpp: the one shape of a lexicon entry, a word and what it means.
#ifndef EOK_LEXICON_WORD_HPP
#define EOK_LEXICON_WORD_HPP

#include <string_view>

namespace eok::lexicon {

/// A word as text writes it, with its meaning (`{"약", qualifier::approximate}`).
template <class Meaning>
struct word_with {
  std::string_view text;
  Meaning meaning;
};

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_WORD_HPP
