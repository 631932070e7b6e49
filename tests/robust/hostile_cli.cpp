// Feeds the eok command line input no golden file can hold (NUL bytes, invalid UTF-8, lines of
// tens of megabytes) and checks that nothing is lost: one answer per input line, in order,
// each valid JSON, errors included, and the exact answers where they are short enough to pin.
//
//   eok_hostile_cli EOK WORK_DIR SCENARIO      (scenarios: see `scenarios` below)
#include "../fuzz/json_check.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace std::string_literals;

struct run_result {
  int status = -1;
  std::string out;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Runs `eok ARGS < input` and returns its exit status and standard output.
run_result run(const std::string& eok, const std::string& work, const std::string& args, const std::string& input) {
  const std::string in_path = work + "/stdin";
  const std::string out_path = work + "/stdout";
  {
    std::ofstream in(in_path, std::ios::binary);
    in << input;
  }
  const std::string cmd = "'" + eok + "' " + args + " < '" + in_path + "' > '" + out_path + "' 2> '" + work + "/stderr'";
  const int raw = std::system(cmd.c_str());
  run_result r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out_path);
  return r;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t nl = text.find('\n', begin);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(begin, nl - begin));
    begin = nl + 1;
  }
  return lines;
}

int failures = 0;

void expect(bool ok, const std::string& what) {
  if (!ok) {
    std::cerr << "FAILED: " << what << '\n';
    ++failures;
  }
}

/// Every line of `out` is one valid JSON value, and there are `count` of them.
void expect_jsonl(const std::string& out, std::size_t count) {
  const auto lines = lines_of(out);
  expect(lines.size() == count, "expected " + std::to_string(count) + " output lines, got " + std::to_string(lines.size()));
  expect(!out.empty() && out.back() == '\n', "output ends with a newline");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    expect(eok::test::is_valid_json(lines[i]), "line " + std::to_string(i + 1) + " is valid JSON: " + lines[i].substr(0, 300));
  }
}

void expect_output(const std::string& actual, const std::string& expected) {
  if (actual == expected) return;
  const auto a = lines_of(actual);
  const auto e = lines_of(expected);
  for (std::size_t i = 0; i < std::max(a.size(), e.size()); ++i) {
    const std::string al = i < a.size() ? a[i] : "<none>";
    const std::string el = i < e.size() ? e[i] : "<none>";
    if (al != el) {
      std::cerr << "line " << i + 1 << " differs\n  expected: " << el.substr(0, 400) << "\n  actual:   " << al.substr(0, 400)
                << '\n';
    }
  }
  expect(false, "output as expected");
}

// ---- scenarios ---------------------------------------------------------------------------------

/// `eok parse --jsonl` answers every line of a hostile mix, in order, errors included.
void parse_jsonl_mix(const std::string& eok, const std::string& work) {
  const std::string input =
      "1090억유로\n"
      "\n"
      "12\0명\n"s
      "\xFF"
      "1억원\n"
      "\xE0\x80\xB1억원\n"
      "약 163조원\r\n"
      "\0\n"s +
      std::string(1001, '0') + "\n" +
      "2조~3조원\n"
      "억억억\n"
      "(1억원)\n"
      "5천만 원";  // no newline at the end
  const run_result r = run(eok, work, "parse --jsonl", input);
  expect(r.status == 1, "exit status 1 (some lines are not figures), got " + std::to_string(r.status));
  expect_jsonl(r.out, 12);
  const std::string fffd = "\xEF\xBF\xBD";
  const std::string expected =
      R"j({"text": "1090억유로", "start": 0, "end": 13, "line": 1, "kind": "money", "value": "109000000000", "currency": "EUR", "approximate": false, "bound": null, "low": null, "high": null, "vague": false, "precision": "1000000000", "unit": null})j"
      "\n"
      R"j({"error": "expected a figure, found nothing", "code": "empty_input", "offset": 0, "line": 1, "column": 1, "input": ""})j"
      "\n"
      R"j({"error": "byte 0x00 cannot follow the figure '12'", "code": "unexpected_character", "offset": 2, "line": 1, "column": 3, "input": "12\u0000명"})j"
      "\n"
      R"j({"error": "invalid UTF-8 (byte 0xFF does not begin a character)", "code": "invalid_utf8", "offset": 0, "line": 1, "column": 1, "input": ")j" + fffd + R"j(1억원"})j"
      "\n"
      R"j({"error": "invalid UTF-8 (byte 0xE0 does not begin a character)", "code": "invalid_utf8", "offset": 0, "line": 1, "column": 1, "input": ")j" + fffd + fffd + fffd + R"j(억원"})j"
      "\n"
      R"j({"text": "약 163조원", "start": 0, "end": 13, "line": 1, "kind": "money", "value": "163000000000000", "currency": "KRW", "approximate": true, "bound": null, "low": null, "high": null, "vague": false, "precision": "1000000000000", "unit": null})j"
      "\n"
      R"j({"error": "expected a figure, found byte 0x00", "code": "unexpected_character", "offset": 0, "line": 1, "column": 1, "input": "\u0000"})j"
      "\n"
      R"j({"error": "a number may have at most 1000 digits, leading zeros included", "code": "number_too_long", "offset": 1000, "line": 1, "column": 1001, "input": ")j" + std::string(1001, '0') + R"j("})j"
      "\n"
      R"j({"text": "2조~3조원", "start": 0, "end": 12, "line": 1, "kind": "money", "value": null, "currency": "KRW", "approximate": false, "bound": null, "low": "2000000000000", "high": "3000000000000", "vague": false, "precision": "1000000000000", "unit": null})j"
      "\n"
      R"j({"error": "a scale word cannot follow another ('억' after '억')", "code": "invalid_unit", "offset": 3, "line": 1, "column": 2, "input": "억억억"})j"
      "\n"
      R"j({"error": "expected a figure, found '('", "code": "unexpected_character", "offset": 0, "line": 1, "column": 1, "input": "(1억원)"})j"
      "\n"
      R"j({"text": "5천만 원", "start": 0, "end": 11, "line": 1, "kind": "money", "value": "50000000", "currency": "KRW", "approximate": false, "bound": null, "low": null, "high": null, "vague": false, "precision": "10000000", "unit": null})j"
      "\n";
  expect_output(r.out, expected);
}

/// Lines of 20 MB through `eok parse --jsonl`: a figure after 20 MB of spaces, 20 MB of digits
/// (an error at the 37th), and a short line after them, still answered.
void parse_jsonl_long_lines(const std::string& eok, const std::string& work) {
  const std::size_t mb20 = 20'000'000;
  const std::string input = std::string(mb20, ' ') + "1090억유로\n" + std::string(mb20, '7') + "\n12명\n";
  const run_result r = run(eok, work, "parse --jsonl", input);
  expect(r.status == 1, "exit status 1, got " + std::to_string(r.status));
  expect_jsonl(r.out, 3);
  const auto lines = lines_of(r.out);
  if (lines.size() != 3) return;
  expect(lines[0] ==
             R"j({"text": "1090억유로", "start": 20000000, "end": 20000013, "line": 1, "kind": "money", "value": "109000000000", "currency": "EUR", "approximate": false, "bound": null, "low": null, "high": null, "vague": false, "precision": "1000000000", "unit": null})j",
         "the figure after 20 MB of spaces: " + lines[0].substr(0, 300));
  const std::string head =
      R"j({"error": "a figure may have at most 36 significant digits", "code": "number_too_long", "offset": 36, "line": 1, "column": 37, "input": ")j";
  expect(lines[1].compare(0, head.size(), head) == 0, "the 20 MB number is too long at column 37: " + lines[1].substr(0, 300));
  expect(lines[1].size() == head.size() + mb20 + 2, "the error echoes the whole 20 MB line");
  expect(lines[2] ==
             R"j({"text": "12명", "start": 0, "end": 5, "line": 1, "kind": "count", "value": "12", "currency": null, "approximate": false, "bound": null, "low": null, "high": null, "vague": false, "precision": "1", "unit": "명"})j",
         "the short line after them: " + lines[2]);
}

const std::map<std::string, std::function<void(const std::string&, const std::string&)>> scenarios{
    {"parse_jsonl_mix", parse_jsonl_mix},
    {"parse_jsonl_long_lines", parse_jsonl_long_lines},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 || scenarios.count(argv[3]) == 0) {
    std::cerr << "usage: eok_hostile_cli EOK WORK_DIR SCENARIO\n";
    return 2;
  }
  scenarios.at(argv[3])(argv[1], argv[2]);
  if (failures != 0) {
    std::cerr << argv[3] << ": " << failures << " failure(s)\n";
    return 1;
  }
  std::cout << argv[3] << ": passed\n";
  return 0;
}
