// eok/lexicon/word.hpp: the one shape of a lexicon entry, a word and what it means, and the two
// indexes readers build over a word list at compile time: the bytes its words begin with, and
// its words ordered by first character.
#ifndef EOK_LEXICON_WORD_HPP
#define EOK_LEXICON_WORD_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <string_view>

namespace eok::lexicon {

/// A word as text writes it, with its meaning (`{"약", qualifier::approximate}`).
template <class Meaning>
struct word_with {
  std::string_view text;
  Meaning meaning;
};

constexpr std::string_view text_of(std::string_view w) noexcept { return w; }
template <class Meaning>
constexpr std::string_view text_of(const word_with<Meaning>& w) noexcept {
  return w.text;
}

/// A set of bytes, one bit each.
struct byte_set {
  std::array<std::uint64_t, 4> bits{};

  constexpr void add(unsigned char b) noexcept { bits[b >> 6] |= std::uint64_t{1} << (b & 63u); }
  [[nodiscard]] constexpr bool has(unsigned char b) const noexcept { return ((bits[b >> 6] >> (b & 63u)) & 1u) != 0; }
};

/// The first bytes of a list's words (both cases of an ASCII letter when `fold_case`), so that a
/// reader trying the list at a byte that begins none of them can skip it with one test.
template <class List>
constexpr byte_set first_bytes(const List& words, bool fold_case = false) noexcept {
  byte_set set;
  for (const auto& w : words) {
    const std::string_view t = text_of(w);
    if (t.empty()) continue;
    const auto b = static_cast<unsigned char>(t.front());
    set.add(b);
    if (fold_case && ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))) set.add(static_cast<unsigned char>(b ^ 0x20u));
  }
  return set;
}

/// The last bytes of a list's words, for a reader that looks back from a position.
template <class List>
constexpr byte_set last_bytes(const List& words) noexcept {
  byte_set set;
  for (const auto& w : words) {
    const std::string_view t = text_of(w);
    if (!t.empty()) set.add(static_cast<unsigned char>(t.back()));
  }
  return set;
}

/// The first character of s[i] as a number (its UTF-8 bytes, big-endian; 0 past the end): two
/// words can only match at the same place when their first characters have the same key.
constexpr std::uint32_t char_key(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t n = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (n > s.size() - i) n = s.size() - i;
  std::uint32_t key = 0;
  for (std::size_t k = 0; k < n; ++k) key = (key << 8) | static_cast<unsigned char>(s[i + k]);
  return key;
}

/// A word list ordered by first character, keeping the list's order among words that share
/// one, so "the first word in the list that matches" needs to look only at those words.
template <std::size_t N>
struct first_char_index {
  std::array<std::uint32_t, N> key{};   // sorted
  std::array<std::uint8_t, N> word{};   // position in the original list
};

/// Sorts `key` in place, stably, moving `word` (when given) along with it.
template <std::size_t N>
constexpr void sort_by_key(std::array<std::uint32_t, N>& key, std::array<std::uint8_t, N>* word) noexcept {
  for (std::size_t i = 1; i < N; ++i) {  // insertion sort: the lists are short
    const std::uint32_t k = key[i];
    const std::uint8_t w = word != nullptr ? (*word)[i] : 0;
    std::size_t j = i;
    for (; j > 0 && key[j - 1] > k; --j) {
      key[j] = key[j - 1];
      if (word != nullptr) (*word)[j] = (*word)[j - 1];
    }
    key[j] = k;
    if (word != nullptr) (*word)[j] = w;
  }
}

/// The first position in the sorted `key` whose key is not below k.
template <std::size_t N>
constexpr std::size_t lower_key(const std::array<std::uint32_t, N>& key, std::uint32_t k) noexcept {
  std::size_t lo = 0;
  std::size_t hi = N;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (key[mid] < k) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

template <std::size_t N, class Text>
constexpr first_char_index<N> make_first_char_index(const std::array<Text, N>& words) {
  first_char_index<N> x;
  for (std::size_t i = 0; i < N; ++i) {
    x.key[i] = char_key(text_of(words[i]), 0);
    x.word[i] = static_cast<std::uint8_t>(i);
  }
  sort_by_key(x.key, &x.word);
  return x;
}

/// `make_first_char_index` of a plain array of words.
template <std::size_t N, class Text>
constexpr first_char_index<N> make_first_char_index(const Text (&words)[N]) {
  std::array<std::string_view, N> t{};
  for (std::size_t i = 0; i < N; ++i) t[i] = text_of(words[i]);
  return make_first_char_index(t);
}

/// The start of the last character of s (s not empty): back over continuation bytes.
constexpr std::size_t last_char_at(std::string_view s) noexcept {
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0u) == 0x80u) --i;
  return i;
}

/// The keys (`char_key`) of the last characters of a list's words, sorted: a word whose last
/// character is none of them ends in none of the words (`ends_like_any`).
template <std::size_t N>
struct last_char_keys {
  std::array<std::uint32_t, N> key{};
};

template <std::size_t N, class Text>
constexpr last_char_keys<N> make_last_char_keys(const Text (&words)[N]) {
  last_char_keys<N> x;
  for (std::size_t i = 0; i < N; ++i) {
    const std::string_view t = text_of(words[i]);
    x.key[i] = t.empty() ? 0 : char_key(t, last_char_at(t));
  }
  sort_by_key<N>(x.key, nullptr);
  return x;
}

/// Whether w's last character is the last character of one of the words of x.
template <std::size_t N>
constexpr bool ends_like_any(const last_char_keys<N>& x, std::string_view w) noexcept {
  if (w.empty()) return false;
  const std::uint32_t k = char_key(w, last_char_at(w));
  const std::size_t lo = lower_key(x.key, k);
  return lo < N && x.key[lo] == k;
}

/// [first, last) in x of the words whose first character is the one at s[i].
template <std::size_t N>
constexpr std::pair<std::size_t, std::size_t> words_starting_at(const first_char_index<N>& x, std::string_view s,
                                                                std::size_t i) noexcept {
  const std::uint32_t k = char_key(s, i);
  const std::size_t lo = lower_key(x.key, k);
  std::size_t last = lo;
  while (last < N && x.key[last] == k) ++last;
  return {lo, last};
}

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_WORD_HPP
