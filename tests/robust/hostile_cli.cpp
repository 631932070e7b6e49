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
  std::string err;
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
  r.err = read_file(work + "/stderr");
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


/// `eok scan` skips invalid bytes and NULs without losing the figures around them.
void scan_mix(const std::string& eok, const std::string& work) {
  const std::string input = "매출 1090억유로\xFF(약 163조원)\0 2조~3조원\xE0\x80\xB1 5천만 원\n"s;
  const run_result r = run(eok, work, "scan", input);
  expect(r.status == 0, "exit status 0, got " + std::to_string(r.status));
  expect_jsonl(r.out, 5);
  const std::string expected =
      R"j({"article": {"file": "-", "date": null, "date_from": null, "source": null, "title": null, "url": null, "front_matter": {}}})j"
      "\n"
      R"j({"text": "1090억유로", "start": 7, "end": 20, "line": 1, "kind": "money", "value": "109000000000", "currency": "EUR", "approximate": false, "bound": null, "low": null, "high": null, "vague": false, "precision": "1000000000", "unit": null, "index": 0, "converted_from": null, "each": false, "total": false, "per": null, "over": null})j"
      "\n"
      R"j({"text": "약 163조원", "start": 22, "end": 35, "line": 1, "kind": "money", "value": "163000000000000", "currency": "KRW", "approximate": true, "bound": null, "low": null, "high": null, "vague": false, "precision": "1000000000000", "unit": null, "index": 1, "converted_from": 0, "each": false, "total": false, "per": null, "over": null})j"
      "\n"
      R"j({"text": "2조~3조원", "start": 38, "end": 50, "line": 1, "kind": "money", "value": null, "currency": "KRW", "approximate": false, "bound": null, "low": "2000000000000", "high": "3000000000000", "vague": false, "precision": "1000000000000", "unit": null, "index": 2, "converted_from": null, "each": false, "total": false, "per": null, "over": null})j"
      "\n"
      R"j({"text": "5천만 원", "start": 54, "end": 65, "line": 1, "kind": "money", "value": "50000000", "currency": "KRW", "approximate": false, "bound": null, "low": null, "high": null, "vague": false, "precision": "10000000", "unit": null, "index": 3, "converted_from": null, "each": false, "total": false, "per": null, "over": null})j"
      "\n";
  expect_output(r.out, expected);
  expect(r.err == "eok scan: -: skipped 4 bytes of invalid UTF-8 (first at byte 20)\n", "stderr names the skipped bytes: " + r.err);
}

/// The value of `"key": N` in a JSON line, or npos.
std::size_t number_after(const std::string& line, const std::string& key) {
  const std::string k = "\"" + key + "\": ";
  const std::size_t at = line.find(k);
  if (at == std::string::npos) return std::string::npos;
  return std::stoul(line.substr(at + k.size()));
}

/// One line of 20 MB through `eok scan`: a figure every kilobyte among filler, invalid bytes
/// and NULs; every figure is found, in order, at its byte offset. Then 20 MB of spaces, 20 MB
/// of zeros and 20 MB of bytes that are not UTF-8, each followed by a figure on the same line.
void scan_long_lines(const std::string& eok, const std::string& work) {
  std::string input;
  std::vector<std::size_t> starts;
  std::string filler;
  while (filler.size() < 1000) filler += "xyz \xFF\0 qrs "s;
  while (input.size() < 20'000'000) {
    input += filler;
    starts.push_back(input.size());
    input += "1억원 ";
  }
  const std::size_t n = starts.size();
  input += "\n";
  auto tail_line = [&](const std::string& run) {
    input += run;
    starts.push_back(input.size());
    input += "1090억유로\n";
  };
  tail_line(std::string(20'000'000, ' '));
  tail_line(std::string(20'000'000, '0') + " ");
  tail_line(std::string(20'000'000, '\xFF'));
  const run_result r = run(eok, work, "scan", input);
  expect(r.status == 0, "exit status 0, got " + std::to_string(r.status));
  expect_jsonl(r.out, 1 + starts.size());
  const auto lines = lines_of(r.out);
  if (lines.size() != 1 + starts.size()) return;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::string& line = lines[i + 1];
    if (number_after(line, "start") != starts[i] || number_after(line, "index") != i ||
        number_after(line, "line") != (i < n ? 1 : 2 + (i - n))) {
      expect(false, "figure " + std::to_string(i) + " at byte " + std::to_string(starts[i]) + ": " + line.substr(0, 200));
      break;
    }
  }
}

const std::map<std::string, std::function<void(const std::string&, const std::string&)>> scenarios{
    {"parse_jsonl_mix", parse_jsonl_mix},
    {"parse_jsonl_long_lines", parse_jsonl_long_lines},
    {"scan_mix", scan_mix},
    {"scan_long_lines", scan_long_lines},
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
