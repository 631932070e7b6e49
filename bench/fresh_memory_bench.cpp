// BM_fresh_report_*: what it costs to write a large report into memory the process has never
// touched, the way eok::reconcile_json does for 10,000 articles (34.7 MB written into a
// 41 MB reservation). The block is above glibc's largest mmap threshold (32 MB), so every
// iteration maps new pages and gives them back when the string is freed. The four variants
// differ only in the advice given after reserving (src/core/huge_pages.hpp):
//   plain     none: one page fault per 4 KB page on first write
//   populate  madvise(MADV_POPULATE_WRITE): all pages mapped in one system call
//   huge      madvise(MADV_HUGEPAGE): 2 MB pages when transparent huge pages are "madvise"
//   both      huge, then populate: what reconcile_json does, good whether huge pages are on or off
// Their ratio is the cost of a page fault on the machine at hand (docs/performance.md).
#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>

#include "../src/core/huge_pages.hpp"

namespace {

constexpr std::size_t reserved_bytes = 41u << 20;
constexpr std::size_t written_bytes = 35u << 20;

enum class advice { none, populate, huge, both };

void write_fresh_report(benchmark::State& state, advice a) {
  // One line of a report, appended until the string holds what a large run writes.
  const std::string line(1200, 'x');
  for (auto _ : state) {
    std::string out;
    out.reserve(reserved_bytes);
    if (a == advice::huge || a == advice::both) eok::detail::advise_huge_pages(out.data(), out.capacity());
    if (a == advice::populate || a == advice::both) eok::detail::populate_for_writing(out.data(), out.capacity());
    while (out.size() + line.size() <= written_bytes) out.append(line);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(written_bytes));
}

void BM_fresh_report_plain(benchmark::State& state) { write_fresh_report(state, advice::none); }
void BM_fresh_report_populate(benchmark::State& state) { write_fresh_report(state, advice::populate); }
void BM_fresh_report_huge(benchmark::State& state) { write_fresh_report(state, advice::huge); }
void BM_fresh_report_both(benchmark::State& state) { write_fresh_report(state, advice::both); }

BENCHMARK(BM_fresh_report_plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fresh_report_populate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fresh_report_huge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fresh_report_both)->Unit(benchmark::kMillisecond);

}  // namespace
