// The scanner: candidate positions, context judgement and links (see include/eok/read/scan.hpp).
//
// One `scan_engine` reads normalized text line by line. In a line, a loop over code points
// dispatches on the lead byte through a 256-entry table; only digits, currency signs, a few Latin
// words and Hangul or Hanja syllables that start a word and could start a figure reach the parser.
// What the parser returns is then judged in context (dates, stock codes, words that merely begin
// with a numeral syllable) and the line's figures are linked to each other before they are
// emitted, so links never need to look across lines.
#include <eok/read/scan.hpp>
#include <eok/text/simd.hpp>
#include <eok/text/text.hpp>
#include <eok/lexicon/cues.hpp>
#include <eok/lexicon/currency_names.hpp>
#include <eok/lexicon/names.hpp>
#include <eok/lexicon/numerals.hpp>
#include <eok/lexicon/particles.hpp>
#include <eok/lexicon/qualifiers.hpp>
#include <eok/lexicon/rate_words.hpp>
#include <eok/lexicon/relation_words.hpp>
#include <eok/lexicon/units.hpp>

#include "text/plain_avx2.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <future>
#include <istream>
#include <memory>
#include <utility>

#if defined(EOK_SIMD_X86)
#include <immintrin.h>
#endif

namespace eok {
namespace {

// ---- code points ---------------------------------------------------------------------------

enum lead : unsigned char {
  k_skip1,
  k_skip2,
  k_skip3,
  k_skip4,
  k_digit,
  k_dollar,
  k_upper,
  k_lower,
  k_c2,      // £ ¥ start with C2
  k_e2,      // ₩ € and the other currency signs start with E2 82 / E2 83
  k_hanja,   // E4..E9: CJK ideographs
  k_hangul,  // EA..ED: Hangul syllables (and a few other blocks)
};

constexpr std::array<unsigned char, 256> lead_table = [] {
  std::array<unsigned char, 256> t{};
  for (int b = 0; b < 256; ++b) {
    unsigned char k = k_skip1;
    if (b >= '0' && b <= '9') {
      k = k_digit;
    } else if (b == '$') {
      k = k_dollar;
    } else if (b >= 'A' && b <= 'Z') {
      k = k_upper;
    } else if (b >= 'a' && b <= 'z') {
      k = k_lower;
    } else if (b < 0xC0) {
      k = k_skip1;
    } else if (b < 0xE0) {
      k = b == 0xC2 ? k_c2 : k_skip2;
    } else if (b < 0xF0) {
      k = b == 0xE2 ? k_e2 : (b >= 0xE4 && b <= 0xE9) ? k_hanja : (b >= 0xEA && b <= 0xED) ? k_hangul : k_skip3;
    } else if (b < 0xF5) {
      k = k_skip4;
    }
    t[static_cast<std::size_t>(b)] = k;
  }
  return t;
}();

inline unsigned char byte_at(std::string_view s, std::size_t i) noexcept { return static_cast<unsigned char>(s[i]); }

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_latin(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alnum(char c) noexcept { return is_digit(c) || is_latin(c); }
inline bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The code point of the 3-byte sequence at i (the caller knows it is one).
inline char32_t cp3(std::string_view s, std::size_t i) noexcept { return utf8::decode(s, i, 3); }

// Whether a Hangul syllable occupies [i, i+3).
inline bool hangul_at(std::string_view s, std::size_t i) noexcept {
  if (i + 3 > s.size()) return false;
  const unsigned char b = byte_at(s, i);
  if (b < 0xEA || b > 0xED) return false;
  return utf8::is_hangul_syllable(cp3(s, i));
}

// Code points come from the text layer's one decoder (text.hpp).
// The code point at s[i] of normalized text, which is valid UTF-8 (text.hpp drops every invalid
// byte before the scanner sees it), so the hot loop need not validate again; 0 at the end.
inline char32_t normalized_cp(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return 0;
  const unsigned char b = byte_at(s, i);
  if (b < 0x80) return b;
  const std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  return i + len <= s.size() ? utf8::decode(s, i, len) : 0xFFFD;
}

using prev_cp = utf8::code_point_start;
using next_cp = utf8::code_point;

inline bool starts_with(std::string_view s, std::size_t i, std::string_view w) noexcept { return bytes::at(s, i, w); }
inline bool ends_with(std::string_view s, std::string_view w) noexcept { return bytes::ends_with(s, w); }

// ---- word lists ----------------------------------------------------------------------------


/// The one code point of a one-syllable word, or the first of a longer one.
constexpr char32_t first_code_point(std::string_view w) noexcept { return utf8::next(w, 0).cp; }

// Per-syllable flags for all 11,172 Hangul syllables, so the hot loop asks one table.
enum syllable_flag : unsigned char {
  f_digit = 1,      // 일 .. 구
  f_place = 2,      // 십 백 천
  f_myriad = 4,     // 만 억 조 경
  f_qualifier = 8,  // first syllable of a word the parser reads before an amount (lexicon qualifiers)
  f_particle = 16,  // first syllable of a particle or amount word that may follow 원 (lexicon particles)
};
constexpr unsigned char f_numeral = f_digit | f_place | f_myriad;

// The scanner's flag for a numeral of the lexicon (numerals.hpp). Two are left out of spelled
// figures on purpose: zero (공사, 공백, 영업 are words, and no figure starts with 영) and 해
// (이해, 구해, 오해 are words far more often than 2해 or 9해); digits still read them.
constexpr unsigned char spelled_flag(lexicon::numeral_meaning m) noexcept {
  switch (m.role) {
    case lexicon::numeral_role::digit: return m.value == 0 ? 0 : f_digit;
    case lexicon::numeral_role::place: return f_place;
    case lexicon::numeral_role::myriad: return m.value >= 20 ? 0 : f_myriad;
    case lexicon::numeral_role::none: break;
  }
  return 0;
}

constexpr std::array<unsigned char, 11172> syllable_flags = [] {
  std::array<unsigned char, 11172> t{};
  auto mark = [&t](std::u32string_view set, unsigned char flag) {
    for (char32_t cp : set) t[cp - 0xAC00] = static_cast<unsigned char>(t[cp - 0xAC00] | flag);
  };
  lexicon::tag_syllables(t, spelled_flag);
  auto mark_first = [&t](std::string_view w, unsigned char flag) {
    const char32_t cp = first_code_point(w);
    if (cp >= 0xAC00 && cp <= 0xD7A3) t[cp - 0xAC00] = static_cast<unsigned char>(t[cp - 0xAC00] | flag);
  };
  for (const lexicon::qualifier_word& w : lexicon::prefix_words) mark_first(w.text, f_qualifier);
  for (std::string_view w : lexicon::vague_words) mark_first(w, f_qualifier);
  mark(lexicon::particle_starts, f_particle);
  for (std::string_view w : lexicon::amount_words) mark_first(w, f_particle);
  mark_first(lexicon::per_suffix, f_particle);
  return t;
}();

// The Hanja numerals and their flags, from the lexicon.
constexpr auto hanja_numerals = lexicon::other_numerals<lexicon::count_other_numerals(spelled_flag)>(spelled_flag);
static_assert([] {
  for (const lexicon::tagged_numeral& h : hanja_numerals) {
    if (h.cp < 0x4E00 || h.cp > 0x9FFF) return false;
  }
  return true;
}(), "the scanner tries only the Hanja numerals U+4E00..U+9FFF");

inline unsigned char hanja_flags(char32_t cp) noexcept {
  if (cp < 0x4E00 || cp > 0x9FFF) return 0;
  for (const lexicon::tagged_numeral& h : hanja_numerals) {
    if (h.cp == cp) return h.tag;
  }
  return 0;
}

// The flags of any code point (0 for all but Hangul syllables and Hanja numerals).
inline unsigned char flags_of(char32_t cp) noexcept {
  if (cp >= 0xAC00 && cp <= 0xD7A3) return syllable_flags[cp - 0xAC00];
  return hanja_flags(cp);
}

// ---- the base pass's blocks -------------------------------------------------------------------
//
// One bit for each byte of a block that `scan_engine::may_matter` marks: ASCII letters and
// digits, '$', the leads C2 (£ ¥), E2 (₩ € ...) and E4..E9 (CJK ideographs), and a lead EA..ED
// (Hangul) unless the byte three before is one too; the AVX2 mask marks such a Hangul lead only
// when its bytes could be those of a syllable hangul_may_begin passes (hangul_prefixes and
// hangul_thirds). They read the 3 bytes before p and, for AVX2, the two bytes after the block.

// The 2-byte prefixes of the Hangul syllables that may begin a figure (flags f_digit, f_place
// or f_qualifier): a 256-bit set of (lead & 3) << 6 | (second byte & 0x3F). The leads of
// syllables, EA..ED, differ in their last two bits. A prefix stands for 64 syllables, and even
// with hangul_thirds the sets pass more than hangul_may_begin does, which still judges each
// mark. On the figure-free text of bench/scan_vs_grep.py the two sets mark 0.85 M Hangul word
// starts, of which it rejects 0.45 M (the prefixes alone: 1.39 M and 1.00 M).
constexpr std::array<unsigned char, 32> hangul_prefixes = [] {
  std::array<unsigned char, 32> t{};
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) {
    if ((syllable_flags[cp - 0xAC00] & (f_digit | f_place | f_qualifier)) == 0) continue;
    const unsigned lead = 0xE0 | (cp >> 12);
    const unsigned second = 0x80 | ((cp >> 6) & 0x3F);
    const unsigned key = ((lead & 3) << 6) | (second & 0x3F);
    t[key >> 3] = static_cast<unsigned char>(t[key >> 3] | (1u << (key & 7)));
  }
  return t;
}();

// The same syllables by their second byte and the top two of the six bits of their third: a
// 256-bit set of (second & 0x3F) << 2 | (third & 0x3F) >> 4, ANDed with hangul_prefixes.
constexpr std::array<unsigned char, 32> hangul_thirds = [] {
  std::array<unsigned char, 32> t{};
  for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp) {
    if ((syllable_flags[cp - 0xAC00] & (f_digit | f_place | f_qualifier)) == 0) continue;
    const unsigned second = (cp >> 6) & 0x3F;
    const unsigned third = cp & 0x3F;
    const unsigned key = (second << 2) | (third >> 4);
    t[key >> 3] = static_cast<unsigned char>(t[key >> 3] | (1u << (key & 7)));
  }
  return t;
}();

// The widest path this CPU runs among those up to `wanted`.
simd_path available_path(simd_path wanted) noexcept {
  if (wanted == simd_path::avx2 && simd_path_available(simd_path::avx2)) return simd_path::avx2;
  if (wanted != simd_path::scalar && simd_path_available(simd_path::sse2)) return simd_path::sse2;
  return simd_path::scalar;
}

#if defined(EOK_SIMD_X86)
std::uint32_t candidates_sse2(const unsigned char* p) noexcept {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p - 3));
  // lo <= x <= hi, unsigned: min(x - lo, hi - lo) == x - lo.
  const auto in = [](__m128i x, int lo, int hi) {
    const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>(lo)));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(static_cast<char>(hi - lo))), d);
  };
  const auto eq = [&](int c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c))); };
  const __m128i letter = in(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
  const __m128i marks = _mm_or_si128(_mm_or_si128(in(v, '0', '9'), letter), _mm_or_si128(eq('$'), _mm_or_si128(eq(0xC2), eq(0xE2))));
  const __m128i hangul = _mm_andnot_si128(in(before, 0xEA, 0xED), in(v, 0xEA, 0xED));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(marks, in(v, 0xE4, 0xE9)), hangul)));
}

#define EOK_AVX2 __attribute__((target("avx2")))
EOK_AVX2 inline __m256i in_32(__m256i x, int lo, int hi) noexcept {
  const __m256i d = _mm256_sub_epi8(x, _mm256_set1_epi8(static_cast<char>(lo)));
  return _mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(static_cast<char>(hi - lo))), d);
}
EOK_AVX2 inline __m256i eq_32(__m256i x, int c) noexcept { return _mm256_cmpeq_epi8(x, _mm256_set1_epi8(static_cast<char>(c))); }
EOK_AVX2 inline std::uint32_t bits_32(__m256i m) noexcept { return static_cast<std::uint32_t>(_mm256_movemask_epi8(m)); }

// Whether each byte's key is in the 256-bit `set`: bit k & 7 of byte k >> 3, given per byte as
// `index` = k >> 3 (0..31) and `low` = k & 7. The byte is looked up 16 entries at a time
// (vpshufb zeroes a lane whose index has bit 7 set, so index + 0x70 reads the first half and
// index - 16 the second).
EOK_AVX2 inline __m256i in_set_32(const std::array<unsigned char, 32>& set, __m256i index, __m256i low) noexcept {
  const __m256i first_half = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(set.data())));
  const __m256i second_half = _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(set.data() + 16)));
  const __m256i set_bytes =
      _mm256_or_si256(_mm256_shuffle_epi8(first_half, _mm256_add_epi8(index, _mm256_set1_epi8(0x70))),
                      _mm256_shuffle_epi8(second_half, _mm256_sub_epi8(index, _mm256_set1_epi8(16))));
  const __m256i bit_of = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128,
                                          1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
  const __m256i bit = _mm256_shuffle_epi8(bit_of, low);
  return _mm256_cmpeq_epi8(_mm256_and_si256(set_bytes, bit), bit);
}

// Whether the syllable (lead, second, third bytes) at each byte may begin a figure by
// hangul_prefixes and hangul_thirds.
EOK_AVX2 inline __m256i hangul_prefix_live(__m256i lead, __m256i second, __m256i third) noexcept {
  const __m256i low3 = _mm256_set1_epi8(7);
  // (lead & 3) << 3 | (second & 0x3F) >> 3, and second & 7
  const __m256i lead_bits = _mm256_slli_epi16(_mm256_and_si256(lead, _mm256_set1_epi8(3)), 3);
  const __m256i prefix = in_set_32(hangul_prefixes, _mm256_or_si256(lead_bits, _mm256_and_si256(_mm256_srli_epi16(second, 3), low3)),
                                   _mm256_and_si256(second, low3));
  // (second & 0x3E) >> 1, and (second & 1) << 2 | (third & 0x30) >> 4
  const __m256i index = _mm256_and_si256(_mm256_srli_epi16(second, 1), _mm256_set1_epi8(0x1F));
  const __m256i low = _mm256_or_si256(_mm256_slli_epi16(_mm256_and_si256(second, _mm256_set1_epi8(1)), 2),
                                      _mm256_and_si256(_mm256_srli_epi16(third, 4), _mm256_set1_epi8(3)));
  return _mm256_and_si256(prefix, in_set_32(hangul_thirds, index, low));
}

// The candidate marks of the 32 bytes v, given the bytes three before each (`before`) and the
// two bytes after each (`after`, `after2`).
EOK_AVX2 inline __m256i candidate_marks_32(__m256i v, __m256i before, __m256i after, __m256i after2) noexcept {
  const __m256i letter = in_32(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 'z');
  const __m256i marks = _mm256_or_si256(_mm256_or_si256(in_32(v, '0', '9'), letter),
                                        _mm256_or_si256(eq_32(v, '$'), _mm256_or_si256(eq_32(v, 0xC2), eq_32(v, 0xE2))));
  // A Hangul word start, and only where its syllable may begin a figure (by the two sets).
  const __m256i hangul = _mm256_and_si256(_mm256_andnot_si256(in_32(before, 0xEA, 0xED), in_32(v, 0xEA, 0xED)),
                                          hangul_prefix_live(v, after, after2));
  return _mm256_or_si256(_mm256_or_si256(marks, in_32(v, 0xE4, 0xE9)), hangul);
}

EOK_AVX2 std::uint32_t candidates_avx2(const unsigned char* p) noexcept {
  const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i before = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p - 3));
  const __m256i after = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1));
  const __m256i after2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 2));
  return bits_32(candidate_marks_32(v, before, after, after2));
}

EOK_AVX2 inline __m256i load_32(const unsigned char* q) noexcept { return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q)); }

// One block of the fused pass: the w <= 32 bytes at q, with q[-3] to q[33] readable.
EOK_AVX2 inline __m256i fused_block(const unsigned char* q, std::size_t w, std::uint32_t* marks, std::uint32_t* lfs) noexcept {
  const __m256i v = load_32(q);
  const std::uint32_t keep = w >= 32 ? ~std::uint32_t{0} : (std::uint32_t{1} << w) - 1;
  *marks = bits_32(candidate_marks_32(v, load_32(q - 3), load_32(q + 1), load_32(q + 2))) & keep;
  *lfs = bits_32(eq_32(v, '\n')) & keep;
  return detail::plain_errors_32(v, load_32(q - 1), load_32(q - 2));
}

// The same for the block at b of the n bytes at p, read from a copy with zero bytes around it.
EOK_AVX2 __m256i fused_padded_block(const unsigned char* p, std::size_t n, std::size_t b, std::uint32_t* marks,
                                    std::uint32_t* lfs) noexcept {
  alignas(32) unsigned char copy[3 + 32 + 32] = {};
  const std::size_t from = b >= 3 ? b - 3 : 0;
  const std::size_t to = std::min(n, b + 34);
  std::memcpy(copy + 3 - (b - from), p + from, to - from);
  return fused_block(copy + 3, std::min<std::size_t>(32, n - b), marks, lfs);
}

// The fused base pass (AVX2) of n bytes of whole lines: one read both checks that the
// normalizer would leave them as they are (detail::plain_errors_32, src/text/plain_avx2.hpp)
// and marks, for all the lines, what `candidates_avx2` marks and where the LFs are: bit k of
// marks[w] and of lfs[w] stands for byte 32 w + k. Returns false once a block is found not
// plain (the bytes then go the normalizer's way), leaving the arrays unfinished. The first and
// last blocks, whose neighbours are outside, are read from a copy with zero bytes around it: a
// zero is ASCII, so a character cut at either end is not plain, and a syllable at the start
// counts as a word start. The marks at a line's first bytes are those of a line on its own: in
// plain text the byte three before a line's first three bytes cannot lead a syllable (the LF
// between would have to continue it).
EOK_AVX2 bool fused_blocks_avx2(const unsigned char* p, std::size_t n, std::uint32_t* marks, std::uint32_t* lfs) noexcept {
  if (n == 0) return true;
  __m256i errors = fused_padded_block(p, n, 0, marks, lfs);
  std::size_t b = 32;
  for (; b + 34 <= n; b += 32) {
    errors = _mm256_or_si256(errors, fused_block(p + b, 32, marks + b / 32, lfs + b / 32));
    if (!_mm256_testz_si256(errors, errors)) return false;
  }
  for (; b < n; b += 32) errors = _mm256_or_si256(errors, fused_padded_block(p, n, b, marks + b / 32, lfs + b / 32));
  // A character the chunk's end cuts, when the last block ends with the chunk.
  if (p[n - 1] >= 0xC0 || (n >= 2 && p[n - 2] >= 0xE0)) return false;
  return _mm256_testz_si256(errors, errors) != 0;
}
#undef EOK_AVX2
#endif

inline bool numeral_digit(char32_t cp) noexcept { return (flags_of(cp) & f_digit) != 0; }
inline bool numeral_myriad(char32_t cp) noexcept { return (flags_of(cp) & f_myriad) != 0; }
inline bool numeral_syllable(char32_t cp) noexcept { return (flags_of(cp) & f_numeral) != 0; }

/// The first word of every English qualifier the parser reads before an amount (`about`, `up`
/// of `up to`, `more` of `more than`), from the lexicon, found once at compile time.
constexpr auto english_qualifier_firsts = [] {
  std::array<std::string_view, lexicon::english_prefix_words.size()> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    const std::string_view w = lexicon::english_prefix_words[k].text;
    t[k] = w.substr(0, w.find(' '));
  }
  return t;
}();

/// The letters those first words start with, one bit each ('a' is bit 0), so most Latin words
/// are refused by one test.
constexpr std::uint32_t english_qualifier_initials = [] {
  std::uint32_t m = 0;
  for (std::string_view first : english_qualifier_firsts) m |= std::uint32_t{1} << (first[0] - 'a');
  return m;
}();

/// Whether `w` (Latin letters) is the first word of an English qualifier, in any case.
inline bool english_qualifier_word(std::string_view w) noexcept {
  if (w.empty() || ((english_qualifier_initials >> ((w[0] | 0x20) - 'a')) & 1u) == 0) return false;
  for (std::string_view first : english_qualifier_firsts) {
    if (first.size() != w.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < w.size() && same; ++k) same = (w[k] | 0x20) == first[k];
    if (same) return true;
  }
  return false;
}

/// The first code point of each word of a lexicon list, found once at compile time, so a hot
/// loop compares one code point before it compares bytes.
template <std::size_t N, class Word, class Text>
constexpr std::array<char32_t, N> first_code_points(const std::array<Word, N>& words, Text text) {
  std::array<char32_t, N> t{};
  for (std::size_t k = 0; k < N; ++k) t[k] = first_code_point(text(words[k]));
  return t;
}
constexpr auto vague_firsts = first_code_points(lexicon::vague_words, [](std::string_view w) { return w; });
constexpr auto prefix_firsts =
    first_code_points(lexicon::prefix_words, [](const lexicon::qualifier_word& w) { return w.text; });

inline bool starts_vague_word(char32_t cp) noexcept {
  return std::find(vague_firsts.begin(), vague_firsts.end(), cp) != vague_firsts.end();
}

/// Whether the Hangul word `w`, glued before digits, still leaves the digits a figure (`총15억`,
/// `약3조`, `매년50억`, `무려15억`, `원화1조`): a qualifier, emphasis or cue word, or a currency.
inline bool glued_lead_word(std::string_view w) noexcept {
  for (const lexicon::qualifier_word& q : lexicon::prefix_words) {
    if (q.text == w) return true;
  }
  for (std::string_view e : lexicon::emphasis_words) {
    if (e == w) return true;
  }
  if (lexicon::is_total_word(w) || lexicon::is_each_word(w) || lexicon::per_word_unit(w)) return true;
  const auto c = match_currency_prefix(w);
  return c && c->length == w.size();
}

inline bound_kind bound_of(lexicon::qualifier q) noexcept {
  switch (q) {
    case lexicon::qualifier::at_most: return bound_kind::at_most;
    case lexicon::qualifier::at_least: return bound_kind::at_least;
    case lexicon::qualifier::less_than: return bound_kind::less_than;
    case lexicon::qualifier::more_than: return bound_kind::more_than;
    default: return bound_kind::none;
  }
}

inline bool is_time_unit(std::string_view unit) noexcept {
  for (std::string_view u : lexicon::time_units) {
    if (unit == u) return true;
  }
  for (std::string_view u : lexicon::time_span_units) {
    if (unit == u) return true;
  }
  return false;
}

// ---- the engine ----------------------------------------------------------------------------

struct found {
  scanned_figure f;
  std::size_t ns = 0;  // normalized start and end in the line
  std::size_t ne = 0;
};

}  // namespace

namespace detail {

class scan_engine {
public:
  scan_engine(const scan_options& options, const scan_callbacks& callbacks)
      : options_(options), callbacks_(callbacks), next_index_(options.first_index), path_(available_path(options.base_pass)) {}

  // Scans `chunk` (original bytes at original offset `base`, starting on line `line`); returns
  // the number of LFs in it.
  std::size_t scan_chunk(std::string_view chunk, std::size_t base, std::size_t line) {
#if defined(EOK_SIMD_X86)
    // The fused pass reads a piece of whole lines small enough that its bytes are still in the
    // first-level cache when the lines are scanned; a piece that is not plain goes the
    // normalizer's way. Normalizing whole lines on their own gives what the chunk would give.
    if (path_ == simd_path::avx2) {
      std::size_t lines = 0;
      while (!chunk.empty()) {
        // After the last LF in the first fused_piece bytes, or else after the first LF past them
        // (a longer line is a piece of its own).
        std::size_t cut = chunk.size();
        if (cut > fused_piece) {
          std::size_t lf = chunk.rfind('\n', fused_piece - 1);
          if (lf == std::string_view::npos) lf = chunk.find('\n', fused_piece);
          if (lf != std::string_view::npos) cut = lf + 1;
        }
        const std::string_view piece = chunk.substr(0, cut);
        lines += scan_fused_piece(piece, base, line + lines);
        chunk.remove_prefix(cut);
        base += cut;
      }
      return lines;
    }
#endif
    return scan_normalized(chunk, base, line);
  }

  [[nodiscard]] std::size_t emitted() const noexcept { return next_index_ - options_.first_index; }
  [[nodiscard]] std::size_t invalid() const noexcept { return invalid_; }

private:
  // The bytes of whole lines the fused pass reads at once (see scan_chunk).
  static constexpr std::size_t fused_piece = 16 * 1024;

#if defined(EOK_SIMD_X86)
  std::size_t scan_fused_piece(std::string_view piece, std::size_t base, std::size_t line) {
    const std::size_t words = (piece.size() + 31) / 32;
    if (marks_.size() < words) {
      marks_.resize(words);
      lfs_.resize(words);
    }
    if (fused_blocks_avx2(reinterpret_cast<const unsigned char*>(piece.data()), piece.size(), marks_.data(), lfs_.data())) {
      return scan_marked_piece(norm_.unchanged(piece), base, line);
    }
    return scan_normalized(piece, base, line);
  }
#endif

  // Normalizes `chunk` (original bytes at original offset `base`, starting on line `line`) and
  // scans its lines; returns the number of LFs in it.
  std::size_t scan_normalized(std::string_view chunk, std::size_t base, std::size_t line) {
    const std::string_view t = norm_.normalize(chunk);
    // The invalid bytes of each line are reported before its figures, so that the order of
    // the calls does not depend on where chunks end.
    const std::vector<std::size_t>& bad = norm_.invalid_bytes();
    invalid_ += bad.size();
    std::size_t reported = 0;
    const auto report_before = [&](std::size_t original) {
      for (; reported < bad.size() && bad[reported] < original; ++reported) {
        if (callbacks_.on_invalid_byte) callbacks_.on_invalid_byte(base + bad[reported]);
      }
    };
    base_ = base;
    std::size_t lines = 0;
    std::size_t ls = 0;
    while (ls < t.size()) {
      const void* nl = std::memchr(t.data() + ls, '\n', t.size() - ls);
      const std::size_t le = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t.data()) : t.size();
      if (!bad.empty()) report_before(nl ? norm_.original_start(le) : chunk.size());
      if (le > ls) scan_line(t.substr(ls, le - ls), ls, line + lines, t.size());
      if (!nl) break;
      ++lines;
      ls = le + 1;
    }
    report_before(chunk.size());
    return lines;
  }

  // The offset of the first bit set in `bits` (bit k of word w for byte 32 w + k) at or after
  // `from` and before `end`, or `end`.
  static std::size_t next_bit(const std::vector<std::uint32_t>& bits, std::size_t from, std::size_t end) noexcept {
    if (from >= end) return end;
    std::size_t w = from / 32;
    std::uint32_t m = bits[w] & (~std::uint32_t{0} << (from % 32));
    const std::size_t last = (end - 1) / 32;
    while (m == 0) {
      if (++w > last) return end;
      m = bits[w];
    }
    return std::min(end, w * 32 + static_cast<std::size_t>(__builtin_ctz(m)));
  }

  // Scans piece t, which needs no normalization and whose marks and LFs the fused pass found
  // (marks_, lfs_): the lines by the LF bits, and in each, `step` at the marks, as visit_blocks.
  std::size_t scan_marked_piece(std::string_view t, std::size_t base, std::size_t line) {
    base_ = base;
    const std::size_t n = t.size();
    std::size_t lines = 0;
    std::size_t ls = 0;
    while (ls < n) {
      const std::size_t le = next_bit(lfs_, ls, n);
      if (le > ls) {
        const std::string_view L = t.substr(ls, le - ls);
        line_.clear();
        visit_marks(L, ls);
        finish_line(L, ls, line + lines);
      }
      if (le == n) break;
      ++lines;
      ls = le + 1;
    }
    return lines;
  }

  // `step` at each mark of line L (at `lbase` in the chunk) from where scanning is.
  void visit_marks(std::string_view L, std::size_t lbase) {
    const std::size_t end = lbase + L.size();
    std::size_t q = next_bit(marks_, lbase, end);
    while (q < end) {
      const std::size_t at = q - lbase;
      if (passed_over(L, at)) {
        q = next_bit(marks_, q + 1, end);
        continue;
      }
      q = next_bit(marks_, lbase + step<false>(L, at), end);
    }
  }

  // Scans line L, which starts at `lbase` in the normalized chunk of `chunk_size` bytes.
  [[gnu::hot]] void scan_line(std::string_view L, std::size_t lbase, std::size_t line_no, std::size_t chunk_size) {
    line_.clear();
    switch (path_) {
#if defined(EOK_SIMD_X86)
      case simd_path::avx2: visit_blocks<32, &candidates_avx2>(L, lbase, chunk_size); break;
      case simd_path::sse2: visit_blocks<16, &candidates_sse2>(L, lbase, chunk_size); break;
#endif
      default: visit_bytes(L); break;
    }
    finish_line(L, lbase, line_no);
  }

  // Links the figures found in line L (at `lbase`) and emits them.
  void finish_line(std::string_view L, std::size_t lbase, std::size_t line_no) {
    if (line_.empty()) return;
    link(L);
    for (found& x : line_) {
      x.f.start = base_ + norm_.original_start(lbase + x.ns);
      x.f.end = base_ + norm_.original_end(lbase + x.ne);
      x.f.line = line_no;
      if (callbacks_.on_figure) callbacks_.on_figure(x.f);
      if (callbacks_.on_figure_context) callbacks_.on_figure_context(x.f, L, x.ns, x.ne);
    }
  }

  // The byte-wise base pass, the reference: every character is looked at.
  void visit_bytes(std::string_view L) {
    const std::size_t n = L.size();
    std::size_t i = 0;
    while (i < n) {
      const unsigned char b = byte_at(L, i);
      // Spaces and punctuation, the commonest bytes after Hangul, as a plain branch first.
      if (b < 0x80 && lead_table[b] == k_skip1) {
        ++i;
        continue;
      }
      i = step<true>(L, i);
    }
  }

  // The vector base pass: a block of W bytes at a time, `mask` marking the places `may_matter`
  // marks (tested against it), and `step` at each of them in order from where scanning is.
  // The characters between are those `step` would only pass over, so the figures are the same.
  // A block may start inside a character: only character starts are ever marked. The vector
  // reads the 3 bytes before a block, the whole block and the two bytes after it, also past the
  // line's end while that is still inside the chunk (L starts at `lbase` of `chunk_size`
  // bytes); the bits of bytes past the end are dropped, and the first three bytes of a line are
  // judged byte by byte, since whatever is before them does not count.
  template <std::size_t W, std::uint32_t (*mask)(const unsigned char*) noexcept>
  void visit_blocks(std::string_view L, std::size_t lbase, std::size_t chunk_size) {
    const std::size_t n = L.size();
    const auto* p = reinterpret_cast<const unsigned char*>(L.data());
    std::size_t i = 0;  // where scanning is: a character start, never before b
    std::size_t b = 0;
    while (b < n) {
      const std::size_t w = std::min(W, n - b);
      std::uint32_t m = 0;
      if (lbase + b >= 3 && lbase + b + W + 2 <= chunk_size) {
        m = mask(p + b);
        if (w < W) m &= (std::uint32_t{1} << w) - 1;
        if (b == 0) m = (m & ~std::uint32_t{7}) | candidates_bytes(L, 0, std::min<std::size_t>(w, 3));
      } else {
        m = candidates_bytes(L, b, w);
      }
      while (m != 0) {
        const std::size_t at = b + static_cast<std::size_t>(__builtin_ctz(m));
        if (passed_over(L, at)) {
          m &= m - 1;
          continue;
        }
        i = step<false>(L, at);
        if (i >= b + w) break;
        m &= ~std::uint32_t{0} << (i - b);  // i - b < w <= 32
      }
      b = std::max(b + w, i);
    }
  }

  // Where `step` may have work at a character start k: everything but the bytes it only passes
  // over (spaces and punctuation, other scripts, continuation bytes, and a Hangul syllable right
  // after another, which cannot start a word).
  static bool may_matter(std::string_view L, std::size_t k) noexcept {
    switch (lead_table[byte_at(L, k)]) {
      case k_skip1:
      case k_skip2:
      case k_skip3:
      case k_skip4: return false;
      case k_hangul: return k < 3 || byte_at(L, k - 3) < 0xEA || byte_at(L, k - 3) > 0xED;
      default: return true;
    }
  }

  // Whether the mark at k is one `step` would only pass over, found without it: most marks are
  // word starts in Hangul that no figure begins with, judged by the syllable's flags alone.
  static bool passed_over(std::string_view L, std::size_t k) noexcept {
    return byte_at(L, k) >= 0xEA && !hangul_may_begin(L, k);
  }

  // Whether `step` may try a figure at the Hangul-led character at k: a syllable that is a
  // numeral, a place or scale, or begins a qualifier. When not, `step` only passes over it.
  static bool hangul_may_begin(std::string_view L, std::size_t k) noexcept {
    if (k + 3 > L.size()) return false;
    const char32_t cp = cp3(L, k);
    return cp >= 0xAC00 && cp <= 0xD7A3 && (syllable_flags[cp - 0xAC00] & (f_digit | f_place | f_qualifier)) != 0;
  }

  // `may_matter` for the w bytes at b, one bit each: the blocks a vector cannot read.
  static std::uint32_t candidates_bytes(std::string_view L, std::size_t b, std::size_t w) noexcept {
    std::uint32_t m = 0;
    for (std::size_t k = 0; k < w; ++k) m |= static_cast<std::uint32_t>(may_matter(L, b + k)) << k;
    return m;
  }

  // The character at i, by its lead byte: a figure tried or a word passed over. Returns where
  // scanning goes on (after i).
  template <bool Bytewise>
  [[gnu::always_inline]] std::size_t step(std::string_view L, std::size_t i) {
    const std::size_t n = L.size();
    const unsigned char b = byte_at(L, i);
    switch (lead_table[b]) {
      case k_skip1: ++i; break;
      case k_skip2: i += 2; break;
      case k_skip3: i += 3; break;
      case k_skip4: i += 4; break;
      case k_digit: i = at_digit(L, i); break;
      case k_hangul: {
        // A word starts here unless a syllable (any 3-byte character led by EA..ED) or a
        // Latin letter or digit comes right before. Inside a word nothing starts, so the rest
        // of the word is skipped in a tight loop: the common case.
        const bool starts = i < 3 || byte_at(L, i - 3) < 0xEA || byte_at(L, i - 3) > 0xED;
        if (starts && i + 3 <= n && !(i > 0 && is_alnum(L[i - 1]))) {
          const char32_t cp = cp3(L, i);
          if (cp >= 0xAC00 && cp <= 0xD7A3 && (syllable_flags[cp - 0xAC00] & (f_digit | f_place | f_qualifier)) != 0 &&
              hangul_worth_trying(L, i, cp)) {
            i = attempt(L, i, i + 3);
            break;
          }
        }
        i += 3;
        // The byte-wise pass skips the rest of the word here; the block pass's mask has
        // already left it out.
        if (Bytewise) {
          while (i < n && byte_at(L, i) >= 0xEA && byte_at(L, i) <= 0xED) i += 3;
        }
        break;
      }
      case k_hanja: {
        if (i + 3 > n || (flags_of(cp3(L, i)) & (f_digit | f_place)) == 0 || !word_start(L, i) ||
            (flags_of(utf8::next(L, i + 3).cp) & f_numeral) == 0) {
          i += 3;
          break;
        }
        i = attempt(L, i, i + 3);
        break;
      }
      case k_dollar:
        i = (i > 0 && is_alnum(L[i - 1])) ? i + 1 : attempt(L, i, i + 1);
        break;
      case k_c2: {
        const unsigned char b1 = i + 1 < n ? byte_at(L, i + 1) : 0;
        i = ((b1 == 0xA3 || b1 == 0xA5) && word_start(L, i)) ? attempt(L, i, i + 2) : i + 2;
        break;
      }
      case k_e2: {
        const unsigned char b1 = i + 1 < n ? byte_at(L, i + 1) : 0;
        const unsigned char b2 = i + 2 < n ? byte_at(L, i + 2) : 0;
        const bool sign = (b1 == 0x82 && b2 >= 0xA0) || (b1 == 0x83 && b2 <= 0x8F);
        i = (sign && word_start(L, i)) ? attempt(L, i, i + 3) : i + 3;
        break;
      }
      case k_upper:
      case k_lower: i = at_latin(L, i); break;
      default: ++i; break;
    }
    return i;
  }

  // Whether a word starts at i: the previous code point is not a letter or digit of any script.
  static bool word_start(std::string_view L, std::size_t i) noexcept {
    if (i == 0) return true;
    const unsigned char p = byte_at(L, i - 1);
    if (p < 0x80) return !is_alnum(static_cast<char>(p)) && p != '_';
    const prev_cp c = utf8::previous(L, i);
    if (utf8::is_hangul_syllable(c.cp)) return false;
    if (c.cp >= 0x4E00 && c.cp <= 0x9FFF) return false;
    return true;
  }

  // ---- candidates --------------------------------------------------------------------------

  // Whether an amount can start at j (after spaces): digits, a numeral syllable, 수/몇, or a
  // currency sign.
  static bool amount_follows(std::string_view L, std::size_t j) noexcept {
    while (j < L.size() && L[j] == ' ') ++j;
    if (j >= L.size()) return false;
    const unsigned char b = byte_at(L, j);
    if (is_digit(static_cast<char>(b)) || b == '$' || b == 0xC2 || b == 0xE2) return true;
    const char32_t cp = utf8::next(L, j).cp;
    return (flags_of(cp) & f_numeral) != 0 || starts_vague_word(cp);
  }

  // Whether the word starting with syllable `cp` at i could begin a figure the scanner keeps:
  // a spelled numeral needs a second numeral syllable and cannot start with 만/억/조/경; a
  // qualifier must be a whole qualifier word with an amount after it.
  static bool hangul_worth_trying(std::string_view L, std::size_t i, char32_t cp) noexcept {
    const unsigned char fl = flags_of(cp);
    if (fl == 0 || (fl & f_myriad) != 0) return false;
    const char32_t next = normalized_cp(L, i + 3);
    if ((fl & (f_digit | f_place)) != 0 && (flags_of(next) & f_numeral) != 0) return true;
    if ((fl & f_qualifier) == 0) return false;
    if (starts_vague_word(cp)) return (flags_of(next) & (f_place | f_myriad)) != 0;
    for (std::size_t k = 0; k < prefix_firsts.size(); ++k) {
      const std::string_view w = lexicon::prefix_words[k].text;
      if (prefix_firsts[k] == cp && starts_with(L, i, w)) return amount_follows(L, i + w.size());
    }
    return false;
  }

  // Tries the parser at `i`; on no figure, or a figure judged false, resumes at `resume`.
  [[gnu::hot]] std::size_t attempt(std::string_view L, std::size_t i, std::size_t resume) {
    // The parser reads forward only; handing it the rest of the line from i keeps its work
    // (it counts lines up to pos) independent of where in a long line the candidate is.
    std::optional<figure> f = match_figure_at(L.substr(i), 0, options_.parse);
    if (!f || f->end == 0) return resume;
    f->start += i;
    f->end += i;
    if (!accept(L, *f)) return std::max(resume, f->end);
    found& x = line_.emplace_back();
    static_cast<figure&>(x.f) = std::move(*f);
    x.ns = x.f.start;
    x.ne = x.f.end;
    x.f.index = next_index_++;
    return x.ne;
  }

  [[gnu::hot]] std::size_t at_digit(std::string_view L, std::size_t i) {
    const std::size_t n = L.size();
    std::size_t r = i;
    while (r < n && is_digit(L[r])) ++r;
    if (i > 0) {
      const char p = L[i - 1];
      // Inside a longer token: 1,000 / 2025.02.10 / 10~11 / H100 / a URL or an e-mail address.
      if (is_alnum(p) || p == '_' || p == '/' || p == '@' || p == '#' || p == '&' || p == '?' || p == '%') return r;
      // a=1 in a URL or code; but 1달러=1,450원 states a rate.
      if (p == '=' && i >= 2 && (is_alnum(L[i - 2]) || L[i - 2] == '_')) return r;
      if ((p == '.' || p == ',' || p == ':' || p == '-' || p == '~') && i >= 2 && is_digit(L[i - 2])) return r;
      if (static_cast<unsigned char>(p) >= 0x80) {
        // Digits glued to a word are part of a name (뉴스1, 톱5, 라지2), unless the word is a
        // qualifier such as 총 or 약.
        const prev_cp c = utf8::previous(L, i);
        if (utf8::is_hangul_syllable(c.cp) && !glued_qualifier(L, i)) return r;
      }
      // A stock code: 카카오[035720], 삼성전자(005930).
      if ((p == '[' || p == '(') && r - i == 6 && r < n && L[r] == (p == '[' ? ']' : ')') && i >= 2 &&
          !is_space(L[i - 2])) {
        return r + 1;
      }
    }
    if (numerator_of_fraction(L, i)) return r;
    if (const std::size_t skip = not_a_quantity(L, i, r); skip != 0) return skip;
    if (const std::size_t skip = date_or_time(L, i, r); skip != 0) return skip;
    if (list_marker(L, i, r)) return r + 1;
    return attempt(L, sign_start(L, i), r);
  }

  // Where a figure whose digits start at i starts: at a sign mark right before them (-1억원,
  // −2.1%, △1,234억원, ▼1.5%, ▲3.2%, from the lexicon) when the mark itself starts a word.
  static std::size_t sign_start(std::string_view L, std::size_t i) noexcept {
    static constexpr lexicon::byte_set sign_mark_lasts = lexicon::last_bytes(lexicon::sign_marks);
    if (i == 0 || !sign_mark_lasts.has(byte_at(L, i - 1))) return i;
    for (const lexicon::sign_mark& m : lexicon::sign_marks) {
      const std::size_t len = m.text.size();
      if (!bytes::before(L, i, m.text)) continue;
      const std::size_t at = i - len;
      if (at == 0) return at;
      const unsigned char p = byte_at(L, at - 1);
      if (is_space(static_cast<char>(p)) || p == '|' || p == '(' || p == '[' || p == ':') return at;
      return i;
    }
    return i;
  }

  // Whether the digits at i are the numerator of a fraction, `3분의 1인` (relation_words::fraction_of):
  // the relations read the fraction from the text, and `1인` there is no count of people.
  static bool numerator_of_fraction(std::string_view L, std::size_t i) noexcept {
    const std::size_t j = (i > 0 && L[i - 1] == ' ') ? i - 1 : i;
    return bytes::before(L, j, relation_words::fraction_of);
  }

  // If the digits [i, r) are a code, a telephone number or a date joined by a middle dot rather
  // than a quantity, where scanning resumes; otherwise 0:
  //   005930, 06236   a number written with a leading zero is a code (stock, postcode, line)
  //   (408) 996-1010, 02-1234-5678, 996-1010   telephone numbers
  //   3·1절, 6·25      dates joined by a middle dot
  static std::size_t not_a_quantity(std::string_view L, std::size_t i, std::size_t r) noexcept {
    const std::size_t n = L.size();
    auto digits_at = [&](std::size_t k, std::size_t& end) {
      end = k;
      while (end < n && is_digit(L[end])) ++end;
      return end - k;
    };
    if (L[i] == '0' && r - i >= 2 && (r >= n || (L[r] != '.' && L[r] != ','))) return r;
    std::size_t e1 = 0;
    std::size_t e2 = 0;
    // (408) 996-1010
    if (i > 0 && L[i - 1] == '(' && r < n && L[r] == ')' && r - i >= 2 && r - i <= 4 && r + 1 < n && L[r + 1] == ' ' &&
        digits_at(r + 2, e1) >= 3 && e1 < n && L[e1] == '-' && digits_at(e1 + 1, e2) == 4) {
      return e2;
    }
    // 02-1234-5678, 996-1010: digit groups joined by hyphens, ending in four digits, no unit after
    if (r < n && L[r] == '-' && r - i >= 2 && r - i <= 4) {
      const std::size_t g = digits_at(r + 1, e1);
      if (g >= 3 && g <= 4 && e1 < n && L[e1] == '-' && digits_at(e1 + 1, e2) == 4) return e2;
      if (g == 4 && r - i == 3 && (e1 >= n || is_space(L[e1]) || L[e1] == ')' || L[e1] == ',' || L[e1] == '.')) return e1;
    }
    // 3·1절, 6·25 (U+00B7 or the katakana middle dot U+30FB)
    for (std::string_view dot : {"\xC2\xB7", "\xE3\x83\xBB"}) {
      if (bytes::at(L, r, dot) && digits_at(r + dot.size(), e1) >= 1) return e1;
    }
    return 0;
  }

  // Whether the Hangul word right before digits at i is a qualifier that may be glued to them.
  static bool glued_qualifier(std::string_view L, std::size_t i) noexcept {
    std::size_t ws = i;
    while (ws >= 3 && hangul_at(L, ws - 3)) ws -= 3;
    const std::string_view w = L.substr(ws, i - ws);
    return glued_lead_word(w);
  }

  // If the digits [i, r) start a date, a clock time or a span of time, where scanning resumes;
  // otherwise 0.
  static std::size_t date_or_time(std::string_view L, std::size_t i, std::size_t r) noexcept {
    const std::size_t n = L.size();
    const std::size_t len = r - i;
    // 2024. 10. 8. (with or without the spaces)
    if (len == 4 && r < n && L[r] == '.') {
      std::size_t j = r + 1;
      if (j < n && L[j] == ' ') ++j;
      std::size_t k = j;
      while (k < n && is_digit(L[k])) ++k;
      if (k > j && k - j <= 2 && k < n && L[k] == '.') {
        std::size_t m = k + 1;
        if (m < n && L[m] == ' ') ++m;
        std::size_t q = m;
        while (q < n && is_digit(L[q])) ++q;
        if (q > m && q - m <= 2) return (q < n && L[q] == '.') ? q + 1 : q;
      }
    }
    // 20:30, 11:30:15
    if (len <= 2 && r + 2 < n && L[r] == ':' && is_digit(L[r + 1]) && is_digit(L[r + 2])) {
      std::size_t k = r + 3;
      if (k + 2 < n && L[k] == ':' && is_digit(L[k + 1]) && is_digit(L[k + 2])) k += 3;
      if (k >= n || !is_digit(L[k])) return k;
    }
    // 6일, 10~11일, 2024년, 2년, 6개월, 2025회계연도; but not 3분의 1 (a fraction) or 초과.
    std::size_t u = r;
    if (u < n && (L[u] == '~' || L[u] == '-')) {
      std::size_t k = u + 1;
      while (k < n && is_digit(L[k])) ++k;
      if (k > u + 1) u = k;
    }
    if (u + 3 <= n && byte_at(L, u) >= 0xEA && byte_at(L, u) <= 0xED) {
      switch (cp3(L, u)) {
        case U'년': case U'월': case U'일': case U'시': case U'분': case U'초': case U'개': case U'회': break;
        default: return 0;
      }
      for (std::string_view w : lexicon::time_units) {
        if (!starts_with(L, u, w)) continue;
        const std::size_t after = u + w.size();
        if (w == "분" && starts_with(L, after, "의")) return 0;
        if (w == "초" && (starts_with(L, after, "과") || starts_with(L, after, "반"))) return 0;
        if (w == "회계" && len != 4) return 0;
        return after;
      }
    }
    return 0;
  }

  // `1. `, `2) ` at the start of a line: a list marker, not a figure.
  static bool list_marker(std::string_view L, std::size_t i, std::size_t r) noexcept {
    if (r >= L.size() || (L[r] != '.' && L[r] != ')') || r - i > 2) return false;
    if (r + 1 < L.size() && !is_space(L[r + 1])) return false;
    for (std::size_t k = 0; k < i; ++k) {
      if (!is_space(L[k]) && !(k + 1 == i && L[k] == '(')) return false;
    }
    return true;
  }

  std::size_t at_latin(std::string_view L, std::size_t i) {
    const std::size_t n = L.size();
    std::size_t r = i;
    while (r < n && is_latin(L[r])) ++r;
    const std::size_t len = r - i;
    if (len > 13 || !word_start(L, i)) return r;
    // US$, HK$, A$ ...
    if (r < n && L[r] == '$') return len <= 3 ? attempt(L, i, r) : r;
    const std::string_view w = L.substr(i, len);
    // USD 100, EUR1.5bn
    if (len == 3) {
      std::size_t k = r;
      while (k < n && L[k] == ' ') ++k;
      if (k < n && is_digit(L[k]) && currency::from_code(w)) return attempt(L, i, r);
    }
    // W1.5 trillion: a letter that is a currency only glued to digits (currency_names.hpp).
    if (r < n && is_digit(L[r]) && match_glued_currency_prefix(L.substr(i, len + 1))) return attempt(L, i, r);
    if (len < 2) return r;
    return english_qualifier_word(w) ? attempt(L, i, r) : r;
  }

  // ---- judgement ---------------------------------------------------------------------------

  bool accept(std::string_view L, const figure& f) const {
    if ((f.kind == figure_kind::count || f.kind == figure_kind::number) && is_time_unit(f.unit)) return false;
    if (f.kind == figure_kind::count && is_label_unit(f.unit)) return false;  // 1호선, 123번지
    // 1인당, 1주당: a count before 당 is a denominator.
    if (f.kind != figure_kind::money && per_count_after(L, f.end)) return false;
    const std::string_view text(f.text);
    const bool has_digits = std::any_of(text.begin(), text.end(), [](char c) { return is_digit(c); });
    if (!has_digits && !f.vague && (!spelled_ok(f) || !spelled_evidence(L, f))) return false;
    if (f.kind == figure_kind::number && f.unit.empty() && after_road_name(L, f.start)) return false;
    // W3C: a glued one-letter currency needs its figure to end a word too.
    if (is_latin(text.front()) && f.end < L.size() && is_alnum(L[f.end]) && match_glued_currency_prefix(text)) return false;
    // 3원칙, 5원소: 원 followed by more of a word is not money.
    if (f.kind == figure_kind::money && ends_with(text, "원") && f.end < L.size()) {
      const next_cp c = utf8::next(L, f.end);
      if (utf8::is_hangul_syllable(c.cp) && (flags_of(c.cp) & f_particle) == 0) return false;
    }
    return true;
  }

  // A figure spelled in numeral words needs evidence that it is a number: a currency, counter or
  // percent that belongs to it (구조를, 오만을, 이천 시민 have none), and no title after it that
  // makes it a person's name (이억원 금융위원장은, 오만석 배우, 이만수 감독).
  static bool spelled_evidence(std::string_view L, const figure& f) noexcept {
    if (f.kind == figure_kind::number) return false;
    std::size_t k = f.end;
    while (k < L.size() && !is_space(L[k])) ++k;  // the rest of the figure's word (its particle)
    if (k >= L.size()) return true;
    ++k;
    std::size_t e = k;
    while (e < L.size() && !is_space(L[e]) && byte_at(L, e) >= 0x80) ++e;
    const std::string_view next = L.substr(k, e - k);
    return !lexicon::ends_with_title(next) && !lexicon::ends_with_title(lexicon::without_case_particle(next));
  }

  // Whether 당 follows at `end`, directly or after a counter (1인당, 1주당, 100명당).
  static bool per_count_after(std::string_view L, std::size_t end) noexcept {
    if (starts_with(L, end, lexicon::per_suffix)) return true;
    if (end + 6 > L.size() || !hangul_at(L, end)) return false;
    for (std::string_view w : lexicon::counter_words) {
      if (starts_with(L, end, w) && starts_with(L, end + w.size(), lexicon::per_suffix)) return true;
    }
    return false;
  }

  static bool is_label_unit(std::string_view unit) noexcept {
    for (std::string_view u : lexicon::label_units) {
      if (unit == u) return true;
    }
    return false;
  }

  // Whether the word before `start` (one space back) is a road or street name: 테헤란로 123,
  // 세종대로 175, 54번길 9 (a bare number after it is an address).
  static bool after_road_name(std::string_view L, std::size_t start) noexcept {
    if (start < 7 || L[start - 1] != ' ') return false;
    const prev_cp c = utf8::previous(L, start - 1);
    if (c.cp != U'로' && c.cp != U'길') return false;
    // A word of two syllables or more (not the particle 로 alone) made of Hangul or digits.
    const std::size_t word_end = c.at;
    return word_end > 0 && (utf8::is_hangul_syllable(utf8::previous(L, word_end).cp) || is_digit(L[word_end - 1]));
  }

  // A figure written only in numeral words must look like a number, not like a word that
  // happens to start with a numeral syllable: at least two numeral syllables, not starting with
  // a myriad (억만장자, 조사), and ending on a place or myriad unless a currency or counter
  // follows (천사, 이번, 일본, 사원, 구원 are words).
  static bool spelled_ok(const figure& f) noexcept {
    const std::string_view t(f.text);
    std::size_t count = 0;
    char32_t first = 0;
    char32_t last = 0;
    bool in_run = false;
    for (std::size_t i = 0; i < t.size();) {
      const next_cp c = utf8::next(t, i);
      if (numeral_syllable(c.cp)) {
        if (count == 0) first = c.cp;
        if (count > 0 && !in_run) return false;  // two separate numeral runs: not a plain figure
        ++count;
        last = c.cp;
        in_run = true;
      } else if (count > 0) {
        in_run = false;
      }
      i += c.len == 0 ? 1 : c.len;
    }
    if (count < 2) return false;
    if (numeral_myriad(first)) return false;
    if (digit_pairs(t)) return false;  // 이사회, 삼오칠: digit words in a row are not an amount
    if (numeral_digit(last) && f.kind != figure_kind::money && f.kind != figure_kind::count) return false;
    return true;
  }

  // Whether two digit words (일 … 구) stand next to each other in `t`.
  static bool digit_pairs(std::string_view t) noexcept {
    bool prev_digit = false;
    for (std::size_t i = 0; i < t.size();) {
      const next_cp c = utf8::next(t, i);
      const bool d = numeral_digit(c.cp);
      if (d && prev_digit) return true;
      prev_digit = d;
      i += c.len == 0 ? 1 : c.len;
    }
    return false;
  }

  // ---- links -------------------------------------------------------------------------------

  // The word that ends at `end` (after skipping spaces back from it), not reaching below `floor`;
  // empty if punctuation comes first.
  static std::string_view word_before(std::string_view L, std::size_t end, std::size_t floor, std::size_t& word_start_at) {
    std::size_t e = end;
    while (e > floor && is_space(L[e - 1])) --e;
    std::size_t s = e;
    while (s > floor && e - s < 48) {
      const unsigned char p = byte_at(L, s - 1);
      if (p < 0x80) {
        if (!is_alnum(static_cast<char>(p))) break;
        --s;
        continue;
      }
      if (s >= floor + 3 && byte_at(L, s - 3) >= 0xEA && byte_at(L, s - 3) <= 0xED) {
        s -= 3;  // a syllable
        continue;
      }
      const prev_cp c = utf8::previous(L, s);
      if (c.cp == 0xB7 || (c.cp >= 0x2000 && c.cp <= 0x206F) || (c.cp >= 0x3000 && c.cp <= 0x303F)) break;
      s = c.at;
    }
    word_start_at = s;
    return L.substr(s, e - s);
  }

  // A span of time ending at word w (`5년간`, `5년동안`; `5년 동안`, `3년에 걸쳐` reading the word
  // before), by the lexicon's span forms.
  static std::optional<period_length> span_ending(std::string_view L, std::string_view w, std::size_t ws,
                                                  std::size_t floor) noexcept {
    for (const lexicon::span_form& form : lexicon::span_forms) {
      std::optional<lexicon::span_reading> r;
      if (form.next_word.empty()) {
        r = lexicon::read_span(w, form.glued);
      } else if (w == form.next_word) {
        std::size_t ws2 = 0;
        r = lexicon::read_span(word_before(L, ws, floor, ws2), form.glued);
      }
      if (r) return period_length{r->count, r->unit};
    }
    return std::nullopt;
  }

  // The first code points of the cue words (each, total, per, and the second words of spans),
  // so words_before can stop at the first word that cannot be one.
  static bool may_start_cue(char32_t cp) noexcept {
    static constexpr auto starts = [] {
      std::array<char32_t, 32> t{};
      std::size_t n = 0;
      auto add = [&](std::string_view w) {
        if (w.empty() || static_cast<unsigned char>(w[0]) < 0x80) return;
        const char32_t c = utf8::next(w, 0).cp;
        for (std::size_t k = 0; k < n; ++k) {
          if (t[k] == c) return;
        }
        t[n++] = c;
      };
      for (std::string_view w : lexicon::each_words) add(w);
      for (std::string_view w : lexicon::total_words) add(w);
      for (const auto& p : lexicon::per_words) add(p.word);
      for (const auto& f : lexicon::span_forms) add(f.next_word);
      return t;
    }();
    for (char32_t c : starts) {
      if (c == cp) return true;
    }
    return false;
  }

  // Whether figure k is the first of a list: a comma and the next figure follow it.
  bool starts_list(std::string_view L, std::size_t k) const noexcept {
    if (k + 1 >= line_.size()) return false;
    std::size_t i = line_[k].ne;
    const std::size_t next = line_[k + 1].ns;
    while (i < next && is_space(L[i])) ++i;
    if (i >= next || L[i] != ',') return false;
    for (++i; i < next; ++i) {
      if (!is_space(L[i])) return false;
    }
    return true;
  }

  // Reads the words before figure k: each (각, 각각), total (총, 모두 ...), per (매년 ...) and a span
  // (5년간, 5년 동안 ...), all from the lexicon (cues.hpp).
  [[gnu::hot]] void words_before(std::string_view L, std::size_t k) {
    found& x = line_[k];
    const std::size_t floor = k > 0 ? line_[k - 1].ne : 0;
    if (starts_with(x.f.text, 0, "총")) x.f.total = true;
    std::size_t at = x.ns;
    for (int words = 0; words < 4; ++words) {
      std::size_t ws = 0;
      const std::string_view w = word_before(L, at, floor, ws);
      if (w.empty()) return;
      // Every cue is short and starts with a digit, 'a'/'y' or one of the cue syllables.
      if (w.size() > 24) return;
      const unsigned char w0 = byte_at(w, 0);
      if (!is_digit(static_cast<char>(w0)) && (w0 | 0x20) != 'a' && (w0 | 0x20) != 'y') {
        if (w.size() < 3 || !may_start_cue(cp3(w, 0))) return;
      }
      if (lexicon::is_total_word(w)) {
        x.f.total = true;
      } else if (lexicon::is_each_word(w)) {
        // `각각 400억 달러, 500억 달러` lists amounts one for each name: respectively, not each.
        if (!starts_list(L, k)) x.f.each = true;
      } else if (const auto unit = lexicon::per_word_unit(w)) {
        if (!x.f.per) x.f.per = unit;
      } else {
        if (auto d = span_ending(L, w, ws, floor)) x.f.over = d;
        return;
      }
      at = ws;
    }
  }

  // Whether the text between figures a and b says that b converts a.
  static bool conversion_between(std::string_view between, const figure& b) noexcept {
    std::size_t i = 0;
    while (i < between.size() && is_space(between[i])) ++i;
    if (i >= between.size()) return false;
    const char opener = between[i];
    if (opener != '(' && opener != ',') return false;
    ++i;
    bool named = false;  // 한화, 원화 ...
    while (i < between.size()) {
      if (is_space(between[i])) {
        ++i;
        continue;
      }
      bool matched = false;
      for (std::string_view w : lexicon::conversion_words) {
        if (starts_with(between, i, w)) {
          const std::size_t after = i + w.size();
          if (after == between.size() || is_space(between[after])) {
            i = after;
            matched = true;
            named = true;
            break;
          }
        }
      }
      if (!matched) return false;
    }
    return opener == '(' || b.approximate || named;
  }

  // A bound word after position `pos` (after an optional particle), if any.
  static bound_kind bound_after(std::string_view L, std::size_t pos) noexcept {
    static constexpr auto particles = lexicon::make_first_char_index(lexicon::bound_particles);
    static constexpr auto verbs = lexicon::make_first_char_index(lexicon::bound_verbs);
    std::size_t i = pos;
    for (auto [n, last] = lexicon::words_starting_at(particles, L, i); n < last; ++n) {
      const std::string_view particle = lexicon::bound_particles[particles.word[n]];
      if (starts_with(L, i, particle)) {
        i += particle.size();
        break;
      }
    }
    while (i < L.size() && is_space(L[i])) ++i;
    if (i == pos) return bound_kind::none;  // glued to the figure: the parser's business
    for (auto [n, last] = lexicon::words_starting_at(verbs, L, i); n < last; ++n) {
      const lexicon::qualifier_word& v = lexicon::bound_verbs[verbs.word[n]];
      if (starts_with(L, i, v.text)) return bound_of(v.meaning);
    }
    return bound_kind::none;
  }

  // ---- stated exchange rates (lexicon/rate_words.hpp) ---------------------------------------

  // Whether `between` (the text from the end of a base amount to the quote) joins them into a
  // rate: `당` glued, then spaces (`100엔당 900원`), or `=` (`1달러=1,450원`, `1달러 = 1,450원`).
  static bool joins_rate(std::string_view between) noexcept {
    std::size_t i = 0;
    if (starts_with(between, 0, lexicon::per_suffix)) {
      i = lexicon::per_suffix.size();
    } else {
      while (i < between.size() && is_space(between[i])) ++i;
      bool eq = false;
      for (std::string_view e : lexicon::rate_equals) {
        if (starts_with(between, i, e)) {
          i += e.size();
          eq = true;
          break;
        }
      }
      if (!eq) return false;
    }
    while (i < between.size() && is_space(between[i])) ++i;
    return i == between.size();
  }

  // The currency named by the word that ends at `end` (no space before `end`), if it is one.
  static std::optional<currency> currency_word_ending(std::string_view L, std::size_t begin, std::size_t end) {
    if (end <= begin) return std::nullopt;
    const auto m = match_currency_prefix(L.substr(begin, end - begin));
    if (!m || m->length != end - begin) return std::nullopt;
    return m->value;
  }

  // For a quote amount starting at `ns`: the base currency named by a rate word before it
  // (`원·달러 환율 1,450원` → USD; `환율이 1,400원` → assumed USD), or nothing.
  static std::optional<currency> rate_word_base(std::string_view L, std::size_t ns, const figure& quote, bool& assumed) {
    std::size_t ws = 0;
    const std::string_view w = word_before(L, ns, 0, ws);
    // A rate word, alone or with a case particle (환율, 환율은): tried as a prefix first, since
    // nearly every word before a figure begins with none of them.
    const bool rate_noun = std::any_of(lexicon::rate_words.begin(), lexicon::rate_words.end(), [&](std::string_view r) {
      return bytes::at(w, 0, r) && lexicon::without_case_particle(w) == r;
    });
    if (!rate_noun) return std::nullopt;
    // The pair before the rate word: 원·달러, 원/달러 (quote first, then base).
    std::size_t bs = 0;
    const std::string_view base_word = word_before(L, ws, 0, bs);
    for (std::string_view sep : lexicon::pair_separators) {
      if (base_word.empty() || !bytes::before(L, bs, sep)) continue;
      std::size_t qs = 0;
      const std::string_view quote_word = word_before(L, bs - sep.size(), 0, qs);
      const auto q = currency_word_ending(L, qs, qs + quote_word.size());
      const auto b = currency_word_ending(L, bs, bs + base_word.size());
      if (q && b && *q == quote.cur) return b;
    }
    if (quote.cur == currency::from_code("KRW")) {
      assumed = true;
      return currency::from_code(lexicon::default_base_for_won);
    }
    return std::nullopt;
  }

  // Turns stated exchange rates into one figure of kind `rate`: `100엔당 900원` and `1달러=1,450원`
  // (base amount, then quote) merge into the quote's figure; `원·달러 환율 1,450원` makes the quote
  // a rate of one unit of the named base. Renumbers the line's figures when two merge.
  void merge_rates(std::string_view L) {
    if (line_.empty()) return;
    const std::size_t first_index = line_.front().f.index;
    for (std::size_t k = 0; k < line_.size(); ++k) {
      found& b = line_[k];
      if (b.f.kind != figure_kind::money || !b.f.cur.valid()) continue;
      if (k > 0) {
        found& a = line_[k - 1];
        if (a.f.kind == figure_kind::money && a.f.cur.valid() && a.f.cur != b.f.cur && a.f.value &&
            joins_rate(L.substr(a.ne, b.ns - a.ne))) {
          b.f.kind = figure_kind::rate;
          b.f.rate_base = a.f.cur;
          b.f.rate_per = a.f.value;
          b.f.start = a.f.start;
          b.f.text = std::string(L.substr(a.ns, b.ne - a.ns));
          b.ns = a.ns;
          line_.erase(line_.begin() + static_cast<std::ptrdiff_t>(k - 1));
          --k;
          continue;
        }
      }
      bool assumed = false;
      if (const auto base = rate_word_base(L, b.ns, b.f, assumed); base && *base != b.f.cur) {
        b.f.kind = figure_kind::rate;
        b.f.rate_base = *base;
        b.f.rate_per = decimal(1);
        if (assumed) b.f.reading = ambiguity::rate_base_assumed;
      }
    }
    std::size_t index = first_index;
    for (found& x : line_) x.f.index = index++;
    next_index_ = index;
  }

  [[gnu::hot]] void link(std::string_view L) {
    merge_rates(L);
    for (std::size_t k = 0; k < line_.size(); ++k) {
      words_before(L, k);
      if (k == 0) continue;
      found& a = line_[k - 1];
      found& b = line_[k];
      if (a.f.kind != figure_kind::money || b.f.kind != figure_kind::money) continue;
      if (!a.f.cur.valid() || !b.f.cur.valid() || a.f.cur == b.f.cur) continue;
      if (a.f.converted_from) continue;  // a conversion does not convert again
      if (!conversion_between(L.substr(a.ne, b.ns - a.ne), b.f)) continue;
      b.f.converted_from = a.f.index;
    }
    // Bounds written after a figure (`200억 달러(약 26조원)를 웃도는`) belong to the amount and
    // to its conversion.
    for (std::size_t k = 0; k < line_.size(); ++k) {
      found& x = line_[k];
      if (k + 1 < line_.size() && line_[k + 1].f.converted_from == x.f.index) continue;
      std::size_t pos = x.ne;
      if (x.f.converted_from) {
        while (pos < L.size() && is_space(L[pos])) ++pos;
        if (pos >= L.size() || L[pos] != ')') continue;
        ++pos;
      }
      const bound_kind b = bound_after(L, pos);
      if (b == bound_kind::none) continue;
      if (x.f.bound == bound_kind::none) x.f.bound = b;
      if (x.f.converted_from && k > 0 && line_[k - 1].f.bound == bound_kind::none) line_[k - 1].f.bound = b;
    }
    // A conversion states the same amount: it inherits what the words say about the original.
    for (std::size_t k = 1; k < line_.size(); ++k) {
      found& y = line_[k];
      if (!y.f.converted_from) continue;
      const found& x = line_[k - 1];
      y.f.total = y.f.total || x.f.total;
      if (!y.f.per) y.f.per = x.f.per;
      if (!y.f.over) y.f.over = x.f.over;
      if (y.f.bound == bound_kind::none) y.f.bound = x.f.bound;
    }
  }

  const scan_options& options_;
  const scan_callbacks& callbacks_;
  std::size_t next_index_;
  std::size_t base_ = 0;
  std::size_t invalid_ = 0;
  text_normalizer norm_;
  std::vector<found> line_;
  simd_path path_;
  std::vector<std::uint32_t> marks_;  // the fused pass's marks and LFs of a piece (AVX2)
  std::vector<std::uint32_t> lfs_;
};

}  // namespace detail

// ---- entry points ----------------------------------------------------------------------------

namespace {

// Where to cut a buffer that holds `scan_options::max_line_bytes` of one line and no LF: after
// the last space or tab in its last three quarters, else at a code point boundary before any
// digits run that touches the end. Only lines longer than the limit are cut, so only they can be
// scanned differently from `scan_text`.
std::size_t cut_inside_line(std::string_view buf) noexcept {
  const std::size_t floor = buf.size() / 4;
  for (std::size_t k = buf.size(); k > floor; --k) {
    if (buf[k - 1] == ' ' || buf[k - 1] == '\t') return k;
  }
  std::size_t k = buf.size();
  while (k > floor && (byte_at(buf, k - 1) & 0xC0u) == 0x80u) --k;
  if (k > floor && byte_at(buf, k - 1) >= 0xC0) --k;  // a lead byte whose sequence is cut
  std::size_t d = k;
  while (d > floor && k - d < 64 && (is_digit(buf[d - 1]) || buf[d - 1] == ',' || buf[d - 1] == '.')) --d;
  return d > floor ? d : k;
}

// The offset just after the last LF in buf[from, size), or 0 when there is none.
std::size_t after_last_lf(std::string_view buf, std::size_t from) noexcept {
  for (std::size_t k = buf.size(); k > from; --k) {
    if (buf[k - 1] == '\n') return k;
  }
  return 0;
}

// `scan_options::jobs` above 1: batches of whole lines scanned on other threads, each by its own
// engine numbering from 0 on line 0, then renumbered and emitted in input order by the calling
// thread. Every engine's state but the numbering lives within a line, so the figures are those
// of one engine reading everything.
class parallel_scan {
public:
  parallel_scan(const scan_options& options, const scan_callbacks& callbacks)
      : options_(options), callbacks_(callbacks), next_index_(options.first_index) {
    batch_options_ = options;
    batch_options_.first_index = 0;
  }
  parallel_scan(const parallel_scan&) = delete;
  parallel_scan& operator=(const parallel_scan&) = delete;
  ~parallel_scan() {
    for (auto& t : running_) {
      if (t.valid()) t.wait();
    }
  }

  // Adds `part` (original bytes at offset `base`): whole lines, or a piece of a cut line, which
  // is scanned on its own as one thread scans it.
  void add(std::string_view part, std::size_t base) {
    if (batch_.empty()) batch_base_ = base;
    batch_ += part;
    if (part.empty() || part.back() != '\n' || batch_.size() >= options_.batch_bytes) submit();
  }

  // Scans what is left and emits everything; returns the LFs of all the parts.
  std::size_t finish() {
    submit();
    while (!running_.empty()) emit_oldest();
    return lines_;
  }

  // The line the first part starts on (after any front matter).
  void start_line(std::size_t line) noexcept { line_ = line; }

  [[nodiscard]] std::size_t emitted() const noexcept { return next_index_ - options_.first_index; }
  [[nodiscard]] std::size_t invalid() const noexcept { return invalid_; }

private:
  struct batch_result {
    std::string text;  // the batch's bytes, kept to be reused
    std::vector<scanned_figure> figures;
    std::vector<std::pair<std::size_t, std::size_t>> invalid;  // offset, and how many figures came before it
    std::size_t lines = 0;
  };

  // Buffers are recycled: a fresh megabyte per batch would be mapped and unmapped by malloc
  // every time, which costs more than the scan (measured: 0.2 s of 0.7 s CPU on 50 MB).
  void submit() {
    if (batch_.empty()) return;
    while (running_.size() >= std::max(options_.jobs, 1u)) emit_oldest();
    batch_result r;
    if (!spare_.empty()) {
      r = std::move(spare_.back());
      spare_.pop_back();
    }
    std::swap(r.text, batch_);
    running_.push_back(std::async(std::launch::async, [r = std::move(r), base = batch_base_, this]() mutable {
      scan_callbacks cb;
      cb.on_figure = [&r](const scanned_figure& f) { r.figures.push_back(f); };
      cb.on_invalid_byte = [&r](std::size_t offset) { r.invalid.emplace_back(offset, r.figures.size()); };
      detail::scan_engine engine(batch_options_, cb);
      r.lines = engine.scan_chunk(r.text, base, 0);
      return std::move(r);
    }));
    batch_.clear();
  }

  void emit_oldest() {
    batch_result r = running_.front().get();
    running_.pop_front();
    invalid_ += r.invalid.size();
    std::size_t reported = 0;  // the invalid bytes in the order one thread reports them among the figures
    const auto report_up_to = [&](std::size_t figures) {
      for (; reported < r.invalid.size() && r.invalid[reported].second <= figures; ++reported) {
        if (callbacks_.on_invalid_byte) callbacks_.on_invalid_byte(r.invalid[reported].first);
      }
    };
    for (std::size_t k = 0; k < r.figures.size(); ++k) {
      report_up_to(k);
      scanned_figure& f = r.figures[k];
      f.index += next_index_;
      if (f.converted_from) *f.converted_from += next_index_;
      f.line += line_;
      if (callbacks_.on_figure) callbacks_.on_figure(f);
    }
    report_up_to(r.figures.size());
    next_index_ += r.figures.size();
    line_ += r.lines;
    lines_ += r.lines;
    r.figures.clear();
    r.invalid.clear();
    r.text.clear();
    spare_.push_back(std::move(r));
  }

  const scan_options& options_;
  const scan_callbacks& callbacks_;
  scan_options batch_options_;
  std::size_t next_index_;
  std::size_t line_ = 1;   // the line the next batch to emit starts on
  std::size_t lines_ = 0;  // LFs emitted
  std::size_t invalid_ = 0;
  std::string batch_;
  std::size_t batch_base_ = 0;
  std::deque<std::future<batch_result>> running_;
  std::vector<batch_result> spare_;
};

}  // namespace

std::vector<scanned_figure> scan_text(std::string_view text, const scan_options& options) {
  std::vector<scanned_figure> out;
  const front_matter fm = options.read_front_matter ? read_front_matter(text) : front_matter{};
  scan_body(text, fm, [&out](const scanned_figure& f) { out.push_back(f); }, options);
  return out;
}

void scan_body(std::string_view text, const front_matter& fm, const std::function<void(const scanned_figure&)>& on_figure,
               const scan_options& options) {
  scan_callbacks cb;
  cb.on_figure = on_figure;
  detail::scan_engine engine(options, cb);
  const std::size_t from = std::min(fm.body_offset, text.size());
  engine.scan_chunk(text.substr(from), from, fm.body_line);
}

scan_summary scan_stream(std::istream& in, const scan_options& options, const scan_callbacks& callbacks) {
  scan_summary summary;
  detail::scan_engine engine(options, callbacks);
  std::unique_ptr<parallel_scan> parallel;
  if (options.jobs > 1 && !callbacks.on_figure_context) parallel = std::make_unique<parallel_scan>(options, callbacks);
  const std::size_t chunk = std::max<std::size_t>(options.chunk_size, 1);
  const std::size_t limit = std::max({options.max_line_bytes, chunk, scan_options::min_max_line_bytes});
  const std::size_t front_window = std::min(limit, std::max(chunk, scan_options::min_front_matter_window));
  // The unscanned bytes: never more than `limit`. Whole lines are scanned as soon as their LF is
  // read, so what stays is the start of one line, which grows until its LF comes or it fills
  // the buffer (a line longer than `limit`, cut by cut_inside_line).
  std::string buf;
  std::size_t base = 0;
  std::size_t line = 1;
  bool first = true;
  bool eof = false;
  bool cutting = false;     // the line in `buf` has already been cut
  std::size_t searched = 0;  // buf[0, searched) holds no LF
  while (true) {
    const std::size_t old = buf.size();
    if (!eof && old < limit) {
      const std::size_t want = std::min(first ? front_window : chunk, limit - old);
      buf.resize(old + want);
      in.read(&buf[old], static_cast<std::streamsize>(want));
      const auto got = static_cast<std::size_t>(in.gcount());
      buf.resize(old + got);
      summary.bytes += got;
      if (got < want) {
        if (in.bad()) throw error(errc::io_error, "cannot read the input");
        eof = true;
      }
    }
    if (first) {
      first = false;
      if (options.read_front_matter) {
        result<front_matter> fm = try_read_front_matter(buf);
        if (!fm) {
          const error& e = fm.error();
          if (!eof && e.message().find("not closed") != std::string::npos) {
            throw parse_error(e.code(), "front matter opened here is not closed within the first " + std::to_string(front_window) + " bytes",
                              e.position());
          }
          throw parse_error(e.code(), e.message(), e.position());
        }
        summary.article = std::move(fm).value();
        base = summary.article.body_offset;
        line = summary.article.body_line;
        summary.lines = line - 1;
        buf.erase(0, base);
      }
      if (parallel) parallel->start_line(line);
      if (callbacks.on_article) callbacks.on_article(summary.article);
    }
    if (buf.empty() && eof) break;
    std::size_t cut = eof ? buf.size() : after_last_lf(buf, searched);
    if (cut == 0) {
      searched = buf.size();
      if (buf.size() < limit) continue;  // the line goes on: read more of it
      cut = cut_inside_line(buf);
      if (cut == 0) cut = buf.size();
      if (!cutting) ++summary.cut_lines;
      cutting = true;
    } else {
      cutting = false;
    }
    const std::string_view part = std::string_view(buf).substr(0, cut);
    if (parallel) {
      parallel->add(part, base);
    } else {
      const std::size_t lfs = engine.scan_chunk(part, base, line);
      line += lfs;
      summary.lines += lfs;
    }
    base += cut;
    const bool last_without_lf = !part.empty() && part.back() != '\n';
    buf.erase(0, cut);
    searched = buf.size();  // after the last LF, or the rest of a line cut: no LF either way
    if (eof && buf.empty()) {
      if (last_without_lf) ++summary.lines;
      break;
    }
  }
  if (parallel) {
    summary.lines += parallel->finish();
    summary.figures = parallel->emitted();
    summary.invalid_bytes = parallel->invalid();
    return summary;
  }
  summary.figures = engine.emitted();
  summary.invalid_bytes = engine.invalid();
  return summary;
}

}  // namespace eok
