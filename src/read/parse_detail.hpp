// src/read/parse_detail.hpp: the figure parser's private parts (not installed).
//
// The parser (include/eok/read/parse.hpp) is four files around this header, one per concept:
//   - the lexer, here: what one code point is (digit, numeral, place, myriad, space), and which
//     lexicon word stands at a byte offset. Inline, because the grammar asks it at every byte.
//   - parse_number.cpp: literals (`1,234.5`, `삼천`) and amounts (`1조 2,345억`, `수천억`),
//     accumulated exactly in `num`.
//   - parse_grammar.cpp: a whole figure: qualifiers, currency, range, unit, band.
//   - parse_messages.cpp: what each reason to stop (`why`) says to a user.
// parse.cpp holds the public entry points. Every word comes from the lexicon
// (include/eok/lexicon/); nothing here lists a word of its own.
//
// Nothing allocates until a figure is built: words are compared as bytes, digits are
// accumulated in a 128-bit integer, and the decimal is made once at the end.
#ifndef EOK_SRC_READ_PARSE_DETAIL_HPP
#define EOK_SRC_READ_PARSE_DETAIL_HPP

#include <eok/read/parse.hpp>
#include <eok/lexicon/currency_names.hpp>
#include <eok/lexicon/numerals.hpp>
#include <eok/lexicon/particles.hpp>
#include <eok/lexicon/qualifiers.hpp>
#include <eok/lexicon/rate_words.hpp>
#include <eok/lexicon/scales.hpp>
#include <eok/lexicon/units.hpp>
#include <eok/text/text.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace eok::parse_detail {

using detail::int128;

using detail::int128;

// ---- 1. code points and words ------------------------------------------------------------

// Code points come from the text layer's one decoder (text.hpp): utf8::next is strict, so
// malformed bytes can never spell a digit or a word.
using cp_len = utf8::code_point;

constexpr char32_t u(const char* p) {
  const auto c = static_cast<unsigned char>(p[0]);
  if (c < 0x80) return c;
  const auto c1 = static_cast<unsigned char>(p[1]) & 0x3Fu;
  if (c < 0xE0) return ((c & 0x1Fu) << 6) | c1;
  const auto c2 = static_cast<unsigned char>(p[2]) & 0x3Fu;
  return ((c & 0x0Fu) << 12) | (c1 << 6) | c2;
}

inline bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// What one code point can be inside an amount, found with one switch instead of one per
/// word list (the reader asks this for every character it looks at).
enum class ck : unsigned char {
  other,    ///< anything else
  digit,    ///< 0-9, full-width ０-９; value is the digit
  numeral,  ///< 영 일 이 ... 구, 一 ... 九; value is the digit
  small,    ///< 십 백 천 (十 百 千); value is 1, 2, 3
  myriad,   ///< 만 억 조 경 해 (and Hanja); value is 4, 8, 12, 16, 20
  vague,    ///< 수, 몇 (수천억: some thousands of 억)
  yeo,      ///< 여 (1억여: a little over 1억)
  space,    ///< space, tab, no-break space
};

struct cclass {
  ck kind;
  int value;
};

/// A class packed in a byte: the kind in the high three bits, the value (at most 20) below.
constexpr unsigned char pack(ck kind, int value) noexcept {
  return static_cast<unsigned char>((static_cast<unsigned>(kind) << 5) | static_cast<unsigned>(value));
}

constexpr ck kind_of(lexicon::numeral_role r) noexcept {
  switch (r) {
    case lexicon::numeral_role::digit: return ck::numeral;
    case lexicon::numeral_role::place: return ck::small;
    case lexicon::numeral_role::myriad: return ck::myriad;
    case lexicon::numeral_role::none: break;
  }
  return ck::other;
}

/// The class a numeral of the lexicon has here.
inline constexpr auto numeral_class = [](lexicon::numeral_meaning m) { return pack(kind_of(m.role), m.value); };

/// The class of every Hangul syllable, from the lexicon (numerals.hpp, qualifiers.hpp).
inline constexpr std::array<unsigned char, 11172> syllable_class = [] {
  std::array<unsigned char, 11172> t{};
  lexicon::tag_syllables(t, numeral_class);
  for (std::string_view w : lexicon::vague_words) t[lexicon::detail::only_code_point(w) - 0xAC00] = pack(ck::vague, 0);
  t[lexicon::detail::only_code_point(lexicon::over_suffix) - 0xAC00] = pack(ck::yeo, 0);
  return t;
}();

/// The numeral characters outside the Hangul syllables (Hanja and 〇), from the lexicon.
inline constexpr auto other_numerals =
    lexicon::other_numerals<lexicon::count_other_numerals(numeral_class)>(numeral_class);
inline constexpr char32_t other_numeral_min = 0x3007;  // 〇; the rest are CJK ideographs
static_assert([] {
  for (const lexicon::tagged_numeral& o : other_numerals) {
    if (o.cp < other_numeral_min || o.cp > 0x9FFF) return false;
  }
  return true;
}(), "a numeral outside the Hangul syllables must lie in 〇..U+9FFF");

[[gnu::always_inline]] inline cclass unpack(unsigned char c) noexcept {
  return {static_cast<ck>(c >> 5), static_cast<int>(c & 0x1Fu)};
}

[[gnu::always_inline]] inline cclass classify(char32_t cp) noexcept {
  if (cp < 0x80) {
    if (cp >= '0' && cp <= '9') return {ck::digit, static_cast<int>(cp - '0')};
    if (cp == ' ' || cp == '\t') return {ck::space, 0};
    return {ck::other, 0};
  }
  if (cp >= 0xAC00 && cp <= 0xD7A3) return unpack(syllable_class[cp - 0xAC00]);
  if (cp >= 0xFF10 && cp <= 0xFF19) return {ck::digit, static_cast<int>(cp - 0xFF10)};
  if (cp == 0xA0) return {ck::space, 0};
  if (cp >= other_numeral_min && cp <= 0x9FFF) {
    for (const lexicon::tagged_numeral& o : other_numerals) {
      if (o.cp == cp) return unpack(o.tag);
    }
  }
  return {ck::other, 0};
}

/// 0-9 for ASCII and full-width digits, else -1.
inline int digit_value(char32_t cp) noexcept {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);
  return -1;
}

/// 0-9 for Sino-Korean and Hanja numeral words, else -1.
inline int numeral_value(char32_t cp) noexcept {
  const cclass c = classify(cp);
  return c.kind == ck::numeral ? c.value : -1;
}

/// 1, 2, 3 for 십 백 천 (and Hanja), else 0.
inline int small_scale(char32_t cp) noexcept {
  const cclass c = classify(cp);
  return c.kind == ck::small ? c.value : 0;
}

/// 4, 8, 12, 16, 20 for 만 억 조 경 해 (and Hanja), else 0.
inline int myriad_scale(char32_t cp) noexcept {
  const cclass c = classify(cp);
  return c.kind == ck::myriad ? c.value : 0;
}

[[gnu::always_inline]] inline bool starts_with(std::string_view s, std::size_t i, std::string_view w) noexcept {
  return bytes::at(s, i, w);
}

/// Case-insensitive ASCII word at i, not followed by a letter.
/// Case-insensitive ASCII `w` (lower case) at i, whatever follows.
inline bool starts_with_ci(std::string_view s, std::size_t i, std::string_view w) noexcept {
  if (s.size() - std::min(i, s.size()) < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != w[k]) return false;
  }
  return true;
}

/// Whether no ASCII letter stands at i (the end of a word).
inline bool word_ends_at(std::string_view s, std::size_t i) noexcept { return i >= s.size() || !is_ascii_letter(s[i]); }

/// Case-insensitive ASCII word at i, not followed by a letter.
inline bool starts_with_word_ci(std::string_view s, std::size_t i, std::string_view w) noexcept {
  return starts_with_ci(s, i, w) && word_ends_at(s, i + w.size());
}

inline std::size_t skip_spaces(std::string_view s, std::size_t i) noexcept {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (starts_with(s, i, "\xC2\xA0")) {  // no-break space
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

using lexicon::char_key;
using lexicon::first_char_index;
using lexicon::make_first_char_index;
using lexicon::words_starting_at;

inline constexpr auto suffix_index = make_first_char_index(lexicon::suffix_words);
inline constexpr auto counter_index = make_first_char_index(lexicon::counter_words);

// The first bytes of the short lists the grammar tries in full: most places begin none of them.
inline constexpr lexicon::byte_set sign_mark_firsts = lexicon::first_bytes(lexicon::sign_marks);
inline constexpr lexicon::byte_set bound_particle_firsts = lexicon::first_bytes(lexicon::bound_particles);
inline constexpr lexicon::byte_set latin_unit_firsts = lexicon::first_bytes(lexicon::latin_units);
inline constexpr lexicon::byte_set percent_firsts = lexicon::first_bytes(lexicon::percent_words);
inline constexpr lexicon::byte_set english_percent_firsts = lexicon::first_bytes(lexicon::english_percent_words, true);


/// A set of Hangul syllables, one bit each.
using syllable_set = std::array<std::uint64_t, (11172 + 63) / 64>;

constexpr void add_syllable(syllable_set& t, char32_t cp) noexcept {
  if (cp >= 0xAC00 && cp <= 0xD7A3) t[(cp - 0xAC00) / 64] |= std::uint64_t{1} << ((cp - 0xAC00) % 64);
}

/// The first syllables of the words that may follow a figure: the lexicon's particles, the
/// words that go with amounts (어치, 짜리, 규모 ...) and the suffix qualifiers (가량, 이상, 씩 ...).
inline constexpr syllable_set boundary_syllables = [] {
  syllable_set t{};
  for (char32_t cp : lexicon::particle_starts) add_syllable(t, cp);
  for (std::string_view w : lexicon::amount_words) add_syllable(t, u(w.data()));
  for (const lexicon::qualifier_word& w : lexicon::suffix_words) add_syllable(t, u(w.text.data()));
  for (std::string_view w : lexicon::vague_words) add_syllable(t, u(w.data()));  // 수준
  add_syllable(t, u(lexicon::per_suffix.data()));                           // 100엔당 (a stated rate)
  return t;
}();

/// The first syllables of the Korean words that may begin a figure before its number (약, 최대,
/// 미화, 마이너스 ...), so most syllables need no comparison with the words at all.
inline constexpr syllable_set lead_syllables = [] {
  syllable_set t{};
  for (const lexicon::qualifier_word& w : lexicon::prefix_words) add_syllable(t, u(w.text.data()));
  return t;
}();

inline bool in_syllable_set(const syllable_set& set, char32_t cp) noexcept {
  if (cp < 0xAC00 || cp > 0xD7A3) return false;
  return ((set[(cp - 0xAC00) / 64] >> ((cp - 0xAC00) % 64)) & 1u) != 0;
}

/// Whether a figure can start at s[i] at all: not inside a character, and a Hangul syllable
/// only when it is a numeral, a place or scale, 수/몇, or the start of a leading qualifier.
/// Everything else (other characters, digits, symbols, letters) is left to the grammar.
[[gnu::always_inline]] inline bool may_start_figure(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b >= 0x80 && b < 0xC0) return false;  // a continuation byte
  if (b < 0xEA || b > 0xED) return true;
  const cp_len c = utf8::next(s, i);
  if (!utf8::is_hangul_syllable(c.cp)) return true;
  const ck kind = classify(c.cp).kind;
  return (kind != ck::other && kind != ck::yeo) || in_syllable_set(lead_syllables, c.cp);
}

/// Whether a figure may end right before the syllable `cp` (a particle or a word that goes with it).
inline bool is_boundary_syllable(char32_t cp) noexcept { return in_syllable_set(boundary_syllables, cp); }

// ---- words at a byte offset (all from the lexicon) ---------------------------------------

/// The currency name or symbol at s[i] (from the lexicon's one alias index); its length or 0.
inline std::size_t currency_word_at(std::string_view s, std::size_t i, currency_match& m) noexcept {
  if (i >= s.size()) return 0;
  const auto found = match_currency_prefix(s.substr(i));
  if (!found) return 0;
  m = *found;
  return found->length;
}

/// The counter or unit of measure at s[i] (개사, 명, GW); its length or 0.
inline std::size_t counter_at(std::string_view s, std::size_t i, std::string_view& unit) noexcept {
  const auto [first, last] = words_starting_at(counter_index, s, i);
  for (std::size_t n = first; n < last; ++n) {
    const std::string_view w = lexicon::counter_words[counter_index.word[n]];
    if (starts_with(s, i, w)) {
      unit = w;
      return w.size();
    }
  }
  if (i >= s.size() || !latin_unit_firsts.has(static_cast<unsigned char>(s[i]))) return 0;
  for (std::string_view w : lexicon::latin_units) {
    if (starts_with(s, i, w) && (i + w.size() >= s.size() || !is_ascii_letter(s[i + w.size()]))) {
      unit = w;
      return w.size();
    }
  }
  return 0;
}

/// The percent word at s[i] (%, %p, 퍼센트, percent); its length or 0.
inline std::size_t percent_at(std::string_view s, std::size_t i, lexicon::percent_kind& kind) noexcept {
  if (i >= s.size()) return 0;
  const auto b = static_cast<unsigned char>(s[i]);
  if (!percent_firsts.has(b) && !english_percent_firsts.has(b)) return 0;
  for (const lexicon::percent_word& w : lexicon::percent_words) {
    if (starts_with(s, i, w.text)) {
      kind = w.meaning;
      return w.text.size();
    }
  }
  for (std::string_view w : lexicon::english_percent_words) {
    if (starts_with_word_ci(s, i, w)) {
      kind = lexicon::percent_kind::percent;
      return w.size();
    }
  }
  return 0;
}

/// Whether a figure may end at s[i]: the end, a character that is not a Hangul syllable, a
/// particle, or a word that may follow an amount (a currency, counter, percent or scale word).
inline bool boundary_at(std::string_view s, std::size_t i) noexcept {
  const cp_len c = utf8::next(s, i);
  if (c.len == 0 || !utf8::is_hangul_syllable(c.cp)) return true;
  if (is_boundary_syllable(c.cp)) return true;
  currency_match m;
  std::string_view unit;
  lexicon::percent_kind kind{};
  return currency_word_at(s, i, m) != 0 || counter_at(s, i, unit) != 0 || percent_at(s, i, kind) != 0 ||
         small_scale(c.cp) != 0 || myriad_scale(c.cp) != 0;
}

/// What may follow a finished figure: the end, a non-Hangul character, or a particle. A lone
/// numeral syllable (사, 이) takes only the plainest particles, so 사과 and 이번 are words.
inline bool strict_boundary_at(std::string_view s, std::size_t i, bool single_numeral) noexcept {
  const cp_len c = utf8::next(s, i);
  if (c.len == 0 || !utf8::is_hangul_syllable(c.cp)) return true;
  if (single_numeral) return lexicon::plain_particles.find(c.cp) != std::u32string_view::npos;
  return is_boundary_syllable(c.cp);
}

/// Syllables that may follow a figure: particles, and the first syllables of words that

// ---- 2. exact numbers while reading ---------------------------------------------------------

inline constexpr int max_digits = 36;
/// The most qualifier words read before (and after) one figure: 약 최대 미화 마이너스 is four.
inline constexpr int max_qualifiers = 6;

inline constexpr std::array<int128, 38> pow10 = [] {
  std::array<int128, 38> t{};
  int128 v = 1;
  for (auto& x : t) {
    x = v;
    v *= 10;
  }
  return t;
}();

/// mantissa × 10^exponent, mantissa kept below 10^37 in magnitude (it is negative only while
/// a range's width is computed).
struct num {
  int128 m = 0;
  int e = 0;
};

inline int128 magnitude(int128 m) noexcept { return m < 0 ? -m : m; }

inline bool scale_up(int128& m, int k) noexcept {
  if (m == 0 || k == 0) return true;
  if (k < 0 || k > 36 || magnitude(m) >= pow10[static_cast<std::size_t>(37 - k)]) return false;
  m *= pow10[static_cast<std::size_t>(k)];
  return true;
}

inline bool add_to(num& acc, num t) noexcept {
  if (t.m == 0) return true;
  if (acc.m == 0) {
    acc = t;
    return true;
  }
  if (acc.e > t.e) {
    if (!scale_up(acc.m, acc.e - t.e)) return false;
    acc.e = t.e;
  } else if (t.e > acc.e) {
    if (!scale_up(t.m, t.e - acc.e)) return false;
  }
  acc.m += t.m;
  return magnitude(acc.m) < pow10[37];
}

/// Whether t < 10^p.
inline bool below_pow10(num t, int p) noexcept {
  if (p == INT_MAX) return true;
  const int d = p - t.e;
  if (d > 37) return true;
  if (d < 0) return t.m == 0;
  return t.m < pow10[static_cast<std::size_t>(d)];
}

inline int trailing_zeros(int128 m) noexcept {
  int z = 0;
  if (m > 0 && m <= static_cast<int128>(INT64_MAX)) {
    auto x = static_cast<std::int64_t>(m);
    while (x % 10 == 0) {
      x /= 10;
      ++z;
    }
    return z;
  }
  while (m != 0 && m % 10 == 0) {
    m /= 10;
    ++z;
  }
  return z;
}

// ---- 3. the reader ----------------------------------------------------------------------

/// Why reading stopped, for parse_figure's message. `hard` problems mean the text at this
/// position is malformed (match_figure_at returns nothing); soft ones only explain a stop.
enum class why : unsigned char {
  none,
  scale_after_scale,
  scale_order,
  part_too_large,
  comma_group,
  double_comma,
  comma_after_four,
  point_no_digit,
  two_points,
  date_like,
  no_digits_before_scale,
  too_long,
  too_many_digits,
  two_currencies,
  range_currencies,
  range_reversed,
  vague_needs_scale,
};

struct diag {
  why reason = why::none;
  bool hard = false;
  std::size_t offset = 0;
  std::string_view a;  // words named in the message
  std::string_view b;
};

enum class tok : unsigned char { none, literal, small, myriad };

/// One run of digits or numeral words. No default values: `literal{}` is a zero literal, and
/// amount_state's pending literal is read only after one was stored (have_pending), so it
/// need not be cleared with the rest of the state.
struct literal {
  num v;
  int written_e;  // exponent of the last written digit
  bool spelled;
  bool vague;
  std::size_t begin;
  std::size_t end;
};

/// One amount: "1조 2,345억 6,789만", "삼천억", "1.5", "수천억", "2.3 billion".
/// Deliberately without default values for its flags and offsets: read_amount sets every
/// field when it succeeds, and a figure reads an amount only then, so zeroing the struct
/// first (which compilers do with a `rep stos`) would be work for nothing.
struct amount {
  num value;            // exact value (the low end when vague)
  num vague_high;       // exclusive high end when vague, else 0
  bool vague;
  int vague_e;          // place of the unit after 수 (precision of a vague amount)
  int written_e;        // place of the last written digit; INT_MAX when none
  int lead_mult;        // power of ten applied to the first literal (for 2~3조원)
  int lead_myriad;      // the myriad that closes the first group (4 for 5천만, 8 for 1억); 0 for none
  bool has_myriad;      // a myriad word was written (만 억 조 경 해)
  bool unit_assumed;    // ended on a place word after 억 or more, read in the myriad below (1억2천 = 1억2천만)
  bool has_scale;
  bool has_digits;
  bool approximate;     // 여
  bool ends_with_scale;
  bool single_numeral;  // one Sino digit and nothing else (사, 이)
  std::size_t begin;
  std::size_t end;
};

/// Everything read_amount knows while it reads. The high end of a vague amount is not
/// tracked: only one 수 is allowed, so it is the value plus 8 units of 수's place (수천억 reads
/// 2천억 and goes up to, not including, 10천억).
struct amount_state {
  num total;
  int total_ulp = INT_MAX;
  int last_myriad = INT_MAX;
  num group;
  int group_ulp = INT_MAX;
  int last_small = 4;
  int group_written = INT_MAX;
  int written = INT_MAX;
  bool have_pending = false;
  literal pending;
  tok last = tok::none;
  std::size_t last_scale_at = 0;   // the last scale word of any kind
  std::size_t last_scale_len = 0;
  std::size_t small_at = 0;        // the last 십/백/천 in this group
  std::size_t small_len = 0;
  std::size_t myriad_at = 0;       // the last 만/억/조/경/해
  std::size_t myriad_len = 0;
  std::size_t group_begin = std::string_view::npos;  // first byte of the open group
  int mode = 0;  // 0 unknown, 1 digits, 2 numeral words
  bool any = false;
  bool vague = false;
  bool vague_open = false;
  int vague_rel = 0;
  int vague_abs = 0;
  bool lead_in_group = false;
  bool lead_done = false;
  int lead_rel = 0;
  int lead_mult = 0;
  int lead_myriad = 0;
  bool has_scale = false;
  bool approximate = false;
  int literals = 0;
  bool single_numeral = false;
  std::size_t end = 0;
};

/// A currency read on one side of an amount, and where.
struct side_currency {
  std::optional<currency_match> m;
  std::size_t at = 0;
};

/// What figure_at has read so far. Each step of the grammar fills its part; `build` turns the
/// whole into a figure. The amounts have no default values (see `amount`).
struct figure_parts {
  std::size_t pos = 0;  // where the figure starts
  std::size_t j = 0;    // where reading goes on
  // leading qualifiers (약, 최대, 미화, about, between, 마이너스, -)
  bool approximate = false;
  bound_kind bound = bound_kind::none;
  bool between = false;
  bool negative = false;
  bool sign_read = false;  // a sign mark was read (one per figure)
  std::optional<currency> hint;
  std::size_t hint_at = 0;
  std::size_t hint_len = 0;
  // currencies around the amounts
  std::optional<currency_match> pre;
  std::size_t pre_at = 0;
  side_currency c1;
  side_currency c2;
  // the amount, and the high end of a range (a2 points to `second` when there is one)
  amount a1;
  amount second;
  const amount* a2 = nullptr;
  // what the figure is
  currency cur;
  bool ambiguous = false;
  figure_kind kind = figure_kind::number;
  std::string_view unit;
  bool ends_with_unit = false;
  bool band = false;
  bool each = false;
};

class reader {
public:
  reader(std::string_view s, const parse_options& o, diag& d) : s_(s), opt_(o), d_(d) {}

  /// Reads the figure at `pos` into `f`; false when there is none (see d_ for why).
  bool figure_at(std::size_t pos, std::size_t* out_end, figure& f);

private:
  // -- diagnostics
  bool fail(why r, std::size_t at, std::string_view a = {}, std::string_view b = {}) {
    d_ = diag{r, true, at, a, b};
    return false;
  }
  void note(why r, std::size_t at, std::string_view a = {}) {
    if (d_.hard) return;
    if (d_.reason == why::none || at >= d_.offset) {
      d_.reason = r;
      d_.offset = at;
      d_.a = a;
    }
  }
  std::string_view piece(std::size_t at, std::size_t len) const { return s_.substr(at, len); }

  // -- literals (parse_number.cpp)
  bool read_digits(std::size_t i, literal& out);
  bool spaced_group_at(std::size_t at) const noexcept;
  bool read_numerals(std::size_t i, literal& out, bool one_digit);

  // -- amounts (parse_number.cpp)
  bool take_small(amount_state& st, int k, std::size_t at, std::size_t len);
  bool take_myriad(amount_state& st, int k, std::size_t at, std::size_t len);
  static bool took_scale(amount_state& st, tok t, std::size_t at, std::size_t len) noexcept;
  bool flush_group(amount_state& st, int k, std::size_t at, std::size_t len);
  bool take_literal(amount_state& st, std::size_t& j, cp_len c, cclass cl);
  bool take_vague(amount_state& st, std::size_t& j, cp_len c);
  bool take_over(amount_state& st, std::size_t& j, cp_len c);
  bool space_continues(const amount_state& st, std::size_t j) const;
  bool finish_amount(amount_state& st, std::size_t i, amount& out);
  void read_english_scale(const amount_state& st, bool allow_letter_scales, amount& out) const;
  /// Reads one amount at i, reading no further than `stop`.
  bool read_amount(std::size_t i, bool allow_letter_scales, amount& out,
                   std::size_t stop = std::string_view::npos);

  // -- the figure around its amounts (parse_grammar.cpp)
  static void apply(lexicon::qualifier q, figure_parts& p) noexcept;
  bool leading_word(figure_parts& p);
  void read_leading_qualifiers(figure_parts& p);
  std::size_t read_prefix_currency(std::size_t at, std::optional<currency_match>& into) const;
  std::size_t read_suffix_currency(std::size_t at, side_currency& into) const;
  std::size_t range_separator(const figure_parts& p, std::size_t k) const;
  bool read_range(figure_parts& p);
  bool resolve_currency(figure_parts& p);
  void read_unit(figure_parts& p) const;
  bool trailing_word(figure_parts& p);
  void read_trailing_qualifiers(figure_parts& p);
  int precision_of(const amount& a) const noexcept;
  bool build(figure_parts& p, figure& f);

  // -- words around a figure (the lexer, above)
  bool boundary_at(std::size_t i) const { return parse_detail::boundary_at(s_, i); }
  bool more_text(std::size_t j) const { return skip_spaces(s_, j) < s_.size(); }

  std::string_view s_;
  const parse_options& opt_;
  diag& d_;
};

/// The exact decimal of `v` (negated when `negative`), and 10^p, built once per figure.
decimal to_decimal(num v, bool negative);
decimal pow10_decimal(int p);

/// The error `d` describes in `text` (parse_messages.cpp).
error make_error(std::string_view text, const diag& d);
std::string quote(std::string_view w);
std::string describe_byte(std::string_view s, std::size_t i);
std::string describe_char(std::string_view s, std::size_t i);

}  // namespace eok::parse_detail

#endif  // EOK_SRC_READ_PARSE_DETAIL_HPP
