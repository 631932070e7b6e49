// A small strict JSON checker for the fuzz targets and the robustness tests: is `text` exactly
// one JSON value (RFC 8259), with every string valid UTF-8? eok only writes JSON, so this is
// the other side of that contract. It keeps an explicit stack instead of recursing, so deeply
// nested input cannot overflow the call stack.
#ifndef EOK_TESTS_JSON_CHECK_HPP
#define EOK_TESTS_JSON_CHECK_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace eok::test {

/// The length of the valid UTF-8 sequence at `s[i]` (1 to 4), or 0 when the bytes there are
/// not UTF-8: stray continuation bytes, overlong forms, surrogates, or values above U+10FFFF.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  unsigned lo = 0x80;
  unsigned hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (s.size() - i < n) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if (b1 < lo || b1 > hi) return 0;
  for (std::size_t k = 2; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (b < 0x80 || b > 0xBF) return 0;
  }
  return n;
}

/// Whether `s` is entirely valid UTF-8.
inline bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

/// Whether `text` is one JSON value, optionally surrounded by whitespace. Strict: no trailing
/// commas, no leading zeros, no raw control characters or invalid UTF-8 in strings.
inline bool is_valid_json(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto ws = [&] {
    while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  };
  auto hex = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  auto string = [&]() -> bool {
    ++i;  // opening quote
    while (i < n) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == '"') {
        ++i;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++i >= n) return false;
        const char e = text[i];
        if (e == 'u') {
          if (n - i < 5) return false;
          for (std::size_t k = 1; k <= 4; ++k) {
            if (!hex(text[i + k])) return false;
          }
          i += 5;
        } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                   e == 't') {
          ++i;
        } else {
          return false;
        }
        continue;
      }
      const std::size_t len = utf8_sequence_length(text, i);
      if (len == 0) return false;
      i += len;
    }
    return false;
  };
  auto number = [&]() -> bool {
    if (text[i] == '-') ++i;
    if (i >= n) return false;
    if (text[i] == '0') {
      ++i;
    } else if (text[i] >= '1' && text[i] <= '9') {
      while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
    } else {
      return false;
    }
    if (i < n && text[i] == '.') {
      ++i;
      if (i >= n || text[i] < '0' || text[i] > '9') return false;
      while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
    }
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
      ++i;
      if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
      if (i >= n || text[i] < '0' || text[i] > '9') return false;
      while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
    }
    return true;
  };
  auto literal = [&](std::string_view word) -> bool {
    if (text.substr(i, word.size()) != word) return false;
    i += word.size();
    return true;
  };

  // The stack holds '{' or '[' for each open container; `want_value` says whether a value
  // (rather than a comma or a closing bracket) comes next.
  std::string stack;
  ws();
  for (;;) {
    // Read one value.
    if (i >= n) return false;
    const char c = text[i];
    bool ok = true;
    if (c == '{' || c == '[') {
      ++i;
      ws();
      const char close = c == '{' ? '}' : ']';
      if (i < n && text[i] == close) {
        ++i;  // empty container: a complete value
      } else {
        stack.push_back(c);
        if (c == '{') {
          if (i >= n || text[i] != '"' || !string()) return false;
          ws();
          if (i >= n || text[i] != ':') return false;
          ++i;
        }
        ws();
        continue;  // read the first member's value
      }
    } else if (c == '"') {
      ok = string();
    } else if (c == 't') {
      ok = literal("true");
    } else if (c == 'f') {
      ok = literal("false");
    } else if (c == 'n') {
      ok = literal("null");
    } else {
      ok = number();
    }
    if (!ok) return false;
    // After a value: a comma, or closing brackets.
    for (;;) {
      ws();
      if (stack.empty()) return i == n;
      if (i >= n) return false;
      const char open = stack.back();
      if (text[i] == ',') {
        ++i;
        ws();
        if (open == '{') {
          if (i >= n || text[i] != '"' || !string()) return false;
          ws();
          if (i >= n || text[i] != ':') return false;
          ++i;
          ws();
        }
        break;  // read the next value
      }
      if (text[i] != (open == '{' ? '}' : ']')) return false;
      ++i;
      stack.pop_back();
    }
  }
}

}  // namespace eok::test

#endif  // EOK_TESTS_JSON_CHECK_HPP
