// eok/read/json.hpp: the one JSON reader, a small strict one, beside the one writer
// (write/json.hpp).
//
// eok reads JSON in two places: archive records (`{"id", "date", "source", "title", "url",
// "text"}`, one per line) and the partial results of a map step (`eok reconcile --partial`).
// Both are small documents with known keys, so a DOM of strings, numbers kept as their text,
// arrays and objects (members in order) is all that is needed. The rules, in one place:
//
// - RFC 8259 strictly: one value, whitespace around it, nothing else; no comments, no trailing
//   commas, no single quotes, no leading zeros, no NaN. A key given twice in one object is an
//   error (a record with two "date"s is ambiguous, not "the last one wins").
// - Strings are UTF-8: a byte that is not part of a well-formed sequence is an error, as is a
//   control character; `\uXXXX` escapes are decoded, surrogate pairs joined, a lone surrogate
//   is an error.
// - Numbers keep their text (`number_text`): eok never turns one into a binary float.
// - Nesting deeper than `max_json_depth` is an error (no unbounded recursion on hostile input).
// - Every error is a `parse_error` with the byte offset, line and column (code points) of the
//   offending character in the text given.
#ifndef EOK_READ_JSON_HPP
#define EOK_READ_JSON_HPP

#include <eok/core/error.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eok {

/// How deep arrays and objects may nest.
inline constexpr std::size_t max_json_depth = 64;

/// A JSON value as read.
class json_value {
public:
  enum class type : unsigned char { null, boolean, number, string, array, object };

  json_value() = default;

  [[nodiscard]] type kind() const noexcept { return type_; }
  [[nodiscard]] bool is_null() const noexcept { return type_ == type::null; }
  [[nodiscard]] bool is_string() const noexcept { return type_ == type::string; }
  [[nodiscard]] bool is_number() const noexcept { return type_ == type::number; }
  [[nodiscard]] bool is_bool() const noexcept { return type_ == type::boolean; }
  [[nodiscard]] bool is_array() const noexcept { return type_ == type::array; }
  [[nodiscard]] bool is_object() const noexcept { return type_ == type::object; }

  /// The decoded string, or a number's text as written ("12", "-0.5e3"); empty otherwise.
  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  [[nodiscard]] bool boolean() const noexcept { return bool_; }
  /// The items of an array (empty for other kinds).
  [[nodiscard]] const std::vector<json_value>& items() const noexcept { return items_; }
  /// The members of an object, in order (empty for other kinds).
  [[nodiscard]] const std::vector<std::pair<std::string, json_value>>& members() const noexcept { return members_; }
  /// The member named `key`, or nullptr (also when this is not an object).
  [[nodiscard]] const json_value* find(std::string_view key) const noexcept;
  /// Byte offset of the value's first character in the text it was read from.
  [[nodiscard]] std::size_t offset() const noexcept { return offset_; }

  /// A human name of the kind: "null", "a boolean", "a number", "a string", "an array", "an object".
  [[nodiscard]] static std::string_view kind_name(type t) noexcept;

private:
  friend class json_reader;
  type type_ = type::null;
  bool bool_ = false;
  std::size_t offset_ = 0;
  std::string text_;
  std::vector<json_value> items_;
  std::vector<std::pair<std::string, json_value>> members_;
};

/// Reads one JSON document that is all of `text`. Throws `parse_error` (position in `text`).
[[nodiscard]] json_value read_json(std::string_view text);

}  // namespace eok

#endif  // EOK_READ_JSON_HPP
