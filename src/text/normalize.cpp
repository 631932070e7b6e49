// The normalizer's one validating pass (`detail::first_change`, text/text.hpp): the offset of the
// first byte that needs a change or is not well-formed UTF-8.
//
// Most Korean text is ASCII and Hangul syllables (lead bytes EA..ED), which never change, so
// blocks of those are checked at once: 16 bytes with SSE2 (every x86-64 CPU), 32 with AVX2 where
// the CPU has it, chosen at run time. A block is passed only when every character in it is
// plain, complete and well-formed; anything else (a CR, a lead byte other than C2..DF and E2,
// E4..EC, EE, an ED that starts a surrogate, a 4-byte sequence, bad structure) goes through the
// byte-wise check, which alone decides. So every path returns the same offset, and the byte-wise
// path is the portable one.
#include <eok/text/text.hpp>

#include <cstdint>

#include "text/plain_avx2.hpp"

#if defined(EOK_SIMD_X86)
#include <immintrin.h>
#endif

namespace eok::detail {
namespace {

// The character at i by the byte-wise check: the offset after it, or 0 when it needs a change.
std::size_t scalar_step(std::string_view in, std::size_t i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  const unsigned b0 = p[i];
  if (b0 < 0x80) return b0 == '\r' && i + 1 < n && p[i + 1] == '\n' ? 0 : i + 1;
  if (b0 >= 0xEA && b0 <= 0xED && i + 2 < n) {
    const unsigned b1 = p[i + 1];
    const unsigned b2 = p[i + 2];
    if ((b1 & 0xC0u) != 0x80u || (b2 & 0xC0u) != 0x80u || (b0 == 0xED && b1 >= 0xA0)) return 0;
    return i + 3;
  }
  const std::size_t len = utf8::sequence_length(in, i);
  if (len == 0 || normalization_changes(in, i, len)) return 0;
  return i + len;
}

std::size_t first_change_scalar(std::string_view in) noexcept {
  std::size_t i = 0;
  while (i < in.size()) {
    const std::size_t next = scalar_step(in, i);
    if (next == 0) return i;
    i = next;
  }
  return in.size();
}

#if defined(EOK_SIMD_X86)
// How many of the 16 bytes at p (which start at a character boundary) are plain: the whole block,
// or up to a character that crosses its end; 0 when the block holds anything else.
std::size_t plain_block_16(const unsigned char* p) noexcept {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto eq = [&](int b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b))); };
  const auto masked_eq = [&](int mask, int b) {
    return _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(mask))), _mm_set1_epi8(static_cast<char>(b)));
  };
  const auto bits = [](__m128i m) { return static_cast<std::uint32_t>(_mm_movemask_epi8(m)); };
  if (bits(v) == 0) return bits(eq('\r')) == 0 ? 16 : 0;
  const __m128i special = _mm_or_si128(
      _mm_or_si128(_mm_or_si128(eq('\r'), masked_eq(0xFE, 0xC0)), _mm_or_si128(eq(0xE0), eq(0xE1))),
      _mm_or_si128(_mm_or_si128(eq(0xE3), eq(0xEF)), masked_eq(0xF0, 0xF0)));
  if (bits(special) != 0) return 0;
  const std::uint32_t lead2 = bits(masked_eq(0xE0, 0xC0));
  const std::uint32_t lead3 = bits(masked_eq(0xF0, 0xE0));
  const std::uint32_t cont = bits(masked_eq(0xC0, 0x80));
  const std::uint32_t ed = bits(eq(0xED));
  const std::uint32_t cont_a0 = bits(masked_eq(0xE0, 0xA0));
  const std::uint32_t expected = ((lead2 << 1) | (lead3 << 1) | (lead3 << 2)) & 0xFFFFu;
  if (cont != expected || ((ed << 1) & cont_a0) != 0) return 0;
  // A character whose lead is in the last two bytes continues in the next block.
  const std::uint32_t straddle = (lead3 & 0xC000u) | (lead2 & 0x8000u);
  return straddle == 0 ? 16 : static_cast<std::size_t>(__builtin_ctz(straddle));
}

// How many of the n bytes at p (at a character boundary) are plain, block by block.
std::size_t plain_run_16(const unsigned char* p, std::size_t n) noexcept {
  std::size_t i = 0;
  while (i + 16 <= n) {
    const std::size_t step = plain_block_16(p + i);
    if (step == 0) break;
    i += step;
  }
  return i;
}

// The AVX2 form: the rule of plain_avx2.hpp, 32 bytes at a time. GCC and Clang compile it for
// AVX2 here only; it runs only when the CPU says it has AVX2 (`fastest_simd_path`).
#define EOK_AVX2 __attribute__((target("avx2")))

// How many of the n bytes at p (p at a character boundary) are plain, by whole 32-byte blocks.
// Each block is tested with the two bytes before each of its bytes (zero before p), so a block
// also checks the characters the one before it leaves unfinished; the blocks do not wait on one
// another. Returns the start of the first character of a block that is not plain, or of a
// character the last whole block leaves unfinished.
EOK_AVX2 std::size_t plain_run_32(const unsigned char* p, std::size_t n) noexcept {
  std::size_t i = 0;
  __m256i prev = _mm256_setzero_si256();
  for (; i + 32 <= n; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const __m256i before = _mm256_permute2x128_si256(prev, v, 0x21);  // prev's high half, then v's low half
    const __m256i errors = plain_errors_32(v, _mm256_alignr_epi8(v, before, 15), _mm256_alignr_epi8(v, before, 14));
    if (!_mm256_testz_si256(errors, errors)) break;
    prev = v;
  }
  if (i >= 1 && p[i - 1] >= 0xC0) return i - 1;
  if (i >= 2 && p[i - 2] >= 0xE0) return i - 2;
  return i;
}

// Blocks by `run` while they are plain; then the 16-byte block (the tail, or the first half of
// a block that was refused) when `run` takes wider ones; then one character by the byte-wise
// check.
template <std::size_t (*run)(const unsigned char*, std::size_t) noexcept, bool then_16>
std::size_t first_change_blocks(std::string_view in) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  std::size_t i = 0;
  while (i < n) {
    i += run(p + i, n - i);
    if (then_16 && i + 16 <= n) {
      if (const std::size_t step = plain_block_16(p + i); step != 0) {
        i += step;
        continue;
      }
    }
    if (i >= n) break;
    const std::size_t next = scalar_step(in, i);
    if (next == 0) return i;
    i = next;
  }
  return n;
}
#undef EOK_AVX2
#endif

}  // namespace

std::size_t first_change(std::string_view in, simd_path path) noexcept {
#if defined(EOK_SIMD_X86)
  if (path == simd_path::avx2) return first_change_blocks<&plain_run_32, true>(in);
  if (path == simd_path::sse2) return first_change_blocks<&plain_run_16, false>(in);
#endif
  (void)path;
  return first_change_scalar(in);
}

}  // namespace eok::detail
