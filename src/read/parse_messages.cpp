// The figure parser's messages: what each reason to stop says to a user (see parse_detail.hpp).
//
// One row per reason: its error code and its text, in which {a} and {b} stand for the words
// the reader named (quoted), and {digits} and {parse_digits} for the limits.
#include "parse_detail.hpp"

namespace eok::parse_detail {
namespace {

struct message {
  why reason;
  errc code;
  std::string_view text;
};

constexpr std::array<message, 17> messages{{
    {why::scale_after_scale, errc::invalid_unit, "a scale word cannot follow another ({a} after {b})"},
    {why::scale_order, errc::invalid_unit, "scale words must get smaller from left to right ({a} after {b})"},
    {why::part_too_large, errc::invalid_unit, "{a} is too large to follow {b}"},
    {why::comma_group, errc::invalid_number, "a comma must be followed by exactly three digits"},
    {why::double_comma, errc::invalid_number, "two commas in a row"},
    {why::comma_after_four, errc::invalid_number, "a comma may follow at most three digits"},
    {why::point_no_digit, errc::invalid_number, "a decimal point must be followed by a digit"},
    {why::two_points, errc::invalid_number,
     "a number may have only one decimal point (a date or version such as 2025.02.10 is not a figure)"},
    {why::date_like, errc::invalid_number, "this looks like a date, not a range of figures"},
    {why::no_digits_before_scale, errc::invalid_unit, "no digits before {a}"},
    {why::too_long, errc::number_too_long, "a figure may have at most {digits} significant digits"},
    {why::too_many_digits, errc::number_too_long,
     "a number may have at most {parse_digits} digits, leading zeros included"},
    {why::two_currencies, errc::unknown_currency, "two different currencies in one figure ({a} and {b})"},
    {why::range_currencies, errc::unknown_currency, "a range cannot mix currencies ({a} and {b})"},
    {why::range_reversed, errc::invalid_number, "a range must go from low to high ({a} is more than {b})"},
    {why::vague_needs_scale, errc::invalid_unit, "'수' needs a scale word after it (수천억, 수조)"},
    {why::none, errc::invalid_number, ""},
}};

/// `text` with its placeholders filled in. A message that names words it was not given drops
/// its parenthesis (a range of two prefix currencies names none: "a range cannot mix currencies").
std::string fill(std::string_view text, const diag& d) {
  if (d.a.empty()) {
    if (const std::size_t open = text.find(" ({a}"); open != std::string_view::npos) text = text.substr(0, open);
  }
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t open = text.find('{', i);
    if (open == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    const std::size_t close = text.find('}', open);
    out.append(text.substr(i, open - i));
    const std::string_view key = text.substr(open + 1, close - open - 1);
    if (key == "a") {
      out += quote(d.a);
    } else if (key == "b") {
      out += quote(d.b);
    } else if (key == "digits") {
      out += std::to_string(max_digits);
    } else {
      out += std::to_string(decimal::max_parse_digits);
    }
    i = close + 1;
  }
  return out;
}

}  // namespace

std::string quote(std::string_view w) { return "'" + std::string(w) + "'"; }

std::string describe_byte(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const char* hex = "0123456789ABCDEF";
  return std::string("byte 0x") + hex[b >> 4] + hex[b & 0xF];
}

std::string describe_char(std::string_view s, std::size_t i) {
  const cp_len c = utf8::next(s, i);
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x20 || b == 0x7F || utf8::invalid_at(s, i)) return describe_byte(s, i);
  return quote(s.substr(i, std::max<std::size_t>(c.len, 1)));
}

error make_error(std::string_view text, const diag& d) {
  for (const message& m : messages) {
    if (m.reason == d.reason) return error(m.code, fill(m.text, d), position_at(text, d.offset));
  }
  return error(errc::invalid_number, "", position_at(text, d.offset));
}

}  // namespace eok::parse_detail
