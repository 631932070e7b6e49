// The figure parser's entry points (include/eok/read/parse.hpp). The parser itself is in
// parse_detail.hpp (the lexer), parse_number.cpp, parse_grammar.cpp and parse_messages.cpp.
#include "parse_detail.hpp"

namespace eok {
namespace {

using namespace parse_detail;

/// Reads all of `text` as one figure into `f`; the error when it is not one. Filling a figure
/// the caller owns (rather than returning one) lets try_parse_figure build it in its result.
std::optional<error> parse_into(std::string_view text, const parse_options& options, figure& f) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  if (i >= text.size()) return error(errc::empty_input, "expected a figure, found nothing", position_at(text, 0));
  // Bytes that are not UTF-8 are reported where they are, before anything is read.
  for (std::size_t k = i; k < text.size();) {
    if (static_cast<unsigned char>(text[k]) < 0x80) {
      ++k;
      continue;
    }
    const std::size_t len = utf8::sequence_length(text, k);
    if (len == 0) {
      return error(errc::invalid_utf8, "invalid UTF-8 (" + describe_byte(text, k) + " does not begin a character)",
                   position_at(text, k));
    }
    k += len;
  }
  diag d;
  reader r(text, options, d);
  std::size_t end = 0;
  const bool found = r.figure_at(i, &end, f);
  if (d.hard) return make_error(text, d);
  std::size_t rest = end;
  if (found) {
    while (rest < text.size() && (text[rest] == ' ' || text[rest] == '\t' || text[rest] == '\n' || text[rest] == '\r')) {
      ++rest;
    }
    if (rest >= text.size()) return std::nullopt;
    if (d.reason != why::none && d.offset >= end && d.offset <= rest) return make_error(text, d);
    return error(errc::unexpected_character,
                 describe_char(text, rest) + " cannot follow the figure " + quote(f.text),
                 position_at(text, rest));
  }
  if (d.reason != why::none) return make_error(text, d);
  // Nothing readable at the start: say what is there.
  const cp_len c = utf8::next(text, i);
  if (myriad_scale(c.cp) != 0) {
    d.reason = why::no_digits_before_scale;
    d.offset = i;
    d.a = text.substr(i, c.len);
    return make_error(text, d);
  }
  if (const auto m = match_currency_prefix(text.substr(i))) {
    const std::string_view name = text.substr(i, m->length);
    return error(errc::invalid_number, "a currency alone is not a figure: expected an amount with " + quote(name),
                 position_at(text, i));
  }
  return error(errc::unexpected_character, "expected a figure, found " + describe_char(text, i),
               position_at(text, i));
}

}  // namespace

figure parse_figure(std::string_view text, const parse_options& options) {
  figure f;
  if (std::optional<error> e = parse_into(text, options, f)) {
    throw parse_error(e->code(), e->message(), e->position());
  }
  return f;
}

result<figure> try_parse_figure(std::string_view text, const parse_options& options) {
  // The figure is built where the caller reads it; every path returns `out`, so it is not moved.
  result<figure> out(std::in_place);
  try {
    if (std::optional<error> e = parse_into(text, options, *out)) out = std::move(*e);
  } catch (const error& e) {
    out = e;
  } catch (const std::exception& e) {
    out = error(errc::invalid_argument, e.what());
  }
  return out;
}

[[gnu::hot]] std::optional<figure> match_figure_at(std::string_view text, std::size_t pos, const parse_options& options) {
  if (pos >= text.size()) return std::nullopt;
  // Cheap rejection: no figure starts with a space (and reading one would cross the whole
  // run of spaces, once per starting byte).
  if (text[pos] == ' ' || text[pos] == '\t' || starts_with(text, pos, "\xC2\xA0")) return std::nullopt;
  if (!may_start_figure(text, pos)) return std::nullopt;
  diag d;
  reader r(text, options, d);
  try {
    std::optional<figure> f(std::in_place);
    if (!r.figure_at(pos, nullptr, *f) || d.hard) return std::nullopt;
    return f;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace eok
