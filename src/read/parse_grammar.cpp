// The figure parser's grammar: a whole figure around its amounts (see parse_detail.hpp).
//
//   figure  := leading* prefix-currency? amount suffix-currency? (separator amount suffix-currency?)?
//              unit? trailing* boundary
//
// `figure_at` runs the steps in that order; each step reads from `figure_parts::j` and records
// what it found in `figure_parts`, and `build` makes the figure at the end.
#include "parse_detail.hpp"

namespace eok::parse_detail {

void reader::apply(lexicon::qualifier q, figure_parts& p) noexcept {
  using lexicon::qualifier;
  switch (q) {
    case qualifier::approximate: p.approximate = true; break;
    case qualifier::at_most: p.bound = bound_kind::at_most; break;
    case qualifier::at_least: p.bound = bound_kind::at_least; break;
    case qualifier::less_than: p.bound = bound_kind::less_than; break;
    case qualifier::more_than: p.bound = bound_kind::more_than; break;
    case qualifier::between: p.between = true; break;
    case qualifier::negative: p.negative = true; break;
    case qualifier::usd: p.hint = currency::from_code("USD"); break;
    case qualifier::krw: p.hint = currency::from_code("KRW"); break;
    case qualifier::band: p.band = true; break;
    case qualifier::each: p.each = true; break;
  }
}

/// One leading qualifier at p.j: a Korean word, an English word and a space, or a minus sign
/// before a digit or numeral. True when one was read.
EOK_ALWAYS_INLINE inline bool reader::leading_word(figure_parts& p) {
  std::size_t& j = p.j;
  if (j < s_.size() && static_cast<unsigned char>(s_[j]) >= 0xEA) {
    if (!in_syllable_set(lead_syllables, utf8::next(s_, j).cp)) return false;
    for (const lexicon::qualifier_word& w : lexicon::prefix_words) {
      if (!starts_with(s_, j, w.text)) continue;
      apply(w.meaning, p);
      if (w.meaning == lexicon::qualifier::usd || w.meaning == lexicon::qualifier::krw) {
        p.hint_at = j;
        p.hint_len = w.text.size();
      }
      j = skip_spaces(s_, j + w.text.size());
      return true;
    }
    return false;
  }
  if (j < s_.size() && is_ascii_letter(s_[j])) {
    for (const lexicon::qualifier_word& w : lexicon::english_prefix_words) {
      if (!starts_with_word_ci(s_, j, w.text)) continue;
      const std::size_t k = j + w.text.size();
      if (k >= s_.size() || s_[k] != ' ') continue;
      apply(w.meaning, p);
      j = skip_spaces(s_, k);
      return true;
    }
    return false;
  }
  if (p.negative || p.sign_read || j >= s_.size() || !sign_mark_firsts.has(static_cast<unsigned char>(s_[j]))) return false;
  for (const lexicon::sign_mark& m : lexicon::sign_marks) {  // -, U+2212, △, ▼, +, ▲
    if (!starts_with(s_, j, m.text)) continue;
    const std::size_t k = skip_spaces(s_, j + m.text.size());
    const cp_len n = utf8::next(s_, k);
    if (digit_value(n.cp) < 0 && numeral_value(n.cp) < 0) return false;
    p.negative = m.meaning;
    p.sign_read = true;
    j = k;
    return true;
  }
  return false;
}

/// Leading qualifiers: 약, 최대, 미화, about, up to, between, 마이너스, -. At most
/// max_qualifiers of them, so a run of 약약약... costs one pass, not one per starting byte.
EOK_ALWAYS_INLINE inline void reader::read_leading_qualifiers(figure_parts& p) {
  for (int n = 0; n < max_qualifiers && leading_word(p); ++n) {
  }
}

/// A currency symbol or code before the number at `at` (₩, $, US$, €, KRW, EUR29.99): where
/// the number starts, or `at` when there is none.
EOK_ALWAYS_INLINE inline std::size_t reader::read_prefix_currency(std::size_t at, std::optional<currency_match>& into) const {
  if (at >= s_.size()) return at;
  const auto lead = static_cast<unsigned char>(s_[at]);
  if (lead >= 0xEA && lead <= 0xED) return at;  // Hangul names go after the number
  if (lead >= '0' && lead <= '9') return at;     // the number itself
  currency_match m;
  std::size_t len = currency_word_at(s_, at, m);
  if (len == 0 && at + 3 < s_.size() && digit_value(utf8::next(s_, at + 3).cp) >= 0) {
    // An ISO code glued to the digits: EUR29.99.
    if (const auto c = currency::from_code(s_.substr(at, 3))) {
      m = currency_match{*c, false, 3};
      len = 3;
    }
  }
  if (len == 0) {
    // A one-letter currency glued to the digits: W1.5 trillion (the lexicon's glued_digits).
    if (const auto g = match_glued_currency_prefix(s_.substr(at))) {
      into = g;
      return at + g->length;
    }
    return at;
  }
  const std::size_t k = skip_spaces(s_, at + len);
  if (k < s_.size() && digit_value(utf8::next(s_, k).cp) >= 0) {
    into = m;
    return k;
  }
  return at;
}

/// A currency name after an amount ending at `at` (원, 유로, dollars): where reading goes on.
EOK_ALWAYS_INLINE inline std::size_t reader::read_suffix_currency(std::size_t at, side_currency& into) const {
  const std::size_t k = skip_spaces(s_, at);
  currency_match m;
  const std::size_t len = currency_word_at(s_, k, m);
  if (len == 0) return at;
  const auto lead = static_cast<unsigned char>(s_[k]);
  const bool hangul = lead >= 0xEA && lead <= 0xED;
  if (hangul && !boundary_at(k + len)) return at;
  // A sign or a Latin name glued to a letter, digit or _ starts another token: `$1 $PATH`,
  // `$1 $2` (two figures), `5 dollarsign`.
  if (!hangul && k + len < s_.size()) {
    const char next = s_[k + len];
    if ((next >= '0' && next <= '9') || (next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next == '_') return at;
  }
  into.m = m;
  into.at = k;
  return k + len;
}

/// The length of a range separator at k (~, -, ～, 〜, –, —, to, and after between), or 0.
EOK_ALWAYS_INLINE inline std::size_t reader::range_separator(const figure_parts& p, std::size_t k) const {
  if (p.between) return k > p.j && starts_with_word_ci(s_, k, "and") ? 3 : 0;
  if (starts_with(s_, k, "~") || starts_with(s_, k, "-")) return 1;
  for (std::string_view dash : {"\xEF\xBD\x9E", "\xE3\x80\x9C", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (starts_with(s_, k, dash)) return dash.size();
  }
  if (k > p.j && starts_with_word_ci(s_, k, "to") && k + 2 < s_.size() && s_[k + 2] == ' ') return 2;
  return 0;
}

/// A range after the first amount: 2조~3조원, 20억-30억 달러, $2.3-3 billion, between $2 billion
/// and $3 billion. False only on a hard error.
EOK_ALWAYS_INLINE inline bool reader::read_range(figure_parts& p) {
  if (!more_text(p.j) || p.a1.vague) return true;
  const std::size_t k = skip_spaces(s_, p.j);
  const std::size_t sep_len = range_separator(p, k);
  if (sep_len == 0) return true;
  const bool dash = s_[k] == '-';
  std::optional<currency_match> pre2;
  const std::size_t m = read_prefix_currency(skip_spaces(s_, k + sep_len), pre2);
  const diag before = d_;
  if (!read_amount(m, p.pre.has_value() || pre2.has_value(), p.second) || p.second.vague) {
    if (d_.hard) return false;
    d_ = before;
    return true;
  }
  const std::size_t end = p.second.end;
  if (dash && end + 1 < s_.size() && (s_[end] == '-' || s_[end] == '.') &&
      digit_value(utf8::next(s_, end + 1).cp) >= 0) {
    return fail(why::date_like, k);
  }
  if (pre2 && p.pre && pre2->value != p.pre->value) return fail(why::range_currencies, m);
  if (pre2 && !p.pre) p.pre = pre2;
  p.a2 = &p.second;
  p.j = read_suffix_currency(end, p.c2);
  return true;
}

/// The figure's currency from the words before and after it; an error when two disagree.
EOK_ALWAYS_INLINE inline bool reader::resolve_currency(figure_parts& p) {
  if (p.c1.m && p.c2.m && p.c1.m->value != p.c2.m->value) {
    return fail(why::range_currencies, p.c2.at, piece(p.c1.at, p.c1.m->length), piece(p.c2.at, p.c2.m->length));
  }
  const side_currency& suf = p.c2.m ? p.c2 : p.c1;
  if (p.pre && suf.m && p.pre->value != suf.m->value) {
    return fail(why::two_currencies, suf.at, piece(p.pre_at, p.pre->length), piece(suf.at, suf.m->length));
  }
  if (p.hint) {
    const bool after = suf.m.has_value();
    const std::optional<currency_match>& other = after ? suf.m : p.pre;
    if (other && other->value != *p.hint) {
      const std::size_t at = after ? suf.at : p.pre_at;
      return fail(why::two_currencies, at, piece(p.hint_at, p.hint_len), piece(at, other->length));
    }
    p.cur = *p.hint;
  }
  if (p.pre) {
    p.cur = p.pre->value;
    p.ambiguous = p.pre->ambiguous;
  }
  if (suf.m) {
    p.cur = suf.m->value;
    p.ambiguous = (!p.pre || p.pre->ambiguous) && suf.m->ambiguous;
  }
  if (p.hint) p.ambiguous = false;
  p.kind = p.cur.valid() ? figure_kind::money : figure_kind::number;
  return true;
}

/// A percent word or a counter after an amount that has no currency.
EOK_ALWAYS_INLINE inline void reader::read_unit(figure_parts& p) const {
  if (p.cur.valid() || !more_text(p.j)) return;
  const std::size_t k = skip_spaces(s_, p.j);
  lexicon::percent_kind pk{};
  std::string_view cw;
  if (const std::size_t len = percent_at(s_, k, pk); len != 0 && boundary_at(k + len)) {
    p.kind = figure_kind::percent;
    p.unit = pk == lexicon::percent_kind::points ? "%p" : "%";
    p.j = k + len;
    p.ends_with_unit = true;
  } else if (const std::size_t clen = counter_at(s_, k, cw); clen != 0 && boundary_at(k + clen)) {
    if (p.a2 || !p.a1.single_numeral) {
      p.kind = figure_kind::count;
      p.unit = cw;
      p.j = k + clen;
      p.ends_with_unit = true;
    }
  }
}

/// One trailing qualifier at p.j: 가량, 안팎, 이상, 대, 씩 (spaced or glued; 대 and 씩 glued
/// only), a particle and a bound verb ("1조원이 넘는"), or "or more". True when one was read.
EOK_ALWAYS_INLINE inline bool reader::trailing_word(figure_parts& p) {
  using lexicon::qualifier;
  std::size_t& j = p.j;
  // Only words that start with the character after the spaces can match (a glued word can
  // match only where there are no spaces, which is the same place).
  const std::size_t spaced = skip_spaces(s_, j);
  const auto [first, last] = words_starting_at(suffix_index, s_, spaced);
  for (std::size_t n = first; n < last; ++n) {
    const lexicon::qualifier_word& w = lexicon::suffix_words[suffix_index.word[n]];
    const bool glued_only = w.meaning == qualifier::band || w.meaning == qualifier::each;
    const std::size_t k = glued_only ? j : spaced;
    if (!starts_with(s_, k, w.text)) continue;
    const std::size_t after = k + w.text.size();
    if (w.meaning == qualifier::band) {
      // 대 makes a band only after a currency or a scale word: 8천억원대, 1조원대.
      const bool after_unit = p.c1.m || p.c2.m || p.a1.ends_with_scale;
      if (p.band || p.a2 || p.a1.vague || !after_unit || p.ends_with_unit || !boundary_at(after)) continue;
    } else if (w.meaning == qualifier::each) {
      if (p.each) continue;
    } else if (w.meaning != qualifier::more_than && !boundary_at(after)) {
      continue;
    }
    apply(w.meaning, p);
    j = after;
    // 웃도는/상회하는: a verb stem takes the rest of its ending (는, 한) too.
    if (!boundary_at(j)) {
      for (std::string_view tail : lexicon::stem_endings) {
        if (starts_with(s_, j, tail)) {
          j += tail.size();
          break;
        }
      }
    }
    return true;
  }
  // "1조원이 넘는": a particle glued to the figure, a space, then a bound verb.
  for (std::string_view particle : lexicon::bound_particles) {
    if (j >= s_.size() || !bound_particle_firsts.has(static_cast<unsigned char>(s_[j]))) break;
    if (!starts_with(s_, j, particle) || j + particle.size() >= s_.size() || s_[j + particle.size()] != ' ') continue;
    const std::size_t k = skip_spaces(s_, j + particle.size());
    for (const lexicon::qualifier_word& v : lexicon::bound_verbs) {
      if (!starts_with(s_, k, v.text)) continue;
      std::size_t end = k + v.text.size();
      while (end < s_.size() && utf8::is_hangul_syllable(utf8::next(s_, end).cp)) end += 3;  // the verb's ending
      apply(v.meaning, p);
      j = end;
      return true;
    }
    return false;
  }
  if (j < s_.size() && s_[j] == ' ') {
    for (const lexicon::qualifier_word& w : lexicon::english_suffix_words) {
      if (!starts_with_word_ci(s_, j + 1, w.text)) continue;
      apply(w.meaning, p);
      j += 1 + w.text.size();
      return true;
    }
  }
  return false;
}

EOK_ALWAYS_INLINE inline void reader::read_trailing_qualifiers(figure_parts& p) {
  if (!more_text(p.j)) return;
  for (int n = 0; n < max_qualifiers && trailing_word(p); ++n) {
  }
}

/// The place of an amount's last significant digit: its last written digit when trailing zeros
/// are significant, else its last non-zero digit (a vague amount: the place after 수).
EOK_ALWAYS_INLINE inline int reader::precision_of(const amount& a) const noexcept {
  if (a.vague) return a.vague_e;
  if (opt_.trailing_zeros_significant || a.value.m == 0) return a.written_e == INT_MAX ? 0 : a.written_e;
  return a.value.e + trailing_zeros(a.value.m);
}

/// `v` × 10^k.
inline num shifted(num v, int k) noexcept {
  v.e += k;
  return v;
}

/// Whether a ≤ b (both non-negative and exact, as read).
inline bool at_most(num a, num b) noexcept {
  a.m = -a.m;
  if (!add_to(b, a)) return false;
  return b.m >= 0;
}

/// Multiplies a range's low end by 10^k, precision included.
inline void scale_low_end(amount& lo, int k) noexcept {
  lo.value.e += k;
  if (lo.written_e != INT_MAX) lo.written_e += k;
}

/// Makes the figure from its parts: value or range or band, precision, text and line.
EOK_ALWAYS_INLINE inline bool reader::build(figure_parts& p, figure& f) {
  const amount& a1 = p.a1;
  f.start = p.pos;
  f.end = p.j;
  f.kind = p.kind;
  f.cur = p.cur;
  f.currency_ambiguous = p.cur.valid() && p.ambiguous;
  f.approximate = p.approximate || a1.approximate || (p.a2 && p.a2->approximate);
  f.bound = p.bound;
  f.unit.clear();
  if (!p.unit.empty()) f.unit.append(p.unit.data(), p.unit.size());
  f.each = p.each;
  f.spelled = !a1.has_digits && (!p.a2 || !p.a2->has_digits);
  bool negative = p.negative;
  if (a1.unit_assumed || (p.a2 && p.a2->unit_assumed)) f.reading = ambiguity::missing_last_unit;
  if (p.a2) {
    amount lo = a1;
    if (!lo.has_scale && p.a2->has_scale) {
      // The low end takes the high end's scale when it has none: 2~3조원 is 2조 to 3조.
      scale_low_end(lo, p.a2->lead_mult);
    } else if (lo.has_scale && !lo.has_myriad && p.a2->lead_myriad > 0) {
      // 3천~5천만원: the low end's place words count in the high end's first myriad (3천만).
      // When that would pass the high end (5천~1억원), the myriad below that keeps it under
      // is the likelier reading (5천만), and it is only a reading: say so.
      int k = p.a2->lead_myriad;
      while (k > 0 && !at_most(shifted(lo.value, k), p.a2->value)) k -= 4;
      if (k != p.a2->lead_myriad) f.reading = ambiguity::range_low_scale;
      scale_low_end(lo, k);
    }
    num diff = p.a2->value;
    num neg_lo = lo.value;
    neg_lo.m = -neg_lo.m;
    if (!add_to(diff, neg_lo)) return fail(why::too_long, p.a2->begin);
    if (diff.m < 0 && !negative) {  // "-3~5": only the low end is negative
      return fail(why::range_reversed, p.a2->begin, piece(a1.begin, a1.end - a1.begin),
                  piece(p.a2->begin, p.a2->end - p.a2->begin));
    }
    f.range = true;
    f.low = to_decimal(lo.value, negative);
    f.high = to_decimal(p.a2->value, false);
    f.precision = pow10_decimal(std::min(precision_of(lo), precision_of(*p.a2)));
  } else if (a1.vague) {
    f.vague = true;
    f.low = to_decimal(a1.value, negative);
    f.high = to_decimal(a1.vague_high, negative);
    if (negative) std::swap(f.low, f.high);  // 마이너스 수천억: low -1조, high -2000억
    f.precision = pow10_decimal(a1.vague_e);
  } else {
    if (a1.value.m == 0) negative = false;  // zero has no sign: -0조원대 is the band [0, 1조)
    f.value = to_decimal(a1.value, negative);
    const int place = precision_of(a1);
    f.precision = pow10_decimal(place);
    if (p.band) {
      f.band = true;
      num hi = a1.value;
      if (!add_to(hi, num{1, place})) return fail(why::too_long, a1.begin);
      f.low = f.value;
      f.high = to_decimal(hi, negative);
      if (negative) std::swap(f.low, f.high);  // -8천억원대: low -9000억, high -8000억
    }
  }
  // clear and append, as for the unit: libstdc++'s append is cheaper than its general assign.
  f.text.clear();
  f.text.append(s_.data() + p.pos, p.j - p.pos);
  const auto before = s_.begin() + static_cast<std::ptrdiff_t>(p.pos);
  f.line = 1 + static_cast<std::size_t>(std::count(s_.begin(), before, '\n'));
  return true;
}

[[gnu::hot]] bool reader::figure_at(std::size_t pos, std::size_t* out_end, figure& f) {
  figure_parts p;
  p.pos = pos;
  p.j = pos;
  read_leading_qualifiers(p);
  p.pre_at = p.j;
  p.j = read_prefix_currency(p.j, p.pre);
  if (!read_amount(p.j, p.pre.has_value(), p.a1)) return false;
  p.j = read_suffix_currency(p.a1.end, p.c1);
  if (!read_range(p) || !resolve_currency(p)) return false;
  read_unit(p);
  // 영원 (eternity), 사원 (employee): one numeral syllable glued to a currency is a word.
  if (p.cur.valid() && !p.a2 && p.a1.single_numeral && (p.c1.m || p.c2.m)) return false;
  read_trailing_qualifiers(p);
  // A figure glued to an unknown word: "일조량", "5조각", "사과".
  const bool bare_numeral = p.a1.single_numeral && !p.a2 && p.j == p.a1.end && p.a1.begin == pos;
  if (!strict_boundary_at(s_, p.j, bare_numeral)) return false;
  if (!build(p, f)) return false;
  if (out_end != nullptr) *out_end = p.j;
  return true;
}

}  // namespace eok::parse_detail
