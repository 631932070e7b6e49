// eok/write/json.hpp: the one JSON writer behind every eok output, without a JSON library.
//
// eok only ever *writes* JSON, and only objects whose keys it chooses, so a full JSON library
// would be weight without benefit. Every JSON byte eok prints (`parse --json/--jsonl`,
// `convert --json`, `rates show --json`, `scan --json/--jsonl`, `reconcile --json`) goes
// through `json_writer` below or, on the scanner's hot path, through the same escaping routine
// writing into reserved memory (src/write/figure_json.cpp). The rules, in one place:
//
// - Strings: `"` `\` and control characters are escaped (\" \\ \n \r \t \b \f, other controls
//   and DEL as \u00xx); well-formed UTF-8 (Hangul included) is copied as is; **every byte that
//   is not part of a well-formed UTF-8 sequence** (stray continuation bytes, overlong forms,
//   encoded surrogates, values above U+10FFFF, truncated sequences; see
//   `utf8::sequence_length`) **is written as U+FFFD**, one U+FFFD per such byte. The rule is
//   the same for keys, values and file names, so the output is valid UTF-8 JSON whatever the
//   input held.
// - Decimals are strings of plain digits with an optional point and sign (`decimal::to_chars`:
//   no grouping, no exponent) so no reader turns them into binary floats.
// - Layout: members and items are separated by ", ", keys by ": ", all on one line; arrays
//   opened with `layout::lines` put each item on its own line (`layout::indented_lines`:
//   indented by two spaces) and close on a line of their own.
//
// Figure JSON keys, in order: text, start, end, line, kind, value, currency, approximate,
// bound, low, high, vague, precision, unit, and `ambiguous` only when the reading is one of
// several (`figure_to_json`; the scanner appends its own).
#ifndef EOK_JSON_HPP
#define EOK_JSON_HPP

#include <eok/core/decimal.hpp>
#include <eok/core/error.hpp>
#include <eok/core/figure.hpp>
#include <eok/text/text.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace eok {

namespace detail {

/// U+FFFD REPLACEMENT CHARACTER, written for each byte that is not UTF-8.
inline constexpr std::string_view json_replacement = "\xEF\xBF\xBD";

/// Writes `s` as the body of a JSON string (no quotes) through `sink`, which has
/// `append(const char*, std::size_t)`. The one escaping routine: see the top of this header.
/// Each input byte becomes at most 6 output bytes.
template <class Sink>
inline void escape_json(Sink& sink, std::string_view s) {
  std::size_t run = 0;  // start of the bytes not yet written, all of them copied as is
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') continue;
    if (c >= 0x80) {
      const std::size_t n = utf8::sequence_length(s, i);
      if (n != 0) {
        i += n - 1;
        continue;
      }
    }
    sink.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': sink.append("\\\"", 2); break;
      case '\\': sink.append("\\\\", 2); break;
      case '\n': sink.append("\\n", 2); break;
      case '\r': sink.append("\\r", 2); break;
      case '\t': sink.append("\\t", 2); break;
      case '\b': sink.append("\\b", 2); break;
      case '\f': sink.append("\\f", 2); break;
      default:
        if (c >= 0x80) {
          sink.append(json_replacement.data(), json_replacement.size());
        } else {
          const char hex[] = "0123456789abcdef";
          const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
          sink.append(u, 6);
        }
    }
  }
  sink.append(s.data() + run, s.size() - run);
}

/// Room for the digits of any `std::size_t`.
inline constexpr std::size_t uint_chars_size = 24;

/// The decimal digits of `n`, written at the start of `buf`.
inline std::string_view uint_chars(char (&buf)[uint_chars_size], std::size_t n) noexcept {
  char reversed[uint_chars_size];
  const std::size_t len = detail::digits_reversed(n, reversed);
  for (std::size_t k = 0; k < len; ++k) buf[k] = reversed[len - 1 - k];
  return std::string_view(buf, len);
}

/// A decimal's `to_chars` text in a local buffer (no allocation unless it is very long).
class decimal_chars {
public:
  explicit decimal_chars(const decimal& d) {
    const std::size_t n = d.to_chars(buf_, sizeof buf_);
    if (n != 0) {
      view_ = std::string_view(buf_, n);
    } else {
      big_ = d.to_string();
      view_ = big_;
    }
  }
  decimal_chars(const decimal_chars&) = delete;
  decimal_chars& operator=(const decimal_chars&) = delete;
  [[nodiscard]] std::string_view view() const noexcept { return view_; }

private:
  char buf_[64];
  std::string big_;
  std::string_view view_;
};

}  // namespace detail

/// Appends `utf8` to `out` as a JSON string literal, by the rules at the top of this header
/// (invalid bytes become U+FFFD), so the output is always valid JSON whatever the input held.
inline void write_json_string(std::string& out, std::string_view utf8) {
  struct string_sink {
    std::string& s;
    void append(const char* p, std::size_t n) { s.append(p, n); }
  } sink{out};
  out += '"';
  detail::escape_json(sink, utf8);
  out += '"';
}

/// A streaming JSON writer appending to a `std::string`, or writing to a `std::ostream`
/// through a buffer. It places the separators itself: call `key` before each member of an object,
/// nothing before the items of an array.
///
///     json_writer w(out);
///     w.begin_object().key("value").decimal(v).key("path").begin_array();
///     for (auto c : path) w.string(c.code());
///     w.end_array().end_object();   // {"value": "1450.5", "path": ["EUR", "KRW"]}
class json_writer {
public:
  /// How an array places its items: on one line, or each on its own line (indented by two).
  enum class layout { inline_items, lines, indented_lines };

  /// Appends to `out`.
  explicit json_writer(std::string& out) : out_(out) {}
  /// Writes to `os` through a buffer, flushed whenever it passes 64 KB and at the end.
  explicit json_writer(std::ostream& os) : out_(own_), os_(&os) {}
  json_writer(const json_writer&) = delete;
  json_writer& operator=(const json_writer&) = delete;
  /// Flushes what is left; a failure here is not reported (call `flush` first to see it): the
  /// destructor may run while another exception unwinds, and must not throw a second one.
  ~json_writer() {
    try {
      flush();
    } catch (...) {  // NOLINT(bugprone-empty-catch): the stream's state says it failed
    }
  }

  /// Writes what is buffered to the stream (nothing when writing to a string). To a stream
  /// that has already failed nothing is written and the buffer is dropped, so a writer to a
  /// failed stream never holds more than its 64 KB: a stream that throws on failure, as eok's
  /// standard output does, throws from the write that failed; any other shows it in its state.
  void flush() {
    if (os_ == nullptr || out_.empty()) return;
    if (!os_->good()) {
      out_.clear();
      return;
    }
    os_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }
  /// Ends a line (between the objects of JSON lines).
  json_writer& newline() {
    out_ += '\n';
    if (out_.size() >= flush_at) flush();
    return *this;
  }

  json_writer& begin_object() { return open('{', layout::inline_items); }
  json_writer& end_object() { return close('}'); }
  json_writer& begin_array(layout l = layout::inline_items) { return open('[', l); }
  json_writer& end_array() { return close(']'); }

  /// The key of the next object member.
  json_writer& key(std::string_view k) {
    separate();
    write_json_string(out_, k);
    out_ += ": ";
    after_key_ = true;
    return *this;
  }

  json_writer& string(std::string_view s) {
    separate();
    write_json_string(out_, s);
    return *this;
  }
  /// A string, or null when there is none.
  json_writer& string_or_null(const std::optional<std::string>& s) { return s ? string(*s) : null(); }
  json_writer& null() { return literal("null"); }
  json_writer& boolean(bool b) { return literal(b ? "true" : "false"); }
  json_writer& number(std::size_t n) {
    char buf[detail::uint_chars_size];
    return literal(detail::uint_chars(buf, n));
  }
  /// A decimal as a JSON string of its plain digits (`decimal::to_chars`).
  json_writer& decimal(const eok::decimal& d) {
    separate();
    const detail::decimal_chars text(d);
    out_ += '"';
    out_ += text.view();
    out_ += '"';
    return *this;
  }
  json_writer& decimal(const std::optional<eok::decimal>& d) { return d ? decimal(*d) : null(); }
  /// A value that is already JSON (e.g. `figure_to_json`), written as is.
  json_writer& json(std::string_view ready) { return literal(ready); }
  /// A value that `write(buffer)` appends itself (e.g. `append_scanned_figure_json`).
  template <class Write>
  json_writer& appended(const Write& write) {
    separate();
    write(out_);
    return *this;
  }

  /// The buffer the writer appends to.
  [[nodiscard]] std::string& buffer() noexcept { return out_; }

private:
  struct level {
    char close;
    layout items;
    bool empty;
  };

  json_writer& literal(std::string_view s) {
    separate();
    out_ += s;
    return *this;
  }
  json_writer& open(char c, layout l) {
    separate();
    out_ += c;
    levels_.push_back(level{c == '{' ? '}' : ']', l, true});
    return *this;
  }
  json_writer& close(char c) {
    if (!levels_.empty()) {
      const level top = levels_.back();
      levels_.pop_back();
      if (top.items != layout::inline_items && !top.empty) out_ += '\n';
    }
    out_ += c;
    return *this;
  }
  // Before a value: nothing after a key, else the item separator of the enclosing level.
  void separate() {
    if (os_ != nullptr && out_.size() >= flush_at) flush();
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (levels_.empty()) return;
    level& top = levels_.back();
    if (top.items == layout::lines) {
      out_ += top.empty ? "\n" : ",\n";
    } else if (top.items == layout::indented_lines) {
      out_ += top.empty ? "\n  " : ",\n  ";
    } else if (!top.empty) {
      out_ += ", ";
    }
    top.empty = false;
  }

  static constexpr std::size_t flush_at = 1 << 16;

  std::string own_;  // the buffer when writing to a stream
  std::string& out_;
  std::ostream* os_ = nullptr;
  std::vector<level> levels_;
  bool after_key_ = false;
};

/// One figure as a JSON object on one line, keys as listed at the top of this header:
/// `{"text": "1090억유로", "start": 0, "end": 13, "line": 1, "kind": "money", "value":
/// "109000000000", "currency": "EUR", ...}`.
[[nodiscard]] std::string figure_to_json(const figure& f);

/// An error as one JSON line for `--jsonl`: message, code, offset, line, column and the input.
[[nodiscard]] std::string error_to_json(const error& e, std::string_view input);

}  // namespace eok

#endif  // EOK_JSON_HPP
