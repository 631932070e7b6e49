// `eok convert --jsonl [--to CUR] [--on DATE ...]`: one process converts every line of standard
// input, and every line gets exactly one line of output, in order: the JSON object `eok convert
// --json` prints, or {"line": N, "input": "...", "error": "..."}. A line is either
// - an AMOUNT, as `eok convert AMOUNT` takes it, converted with the command line's settings, or
// - a JSON object {"amount": "1090억유로", "to": "KRW", "on": "2025-02-10", ...} whose members
//   ("to", "on", "average", "policy", "max_gap", "source", "round"; strings) override the
//   command line's for that line only.
// Blank lines are answered too (an error), so output line N is input line N. Output goes
// through the stream's buffer; nothing is flushed per line.
#include "convert_cli.hpp"

#include <eok/read/json.hpp>
#include <eok/write/json.hpp>

#include <algorithm>
#include <istream>
#include <sstream>
#include <string>

namespace eok::cli {
namespace {

void print_error(std::ostream& out, std::size_t line, std::string_view input, std::string message) {
  json_writer w(out);
  w.begin_object();
  w.key("line").number(line);
  w.key("input").string(input);
  w.key("error").string(message);
  w.end_object().newline();
}

/// The first line of what `read_amount` reported, without the "eok convert: " prefix.
std::string first_line(const std::string& report) {
  std::string s = report.substr(0, report.find('\n'));
  constexpr std::string_view prefix = "eok convert: ";
  if (s.compare(0, prefix.size(), prefix) == 0) s.erase(0, prefix.size());
  return s;
}

/// A problem with one line: its message is the error line's "error".
struct line_error {
  std::string message;
};

/// Whether `key` is the JSON name of `setting` ("max-gap" is written "max_gap").
bool is_json_key_of(std::string_view key, std::string_view setting) {
  if (key.size() != setting.size()) return false;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i] != (setting[i] == '-' ? '_' : setting[i])) return false;
  }
  return true;
}

/// The keys an object line may have, for the message about one it may not.
std::string known_keys() {
  std::string known = "\"amount\"";
  for (const std::string_view name : conversion_settings()) {
    std::string k(name);
    std::replace(k.begin(), k.end(), '-', '_');
    known += ", \"" + k + "\"";
  }
  return known;
}

/// The command line's settings `base` with the members of the object line `text` over them;
/// `amount` is set to the object's "amount" (a view into `record`).
convert_options read_object_line(std::string_view text, const convert_options& base, json_value& record) {
  try {
    record = read_json(text);
  } catch (const error& e) {
    throw line_error{"column " + std::to_string(e.column()) + ": " + e.message()};
  }
  if (!record.is_object()) throw line_error{"a line that starts with '{' is a JSON object {\"amount\", \"to\", \"on\", ...}"};
  convert_options o = base;
  bool has_amount = false;
  for (const auto& member : record.members()) {
    const std::string& key = member.first;  // (not a structured binding: a C++17 lambda cannot capture one)
    const json_value& value = member.second;
    const std::string shown = "\"" + key + "\"";
    const bool is_amount = key == "amount";
    const auto setting = std::find_if(conversion_settings().begin(), conversion_settings().end(),
                                      [&](std::string_view n) { return is_json_key_of(key, n); });
    if (!is_amount && setting == conversion_settings().end()) {
      throw line_error{"unknown key " + shown + " (an object line has " + known_keys() + ")"};
    }
    if (!value.is_string()) {
      throw line_error{shown + " must be a string, not " + std::string(json_value::kind_name(value.kind())) +
                       (value.kind() == json_value::type::number ? " (write amounts and numbers as strings: \"1090억유로\")" : "")};
    }
    if (is_amount) {
      o.amount = value.text();
      has_amount = true;
      continue;
    }
    try {
      set_conversion_setting(o, *setting, value.text(), shown);
    } catch (const usage_error& e) {
      throw line_error{e.message};
    }
  }
  if (!has_amount) throw line_error{"an object line needs \"amount\""};
  return o;
}

}  // namespace

int convert_lines(const convert_options& o, const rate_store& store, streams& io) {
  std::string text;
  std::size_t line = 0;
  bool all = true;
  while (std::getline(io.in, text)) {
    ++line;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    json_value record;  // an object line's members, which `asked.amount` may point into
    convert_options asked = o;
    asked.amount = text;
    try {
      const std::size_t first = text.find_first_not_of(" \t");
      if (first != std::string::npos && text[first] == '{') {
        asked = read_object_line(text, o, record);
      }
      if (!asked.to.valid()) throw line_error{"no currency to convert to: give --to, or \"to\" in an object line"};
      if (!store.has_source(asked.source)) {
        try {
          require_source(store, asked.source);
        } catch (const usage_error& e) {
          throw line_error{e.message};
        }
      }
    } catch (const line_error& e) {
      print_error(io.out, line, text, e.message);
      all = false;
      continue;
    }
    std::ostringstream report;
    const std::optional<figure> amount = read_amount(asked.amount, report);
    if (!amount) {
      print_error(io.out, line, text, first_line(report.str()));
      all = false;
      continue;
    }
    try {
      print_json(io.out, convert_as_asked(*amount, asked, store));
    } catch (const rate_not_found& e) {
      print_error(io.out, line, text, e.what());
      all = false;
    }
  }
  if (io.in.bad()) {
    io.err << "eok convert: cannot read standard input\n";
    return 2;
  }
  return all ? 0 : 1;
}

}  // namespace eok::cli
