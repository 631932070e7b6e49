// eok/text/simd.hpp: which vector path eok's byte passes take on this CPU.
//
// Two passes read every byte of a text: the normalizer's validating check (text/text.hpp) and
// the scanner's search for places where a figure may start (read/scan.hpp). Each has a
// byte-by-byte form, which is the portable one and the reference, and forms that test 16 bytes
// (SSE2, every x86-64 CPU) or 32 bytes (AVX2) at once. The widest one the CPU runs is chosen
// once at run time. The scanner's AVX2 form does both passes in one read of a piece of lines
// and leaves a piece that needs normalizing to the two passes. Every form gives the same result,
// which tests/unit/text_test.cpp, tests/unit/scan_paths_test.cpp and the scan fuzz target check
// by running them all.
#ifndef EOK_TEXT_SIMD_HPP
#define EOK_TEXT_SIMD_HPP

/// Defined where the SSE2 and AVX2 forms are compiled: GCC or Clang on x86 with SSE2.
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && defined(__SSE2__)
#define EOK_SIMD_X86 1
#endif

namespace eok {

/// A byte pass: byte by byte, or 16 (SSE2) or 32 (AVX2) bytes at a time.
enum class simd_path : unsigned char { scalar, sse2, avx2 };

/// Whether this CPU runs `path` (scalar always; SSE2 and AVX2 on x86 when the compiler knows
/// them and the CPU has them).
[[nodiscard]] bool simd_path_available(simd_path path) noexcept;

/// The widest path this CPU runs, chosen once.
[[nodiscard]] simd_path fastest_simd_path() noexcept;

}  // namespace eok

#endif  // EOK_TEXT_SIMD_HPP
