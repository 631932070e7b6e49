// `eok parse`: one figure per argument (or per input line with --jsonl), exact.
//
//   eok parse 1090억유로          1090억유로 → 109,000,000,000 EUR (1,090억 유로; exact)
//   eok parse --json 약 163조원 2억원   [{"text": "약 163조원", ..., "value": "163000000000000", ...}, ...]
//   cut -f3 sheet.tsv | eok parse --jsonl
//
// Every input gets an answer: a figure, or an error naming the position. --jsonl never stops
// early and answers blank lines too, so its output lines up with its input line for line.
// Exit status 1 when any input was not a figure.
#include "cli.hpp"
#include "options.hpp"

#include <eok/write/format.hpp>
#include <eok/write/json.hpp>
#include <eok/read/parse.hpp>

#include <istream>
#include <ostream>
#include <string>

namespace eok::cli {
namespace {

constexpr std::string_view parse_help =
    "Usage: eok parse [--json] [--significant-zeros] [--] TEXT...\n"
    "       eok parse --jsonl [--significant-zeros] [-] < lines\n"
    "\n"
    "Reads each TEXT as one money figure (or number, percentage, count) and prints its exact\n"
    "value, currency, qualifiers and precision.\n"
    "\n"
    "Options:\n"
    "  --json               print one JSON document: an array with one object per TEXT\n"
    "  --jsonl              read one figure per line from standard input (or -); print one\n"
    "                       JSON line per input line, a figure or {\"error\": ...}\n"
    "  --significant-zeros  zeros that end a number are significant (1조7,000억: precision 1억)\n"
    "  -h, --help           show this help\n"
    "\n"
    "A TEXT that starts with '-' and a digit (-3억원) is a figure; after -- every argument is.\n"
    "\n"
    "Exit status: 0 if every input was a figure, 1 if any was not, 2 for usage errors.\n";

void report(std::ostream& err, const error& e, std::string_view input) {
  err << "eok parse: " << e.what() << '\n';
  // Show the line of the input that holds the error, with a caret under the column.
  std::size_t begin = 0;
  std::size_t line = 1;
  const std::size_t target = e.position().known() ? e.line() : 1;
  while (line < target) {
    const std::size_t nl = input.find('\n', begin);
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
    ++line;
  }
  std::size_t end = input.find('\n', begin);
  if (end == std::string_view::npos) end = input.size();
  const std::size_t at = e.offset() >= begin ? e.offset() - begin : 0;
  print_caret(err, input.substr(begin, end - begin), at);
}

}  // namespace

int run_parse(const args& a, streams& io) {
  const parsed_args p =
      read_args(a, {flag("--json", 1), flag("--jsonl", 1), flag("--significant-zeros")});
  if (p.help) {
    io.out << parse_help;
    return 0;
  }
  const bool json = p.has("--json");
  const bool jsonl = p.has("--jsonl");
  parse_options options;
  options.trailing_zeros_significant = p.has("--significant-zeros");
  const args& texts = p.operands;
  const bool from_stdin = texts.size() == 1 && texts[0] == "-";
  if (jsonl && !texts.empty() && !from_stdin) throw usage_error{"--jsonl reads standard input; give no TEXT (or -)"};
  if (!jsonl && texts.empty()) throw usage_error{"give at least one TEXT to parse (or --jsonl)"};

  int status = 0;
  if (jsonl) {
    std::string line;
    while (std::getline(io.in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      const result<figure> r = try_parse_figure(line, options);
      if (r) {
        io.out << figure_to_json(r.value()) << '\n';
      } else {
        io.out << error_to_json(r.error(), line) << '\n';
        status = 1;
      }
    }
    return status;
  }
  // --json: one JSON document, an array with one element per TEXT in order (a figure, or the
  // error object --jsonl writes); errors are also reported on standard error.
  if (json) io.out << "[\n";
  bool first = true;
  for (std::string_view text : texts) {
    const result<figure> r = try_parse_figure(text, options);
    if (json) {
      io.out << (first ? "  " : ",\n  ") << (r ? figure_to_json(r.value()) : error_to_json(r.error(), text));
      first = false;
    }
    if (!r) {
      report(io.err, r.error(), text);
      status = 1;
      continue;
    }
    if (!json) io.out << r.value().text << " \xE2\x86\x92 " << describe_figure(r.value()) << '\n';
  }
  if (json) io.out << "\n]\n";
  return status;
}

}  // namespace eok::cli
