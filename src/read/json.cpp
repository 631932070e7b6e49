// The strict JSON reader: see read/json.hpp for the rules.
#include <eok/read/json.hpp>
#include <eok/text/text.hpp>

namespace eok {

std::string_view json_value::kind_name(type t) noexcept {
  switch (t) {
    case type::null: return "null";
    case type::boolean: return "a boolean";
    case type::number: return "a number";
    case type::string: return "a string";
    case type::array: return "an array";
    case type::object: return "an object";
  }
  return "null";
}

const json_value* json_value::find(std::string_view key) const noexcept {
  for (const auto& m : members_) {
    if (m.first == key) return &m.second;
  }
  return nullptr;
}

class json_reader {
public:
  explicit json_reader(std::string_view text) : s_(text) {}

  json_value document() {
    space();
    json_value v = value(0);
    space();
    if (i_ < s_.size()) fail(i_, "unexpected '" + shown(i_) + "' after the JSON value");
    return v;
  }

private:
  std::string_view s_;
  std::size_t i_ = 0;

  [[noreturn]] void fail(std::size_t at, const std::string& message) const {
    throw parse_error(errc::unexpected_character, "JSON: " + message, position_at(s_, at));
  }

  /// The character at `at` as it may be quoted in a message.
  std::string shown(std::size_t at) const {
    const auto c = utf8::next(s_, at);
    if (c.len == 0) return "end of text";
    if (c.cp < 0x20 || c.cp == 0x7F) return "control character";
    if (c.cp == 0xFFFD && s_.compare(at, 3, "\xEF\xBF\xBD") != 0) return "byte that is not UTF-8";
    return std::string(s_.substr(at, c.len));
  }

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  bool word(std::string_view w) {
    if (s_.compare(i_, w.size(), w) != 0) return false;
    i_ += w.size();
    return true;
  }

  json_value value(std::size_t depth) {
    json_value v;
    v.offset_ = i_;
    if (i_ >= s_.size()) fail(i_, "a value is missing (end of text)");
    const char c = s_[i_];
    if (c == '{' || c == '[') {
      if (depth >= max_json_depth) fail(i_, "nested deeper than " + std::to_string(max_json_depth) + " levels");
      return c == '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c == '"') {
      v.type_ = json_value::type::string;
      v.text_ = string();
      return v;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      v.type_ = json_value::type::number;
      v.text_ = number();
      return v;
    }
    if (word("true")) {
      v.type_ = json_value::type::boolean;
      v.bool_ = true;
      return v;
    }
    if (word("false")) {
      v.type_ = json_value::type::boolean;
      return v;
    }
    if (word("null")) return v;
    fail(i_, "unexpected '" + shown(i_) + "' where a value should start");
  }

  /// Steps over `c` when it is next.
  bool at(char c) {
    if (i_ >= s_.size() || s_[i_] != c) return false;
    ++i_;
    return true;
  }
  /// After a member or an item: true past the closing `close`, false past a comma.
  bool closed(char close, const char* in) {
    space();
    if (at(',')) return false;
    if (at(close)) return true;
    fail(i_, std::string("expected ',' or '") + close + "' in " + in + ", found '" + shown(i_) + "'");
  }

  json_value object(std::size_t depth) {
    json_value v;
    v.type_ = json_value::type::object;
    v.offset_ = i_;
    ++i_;  // {
    space();
    if (at('}')) return v;
    for (;;) {
      space();
      if (i_ >= s_.size() || s_[i_] != '"') fail(i_, "expected a key in quotes, found '" + shown(i_) + "'");
      const std::size_t key_at = i_;
      std::string key = string();
      if (v.find(key) != nullptr) fail(key_at, "the key \"" + key + "\" is given twice");
      space();
      if (i_ >= s_.size() || s_[i_] != ':') fail(i_, "expected ':' after a key, found '" + shown(i_) + "'");
      ++i_;
      space();
      json_value member = value(depth);
      v.members_.emplace_back(std::move(key), std::move(member));
      if (closed('}', "an object")) return v;
    }
  }

  json_value array(std::size_t depth) {
    json_value v;
    v.type_ = json_value::type::array;
    v.offset_ = i_;
    ++i_;  // [
    space();
    if (at(']')) return v;
    for (;;) {
      space();
      v.items_.push_back(value(depth));
      if (closed(']', "an array")) return v;
    }
  }

  unsigned hex4(std::size_t at) const {
    unsigned u = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const char h = at + k < s_.size() ? s_[at + k] : '\0';
      u <<= 4;
      if (h >= '0' && h <= '9') {
        u |= static_cast<unsigned>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        u |= static_cast<unsigned>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        u |= static_cast<unsigned>(h - 'A' + 10);
      } else {
        fail(at + k, "\\u needs four hex digits");
      }
    }
    return u;
  }

  std::string string() {
    const std::size_t open = i_;
    ++i_;  // "
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail(open, "a string is not closed");
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return out;
      }
      if (c < 0x20) fail(i_, "a control character must be escaped in a string");
      if (c == '\\') {
        const char e = i_ + 1 < s_.size() ? s_[i_ + 1] : '\0';
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            char32_t cp = hex4(i_ + 2);
            std::size_t used = 6;
            if (cp >= 0xDC00 && cp <= 0xDFFF) fail(i_, "a lone low surrogate \\u escape");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              if (s_.compare(i_ + 6, 2, "\\u") != 0) fail(i_, "a high surrogate \\u escape without its low half");
              const unsigned low = hex4(i_ + 8);
              if (low < 0xDC00 || low > 0xDFFF) fail(i_ + 6, "a high surrogate \\u escape without its low half");
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              used = 12;
            }
            utf8::append(out, cp);
            i_ += used;
            continue;
          }
          default: fail(i_, "unknown escape '\\" + (e == '\0' ? std::string() : shown(i_ + 1)) + "'");
        }
        i_ += 2;
        continue;
      }
      if (c >= 0x80) {
        const std::size_t n = utf8::sequence_length(s_, i_);
        if (n == 0) fail(i_, "a byte that is not UTF-8 in a string");
        out.append(s_.data() + i_, n);
        i_ += n;
        continue;
      }
      out += static_cast<char>(c);
      ++i_;
    }
  }

  std::string number() {
    const std::size_t start = i_;
    auto digit = [&] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
    if (s_[i_] == '-') ++i_;
    if (!digit()) fail(i_, "a number needs a digit after '-'");
    if (s_[i_] == '0') {
      ++i_;
      if (digit()) fail(i_, "a number cannot have a leading zero");
    } else {
      while (digit()) ++i_;
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (!digit()) fail(i_, "a number needs digits after its decimal point");
      while (digit()) ++i_;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (!digit()) fail(i_, "a number needs digits in its exponent");
      while (digit()) ++i_;
    }
    return std::string(s_.substr(start, i_ - start));
  }
};

json_value read_json(std::string_view text) { return json_reader(text).document(); }

}  // namespace eok
