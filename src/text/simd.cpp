// Which vector path this CPU runs (text/simd.hpp): asked of the CPU once.
#include <eok/text/simd.hpp>

namespace eok {

bool simd_path_available(simd_path path) noexcept {
  switch (path) {
    case simd_path::scalar: return true;
#if defined(EOK_SIMD_X86)
    case simd_path::sse2: return true;
    case simd_path::avx2: return __builtin_cpu_supports("avx2") != 0;
#else
    case simd_path::sse2:
    case simd_path::avx2: return false;
#endif
  }
  return false;
}

simd_path fastest_simd_path() noexcept {
  static const simd_path fastest = [] {
    if (simd_path_available(simd_path::avx2)) return simd_path::avx2;
    if (simd_path_available(simd_path::sse2)) return simd_path::sse2;
    return simd_path::scalar;
  }();
  return fastest;
}

}  // namespace eok
