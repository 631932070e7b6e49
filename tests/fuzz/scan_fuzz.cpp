// Fuzzes the scanner: scan_text over the input (front matter on and off) and scan_stream in
// the smallest chunks it allows. Nothing may crash or throw anything but a front matter
// parse_error; figures come in order without overlapping, inside the input, on the line they
// say, with indexes counting up and links pointing backwards; every figure's JSON is valid; and
// streaming, on one thread or two, and the byte-wise and vector base passes, find exactly what
// reading the whole text finds, also on an unbroken run (the input without spaces and line
// ends, repeated) read in chunks of 1, 3 and 61 bytes.
#include "json_check.hpp"

#include <eok/read/scan.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

[[noreturn]] void broken(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "scan invariant broken: %s %.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

void check_figures(std::string_view text, const std::vector<eok::scanned_figure>& figs) {
  std::size_t prev_end = 0;
  std::size_t line = 1;
  std::size_t counted_to = 0;
  for (std::size_t i = 0; i < figs.size(); ++i) {
    const eok::scanned_figure& f = figs[i];
    if (f.index != i) broken("index out of sequence");
    if (!(f.start < f.end && f.end <= text.size())) broken("span outside the input", f.text);
    if (f.start < prev_end) broken("figures overlap or go backwards", f.text);
    prev_end = f.end;
    line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted_to),
                                                text.begin() + static_cast<std::ptrdiff_t>(f.start), '\n'));
    counted_to = f.start;
    if (f.line != line) broken("wrong line", f.text);
    if (f.text.empty() || !eok::test::is_valid_utf8(f.text)) broken("figure text empty or not UTF-8", f.text);
    if (f.converted_from && *f.converted_from >= f.index) broken("a conversion links forwards", f.text);
    if (f.kind == eok::figure_kind::money && !f.cur.valid()) broken("money without currency", f.text);
    if (f.value && (f.range || f.vague)) broken("value on a range or vague figure", f.text);
    if (!f.value && (!f.low || !f.high)) broken("no value and no bounds", f.text);
    if (f.low && f.high && *f.high < *f.low) broken("low above high", f.text);
    const std::string json = eok::scanned_figure_to_json(f);
    if (!eok::test::is_valid_json(json)) broken("invalid figure JSON", json);
  }
}

std::string all_json(const std::vector<eok::scanned_figure>& figs) {
  std::string out;
  for (const auto& f : figs) {
    out += eok::scanned_figure_to_json(f);
    out += '\n';
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const bool front : {true, false}) {
    eok::scan_options options;
    options.read_front_matter = front;
    std::vector<eok::scanned_figure> figs;
    try {
      figs = eok::scan_text(text, options);
    } catch (const eok::parse_error& e) {
      if (!front) broken("a parse_error without front matter", e.what());
      if (e.offset() > size || e.position() != eok::position_at(text, e.offset())) broken("bad front matter position");
      continue;
    }
    check_figures(text, figs);

    // The byte-wise base pass and every vector pass this CPU runs find the same figures.
    for (const eok::simd_path path : {eok::simd_path::scalar, eok::simd_path::sse2, eok::simd_path::avx2}) {
      if (!eok::simd_path_available(path)) continue;
      eok::scan_options by_path = options;
      by_path.base_pass = path;
      if (all_json(eok::scan_text(text, by_path)) != all_json(figs)) broken("base passes differ", all_json(figs));
    }

    // The same through the stream in the smallest chunks.
    options.chunk_size = 4096;
    std::vector<eok::scanned_figure> streamed;
    eok::scan_callbacks callbacks;
    callbacks.on_figure = [&](const eok::scanned_figure& f) { streamed.push_back(f); };
    std::istringstream in{std::string(text)};
    const eok::scan_summary summary = eok::scan_stream(in, options, callbacks);
    if (summary.bytes != size) broken("stream did not read every byte");
    if (summary.figures != streamed.size()) broken("summary miscounts figures");
    if (all_json(streamed) != all_json(figs)) broken("stream and text scans differ", all_json(streamed));
    if (summary.cut_lines != 0) broken("a line under max_line_bytes was cut");

    // The same on two threads, in batches of one line each: the same figures, indexes and lines.
    options.jobs = 2;
    options.batch_bytes = 1;
    std::vector<eok::scanned_figure> parallel;
    callbacks.on_figure = [&](const eok::scanned_figure& f) { parallel.push_back(f); };
    std::istringstream again{std::string(text)};
    const eok::scan_summary psummary = eok::scan_stream(again, options, callbacks);
    if (psummary.figures != summary.figures || psummary.lines != summary.lines || psummary.invalid_bytes != summary.invalid_bytes) {
      broken("two threads: summary differs");
    }
    if (all_json(parallel) != all_json(figs)) broken("two threads and one differ", all_json(parallel));
    for (std::size_t k = 0; k < parallel.size(); ++k) {
      if (parallel[k].line != figs[k].line || parallel[k].start != figs[k].start) broken("two threads: line or offset differs");
    }
  }

  // An unbroken run: the input without spaces, tabs and line ends, glued to itself until it
  // passes many chunk boundaries, streamed in small chunks (a cut may fall anywhere, even inside
  // a code point), must give exactly what the whole-text scan gives.
  std::string run;
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') run += c;
  }
  if (run.empty()) return 0;
  const std::string unit = run;
  while (run.size() < 1024) run += unit;
  eok::scan_options options;
  options.read_front_matter = false;
  const std::vector<eok::scanned_figure> whole = eok::scan_text(run, options);
  check_figures(run, whole);
  const std::string expected = all_json(whole);
  for (const std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{61}}) {
    options.chunk_size = chunk;
    std::vector<eok::scanned_figure> streamed;
    eok::scan_callbacks callbacks;
    callbacks.on_figure = [&](const eok::scanned_figure& f) { streamed.push_back(f); };
    std::istringstream in{run};
    const eok::scan_summary summary = eok::scan_stream(in, options, callbacks);
    if (summary.bytes != run.size() || summary.lines != 1 || summary.cut_lines != 0) broken("unbroken run: wrong summary");
    if (all_json(streamed) != expected) broken("unbroken run: stream and text scans differ", all_json(streamed));
  }
  return 0;
}
