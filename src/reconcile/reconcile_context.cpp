// The sentence around a figure and its content words: what two reports of one amount must
// share to be one claim. The words to drop come from lexicon/stop_words.hpp and
// lexicon/particles.hpp; UTF-8 is read through text/text.hpp.
#include <eok/lexicon/particles.hpp>
#include <eok/lexicon/stop_words.hpp>
#include <eok/lexicon/word.hpp>
#include <eok/reconcile/checks.hpp>
#include <eok/text/text.hpp>

#include <algorithm>

namespace eok {

std::pair<std::size_t, std::size_t> sentence_at(std::string_view text, std::size_t at) {
  auto boundary = [&](std::size_t i) {
    const char c = text[i];
    if (c == '\n') return true;
    if (c == '.' || c == '?' || c == '!') return i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
    return false;
  };
  at = std::min(at, text.size());
  std::size_t begin = at;
  while (begin > 0 && !boundary(begin - 1)) --begin;
  std::size_t end = at;
  while (end < text.size() && !boundary(end)) ++end;
  return {begin, end};
}

namespace {

bool is_word_char(char32_t cp) {
  return utf8::is_hangul_syllable(cp) || (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') ||
         (cp >= 0x4E00 && cp <= 0x9FFF);  // CJK ideographs: 美, 佛, 中
}

/// The word as compared: nothing for a verb form or a generic noun; else without its particle.
std::string_view content_word(std::string_view w) {
  // Most words end in no ending and start no generic noun: the lists are tried only for a word
  // whose last (or first) character one of their words has.
  static constexpr auto ending_lasts = lexicon::make_last_char_keys(lexicon::verb_endings);
  static constexpr auto particle_lasts = lexicon::make_last_char_keys(lexicon::context_particles);
  static constexpr auto generic_firsts = lexicon::make_first_char_index(lexicon::generic_nouns);
  if (lexicon::ends_like_any(ending_lasts, w)) {
    for (std::string_view e : lexicon::verb_endings) {
      if (bytes::ends_with(w, e)) return {};
    }
  }
  w = lexicon::without_case_particle(w);
  if (lexicon::ends_like_any(particle_lasts, w)) {
    for (std::string_view p : lexicon::context_particles) {
      if (w.size() > p.size() && bytes::ends_with(w, p)) {  // a particle, not the whole word
        w.remove_suffix(p.size());
        break;
      }
    }
  }
  for (auto [n, last] = lexicon::words_starting_at(generic_firsts, w, 0); n < last; ++n) {
    if (w == lexicon::generic_nouns[generic_firsts.word[n]]) return {};
  }
  // One syllable says too little (가, 등, 약), except an ideograph standing for a country (美).
  const auto first = utf8::next(w, 0);
  if (first.len == w.size() && !(first.cp >= 0x4E00 && first.cp <= 0x9FFF)) return {};
  return w;
}

}  // namespace

std::vector<std::string> context_words(std::string_view text, std::size_t skip_begin, std::size_t skip_end) {
  std::vector<std::string> out;
  const auto [begin, end] = sentence_at(text, skip_begin);
  std::size_t i = begin;
  while (i < end) {
    if (i >= skip_begin && i < skip_end) {
      i = skip_end;
      continue;
    }
    const auto c = utf8::next(text, i);
    if (c.len == 0) break;
    if (!is_word_char(c.cp)) {
      i += c.len;
      continue;
    }
    std::size_t j = i;
    while (j < end && !(j >= skip_begin && j < skip_end)) {
      const auto d = utf8::next(text, j);
      if (d.len == 0 || !is_word_char(d.cp)) break;
      j += d.len;
    }
    const std::string_view w = content_word(text.substr(i, j - i));
    if (!w.empty()) out.emplace_back(w);
    i = j;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace eok
