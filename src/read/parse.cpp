// The figure parser: a hand-written scanner over UTF-8 bytes (see include/eok/read/parse.hpp).
//
// Layout of this file:
//   1. code points and the word tables (scales, numerals, qualifiers, counters, particles)
//   2. `num`, an exact mantissa × 10^exponent in a 128-bit integer, used while reading
//   3. `reader`: literals, amounts (myriad groups), then whole figures with qualifiers
//   4. the public entry points and the error messages
//
// Nothing here allocates until a figure is built: words are compared as bytes, digits are
// accumulated in a 128-bit integer, and the decimal is made once at the end.
#include <eok/read/parse.hpp>
#include <eok/lexicon/currency_names.hpp>
#include <eok/lexicon/numerals.hpp>
#include <eok/lexicon/qualifiers.hpp>
#include <eok/text/text.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <utility>

namespace eok {
namespace {

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
constexpr auto numeral_class = [](lexicon::numeral_meaning m) { return pack(kind_of(m.role), m.value); };

/// The class of every Hangul syllable, from the lexicon (numerals.hpp, qualifiers.hpp).
constexpr std::array<unsigned char, 11172> syllable_class = [] {
  std::array<unsigned char, 11172> t{};
  lexicon::tag_syllables(t, numeral_class);
  for (std::string_view w : lexicon::vague_words) t[lexicon::detail::only_code_point(w) - 0xAC00] = pack(ck::vague, 0);
  t[lexicon::detail::only_code_point(lexicon::over_suffix) - 0xAC00] = pack(ck::yeo, 0);
  return t;
}();

/// The numeral characters outside the Hangul syllables (Hanja and 〇), from the lexicon.
constexpr auto other_numerals =
    lexicon::other_numerals<lexicon::count_other_numerals(numeral_class)>(numeral_class);
constexpr char32_t other_numeral_min = 0x3007;  // 〇; the rest are CJK ideographs
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
  if (i >= s.size() || s.size() - i < w.size() || s[i] != w[0]) return false;
  for (std::size_t k = 1; k < w.size(); ++k) {
    if (s[i + k] != w[k]) return false;
  }
  return true;
}

/// Case-insensitive ASCII word at i, not followed by a letter.
inline bool starts_with_word_ci(std::string_view s, std::size_t i, std::string_view w) noexcept {
  if (s.size() - std::min(i, s.size()) < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != w[k]) return false;
  }
  return i + w.size() >= s.size() || !is_ascii_letter(s[i + w.size()]);
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

struct word {
  std::string_view text;
  int tag;
};

// Prefix qualifiers. Tags: 1 approximate, 2 at_most, 3 at_least, 4 USD hint, 5 KRW hint,
// 6 negative, 7 less_than, 8 more_than, 9 between.
constexpr std::array<word, 9> korean_prefixes{{
    {"대략", 1}, {"약", 1}, {"최대", 2}, {"최고", 2}, {"최소", 3}, {"미화", 4}, {"한화", 5},
    {"마이너스", 6}, {"마이나스", 6},
}};
constexpr std::array<word, 16> english_prefixes{{
    {"about", 1}, {"around", 1}, {"roughly", 1}, {"nearly", 1}, {"almost", 1},
    {"approximately", 1}, {"up to", 2}, {"at most", 2}, {"at least", 3}, {"more than", 8},
    {"over", 8}, {"above", 8}, {"less than", 7}, {"below", 7}, {"under", 7}, {"between", 9},
}};

// Trailing qualifiers. Tags: 1 approximate, 2 at_most, 3 at_least, 7 less_than, 8 more_than,
// 10 band (glued only), 11 each (glued only).
constexpr std::array<word, 21> korean_suffixes{{
    {"가량", 1}, {"정도", 1}, {"쯤", 1}, {"안팎", 1}, {"내외", 1}, {"남짓", 1},
    {"이상", 3}, {"이하", 2}, {"이내", 2}, {"미만", 7}, {"초과", 8}, {"넘는", 8}, {"넘은", 8},
    {"넘게", 8}, {"넘어", 8}, {"웃도는", 8}, {"웃돈", 8}, {"웃돌", 8}, {"상회", 8},
    {"대", 10}, {"씩", 11},
}};

// Percent words: tag 1 "%", 2 "%p".
constexpr std::array<word, 10> percent_words{{
    {"퍼센트포인트", 2}, {"%포인트", 2}, {"%p", 2}, {"%P", 2}, {"％p", 2},
    {"퍼센티지", 1}, {"퍼센트", 1}, {"프로", 1}, {"%", 1}, {"％", 1},
}};

// Counters and units, longest first where one is a prefix of another.
constexpr std::array<std::string_view, 60> counter_words{{
    "기가와트시", "테라와트시", "기가와트", "메가와트", "킬로와트", "테라와트", "와트",
    "킬로미터", "킬로그램", "헥타르", "제곱미터", "배럴", "미터", "그램", "리터", "톤",
    "개국", "개사", "개월", "가구", "가지", "차례", "마리", "세기", "시간", "분기", "명",
    "장", "개", "곳", "쪽", "건", "척", "대", "배", "회", "종", "편", "권", "채", "병",
    "잔", "살", "세", "위", "등", "호", "층", "점", "주", "년", "월", "일", "시", "분",
    "초", "석", "표", "평", "기",
}};
constexpr std::array<std::string_view, 8> latin_units{{"GWh", "TWh", "GW", "MW", "kW", "TW", "km", "kg"}};

/// The bytes of the UTF-8 character at s[i] packed big-endian (at most 4; 0 at the end). Two
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

template <std::size_t N, class Text>
constexpr first_char_index<N> make_first_char_index(const std::array<Text, N>& words, std::string_view (*text_of)(const Text&)) {
  first_char_index<N> x;
  for (std::size_t i = 0; i < N; ++i) {
    x.key[i] = char_key(text_of(words[i]), 0);
    x.word[i] = static_cast<std::uint8_t>(i);
  }
  for (std::size_t i = 1; i < N; ++i) {  // stable insertion sort
    const std::uint32_t k = x.key[i];
    const std::uint8_t w = x.word[i];
    std::size_t j = i;
    for (; j > 0 && x.key[j - 1] > k; --j) {
      x.key[j] = x.key[j - 1];
      x.word[j] = x.word[j - 1];
    }
    x.key[j] = k;
    x.word[j] = w;
  }
  return x;
}

/// [first, last) in x of the words whose first character is the one at s[i].
template <std::size_t N>
constexpr std::pair<std::size_t, std::size_t> words_starting_at(const first_char_index<N>& x, std::string_view s,
                                                                std::size_t i) noexcept {
  const std::uint32_t k = char_key(s, i);
  std::size_t lo = 0;
  std::size_t hi = N;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (x.key[mid] < k) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  std::size_t last = lo;
  while (last < N && x.key[last] == k) ++last;
  return {lo, last};
}

constexpr std::string_view text_of_word(const word& w) { return w.text; }
constexpr std::string_view text_of_view(const std::string_view& w) { return w; }

constexpr auto korean_suffix_index = make_first_char_index(korean_suffixes, &text_of_word);
constexpr auto counter_index = make_first_char_index(counter_words, &text_of_view);

/// Syllables that may follow a figure: particles, and the first syllables of words that
/// go with amounts (어치, 짜리, 규모, 상당, 수준, 대비, 선에서).
inline bool is_boundary_syllable(char32_t cp) noexcept {
  switch (cp) {
    case u("은"): case u("는"): case u("이"): case u("가"): case u("을"): case u("를"):
    case u("의"): case u("에"): case u("와"): case u("과"): case u("도"): case u("만"):
    case u("로"): case u("으"): case u("부"): case u("까"): case u("보"): case u("께"):
    case u("나"): case u("며"): case u("고"): case u("라"): case u("란"): case u("인"):
    case u("였"): case u("입"): case u("어"): case u("짜"): case u("규"): case u("상"):
    case u("선"): case u("및"): case u("등"): case u("수"): case u("대"): case u("씩"):
    case u("여"): case u("쯤"): case u("정"): case u("안"): case u("내"): case u("남"):
    case u("미"): case u("초"): case u("넘"): case u("웃"): case u("서"):
    case u("밖"): case u("뿐"): case u("든"): case u("야"): case u("요"):
      return true;
    default:
      return false;
  }
}

// ---- currency names after and before amounts -------------------------------------------------
//
// Read through the lexicon's one alias index (match_currency_prefix/_suffix in
// <eok/lexicon/currency_names.hpp>).

// ---- 2. exact numbers while reading ---------------------------------------------------------

constexpr int max_digits = 36;
/// The most qualifier words read before (and after) one figure: 약 최대 미화 마이너스 is four.
constexpr int max_qualifiers = 6;

constexpr std::array<int128, 38> pow10 = [] {
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

decimal to_decimal(num v, bool negative) {
  // Fast path: the coefficient fits in 64 bits (every figure a newspaper prints).
  if (v.m >= 0 && v.m <= static_cast<int128>(INT64_MAX)) {
    auto m64 = static_cast<std::int64_t>(v.m);
    if (v.e < 0) return decimal::from_parts(negative ? -m64 : m64, -v.e);
    if (v.e <= 18) {
      const auto p = static_cast<std::int64_t>(pow10[static_cast<std::size_t>(v.e)]);
      std::int64_t scaled = 0;  // m64 * p, when it fits (no division: a 64-bit div is slow)
      if (!__builtin_mul_overflow(m64, p, &scaled)) return decimal(negative ? -scaled : scaled);
    }
  }
  char buf[80];
  std::size_t n = 0;
  int128 m = v.m;
  char rev[40];
  std::size_t r = 0;
  do {
    rev[r++] = static_cast<char>('0' + static_cast<int>(m % 10));
    m /= 10;
  } while (m != 0);
  while (r > 0) buf[n++] = rev[--r];
  if (v.e > 0 && v.m != 0) {
    if (n + static_cast<std::size_t>(v.e) > sizeof buf) {
      std::string digits(buf, n);
      digits.append(static_cast<std::size_t>(v.e), '0');
      return decimal::from_digits(digits, 0, negative);
    }
    for (int k = 0; k < v.e; ++k) buf[n++] = '0';
  }
  return decimal::from_digits(std::string_view(buf, n), v.e < 0 ? -v.e : 0, negative && v.m != 0);
}

decimal pow10_decimal(int p) {
  if (p >= 0 && p <= 18) return decimal(static_cast<std::int64_t>(pow10[static_cast<std::size_t>(p)]));
  if (p >= 0) return to_decimal(num{1, p}, false);
  return decimal::from_parts(1, -p);
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
  bool has_scale = false;
  bool approximate = false;
  int literals = 0;
  bool single_numeral = false;
  std::size_t end = 0;
};

class reader {
public:
  reader(std::string_view s, const parse_options& o, diag& d) : s_(s), opt_(o), d_(d) {}

  /// Reads the figure at `pos` into `f`; false when there is none (see d_ for why).
  bool figure_at(std::size_t pos, std::size_t* out_end, figure& f);

private:
  // -- diagnostics
  bool fail(why r, std::size_t at, std::string_view a = {}, std::string_view b = {}) {
    d_.reason = r;
    d_.hard = true;
    d_.offset = at;
    d_.a = a;
    d_.b = b;
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

  // -- literals
  bool read_digits(std::size_t i, literal& out);
  bool read_numerals(std::size_t i, literal& out, bool one_digit);

  // -- amounts
  bool take_small(amount_state& st, int k, std::size_t at, std::size_t len);
  bool take_myriad(amount_state& st, int k, std::size_t at, std::size_t len);
  bool flush_group(amount_state& st, int k, std::size_t at, std::size_t len);
  /// Reads one amount at i, reading no further than `stop`.
  bool read_amount(std::size_t i, bool allow_letter_scales, amount& out,
                   std::size_t stop = std::string_view::npos);

  // -- words around a figure
  bool boundary_at(std::size_t i) const;
  bool strict_boundary_at(std::size_t i, bool single_numeral) const;
  std::size_t counter_at(std::size_t i, std::string_view& unit) const;
  std::size_t percent_at(std::size_t i, int& tag) const;
  std::size_t currency_word_at(std::size_t i, currency_match& m) const;

  std::string_view s_;
  const parse_options& opt_;
  diag& d_;
};

bool reader::read_digits(std::size_t i, literal& out) {
  out = literal{};
  out.begin = i;
  std::size_t j = i;
  // Up to 18 significant digits accumulate in 64 bits; only longer numbers use 128.
  std::uint64_t m64 = 0;
  int128 m = 0;
  int sig = 0;
  int frac = 0;
  bool point = false;
  std::size_t count = 0;  // every digit written, leading zeros included
  int group_len = 0;
  bool commas = false;
  std::size_t last_comma = 0;
  auto groups_ok = [&]() {
    if (commas && group_len != 3) return fail(why::comma_group, last_comma);
    return true;
  };
  for (;;) {
    const cp_len c = utf8::next(s_, j);
    const int dv = digit_value(c.cp);
    if (c.len != 0 && dv >= 0) {
      if (sig != 0 || dv != 0) {
        if (++sig > max_digits) return fail(why::too_long, j);
      }
      if (++count > decimal::max_parse_digits) return fail(why::too_many_digits, j);
      if (sig <= 18) {
        m64 = m64 * 10 + static_cast<unsigned>(dv);
      } else {
        if (sig == 19) m = static_cast<int128>(m64);
        m = m * 10 + dv;
      }
      if (point) {
        ++frac;
      } else {
        ++group_len;
      }
      j += c.len;
      continue;
    }
    if (c.cp == ',' && !point) {
      const cp_len n = utf8::next(s_, j + 1);
      if (n.cp == ',') return fail(why::double_comma, j + 1);
      if (digit_value(n.cp) < 0) break;  // a list: "1, 2"
      if (!commas && group_len > 3) return fail(why::comma_after_four, j);
      if (commas && group_len != 3) return fail(why::comma_group, last_comma);
      commas = true;
      last_comma = j;
      group_len = 0;
      ++j;
      continue;
    }
    if ((c.cp == '.' || c.cp == 0xFF0E) && c.len != 0) {
      const cp_len n = utf8::next(s_, j + c.len);
      if (point) {
        if (digit_value(n.cp) >= 0) return fail(why::two_points, j);
        break;
      }
      if (digit_value(n.cp) < 0) {
        if (n.cp == '.' || n.cp == 0xFF0E) note(why::point_no_digit, j);
        break;
      }
      if (!groups_ok()) return false;
      commas = false;
      point = true;
      j += c.len;
      continue;
    }
    break;
  }
  if (!point && !groups_ok()) return false;
  out.v = num{sig <= 18 ? static_cast<int128>(m64) : m, -frac};
  out.written_e = -frac;
  out.end = j;
  return true;
}

/// A run of numeral words: 삼오칠팔구 reads digit by digit. After a place word only one digit
/// belongs to the number (이십육이다: 26, then the copula 이), so `one_digit` stops there.
bool reader::read_numerals(std::size_t i, literal& out, bool one_digit) {
  out = literal{};
  out.begin = i;
  out.spelled = true;
  std::size_t j = i;
  int128 m = 0;
  int sig = 0;
  int frac = 0;
  bool point = false;
  int count = 0;
  for (;;) {
    const cp_len c = utf8::next(s_, j);
    const int dv = c.len != 0 ? numeral_value(c.cp) : -1;
    if (dv >= 0) {
      if (m != 0 || dv != 0) {
        if (++sig > max_digits) return fail(why::too_long, j);
      }
      if (one_digit && count == 1 && !point) break;
      if (static_cast<std::size_t>(count) >= decimal::max_parse_digits) return fail(why::too_many_digits, j);
      m = m * 10 + dv;
      if (point) ++frac;
      ++count;
      j += c.len;
      continue;
    }
    if (!point && (c.cp == u("점") || c.cp == u("쩜"))) {
      const cp_len n = utf8::next(s_, j + c.len);
      if (n.len != 0 && numeral_value(n.cp) >= 0) {
        point = true;
        j += c.len;
        continue;
      }
    }
    break;
  }
  if (count == 0) return false;
  out.v = num{m, -frac};
  out.written_e = -frac;
  out.end = j;
  return true;
}

bool reader::take_small(amount_state& st, int k, std::size_t at, std::size_t len) {
  if (st.last == tok::small && k >= st.last_small && !st.have_pending) {
    return fail(why::scale_after_scale, at, piece(at, len), piece(st.last_scale_at, st.last_scale_len));
  }
  if (k >= st.last_small) {
    return fail(why::scale_order, at, piece(at, len), piece(st.small_at, st.small_len));
  }
  literal lit{};
  if (st.have_pending) {
    lit = st.pending;
  } else {
    lit.v = num{1, 0};
    lit.written_e = 0;
  }
  num term = lit.v;
  term.e += k;
  if (!below_pow10(term, st.group_ulp)) {
    return fail(why::part_too_large, at, piece(at, len), piece(st.small_at, st.small_len));
  }
  if (!add_to(st.group, term)) return fail(why::too_long, at);
  st.group_ulp = k + lit.v.e;
  st.group_written = std::min(st.group_written, k + lit.written_e);
  if (lit.vague) {
    st.vague_rel = k;
    st.vague_open = true;
  }
  if (!st.lead_done && !st.lead_in_group) {
    st.lead_in_group = true;
    st.lead_rel = k;
  }
  st.last_small = k;
  st.have_pending = false;
  st.last = tok::small;
  st.last_scale_at = st.small_at = at;
  st.last_scale_len = st.small_len = len;
  st.has_scale = true;
  st.any = true;
  return true;
}

/// Closes the current group at myriad exponent k (0 for the units at the end); `at`/`len`
/// name the myriad word for messages.
bool reader::flush_group(amount_state& st, int k, std::size_t at, std::size_t len) {
  if (st.have_pending) {
    const literal& lit = st.pending;
    if (!below_pow10(lit.v, st.group_ulp)) {
      return fail(why::part_too_large, lit.begin, piece(lit.begin, lit.end - lit.begin),
                  piece(st.small_at, st.small_len));
    }
    if (!add_to(st.group, lit.v)) return fail(why::too_long, lit.begin);
    st.group_ulp = lit.v.e;
    st.group_written = std::min(st.group_written, lit.written_e);
    if (lit.vague) {
      st.vague_rel = 0;
      st.vague_open = true;
    }
    if (!st.lead_done && !st.lead_in_group) {
      st.lead_in_group = true;
      st.lead_rel = 0;
    }
    st.have_pending = false;
  }
  if (st.group_ulp == INT_MAX) return true;  // nothing in this group
  num term = st.group;
  term.e += k;
  if (!below_pow10(term, st.total_ulp)) {
    const std::size_t from = st.group_begin == std::string_view::npos ? at : st.group_begin;
    const std::size_t to = len == 0 ? st.end : at + len;
    return fail(why::part_too_large, from, piece(from, to - from), piece(st.myriad_at, st.myriad_len));
  }
  if (!add_to(st.total, term)) return fail(why::too_long, at);
  st.total_ulp = k + st.group_ulp;
  if (st.group_written != INT_MAX) st.written = std::min(st.written, k + st.group_written);
  if (st.vague_open) {
    st.vague_abs = st.vague_rel + k;
    st.vague_open = false;
  }
  if (st.lead_in_group && !st.lead_done) {
    st.lead_done = true;
    st.lead_mult = st.lead_rel + k;
  }
  st.group = num{};
  st.group_ulp = INT_MAX;
  st.group_written = INT_MAX;
  st.last_small = 4;
  st.small_len = 0;
  st.group_begin = std::string_view::npos;
  return true;
}

bool reader::take_myriad(amount_state& st, int k, std::size_t at, std::size_t len) {
  if (st.last == tok::myriad) {
    return fail(why::scale_after_scale, at, piece(at, len), piece(st.last_scale_at, st.last_scale_len));
  }
  if (!st.any && k != 4) {
    const cp_len n = utf8::next(s_, at + len);
    if (myriad_scale(n.cp) != 0 || small_scale(n.cp) != 0) {
      return fail(why::scale_after_scale, at + len, piece(at + len, n.len), piece(at, len));
    }
    return fail(why::no_digits_before_scale, at, piece(at, len));
  }
  if (k >= st.last_myriad) {
    return fail(why::scale_order, at, piece(at, len), piece(st.myriad_at, st.myriad_len));
  }
  if (!st.have_pending && st.last != tok::small) {
    // A bare 만 at the start, or after another group's close: one of it.
    st.pending = literal{};
    st.pending.v = num{1, 0};
    st.pending.begin = at;
    st.pending.end = at;
    st.have_pending = true;
  }
  if (!flush_group(st, k, at, len)) return false;
  st.last_myriad = k;
  st.last = tok::myriad;
  st.last_scale_at = st.myriad_at = at;
  st.last_scale_len = st.myriad_len = len;
  st.has_scale = true;
  st.any = true;
  return true;
}

bool reader::read_amount(std::size_t i, bool allow_letter_scales, amount& out, std::size_t stop) {
  amount_state st;
  std::size_t space_at = std::string_view::npos;  // the last space crossed inside the amount
  std::size_t j = i;
  st.end = i;
  while (j < stop) {
    const cp_len c = utf8::next(s_, j);
    if (c.len == 0) break;
    const cclass cl = classify(c.cp);
    if (cl.kind == ck::digit) {
      if (st.mode == 2 || st.last == tok::literal) break;
      if (!read_digits(j, st.pending)) return false;
      if (st.group_begin == std::string_view::npos) st.group_begin = j;
      st.mode = 1;
      st.have_pending = true;
      st.last = tok::literal;
      st.any = true;
      ++st.literals;
      j = st.pending.end;
      st.end = j;
      continue;
    }
    if (cl.kind == ck::numeral) {
      if (st.mode == 1 || st.last == tok::literal) break;
      literal lit;
      if (!read_numerals(j, lit, st.any)) {
        if (d_.hard) return false;
        break;
      }
      if (st.group_begin == std::string_view::npos) st.group_begin = j;
      st.mode = 2;
      st.pending = lit;
      st.have_pending = true;
      st.last = tok::literal;
      st.any = true;
      ++st.literals;
      st.single_numeral = st.literals == 1 && !st.has_scale && lit.end - lit.begin == c.len;
      j = lit.end;
      st.end = j;
      continue;
    }
    if (cl.kind == ck::vague) {
      if (st.last == tok::literal || st.vague) break;
      const cclass n = classify(utf8::next(s_, j + c.len).cp);
      if (n.kind != ck::small && n.kind != ck::myriad) break;
      if (st.group_begin == std::string_view::npos) st.group_begin = j;
      st.pending = literal{};
      st.pending.v = num{2, 0};
      st.pending.vague = true;
      st.pending.begin = j;
      st.pending.end = j + c.len;
      st.have_pending = true;
      st.vague = true;
      st.last = tok::literal;
      st.any = true;
      ++st.literals;
      j += c.len;
      continue;
    }
    if (cl.kind == ck::small) {
      if (st.group_begin == std::string_view::npos) st.group_begin = j;
      if (!take_small(st, cl.value, j, c.len)) return false;
      j += c.len;
      st.end = j;
      continue;
    }
    if (cl.kind == ck::myriad) {
      if (st.group_begin == std::string_view::npos) st.group_begin = j;
      if (!take_myriad(st, cl.value, j, c.len)) return false;
      j += c.len;
      st.end = j;
      continue;
    }
    if (cl.kind == ck::yeo) {
      if (!st.any) break;
      const cp_len n = utf8::next(s_, j + c.len);
      if (n.len == 0 || !utf8::is_hangul_syllable(n.cp) || small_scale(n.cp) != 0 || myriad_scale(n.cp) != 0 ||
          boundary_at(j + c.len)) {
        st.approximate = true;
        j += c.len;
        st.end = j;
        continue;
      }
      break;
    }
    if (cl.kind == ck::space) {
      const std::size_t k = skip_spaces(s_, j);
      const cclass n = classify(utf8::next(s_, k).cp);
      bool go = false;
      if (n.kind == ck::small) {
        go = st.last != tok::none;
      } else if (n.kind == ck::myriad) {
        go = st.last == tok::literal || st.last == tok::small;
      } else if (n.kind == ck::digit || n.kind == ck::numeral) {
        go = st.last == tok::small || st.last == tok::myriad;
      }
      if (!go) break;
      space_at = j;
      j = k;
      continue;
    }
    break;
  }
  if (space_at != std::string_view::npos && stop == std::string_view::npos && !boundary_at(st.end)) {
    // What follows the space did not end at a word boundary ("1조 2천억개" is fine, "5억 일조량"
    // is not): read the amount again, stopping at that space. Rare, so the common path keeps
    // no copy of the state.
    if (d_.hard) return false;
    return read_amount(i, allow_letter_scales, out, space_at);
  }
  if (!st.any) return false;
  if (st.have_pending && st.pending.vague) {
    note(why::vague_needs_scale, st.pending.end);
    return false;
  }
  if (!flush_group(st, 0, st.end, 0)) return false;
  out.begin = i;
  out.end = st.end;
  out.value = st.total;
  out.vague = st.vague;
  out.vague_high = num{};
  if (st.vague) {
    out.vague_high = st.total;
    if (!add_to(out.vague_high, num{8, st.vague_abs})) return fail(why::too_long, i);
  }
  out.vague_e = st.vague_abs;
  out.written_e = st.written;
  out.lead_mult = st.lead_mult;
  out.has_scale = st.has_scale;
  out.has_digits = st.mode == 1;
  out.approximate = st.approximate;
  out.ends_with_scale = st.last == tok::small || st.last == tok::myriad;
  out.single_numeral = st.single_numeral && st.literals == 1 && !st.has_scale;
  // English scale words after a plain number: "1.5 billion", "$10m", "€109bn".
  const std::size_t letter_at = st.end < s_.size() && s_[st.end] == ' ' ? st.end + 1 : st.end;
  if (st.mode == 1 && !st.has_scale && st.literals == 1 && letter_at < s_.size() &&
      is_ascii_letter(s_[letter_at])) {
    const std::size_t k = letter_at;
    struct lw {
      std::string_view w;
      int e;
      bool needs_currency;
      bool glued_only;
    };
    static constexpr std::array<lw, 15> words{{
        {"thousand", 3, false, false}, {"million", 6, false, false}, {"billion", 9, false, false},
        {"trillion", 12, false, false}, {"mln", 6, false, false}, {"mn", 6, false, false},
        {"bn", 9, false, false}, {"tn", 12, false, false}, {"trn", 12, false, false},
        {"k", 3, true, true}, {"m", 6, true, true}, {"b", 9, true, true}, {"K", 3, true, true},
        {"M", 6, true, true}, {"B", 9, true, true},
    }};
    for (const auto& w : words) {
      if (w.glued_only && k != st.end) continue;
      if (w.needs_currency && !allow_letter_scales) continue;
      const bool match = w.glued_only ? (starts_with(s_, k, w.w) &&
                                         (k + 1 >= s_.size() || !is_ascii_letter(s_[k + 1])))
                                      : starts_with_word_ci(s_, k, w.w);
      if (!match) continue;
      out.value.e += w.e;
      out.written_e += w.e;
      out.lead_mult = w.e;
      out.has_scale = true;
      out.ends_with_scale = true;
      out.end = k + w.w.size();
      break;
    }
  }
  return true;
}

bool reader::boundary_at(std::size_t i) const {
  const cp_len c = utf8::next(s_, i);
  if (c.len == 0 || !utf8::is_hangul_syllable(c.cp)) return true;
  if (is_boundary_syllable(c.cp)) return true;
  currency_match m;
  std::string_view unit;
  int tag = 0;
  return currency_word_at(i, m) != 0 || counter_at(i, unit) != 0 || percent_at(i, tag) != 0 ||
         small_scale(c.cp) != 0 || myriad_scale(c.cp) != 0;
}

/// What may follow a finished figure: the end, a non-Hangul character, or a particle. A lone
/// numeral syllable (사, 이) takes only the plainest particles, so 사과 and 이번 are words.
bool reader::strict_boundary_at(std::size_t i, bool single_numeral) const {
  const cp_len c = utf8::next(s_, i);
  if (c.len == 0 || !utf8::is_hangul_syllable(c.cp)) return true;
  if (single_numeral) {
    switch (c.cp) {
      case u("은"): case u("는"): case u("을"): case u("를"): case u("의"): case u("에"): return true;
      default: return false;
    }
  }
  return is_boundary_syllable(c.cp);
}

std::size_t reader::counter_at(std::size_t i, std::string_view& unit) const {
  const auto [first, last] = words_starting_at(counter_index, s_, i);
  for (std::size_t n = first; n < last; ++n) {
    const std::string_view w = counter_words[counter_index.word[n]];
    if (starts_with(s_, i, w)) {
      unit = w;
      return w.size();
    }
  }
  for (std::string_view w : latin_units) {
    if (starts_with(s_, i, w) && (i + w.size() >= s_.size() || !is_ascii_letter(s_[i + w.size()]))) {
      unit = w;
      return w.size();
    }
  }
  return 0;
}

std::size_t reader::percent_at(std::size_t i, int& tag) const {
  for (const auto& w : percent_words) {
    if (starts_with(s_, i, w.text)) {
      tag = w.tag;
      return w.text.size();
    }
  }
  if (starts_with_word_ci(s_, i, "percent")) {
    tag = 1;
    return 7;
  }
  if (starts_with_word_ci(s_, i, "per cent")) {
    tag = 1;
    return 8;
  }
  return 0;
}

std::size_t reader::currency_word_at(std::size_t i, currency_match& m) const {
  if (i >= s_.size()) return 0;
  const auto found = match_currency_prefix(s_.substr(i));
  if (!found) {
    // 불 (from 弗) is the spoken word for a dollar: 십불, 천오백 불.
    if (starts_with(s_, i, "불")) {
      m = currency_match{currency::usd, true, 3};
      return 3;
    }
    return 0;
  }
  m = *found;
  return found->length;
}

bool reader::figure_at(std::size_t pos, std::size_t* out_end, figure& f) {
  std::size_t j = pos;
  bool approximate = false;
  bound_kind bound = bound_kind::none;
  bool between = false;
  bool negative = false;
  std::optional<currency> hint;
  std::size_t hint_at = 0;
  std::size_t hint_len = 0;

  // Leading qualifiers: 약, 최대, 미화, about, up to, between, 마이너스, -. At most
  // max_qualifiers of them, so a run of 약약약... costs one pass, not one per starting byte.
  int prefixes = 0;
  for (bool again = true; again && prefixes < max_qualifiers; ++prefixes) {
    again = false;
    const bool hangul_lead = j < s_.size() && static_cast<unsigned char>(s_[j]) >= 0xEA;
    for (const auto& w : korean_prefixes) {
      if (!hangul_lead) break;
      if (!starts_with(s_, j, w.text)) continue;
      const std::size_t k = skip_spaces(s_, j + w.text.size());
      switch (w.tag) {
        case 1: approximate = true; break;
        case 2: bound = bound_kind::at_most; break;
        case 3: bound = bound_kind::at_least; break;
        case 4: hint = currency::from_code("USD"); hint_at = j; hint_len = w.text.size(); break;
        case 5: hint = currency::from_code("KRW"); hint_at = j; hint_len = w.text.size(); break;
        case 6: negative = true; break;
        default: break;
      }
      j = k;
      again = true;
      break;
    }
    if (again) continue;
    if (j < s_.size() && is_ascii_letter(s_[j])) {
      for (const auto& w : english_prefixes) {
        if (!starts_with_word_ci(s_, j, w.text)) continue;
        const std::size_t k = j + w.text.size();
        if (k >= s_.size() || s_[k] != ' ') continue;
        switch (w.tag) {
          case 1: approximate = true; break;
          case 2: bound = bound_kind::at_most; break;
          case 3: bound = bound_kind::at_least; break;
          case 7: bound = bound_kind::less_than; break;
          case 8: bound = bound_kind::more_than; break;
          case 9: between = true; break;
          default: break;
        }
        j = skip_spaces(s_, k);
        again = true;
        break;
      }
    }
    if (again) continue;
    if (!negative && (starts_with(s_, j, "-") || starts_with(s_, j, "\xE2\x88\x92"))) {
      const std::size_t k = skip_spaces(s_, j + (s_[j] == '-' ? 1 : 3));
      const cp_len n = utf8::next(s_, k);
      if (digit_value(n.cp) >= 0 || numeral_value(n.cp) >= 0) {
        negative = true;
        j = k;
        again = true;
      }
    }
  }

  // A currency symbol or code before the number: ₩, $, US$, €, KRW, EUR.
  std::optional<currency_match> pre;
  std::size_t pre_at = 0;
  auto read_prefix_currency = [&](std::size_t at, std::optional<currency_match>& into) -> std::size_t {
    if (at >= s_.size()) return at;
    const auto lead = static_cast<unsigned char>(s_[at]);
    if (lead >= 0xEA && lead <= 0xED) return at;  // Hangul names go after the number
    if (lead >= '0' && lead <= '9') return at;     // the number itself
    currency_match m;
    std::size_t len = currency_word_at(at, m);
    if (len == 0 && at + 3 < s_.size() && digit_value(utf8::next(s_, at + 3).cp) >= 0) {
      // An ISO code glued to the digits: EUR29.99.
      if (const auto c = currency::from_code(s_.substr(at, 3))) {
        m = currency_match{*c, false, 3};
        len = 3;
      }
    }
    if (len == 0) return at;
    const std::size_t k = skip_spaces(s_, at + len);
    if (k < s_.size() && digit_value(utf8::next(s_, k).cp) >= 0) {
      into = m;
      return k;
    }
    return at;
  };
  pre_at = j;
  j = read_prefix_currency(j, pre);
  if (pre && !approximate && bound == bound_kind::none) {
    // "$ about 5"? Rare; qualifiers come first in practice.
  }

  amount a1;
  if (!read_amount(j, pre.has_value(), a1)) return false;
  j = a1.end;

  // Currency or unit after the first amount.
  struct side_currency {
    std::optional<currency_match> m;
    std::size_t at = 0;
  };
  auto read_suffix_currency = [&](std::size_t at, side_currency& into) -> std::size_t {
    const std::size_t k = skip_spaces(s_, at);
    currency_match m;
    const std::size_t len = currency_word_at(k, m);
    if (len == 0) return at;
    const auto lead = static_cast<unsigned char>(s_[k]);
    const bool hangul = lead >= 0xEA && lead <= 0xED;
    if (hangul && !boundary_at(k + len)) return at;
    into.m = m;
    into.at = k;
    return k + len;
  };
  side_currency c1;
  side_currency c2;
  j = read_suffix_currency(j, c1);

  // A range: 2조~3조원, 20억-30억 달러, $2.3-3 billion, between $2 billion and $3 billion.
  amount second;                  // read when there is a range separator
  const amount* a2 = nullptr;     // the high end of a range: &second when there is one
  auto more_text = [&]() { return skip_spaces(s_, j) < s_.size(); };
  if (more_text()) {
    std::size_t k = skip_spaces(s_, j);
    std::size_t sep_len = 0;
    bool dash = false;
    if (between) {
      if (k > j && starts_with_word_ci(s_, k, "and")) sep_len = 3;
    } else if (starts_with(s_, k, "~")) {
      sep_len = 1;
    } else if (starts_with(s_, k, "-")) {
      sep_len = 1;
      dash = true;
    } else if (starts_with(s_, k, "\xEF\xBD\x9E") || starts_with(s_, k, "\xE3\x80\x9C") ||
               starts_with(s_, k, "\xE2\x80\x93") || starts_with(s_, k, "\xE2\x80\x94")) {
      sep_len = 3;
    } else if (k > j && starts_with_word_ci(s_, k, "to") && k + 2 < s_.size() && s_[k + 2] == ' ') {
      sep_len = 2;
    }
    if (sep_len != 0 && !a1.vague) {
      std::size_t m = skip_spaces(s_, k + sep_len);
      std::optional<currency_match> pre2;
      m = read_prefix_currency(m, pre2);
      const diag before = d_;
      if (read_amount(m, pre.has_value() || pre2.has_value(), second) && !second.vague) {
        if (dash && second.end < s_.size() && (s_[second.end] == '-' || s_[second.end] == '.') &&
            second.end + 1 < s_.size() && digit_value(utf8::next(s_, second.end + 1).cp) >= 0) {
          fail(why::date_like, k);
          return false;
        }
        if (pre2 && pre && pre2->value != pre->value) {
          fail(why::range_currencies, m);
          return false;
        }
        if (pre2 && !pre) pre = pre2;
        a2 = &second;
        j = read_suffix_currency(second.end, c2);
      } else {
        if (d_.hard) return false;
        d_ = before;
      }
    }
  }

  // Resolve the currency.
  std::optional<currency_match> suf;
  if (c1.m && c2.m && c1.m->value != c2.m->value) {
    fail(why::range_currencies, c2.at, piece(c1.at, c1.m->length), piece(c2.at, c2.m->length));
    return false;
  }
  std::size_t suf_at = 0;
  if (c2.m) {
    suf = c2.m;
    suf_at = c2.at;
  } else if (c1.m) {
    suf = c1.m;
    suf_at = c1.at;
  }
  currency cur;
  bool ambiguous = false;
  if (pre && suf && pre->value != suf->value) {
    fail(why::two_currencies, suf_at, piece(pre_at, pre->length), piece(suf_at, suf->length));
    return false;
  }
  if (hint) {
    const auto other = suf ? suf : pre;
    if (other && other->value != *hint) {
      const std::size_t at = suf ? suf_at : pre_at;
      fail(why::two_currencies, at, piece(hint_at, hint_len), piece(at, other->length));
      return false;
    }
    cur = *hint;
  }
  if (pre) {
    cur = pre->value;
    ambiguous = pre->ambiguous;
  }
  if (suf) {
    cur = suf->value;
    ambiguous = (!pre || pre->ambiguous) && suf->ambiguous;
  }
  if (hint) ambiguous = false;

  // Percent or counter when there is no currency.
  figure_kind kind = cur.valid() ? figure_kind::money : figure_kind::number;
  std::string_view unit;
  bool ends_with_unit = false;
  if (!cur.valid() && more_text()) {
    const std::size_t k = skip_spaces(s_, j);
    int tag = 0;
    std::string_view cw;
    if (const std::size_t len = percent_at(k, tag); len != 0 && boundary_at(k + len)) {
      kind = figure_kind::percent;
      unit = tag == 2 ? "%p" : "%";
      j = k + len;
      ends_with_unit = true;
    } else if (const std::size_t clen = counter_at(k, cw); clen != 0 && boundary_at(k + clen)) {
      const bool numeral_only = a2 ? false : a1.single_numeral;
      if (!numeral_only) {
        kind = figure_kind::count;
        unit = cw;
        j = k + clen;
        ends_with_unit = true;
      }
    }
  }
  if (cur.valid() && !a2 && a1.single_numeral && suf) {
    // 영원 (eternity), 사원 (employee): one numeral syllable glued to a currency is a word.
    return false;
  }

  // Trailing qualifiers: 가량, 안팎, 이상, 대, 씩, and "이 넘는".
  bool band = false;
  bool each = false;
  int suffixes = 0;
  for (bool again = more_text(); again && suffixes < max_qualifiers; ++suffixes) {
    again = false;
    // Only words that start with the character after the spaces can match (a glued word can
    // match only where there are no spaces, which is the same place).
    const std::size_t spaced = skip_spaces(s_, j);
    const auto [first, last] = words_starting_at(korean_suffix_index, s_, spaced);
    for (std::size_t n = first; n < last; ++n) {
      const word& w = korean_suffixes[korean_suffix_index.word[n]];
      const bool glued_only = w.tag == 10 || w.tag == 11;
      std::size_t k = glued_only ? j : spaced;
      if (!starts_with(s_, k, w.text)) continue;
      if (w.tag == 10) {
        // 대 makes a band only after a currency or a scale word: 8천억원대, 1조원대.
        if (band || a2 || a1.vague || !(suf || a1.ends_with_scale) || ends_with_unit) continue;
        if (!boundary_at(k + w.text.size())) continue;
        band = true;
      } else if (w.tag == 11) {
        if (each) continue;
        each = true;
      } else {
        if (!boundary_at(k + w.text.size()) && w.tag != 8) continue;
        switch (w.tag) {
          case 1: approximate = true; break;
          case 2: bound = bound_kind::at_most; break;
          case 3: bound = bound_kind::at_least; break;
          case 7: bound = bound_kind::less_than; break;
          case 8: bound = bound_kind::more_than; break;
          default: break;
        }
      }
      j = k + w.text.size();
      // 웃도는/상회하는: take the rest of the verb ending (는, 한) too.
      if (w.tag == 8 && (w.text == "웃돌" || w.text == "상회")) {
        for (std::string_view tail : {"하는", "한", "는"}) {
          if (starts_with(s_, j, tail)) {
            j += tail.size();
            break;
          }
        }
      }
      again = true;
      break;
    }
    if (again) continue;
    // "1조원이 넘는": a subject or object particle, then 넘는/웃도는.
    for (std::string_view p : {"이 ", "가 ", "을 ", "를 "}) {
      if (!starts_with(s_, j, p)) continue;
      const std::size_t k = skip_spaces(s_, j + p.size());
      for (std::string_view v : {"넘는", "넘은", "넘게", "웃도는", "웃돈"}) {
        if (starts_with(s_, k, v)) {
          bound = bound_kind::more_than;
          j = k + v.size();
          again = true;
          break;
        }
      }
      if (again) break;
    }
    if (again) continue;
    if (j < s_.size() && s_[j] == ' ') {
      if (starts_with_word_ci(s_, j + 1, "or more")) {
        bound = bound_kind::at_least;
        j += 8;
        again = true;
      } else if (starts_with_word_ci(s_, j + 1, "or less")) {
        bound = bound_kind::at_most;
        j += 8;
        again = true;
      }
    }
  }

  const bool spelled = !a1.has_digits && (!a2 || !a2->has_digits);
  const bool bare_numeral = a1.single_numeral && !a2 && j == a1.end && a1.begin == pos;
  if (!strict_boundary_at(j, bare_numeral)) {
    // A figure glued to an unknown word: "일조량", "5조각", "사과".
    return false;
  }

  // Build the figure.
  f.start = pos;
  f.end = j;
  f.kind = kind;
  f.cur = cur;
  f.currency_ambiguous = cur.valid() && ambiguous;
  f.approximate = approximate || a1.approximate || (a2 && a2->approximate);
  f.bound = bound;
  f.unit.assign(unit.data(), unit.size());
  f.each = each;
  f.spelled = spelled;
  const bool sig = opt_.trailing_zeros_significant;
  auto precision_of = [&](const amount& a) -> int {
    if (a.vague) return a.vague_e;
    if (sig || a.value.m == 0) return a.written_e == INT_MAX ? 0 : a.written_e;
    return a.value.e + trailing_zeros(a.value.m);
  };
  if (a2) {
    amount lo = a1;
    if (!lo.has_scale && a2->has_scale) {
      lo.value.e += a2->lead_mult;
      if (lo.written_e != INT_MAX) lo.written_e += a2->lead_mult;
    }
    num diff = a2->value;
    num neg_lo = lo.value;
    neg_lo.m = -neg_lo.m;
    if (!add_to(diff, neg_lo)) {
      fail(why::too_long, a2->begin);
      return false;
    }
    if (negative) {
      // "-3~5": only the low end is negative.
    }
    if (diff.m < 0 && !negative) {
      fail(why::range_reversed, a2->begin, piece(a1.begin, a1.end - a1.begin),
           piece(a2->begin, a2->end - a2->begin));
      return false;
    }
    f.range = true;
    f.low = to_decimal(lo.value, negative);
    f.high = to_decimal(a2->value, false);
    f.precision = pow10_decimal(std::min(precision_of(lo), precision_of(*a2)));
  } else if (a1.vague) {
    f.vague = true;
    f.low = to_decimal(a1.value, negative);
    f.high = to_decimal(a1.vague_high, negative);
    if (negative) std::swap(f.low, f.high);  // 마이너스 수천억: low -1조, high -2000억
    f.precision = pow10_decimal(a1.vague_e);
  } else {
    if (a1.value.m == 0) negative = false;  // zero has no sign: -0조원대 is the band [0, 1조)
    f.value = to_decimal(a1.value, negative);
    const int p = precision_of(a1);
    f.precision = pow10_decimal(p);
    if (band) {
      f.band = true;
      num hi = a1.value;
      if (!add_to(hi, num{1, p})) {
        fail(why::too_long, a1.begin);
        return false;
      }
      f.low = f.value;
      f.high = to_decimal(hi, negative);
      if (negative) std::swap(f.low, f.high);  // -8천억원대: low -9000억, high -8000억
    }
  }
  f.text.assign(s_.data() + pos, j - pos);
  f.line = 1 + static_cast<std::size_t>(std::count(s_.begin(), s_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
  if (out_end != nullptr) *out_end = j;
  return true;
}

// ---- 4. entry points and messages -----------------------------------------------------------

std::string quote(std::string_view w) { return "'" + std::string(w) + "'"; }

std::string describe_byte(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const char* hex = "0123456789ABCDEF";
  return std::string("byte 0x") + hex[b >> 4] + hex[b & 0xF];
}

std::string describe_char(std::string_view s, std::size_t i) {
  const cp_len c = utf8::next(s, i);
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x20 || b == 0x7F || utf8::invalid_at(s, i)) return describe_byte(s, i);
  return quote(s.substr(i, std::max<std::size_t>(c.len, 1)));
}

error make_error(std::string_view text, const diag& d) {
  std::string msg;
  errc code = errc::invalid_number;
  switch (d.reason) {
    case why::scale_after_scale:
      code = errc::invalid_unit;
      msg = "a scale word cannot follow another (" + quote(d.a) + " after " + quote(d.b) + ")";
      break;
    case why::scale_order:
      code = errc::invalid_unit;
      msg = "scale words must get smaller from left to right (" + quote(d.a) + " after " + quote(d.b) + ")";
      break;
    case why::part_too_large:
      code = errc::invalid_unit;
      msg = quote(d.a) + " is too large to follow " + quote(d.b);
      break;
    case why::comma_group:
      msg = "a comma must be followed by exactly three digits";
      break;
    case why::double_comma:
      msg = "two commas in a row";
      break;
    case why::comma_after_four:
      msg = "a comma may follow at most three digits";
      break;
    case why::point_no_digit:
      msg = "a decimal point must be followed by a digit";
      break;
    case why::two_points:
      msg = "a number may have only one decimal point (a date or version such as 2025.02.10 is not a figure)";
      break;
    case why::date_like:
      msg = "this looks like a date, not a range of figures";
      break;
    case why::no_digits_before_scale:
      code = errc::invalid_unit;
      msg = "no digits before " + quote(d.a);
      break;
    case why::too_long:
      code = errc::number_too_long;
      msg = "a figure may have at most " + std::to_string(max_digits) + " significant digits";
      break;
    case why::too_many_digits:
      code = errc::number_too_long;
      msg = "a number may have at most " + std::to_string(decimal::max_parse_digits) +
            " digits, leading zeros included";
      break;
    case why::two_currencies:
      code = errc::unknown_currency;
      msg = "two different currencies in one figure (" + quote(d.a) + " and " + quote(d.b) + ")";
      break;
    case why::range_currencies:
      code = errc::unknown_currency;
      msg = d.a.empty() ? "a range cannot mix currencies"
                        : "a range cannot mix currencies (" + quote(d.a) + " and " + quote(d.b) + ")";
      break;
    case why::range_reversed:
      msg = "a range must go from low to high (" + quote(d.a) + " is more than " + quote(d.b) + ")";
      break;
    case why::vague_needs_scale:
      code = errc::invalid_unit;
      msg = "'수' needs a scale word after it (수천억, 수조)";
      break;
    case why::none:
      break;
  }
  return error(code, msg, position_at(text, d.offset));
}

/// Reads all of `text` as one figure into `f`; the error when it is not one. Filling a figure
/// the caller owns (rather than returning one) lets try_parse_figure build it in its result.
std::optional<error> parse_into(std::string_view text, const parse_options& options, figure& f) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  if (i >= text.size()) return error(errc::empty_input, "expected a figure, found nothing", position_at(text, 0));
  // Bytes that are not UTF-8 are reported where they are, before anything is read.
  for (std::size_t k = i; k < text.size();) {
    if (static_cast<unsigned char>(text[k]) < 0x80) {
      ++k;
      continue;
    }
    if (utf8::invalid_at(text, k)) {
      return error(errc::invalid_utf8, "invalid UTF-8 (" + describe_byte(text, k) + " does not begin a character)",
                   position_at(text, k));
    }
    k += utf8::next(text, k).len;
  }
  diag d;
  reader r(text, options, d);
  std::size_t end = 0;
  const bool found = r.figure_at(i, &end, f);
  if (d.hard) return make_error(text, d);
  std::size_t rest = end;
  if (found) {
    while (rest < text.size() && (text[rest] == ' ' || text[rest] == '\t' || text[rest] == '\n' || text[rest] == '\r')) {
      ++rest;
    }
    if (rest >= text.size()) return std::nullopt;
    if (d.reason != why::none && d.offset >= end && d.offset <= rest) return make_error(text, d);
    return error(errc::unexpected_character,
                 describe_char(text, rest) + " cannot follow the figure " + quote(f.text),
                 position_at(text, rest));
  }
  if (d.reason != why::none) return make_error(text, d);
  // Nothing readable at the start: say what is there.
  const cp_len c = utf8::next(text, i);
  if (myriad_scale(c.cp) != 0) {
    d.reason = why::no_digits_before_scale;
    d.offset = i;
    d.a = text.substr(i, c.len);
    return make_error(text, d);
  }
  if (const auto m = match_currency_prefix(text.substr(i))) {
    const std::string_view name = text.substr(i, m->length);
    return error(errc::invalid_number, "a currency alone is not a figure: expected an amount with " + quote(name),
                 position_at(text, i));
  }
  return error(errc::unexpected_character, "expected a figure, found " + describe_char(text, i),
               position_at(text, i));
}

}  // namespace

figure parse_figure(std::string_view text, const parse_options& options) {
  figure f;
  if (std::optional<error> e = parse_into(text, options, f)) {
    throw parse_error(e->code(), e->message(), e->position());
  }
  return f;
}

result<figure> try_parse_figure(std::string_view text, const parse_options& options) {
  // The figure is built where the caller reads it; every path returns `out`, so it is not moved.
  result<figure> out(std::in_place);
  try {
    if (std::optional<error> e = parse_into(text, options, *out)) out = std::move(*e);
  } catch (const error& e) {
    out = e;
  } catch (const std::exception& e) {
    out = error(errc::invalid_argument, e.what());
  }
  return out;
}

std::optional<figure> match_figure_at(std::string_view text, std::size_t pos, const parse_options& options) {
  if (pos >= text.size()) return std::nullopt;
  // Cheap rejection: no figure starts with a space (and reading one would cross the whole
  // run of spaces, once per starting byte).
  if (text[pos] == ' ' || text[pos] == '\t' || starts_with(text, pos, "\xC2\xA0")) return std::nullopt;
  diag d;
  reader r(text, options, d);
  try {
    std::optional<figure> f(std::in_place);
    if (!r.figure_at(pos, nullptr, *f) || d.hard) return std::nullopt;
    return f;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace eok
