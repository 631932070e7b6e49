// BM_scan_news: the scanner over news text, JSON lines included, in bytes per second.
//
// The text is the five seed articles (../shared/seeds) repeated to about 4 MiB in memory; each
// iteration scans all of it through `scan_stream` in 64 KiB chunks and writes every figure's JSON
// line into a buffer, as `eok scan` does (minus the write to a file). The target (issue 5) is at
// least 300 MB/s for the whole process; scripts/bench_scan measures that end to end.
#include <eok/read/scan.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string news_text() {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(EOK_SHARED_DIR) / "seeds";
  std::string seeds;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return seeds;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    seeds.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::string text;
  while (!seeds.empty() && text.size() < (4u << 20)) text += seeds;
  return text;
}

void BM_scan_news(benchmark::State& state) {
  static const std::string text = news_text();
  if (text.empty()) {
    state.SkipWithError("the seed articles are not in ../shared/seeds");
    return;
  }
  std::string out;
  out.reserve(1u << 22);
  std::size_t figures = 0;
  eok::scan_callbacks cb;
  cb.on_figure = [&](const eok::scanned_figure& f) {
    eok::append_scanned_figure_json(out, f);
    out += '\n';
    if (out.size() > (1u << 21)) out.clear();
    ++figures;
  };
  for (auto _ : state) {
    std::istringstream in(text);
    benchmark::DoNotOptimize(eok::scan_stream(in, {}, cb));
    out.clear();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["figures_per_MB"] =
      static_cast<double>(figures) / (static_cast<double>(state.iterations()) * static_cast<double>(text.size()) / 1e6);
}
BENCHMARK(BM_scan_news)->Unit(benchmark::kMillisecond);

}  // namespace
