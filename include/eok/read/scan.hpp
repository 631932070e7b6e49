// eok/read/scan.hpp: every figure in a Korean news article, in order, with how it relates to its
// neighbours.
//
// The parser (parse.hpp) reads one figure at one position and judges nothing beyond the figure's
// own bytes. The scanner decides where to try it and whether to trust what comes back, because
// that needs context: `사원` and `구원` are words, not 4 and 9 won; `2025.02.10` is a date, not
// 2025.02; `카카오[035720]` is a stock code; `조사에서 5위` is a survey, not a 조. It also reads the
// words around a figure that say how the figure relates to others: `X(약 Y)` is Y converting X,
// `1억유로씩` is per item, `총 3억유로` a total, `매년 50억 유로` per year, `5년간` over five years.
//
// Text is normalized first (text.hpp): full-width forms, NFD jamo and CRLF are read as their
// plain equivalents and invalid bytes are skipped, but `start` and `end` are byte offsets into
// the original input and `line` counts its lines, so a figure can always be found where the user
// sees it. `text` is the normalized figure text (always valid UTF-8).
//
// Speed comes from not looking: a 256-entry table on the lead byte of each code point sends most
// bytes straight past, Hangul syllables are looked at only where a word starts, and the parser is
// called only at real candidates. The streaming form reads any `std::istream` in chunks and scans
// whole lines, so it finds exactly what `scan_text` finds; its memory is bounded by the longest
// line it holds (`scan_options::max_line_bytes`, 16 MiB), past which a line is cut at a space.
//
// Things you should know:
// - Links are by `index`, counted over everything one scan emits (`scan_options::first_index`
//   lets several files share one numbering, as `eok scan` does).
// - A conversion (`X(약 Y)`) links Y to X only when both are money in different currencies; Y
//   inherits X's `total`, `per`, `over` and, when it has none of its own, X's bound.
// - Spans of time (`5년간`), dates, clock times and stock codes are not reported as figures; a
//   span of time directly before a figure becomes that figure's `over`.
// - Front matter (front_matter.hpp) is read, not scanned; its errors are `parse_error`s with
//   the position in the input.
#ifndef EOK_SCAN_HPP
#define EOK_SCAN_HPP

#include <eok/core/figure.hpp>
#include <eok/lexicon/cues.hpp>
#include <eok/read/front_matter.hpp>
#include <eok/read/parse.hpp>
#include <eok/text/simd.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eok {

/// A span of time written next to a figure: `5년간` is 5 years.
struct period_length {
  std::uint32_t count = 0;
  period_unit unit = period_unit::year;

  /// The ISO 8601 duration: "P5Y", "P6M", "P2W", "P10D".
  [[nodiscard]] std::string to_iso8601() const {
    const char* suffix = unit == period_unit::year ? "Y" : unit == period_unit::month ? "M" : unit == period_unit::week ? "W" : "D";
    return "P" + std::to_string(count) + suffix;
  }
  friend bool operator==(const period_length& a, const period_length& b) noexcept {
    return a.count == b.count && a.unit == b.unit;
  }
  friend bool operator!=(const period_length& a, const period_length& b) noexcept { return !(a == b); }
};

/// A figure found by the scanner, with its place in the output and its links to neighbours.
/// `start`/`end` are byte offsets in the original input, `line` its 1-based line.
struct scanned_figure : figure {
  /// This figure's position in the scan's output (see `scan_options::first_index`).
  std::size_t index = 0;
  /// For Y in `X(약 Y)`, `X(한화 약 Y)` or `X, 약 Y`: the index of X, the amount Y converts.
  std::optional<std::size_t> converted_from;
  /// `총 3억유로`, `모두 400억 유로` (lexicon::total_words): the amount is a total. `each`
  /// (from figure) is also set by `각`/`각각` before the amount (lexicon::each_words).
  bool total = false;
  /// `매년 50억 유로`, `연간 14억달러`: the amount recurs every `per`.
  std::optional<period_unit> per;
  /// `5년간 25억유로`, `4년간 총 65조원`: the span the amount is spread over.
  std::optional<period_length> over;
  /// For a stated exchange rate (kind `rate`: `100엔당 900원`): the base currency (JPY) and the
  /// number of its units the value is for (100). The value, range and `cur` are the quote's
  /// (900, KRW). Not set for other kinds.
  currency rate_base;
  std::optional<decimal> rate_per;
};

/// How `scan_text` and `scan_stream` read.
struct scan_options {
  /// Passed to the parser for every candidate.
  parse_options parse;
  /// Read YAML front matter at the start (and do not scan it).
  bool read_front_matter = true;
  /// How many bytes `scan_stream` reads at a time (at least 1; small values are for tests).
  std::size_t chunk_size = 64 * 1024;
  /// The longest line `scan_stream` holds whole (at least `min_max_line_bytes` and
  /// `chunk_size`). A line up to this long is scanned exactly as `scan_text` scans it; a longer
  /// line is cut, after a space or tab in the last three quarters of the buffer if there is one,
  /// else at a code point boundary before a run of digits that touches the cut, and counted in
  /// `scan_summary::cut_lines`: only there can the two scans differ (a figure or a link across
  /// the cut). The stream's memory is bounded by about twice this (the bytes and their
  /// normalized copy) plus the figures of one line.
  std::size_t max_line_bytes = 16 * 1024 * 1024;
  static constexpr std::size_t min_max_line_bytes = 256;
  /// The most front matter may take: max(chunk_size, this), at most max_line_bytes.
  static constexpr std::size_t min_front_matter_window = 4096;
  /// The index of the first figure emitted.
  std::size_t first_index = 0;
  /// Threads `scan_stream` scans on. Above 1, whole lines are gathered into batches of about
  /// `batch_bytes` that are scanned on that many threads while the calling thread reads
  /// and calls the callbacks, in input order, with exactly the figures (indexes, links, lines,
  /// offsets) one thread finds: nothing the scanner keeps crosses a line but the numbering,
  /// which is renumbered as batches are emitted. `on_invalid_byte` calls come in order among
  /// the figures, each line's before its figures (as with one thread). Ignored (one thread) when
  /// `scan_callbacks::on_figure_context` is set. Memory grows to about `jobs + 1` batches.
  unsigned jobs = 1;
  /// With `jobs` above 1, the bytes gathered before a batch is scanned (small values are for
  /// tests; a batch always ends at a line break or a cut).
  std::size_t batch_bytes = 1 << 20;
  /// How the scanner looks for the places a figure may start: byte by byte, or 16 or 32 bytes
  /// at a time (text/simd.hpp). The figures are the same whichever; this is for tests and
  /// benchmarks. A path this CPU lacks is taken as the widest it has below it.
  simd_path base_pass = fastest_simd_path();
};

/// What `scan_stream` calls as it reads. Any may be empty.
struct scan_callbacks {
  /// Once, before any figure, with the article's front matter (`present` false if none).
  std::function<void(const front_matter&)> on_article;
  /// For every figure, in order.
  std::function<void(const scanned_figure&)> on_figure;
  /// For every figure, in order, with the normalized text of its line and the figure's byte
  /// span in that text (for showing context); the views live only during the call. Called
  /// after `on_figure`.
  std::function<void(const scanned_figure&, std::string_view line, std::size_t start, std::size_t end)> on_figure_context;
  /// For every byte skipped as invalid UTF-8, with its offset in the input, in order; those of a
  /// line come before its figures.
  std::function<void(std::size_t offset)> on_invalid_byte;
};

/// Totals of one scan.
struct scan_summary {
  front_matter article;            ///< the front matter (`present` false if none)
  std::size_t bytes = 0;           ///< input bytes read
  std::size_t lines = 0;           ///< input lines (a last line without LF counts)
  std::size_t figures = 0;         ///< figures emitted
  std::size_t invalid_bytes = 0;   ///< bytes skipped as invalid UTF-8
  std::size_t cut_lines = 0;       ///< lines longer than `scan_options::max_line_bytes`, scanned in pieces
};

/// Every figure in `text`, in order. Throws `parse_error` for malformed front matter.
///
///     auto figs = eok::scan_text("프랑스가 1090억유로(약 163조원)를");
///     // figs[1].converted_from == 0, figs[1].cur == currency::krw
[[nodiscard]] std::vector<scanned_figure> scan_text(std::string_view text, const scan_options& options = {});

/// Calls `on_figure` for every figure of `text` after `fm`, its front matter already read
/// (`read_front_matter(text)`; a default `front_matter` scans it all), in order: what
/// `scan_text` finds, without reading the front matter twice or keeping the figures.
/// `options.read_front_matter` is not used.
void scan_body(std::string_view text, const front_matter& fm, const std::function<void(const scanned_figure&)>& on_figure,
               const scan_options& options = {});

/// Reads `in` to its end in chunks of `options.chunk_size`, calling `callbacks` as it goes, in
/// memory bounded by `options.max_line_bytes`; the figures are those of `scan_text` on the whole
/// input unless a line is longer than that (`scan_summary::cut_lines`). Throws `parse_error` for malformed front
/// matter and `error(errc::io_error)` when the stream fails.
scan_summary scan_stream(std::istream& in, const scan_options& options, const scan_callbacks& callbacks);

/// Appends the figure's JSON object to `out`: the parser's keys (json.hpp), then `index`,
/// `converted_from` (an index or null), `each`, `total`, `per` ("year", ... or null), `over`
/// (an ISO 8601 duration or null), then `file` when `file` is not null and `article` (the id
/// of an archive record the figure stands in) when `article` is not null.
void append_scanned_figure_json(std::string& out, const scanned_figure& f, const std::string* file = nullptr,
                                const std::string* article = nullptr);

/// The figure's JSON object as a string (see `append_scanned_figure_json`).
[[nodiscard]] std::string scanned_figure_to_json(const scanned_figure& f);

}  // namespace eok

#endif  // EOK_SCAN_HPP
