// eok/write/json.hpp: the little JSON eok writes (figures, errors), without a JSON library.
//
// eok only ever *writes* JSON, and only flat objects whose keys it chooses, so a full JSON
// library would be weight without benefit. What matters is that strings are escaped correctly
// (quotes, backslashes and control characters; UTF-8 passes through unchanged, since JSON is
// UTF-8, and bytes that are not UTF-8 become U+FFFD, so a hostile input line still yields
// valid JSON) and that the figure object has the same keys in the same order everywhere:
// `eok parse --json`, `eok parse --jsonl` and `eok scan` all print `figure_to_json`.
//
// Figure JSON keys, in order: text, start, end, line, kind, value, currency, approximate,
// bound, low, high, vague, precision, unit. Decimals are strings of plain digits with an
// optional point (no grouping, no exponent) so no reader turns them into binary floats.
#ifndef EOK_JSON_HPP
#define EOK_JSON_HPP

#include <eok/core/error.hpp>
#include <eok/core/figure.hpp>
#include <eok/text/text.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace eok {

/// Appends `utf8` to `out` as a JSON string literal: quotes, backslashes and control
/// characters escaped, valid UTF-8 (Hangul included) copied as is, and each byte that is not
/// UTF-8 written as U+FFFD, so the output is always valid JSON whatever the input held.
inline void write_json_string(std::string& out, std::string_view utf8) {
  out += '"';
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const char ch = utf8[i];
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      const std::size_t n = utf8::sequence_length(utf8, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      } else {
        out.append(utf8.data() + i, n);
        i += n - 1;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

namespace detail {
inline void json_key(std::string& out, std::string_view key, bool first = false) {
  if (!first) out += ", ";
  write_json_string(out, key);
  out += ": ";
}
inline void json_decimal(std::string& out, const std::optional<decimal>& d) {
  if (d) {
    write_json_string(out, d->to_string());
  } else {
    out += "null";
  }
}
}  // namespace detail

/// One figure as a JSON object on one line, keys as listed at the top of this header:
/// `{"text": "1090억유로", "start": 0, "end": 13, "line": 1, "kind": "money", "value":
/// "109000000000", "currency": "EUR", ...}`.
[[nodiscard]] inline std::string figure_to_json(const figure& f) {
  std::string out = "{";
  detail::json_key(out, "text", true);
  write_json_string(out, f.text);
  detail::json_key(out, "start");
  out += std::to_string(f.start);
  detail::json_key(out, "end");
  out += std::to_string(f.end);
  detail::json_key(out, "line");
  out += std::to_string(f.line);
  detail::json_key(out, "kind");
  write_json_string(out, to_string(f.kind));
  detail::json_key(out, "value");
  detail::json_decimal(out, f.value);
  detail::json_key(out, "currency");
  if (f.cur.valid()) {
    write_json_string(out, f.cur.code());
  } else {
    out += "null";
  }
  detail::json_key(out, "approximate");
  out += f.approximate ? "true" : "false";
  detail::json_key(out, "bound");
  if (f.bound == bound_kind::none) {
    out += "null";
  } else {
    write_json_string(out, to_string(f.bound));
  }
  detail::json_key(out, "low");
  detail::json_decimal(out, f.low);
  detail::json_key(out, "high");
  detail::json_decimal(out, f.high);
  detail::json_key(out, "vague");
  out += f.vague ? "true" : "false";
  detail::json_key(out, "precision");
  write_json_string(out, f.precision.to_string());
  detail::json_key(out, "unit");
  if (f.unit.empty()) {
    out += "null";
  } else {
    write_json_string(out, f.unit);
  }
  out += '}';
  return out;
}

/// An error as one JSON line for `--jsonl`: message, code, offset, line, column and the input.
[[nodiscard]] inline std::string error_to_json(const error& e, std::string_view input) {
  std::string out = "{";
  detail::json_key(out, "error", true);
  write_json_string(out, e.message());
  detail::json_key(out, "code");
  write_json_string(out, to_string(e.code()));
  detail::json_key(out, "offset");
  out += std::to_string(e.offset());
  detail::json_key(out, "line");
  out += std::to_string(e.position().known() ? e.line() : 1);
  detail::json_key(out, "column");
  out += std::to_string(e.position().known() ? e.column() : 1);
  detail::json_key(out, "input");
  write_json_string(out, input);
  out += '}';
  return out;
}

}  // namespace eok

#endif  // EOK_JSON_HPP
