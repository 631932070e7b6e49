// Fuzzes the figure parser: try_parse_figure on the whole input (both parse options) and
// match_figure_at at every byte offset. Nothing may throw or crash, and every answer must be
// self-consistent: errors point inside the input at the line and column position_at gives,
// figures span their own text, value/low/high agree with the kind of figure, and the JSON
// written for a figure or an error is valid JSON in valid UTF-8.
#include "json_check.hpp"

#include <eok/write/json.hpp>
#include <eok/read/parse.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void broken(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "figure_parse invariant broken: %s %.*s\n", what, static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

void check_figure(std::string_view text, const eok::figure& f) {
  if (!(f.start < f.end && f.end <= text.size())) broken("span outside the input");
  if (f.text != text.substr(f.start, f.end - f.start)) broken("text is not the span", f.text);
  const auto newlines = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(f.start), '\n'));
  if (f.line != 1 + newlines) broken("wrong line");
  if (f.kind == eok::figure_kind::money && !f.cur.valid()) broken("money without currency", f.text);
  if (f.kind != eok::figure_kind::money && f.cur.valid()) broken("currency on a non-money figure", f.text);
  if (f.precision.sign() <= 0) broken("precision not positive", f.text);
  if (f.value) {
    if (f.range || f.vague) broken("value on a range or vague figure", f.text);
    if (f.band) {
      if (!f.low || !f.high) broken("band without bounds", f.text);
      if (*(f.value->is_negative() ? f.high : f.low) != *f.value) broken("band does not start at the value", f.text);
      if (!(*f.low < *f.high)) broken("empty or reversed band", f.text);
    } else if (f.low || f.high) {
      broken("low/high on a plain figure", f.text);
    }
  } else {
    if (!f.low || !f.high) broken("no value and no bounds", f.text);
    if (!f.range && !f.vague) broken("no value but neither range nor vague", f.text);
    if (*f.high < *f.low) broken("low above high", f.text);
  }
  const std::string json = eok::figure_to_json(f);
  if (!eok::test::is_valid_json(json)) broken("invalid figure JSON", json);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  for (const bool significant : {false, true}) {
    eok::parse_options options;
    options.trailing_zeros_significant = significant;
    const eok::result<eok::figure> r = eok::try_parse_figure(text, options);
    if (!r) {
      const eok::error& e = r.error();
      if (e.offset() > size) broken("error offset past the input");
      if (!e.position().known()) broken("error without a position", e.what());
      if (e.position() != eok::position_at(text, e.offset())) broken("error line/column disagree with offset");
      if (e.message().empty()) broken("empty error message");
      const std::string json = eok::error_to_json(e, text);
      if (!eok::test::is_valid_json(json)) broken("invalid error JSON", json);
      continue;
    }
    check_figure(text, r.value());
    // A whole-text figure is also what the scanner's primitive finds at its start.
    const auto m = eok::match_figure_at(text, r.value().start, options);
    if (!m || eok::figure_to_json(*m) != eok::figure_to_json(r.value())) broken("match_figure_at disagrees");
  }

  for (std::size_t pos = 0; pos < size; ++pos) {
    const auto f = eok::match_figure_at(text, pos);
    if (!f) continue;
    if (f->start != pos) broken("match does not start at pos");
    check_figure(text, *f);
  }
  if (eok::match_figure_at(text, size)) broken("a figure at the end of the text");
  return 0;
}
