// `eok convert --jsonl --to CUR [--on DATE ...]`: one process converts every line of standard
// input. Each line is an AMOUNT (as `eok convert AMOUNT` takes it) and gets exactly one line of
// output, in order: the JSON object `eok convert --json` prints, or
// {"line": N, "input": "...", "error": "..."} when the line is not one amount with a currency or
// has no rate. Blank lines are answered too (an error), so output line N is input line N.
// Output goes through the stream's buffer; nothing is flushed per line.
#include "convert_cli.hpp"

#include <eok/write/json.hpp>

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

}  // namespace

int convert_lines(const convert_options& o, const rate_store& store, streams& io) {
  std::string text;
  std::size_t line = 0;
  bool all = true;
  while (std::getline(io.in, text)) {
    ++line;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (!text.empty() && text.front() == '{') {
      print_error(io.out, line, text, "JSON object lines are not read yet; give one AMOUNT per line with --to and --on");
      all = false;
      continue;
    }
    std::ostringstream report;
    const std::optional<figure> amount = read_amount(text, report);
    if (!amount) {
      print_error(io.out, line, text, first_line(report.str()));
      all = false;
      continue;
    }
    try {
      print_json(io.out, convert_as_asked(*amount, o, store));
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
