// eok/core/error.hpp: one error model for the whole library.
//
// Every failure eok reports carries a code a program can switch on and a message a person can
// read. Failures that come from text (a figure, an article, a rate file) also carry where they
// happened: the byte offset, and the line and column a person would count, with columns in code
// points so that a Hangul syllable is one column, not three bytes. Rate files add the file name.
//
// Each reader has two entry points: a throwing one (`parse_figure`) and a `try_` one that never
// throws on bad input and returns `result<T>`, holding either the value or the `error`. The
// shape follows Boost.Decimal's `from_chars` results: the caller sees a plain bool, not an
// exception, where bad input is expected (a spreadsheet column, a web page).
#ifndef EOK_ERROR_HPP
#define EOK_ERROR_HPP

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace eok {

/// What went wrong, for programs; the message says it for people.
enum class errc : unsigned char {
  empty_input,          ///< nothing to read
  unexpected_character, ///< a character that cannot stand here
  invalid_number,       ///< digits, commas or points out of place
  invalid_unit,         ///< a Korean or English scale word out of place or repeated
  number_too_long,      ///< more digits than the documented limit
  invalid_utf8,         ///< bytes that are not UTF-8 where text was required
  unknown_currency,     ///< a currency code or name eok does not know
  currency_mismatch,    ///< arithmetic across two currencies
  division_by_zero,     ///< a divisor of zero
  invalid_argument,     ///< an argument outside what the function accepts
  invalid_date,         ///< a date that does not exist or cannot be read
  rate_not_found,       ///< no rate for the pair and date under the chosen policy
  invalid_rate_file,    ///< a rate table that does not follow the schema
  io_error,             ///< a file that cannot be read
};

namespace detail {

/// The names of the error codes, in the order `errc` lists them.
inline constexpr std::string_view errc_names[] = {
    "empty_input",      "unexpected_character", "invalid_number",   "invalid_unit",      "number_too_long",
    "invalid_utf8",     "unknown_currency",     "currency_mismatch", "division_by_zero", "invalid_argument",
    "invalid_date",     "rate_not_found",       "invalid_rate_file", "io_error",
};
inline constexpr std::size_t errc_count = sizeof(errc_names) / sizeof(errc_names[0]);
static_assert(static_cast<std::size_t>(errc::io_error) + 1 == errc_count, "one name for each error code");

}  // namespace detail

/// The stable, lower-case name of an error code, as JSON output uses it ("invalid_number").
[[nodiscard]] constexpr std::string_view to_string(errc code) noexcept {
  const auto i = static_cast<std::size_t>(code);
  return i < detail::errc_count ? detail::errc_names[i] : "unknown";
}

/// A place in a text: byte offset (0-based), line and column (1-based, columns in code points).
/// A default-constructed position (line 0) means "no position".
struct text_position {
  std::size_t offset = 0;
  std::size_t line = 0;
  std::size_t column = 0;

  [[nodiscard]] constexpr bool known() const noexcept { return line != 0; }
  friend constexpr bool operator==(const text_position& a, const text_position& b) noexcept {
    return a.offset == b.offset && a.line == b.line && a.column == b.column;
  }
  friend constexpr bool operator!=(const text_position& a, const text_position& b) noexcept {
    return !(a == b);
  }
};

/// The position of byte `offset` in `text`: lines split at LF (a CR before it belongs to the
/// line), columns counted in code points (UTF-8 continuation bytes do not start a column).
[[nodiscard]] constexpr text_position position_at(std::string_view text, std::size_t offset) noexcept {
  text_position p{offset, 1, 1};
  const std::size_t end = offset < text.size() ? offset : text.size();
  for (std::size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0u) != 0x80u) {
      ++p.column;
    }
  }
  return p;
}

/// The error every eok reader and operation reports.
///
/// `what()` reads the same way every time:
/// `parse error at line 1, column 4: a scale word cannot follow another ('억' after '억')`,
/// `rates/ecb.yaml:12:5: rate must be positive`, or the plain message when there is no position.
class error : public std::runtime_error {
public:
  /// An error with no position (a missing rate, a currency mismatch).
  error(errc code, std::string message)
      : std::runtime_error(message), code_(code), message_(std::move(message)) {}

  /// An error at a place in a text; `file` is empty for text that did not come from a file.
  error(errc code, std::string message, text_position where, std::string file = {})
      : std::runtime_error(compose(message, where, file)),
        code_(code),
        message_(std::move(message)),
        where_(where),
        file_(std::move(file)) {}

  [[nodiscard]] errc code() const noexcept { return code_; }
  /// The message without the position prefix.
  [[nodiscard]] const std::string& message() const noexcept { return message_; }
  [[nodiscard]] const text_position& position() const noexcept { return where_; }
  [[nodiscard]] std::size_t offset() const noexcept { return where_.offset; }
  [[nodiscard]] std::size_t line() const noexcept { return where_.line; }
  [[nodiscard]] std::size_t column() const noexcept { return where_.column; }
  [[nodiscard]] const std::string& file() const noexcept { return file_; }

private:
  static std::string compose(const std::string& message, const text_position& where,
                             const std::string& file) {
    if (!where.known()) return file.empty() ? message : file + ": " + message;
    if (!file.empty()) {
      return file + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + ": " +
             message;
    }
    return "parse error at line " + std::to_string(where.line) + ", column " +
           std::to_string(where.column) + ": " + message;
  }

  errc code_;
  std::string message_;
  text_position where_{};
  std::string file_;
};

/// Bad text: a figure, a decimal, an article's front matter.
class parse_error : public error {
public:
  using error::error;
};

/// Arithmetic or comparison across two currencies; the message names both codes.
class currency_mismatch : public error {
public:
  using error::error;
};

/// No rate for a pair and date under the chosen lookup policy; never a silent zero.
class rate_not_found : public error {
public:
  using error::error;
};

/// A value or the error that prevented it; what every `try_` function returns.
///
/// A `try_` function that fills a large value in place starts from `result<T>(std::in_place)`
/// and writes through `*r`, so the value is built once where the caller will read it, never
/// moved:
///
///     result<figure> r(std::in_place);  // holds a default figure
///     fill(*r);                         // on failure: r = error(...);
///     return r;                         // named return value: no copy, no move
template <class T>
class result {
public:
  result(const T& value) : state_(std::in_place_index<0>, value) {}  // NOLINT: implicit by design
  result(T&& value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT
  result(const eok::error& failure) : state_(std::in_place_index<1>, failure) {}  // NOLINT
  result(eok::error&& failure) : state_(std::in_place_index<1>, std::move(failure)) {}  // NOLINT
  /// A value built in place from `args` (none: a value-initialized T).
  template <class... Args>
  explicit result(std::in_place_t, Args&&... args)
      : state_(std::in_place_index<0>, std::forward<Args>(args)...) {}

  [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  /// The value; throws the held error if there is none.
  [[nodiscard]] const T& value() const& {
    if (!has_value()) throw std::get<1>(state_);
    return std::get<0>(state_);
  }
  /// The value, to fill or change in place; throws the held error if there is none.
  [[nodiscard]] T& value() & {
    if (!has_value()) throw std::get<1>(state_);
    return std::get<0>(state_);
  }
  [[nodiscard]] T&& value() && {
    if (!has_value()) throw std::get<1>(state_);
    return std::get<0>(std::move(state_));
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  /// The error; precondition: `!has_value()`.
  [[nodiscard]] const eok::error& error() const { return std::get<1>(state_); }

private:
  std::variant<T, eok::error> state_;
};

}  // namespace eok

#endif  // EOK_ERROR_HPP
