// src/core/huge_pages.hpp: the advice eok gives the kernel about its few very large buffers.
//
// A reconcile run of ten thousand articles writes a report of tens of megabytes and keeps a
// list of checks nearly as large. Each such block is fresh memory, and on a virtual machine
// every first touch of a 4 KB page is a fault that costs microseconds (measured in
// docs/performance.md: about 10 µs each on the project's `cpp` machines, a third of the time
// of writing the report). Linux can back such a block with 2 MB pages instead, one fault for
// 512 pages, when the program asks (`madvise(MADV_HUGEPAGE)`; transparent huge pages in
// "madvise" mode, Debian's default). The advice changes no byte, only how the memory is
// mapped, so it is safe on memory that the allocator owns and will free as usual.
//
// Where huge pages are off ("never"), a block that will be written nearly to its end can
// still be mapped in one system call instead of one fault per page
// (`madvise(MADV_POPULATE_WRITE)`, Linux 5.14): about half the time of touching it page by
// page on these machines. That is only worth it for a block that is filled, such as a report
// reserved at about its final size; a bound that is mostly never reached (the list of checks)
// must not be populated, or the room it never uses would become memory.
#ifndef EOK_SRC_CORE_HUGE_PAGES_HPP
#define EOK_SRC_CORE_HUGE_PAGES_HPP

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace eok::detail {

/// The size of one huge page on x86-64 and most arm64 kernels.
inline constexpr std::size_t huge_page_bytes = std::size_t{1} << 21;

/// Gives `advice` for the whole pages of `page` bytes inside [p, p + bytes), when the block
/// holds at least two huge pages: smaller blocks are not worth the system call. Does nothing
/// off Linux; a refusal (the kernel is older or huge pages are off) is ignored, since it is
/// advice and changes no byte.
inline void advise_whole_pages([[maybe_unused]] const void* p, [[maybe_unused]] std::size_t bytes,
                               [[maybe_unused]] std::uintptr_t page, [[maybe_unused]] int advice) noexcept {
#if defined(__linux__)
  const auto begin = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t first = (begin + page - 1) & ~(page - 1);
  const std::uintptr_t last = (begin + bytes) & ~(page - 1);
  if (last < first + 2 * huge_page_bytes) return;
  (void)::madvise(reinterpret_cast<void*>(first), last - first, advice);
#endif
}

#if defined(__linux__)
inline constexpr int advice_huge_pages = MADV_HUGEPAGE;
#if defined(MADV_POPULATE_WRITE)
inline constexpr int advice_populate_write = MADV_POPULATE_WRITE;
#else
inline constexpr int advice_populate_write = 23;  // Linux's uapi value, for older C libraries
#endif
#else
inline constexpr int advice_huge_pages = 0;
inline constexpr int advice_populate_write = 0;
#endif

/// Asks for huge pages under the whole 2 MB pages inside [p, p + bytes).
inline void advise_huge_pages(const void* p, std::size_t bytes) noexcept {
  advise_whole_pages(p, bytes, huge_page_bytes, advice_huge_pages);
}

/// Maps the whole 4 KB pages inside [p, p + bytes) for writing now, in one system call; for a
/// block that is about to be filled to its end (Linux 5.14 and later).
inline void populate_for_writing(const void* p, std::size_t bytes) noexcept {
  advise_whole_pages(p, bytes, 4096, advice_populate_write);
}

}  // namespace eok::detail

#endif  // EOK_SRC_CORE_HUGE_PAGES_HPP
