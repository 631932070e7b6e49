// Figures as JSON: `figure_to_json`, `error_to_json` (json.hpp) and the scanner's
// `append_scanned_figure_json` (read/scan.hpp).
//
// A figure object is written into memory reserved up front, without temporary strings: `eok
// scan` writes one object per figure, and at hundreds of megabytes per second the temporaries
// of a general writer were a third of the run time. The strings go through json.hpp's one
// escaping routine (`detail::escape_json`), decimals through `decimal::to_chars`, so the bytes
// are those `json_writer` would write. A unit test pins the two to the same output.
#include <eok/read/scan.hpp>
#include <eok/write/json.hpp>

#include <cstring>
#include <string>
#include <string_view>

namespace eok {
namespace {

// A decimal's text when present (`decimal_chars` wants a decimal).
struct optional_chars {
  std::optional<detail::decimal_chars> text;
  explicit optional_chars(const std::optional<decimal>& d) {
    if (d) text.emplace(*d);
  }
  [[nodiscard]] std::size_t size() const noexcept { return text ? text->view().size() : 0; }
};

// Writes into memory the caller has reserved; every write is bounded by `object_bound`.
struct json_cursor {
  char* p;

  void append(const char* s, std::size_t n) noexcept {
    std::memcpy(p, s, n);
    p += n;
  }
  template <std::size_t N>
  void lit(const char (&s)[N]) noexcept {
    append(s, N - 1);
  }
  template <std::size_t N, std::size_t M>
  void lit_if(bool which, const char (&yes)[N], const char (&no)[M]) noexcept {
    if (which) {
      lit(yes);
    } else {
      lit(no);
    }
  }
  void raw(std::string_view s) noexcept { append(s.data(), s.size()); }
  void ch(char c) noexcept { *p++ = c; }
  void uint(std::size_t v) noexcept {
    char buf[detail::uint_chars_size];
    raw(detail::uint_chars(buf, v));
  }
  void str(std::string_view s) noexcept {
    ch('"');
    detail::escape_json(*this, s);
    ch('"');
  }
  void quoted(std::string_view s) noexcept {  // text known to need no escaping
    ch('"');
    raw(s);
    ch('"');
  }
  void opt(const optional_chars& d) noexcept {
    if (d.text) {
      quoted(d.text->view());
    } else {
      lit("null");
    }
  }
};

// The decimals of a figure, formatted before the object is written.
struct figure_chars {
  optional_chars value;
  optional_chars low;
  optional_chars high;
  detail::decimal_chars precision;
  explicit figure_chars(const figure& f) : value(f.value), low(f.low), high(f.high), precision(f.precision) {}
  // Every key, literal and number of a scanned figure fits in 768 bytes (about 600 with a
  // stated rate's keys and every number at 20 digits); strings may grow six-fold when escaped.
  [[nodiscard]] std::size_t object_bound(const figure& f, std::size_t more_text) const noexcept {
    return 768 + 6 * (f.text.size() + f.unit.size() + more_text) + value.size() + low.size() + high.size() +
           precision.view().size();
  }
};

// The figure's keys, `{"text": ...` to `"unit": ...` without the closing brace.
void figure_fields(json_cursor& w, const figure& f, const figure_chars& d) noexcept {
  w.lit("{\"text\": ");
  w.str(f.text);
  w.lit(", \"start\": ");
  w.uint(f.start);
  w.lit(", \"end\": ");
  w.uint(f.end);
  w.lit(", \"line\": ");
  w.uint(f.line);
  w.lit(", \"kind\": ");
  w.quoted(to_string(f.kind));
  w.lit(", \"value\": ");
  w.opt(d.value);
  w.lit(", \"currency\": ");
  if (f.cur.valid()) {
    w.quoted(f.cur.code());
  } else {
    w.lit("null");
  }
  w.lit_if(f.currency_ambiguous, ", \"currency_ambiguous\": true", ", \"currency_ambiguous\": false");
  w.lit_if(f.approximate, ", \"approximate\": true, \"bound\": ", ", \"approximate\": false, \"bound\": ");
  if (f.bound == bound_kind::none) {
    w.lit("null");
  } else {
    w.quoted(to_string(f.bound));
  }
  w.lit(", \"low\": ");
  w.opt(d.low);
  w.lit(", \"high\": ");
  w.opt(d.high);
  w.lit_if(f.range, ", \"range\": true", ", \"range\": false");
  w.lit_if(f.band, ", \"band\": true", ", \"band\": false");
  w.lit_if(f.vague, ", \"vague\": true, \"precision\": ", ", \"vague\": false, \"precision\": ");
  w.quoted(d.precision.view());
  w.lit(", \"unit\": ");
  if (f.unit.empty()) {
    w.lit("null");
  } else {
    w.str(f.unit);
  }
  w.lit_if(f.each, ", \"each\": true, \"ambiguous\": ", ", \"each\": false, \"ambiguous\": ");
  if (f.reading == ambiguity::none) {
    w.lit("null");
  } else {
    w.quoted(to_string(f.reading));
  }
}

// The scanner's keys after the figure's: index, converted_from, total, per, over, file;
// and for a stated rate, before them, `rate`: {base, quote, per}.
void scanner_fields(json_cursor& w, const scanned_figure& f, const std::string* file, const std::string* article) noexcept {
  if (f.kind == figure_kind::rate && f.rate_base.valid()) {
    w.lit(", \"rate\": {\"base\": ");
    w.quoted(f.rate_base.code());
    w.lit(", \"quote\": ");
    w.quoted(f.cur.code());
    w.lit(", \"per\": ");
    w.quoted(f.rate_per ? f.rate_per->to_string() : std::string("1"));
    w.lit("}");
  }
  w.lit(", \"index\": ");
  w.uint(f.index);
  w.lit(", \"converted_from\": ");
  if (f.converted_from) {
    w.uint(*f.converted_from);
  } else {
    w.lit("null");
  }
  w.lit_if(f.total, ", \"total\": true, \"per\": ", ", \"total\": false, \"per\": ");
  if (f.per) {
    w.quoted(to_string(*f.per));
  } else {
    w.lit("null");
  }
  w.lit(", \"over\": ");
  if (f.over) {
    const period_length& d = *f.over;
    w.lit("\"P");
    w.uint(d.count);
    w.ch(d.unit == period_unit::year ? 'Y' : d.unit == period_unit::month ? 'M' : d.unit == period_unit::week ? 'W' : 'D');
    w.ch('"');
  } else {
    w.lit("null");
  }
  if (file) {
    w.lit(", \"file\": ");
    w.str(*file);
  }
  if (article) {
    w.lit(", \"article\": ");
    w.str(*article);
  }
}

// Appends the object `write` produces (at most `bound` bytes) to `out`. Short objects (nearly
// all) are built on the stack and appended in one copy; resizing the string instead would
// zero-fill the bound first.
template <class Write>
void append_bounded(std::string& out, std::size_t bound, const Write& write) {
  char stack[2048];
  if (bound <= sizeof stack) {
    json_cursor w{stack};
    write(w);
    out.append(stack, static_cast<std::size_t>(w.p - stack));
    return;
  }
  const std::size_t old = out.size();
  out.resize(old + bound);
  json_cursor w{&out[old]};
  write(w);
  out.resize(static_cast<std::size_t>(w.p - out.data()));
}

}  // namespace

std::string figure_to_json(const figure& f) {
  const figure_chars d(f);
  std::string out;
  append_bounded(out, d.object_bound(f, 0), [&](json_cursor& w) {
    figure_fields(w, f, d);
    w.ch('}');
  });
  return out;
}

std::string error_to_json(const error& e, std::string_view input) {
  std::string out;
  json_writer w(out);
  w.begin_object();
  w.key("error").string(e.message());
  w.key("code").string(to_string(e.code()));
  w.key("offset").number(e.offset());
  w.key("line").number(e.position().known() ? e.line() : 1);
  w.key("column").number(e.position().known() ? e.column() : 1);
  w.key("input").string(input);
  w.end_object();
  return out;
}

void append_scanned_figure_json(std::string& out, const scanned_figure& f, const std::string* file,
                                const std::string* article) {
  const figure_chars d(f);
  // A stated rate's `per` (100 of 100엔당) is the one number the fixed bound does not cover.
  const std::size_t per = f.rate_per ? f.rate_per->to_string().size() : 0;
  append_bounded(out, d.object_bound(f, (file ? file->size() : 0) + (article ? article->size() : 0)) + per, [&](json_cursor& w) {
    figure_fields(w, f, d);
    scanner_fields(w, f, file, article);
    w.ch('}');
  });
}

std::string scanned_figure_to_json(const scanned_figure& f) {
  std::string s;
  append_scanned_figure_json(s, f);
  return s;
}

}  // namespace eok
