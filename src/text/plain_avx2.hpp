// The normalizer's "plain" rule for 32 bytes at once, with AVX2 (private to the library).
//
// Plain text is what `detail::first_change` (text/text.hpp) passes without a look: ASCII but CR,
// and well-formed 2- and 3-byte characters whose lead is C2..DF, E2, E4..EC, EE, or ED before
// 80..9F (no surrogates). Everything else (CR, the leads C0 C1 E0 E1 E3 EF F0..FF, which start
// overlong forms, jamo, U+3000, full-width forms or 4-byte characters) is not plain here and is
// left to the byte-wise check, which alone decides; so the rule may refuse more than it must,
// never less. A byte is a continuation exactly when the byte before it leads a character or the
// one two before leads a 3-byte one (the structure test of Keiser and Lemire's validator).
#ifndef EOK_SRC_TEXT_PLAIN_AVX2_HPP
#define EOK_SRC_TEXT_PLAIN_AVX2_HPP

#include <eok/text/simd.hpp>

#if defined(EOK_SIMD_X86)
#include <immintrin.h>

namespace eok::detail {

/// Nonzero bytes where the 32 bytes `v` are not plain, given the bytes one (`prev1`) and two
/// (`prev2`) before each; those before a text count as zero bytes.
__attribute__((target("avx2"))) inline __m256i plain_errors_32(__m256i v, __m256i prev1, __m256i prev2) noexcept {
  // The bytes never plain, found by their high nibble and their low nibble: bit 0 CR (0D),
  // bit 1 C0 C1, bit 2 E0 E1 E3 EF, bit 3 F0..FF.
  const __m256i high_table = _mm256_setr_epi8(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 4, 8,  //
                                              1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 4, 8);
  const __m256i low_table = _mm256_setr_epi8(14, 14, 8, 12, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 8, 12,  //
                                             14, 14, 8, 12, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 8, 12);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i high = _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble);
  const __m256i never = _mm256_and_si256(_mm256_shuffle_epi8(high_table, high),
                                         _mm256_shuffle_epi8(low_table, _mm256_and_si256(v, nibble)));
  // Structure: a continuation (80..BF, below -64 as a signed byte) where one is due, and only there.
  const __m256i due = _mm256_or_si256(_mm256_subs_epu8(prev1, _mm256_set1_epi8(static_cast<char>(0xBF))),
                                      _mm256_subs_epu8(prev2, _mm256_set1_epi8(static_cast<char>(0xDF))));
  const __m256i not_due = _mm256_cmpeq_epi8(due, _mm256_setzero_si256());
  const __m256i continuation = _mm256_cmpgt_epi8(_mm256_set1_epi8(-64), v);
  const __m256i structure = _mm256_cmpeq_epi8(not_due, continuation);
  // ED A0..BF: a surrogate. The compare is signed, so it also takes 00..7F after ED, which is bad
  // structure anyway.
  const __m256i surrogate = _mm256_and_si256(_mm256_cmpeq_epi8(prev1, _mm256_set1_epi8(static_cast<char>(0xED))),
                                             _mm256_cmpgt_epi8(v, _mm256_set1_epi8(static_cast<char>(0x9F))));
  return _mm256_or_si256(_mm256_or_si256(never, structure), surrogate);
}

}  // namespace eok::detail

#endif  // EOK_SIMD_X86
#endif  // EOK_SRC_TEXT_PLAIN_AVX2_HPP
