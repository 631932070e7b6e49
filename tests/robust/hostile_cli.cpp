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
      R"j({"text": "1090억유로", "start": 0, "end": 13, "line": 1, "kind": "money", "value": "109000000000", "currency": "EUR", "currency_ambiguous": false, "approximate": false, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "1000000000", "unit": null, "each": false, "ambiguous": null})j"
      "\n"
      R"j({"error": "expected a figure, found nothing", "code": "empty_input", "offset": 0, "line": 1, "column": 1, "input": ""})j"
      "\n"
      R"j({"error": "byte 0x00 cannot follow the figure '12'", "code": "unexpected_character", "offset": 2, "line": 1, "column": 3, "input": "12\u0000명"})j"
      "\n"
      R"j({"error": "invalid UTF-8 (byte 0xFF does not begin a character)", "code": "invalid_utf8", "offset": 0, "line": 1, "column": 1, "input": ")j" + fffd + R"j(1억원"})j"
      "\n"
      R"j({"error": "invalid UTF-8 (byte 0xE0 does not begin a character)", "code": "invalid_utf8", "offset": 0, "line": 1, "column": 1, "input": ")j" + fffd + fffd + fffd + R"j(억원"})j"
      "\n"
      R"j({"text": "약 163조원", "start": 0, "end": 13, "line": 1, "kind": "money", "value": "163000000000000", "currency": "KRW", "currency_ambiguous": false, "approximate": true, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "1000000000000", "unit": null, "each": false, "ambiguous": null})j"
      "\n"
      R"j({"error": "expected a figure, found byte 0x00", "code": "unexpected_character", "offset": 0, "line": 1, "column": 1, "input": "\u0000"})j"
      "\n"
      R"j({"error": "a number may have at most 1000 digits, leading zeros included", "code": "number_too_long", "offset": 1000, "line": 1, "column": 1001, "input": ")j" + std::string(1001, '0') + R"j("})j"
      "\n"
      R"j({"text": "2조~3조원", "start": 0, "end": 12, "line": 1, "kind": "money", "value": null, "currency": "KRW", "currency_ambiguous": false, "approximate": false, "bound": null, "low": "2000000000000", "high": "3000000000000", "range": true, "band": false, "vague": false, "precision": "1000000000000", "unit": null, "each": false, "ambiguous": null})j"
      "\n"
      R"j({"error": "a scale word cannot follow another ('억' after '억')", "code": "invalid_unit", "offset": 3, "line": 1, "column": 2, "input": "억억억"})j"
      "\n"
      R"j({"error": "expected a figure, found '('", "code": "unexpected_character", "offset": 0, "line": 1, "column": 1, "input": "(1억원)"})j"
      "\n"
      R"j({"text": "5천만 원", "start": 0, "end": 11, "line": 1, "kind": "money", "value": "50000000", "currency": "KRW", "currency_ambiguous": false, "approximate": false, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "10000000", "unit": null, "each": false, "ambiguous": null})j"
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
             R"j({"text": "1090억유로", "start": 20000000, "end": 20000013, "line": 1, "kind": "money", "value": "109000000000", "currency": "EUR", "currency_ambiguous": false, "approximate": false, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "1000000000", "unit": null, "each": false, "ambiguous": null})j",
         "the figure after 20 MB of spaces: " + lines[0].substr(0, 300));
  const std::string head =
      R"j({"error": "a figure may have at most 36 significant digits", "code": "number_too_long", "offset": 36, "line": 1, "column": 37, "input": ")j";
  expect(lines[1].compare(0, head.size(), head) == 0, "the 20 MB number is too long at column 37: " + lines[1].substr(0, 300));
  expect(lines[1].size() == head.size() + mb20 + 2, "the error echoes the whole 20 MB line");
  expect(lines[2] ==
             R"j({"text": "12명", "start": 0, "end": 5, "line": 1, "kind": "count", "value": "12", "currency": null, "currency_ambiguous": false, "approximate": false, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "1", "unit": "명", "each": false, "ambiguous": null})j",
         "the short line after them: " + lines[2]);
}


/// `eok scan` skips invalid bytes and NULs without losing the figures around them.
void scan_mix(const std::string& eok, const std::string& work) {
  const std::string input = "매출 1090억유로\xFF(약 163조원)\0 2조~3조원\xE0\x80\xB1 5천만 원\n"s;
  const run_result r = run(eok, work, "scan", input);
  expect(r.status == 0, "exit status 0, got " + std::to_string(r.status));
  expect_jsonl(r.out, 5);
  const std::string expected =
      R"j({"article": {"file": "-", "date": null, "date_from": null, "date_text": null, "line": null, "text_from": "text", "source": null, "title": null, "url": null, "front_matter": {}}})j"
      "\n"
      R"j({"text": "1090억유로", "start": 7, "end": 20, "line": 1, "kind": "money", "value": "109000000000", "currency": "EUR", "currency_ambiguous": false, "approximate": false, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "1000000000", "unit": null, "each": false, "ambiguous": null, "index": 0, "converted_from": null, "total": false, "per": null, "over": null})j"
      "\n"
      R"j({"text": "약 163조원", "start": 22, "end": 35, "line": 1, "kind": "money", "value": "163000000000000", "currency": "KRW", "currency_ambiguous": false, "approximate": true, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "1000000000000", "unit": null, "each": false, "ambiguous": null, "index": 1, "converted_from": 0, "total": false, "per": null, "over": null})j"
      "\n"
      R"j({"text": "2조~3조원", "start": 38, "end": 50, "line": 1, "kind": "money", "value": null, "currency": "KRW", "currency_ambiguous": false, "approximate": false, "bound": null, "low": "2000000000000", "high": "3000000000000", "range": true, "band": false, "vague": false, "precision": "1000000000000", "unit": null, "each": false, "ambiguous": null, "index": 2, "converted_from": null, "total": false, "per": null, "over": null})j"
      "\n"
      R"j({"text": "5천만 원", "start": 54, "end": 65, "line": 1, "kind": "money", "value": "50000000", "currency": "KRW", "currency_ambiguous": false, "approximate": false, "bound": null, "low": null, "high": null, "range": false, "band": false, "vague": false, "precision": "10000000", "unit": null, "each": false, "ambiguous": null, "index": 3, "converted_from": null, "total": false, "per": null, "over": null})j"
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

// ---- every JSON output of every command on hostile input ----------------------------------

/// `text` as one shell word: single-quoted, with each ' written as '\''.
std::string shell_word(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream f(path, std::ios::binary);
  f << content;
}

/// Bytes no UTF-8 reader may accept, each alone: a byte that begins nothing, a stray
/// continuation byte, overlong forms of '/' and '1', encoded surrogates (lone high, lone low),
/// a code point above U+10FFFF, a truncated sequence, and C0/C1 leads.
const std::vector<std::string> hostile_bytes{
    "\xFF",         "\x80",         "\xC0\xAF",     "\xE0\x80\xB1", "\xED\xA0\x80", "\xED\xBF\xBF",
    "\xF4\x90\x80\x80", "\xE5\x84",  "\xC1\xBF",     "\xF8\x88\x80\x80\x80"};

/// Every byte of `out` that is JSON: the whole of it for --json, each line for --jsonl.
void expect_json_output(const std::string& what, const run_result& r, bool lines) {
  expect(r.status >= 0 && r.status <= 2, what + ": exits normally, got " + std::to_string(r.status));
  if (lines) {
    const auto all = lines_of(r.out);
    for (std::size_t i = 0; i < all.size(); ++i) {
      expect(eok::test::is_valid_json(all[i]), what + ": line " + std::to_string(i + 1) + " is valid UTF-8 JSON: " +
                                                    all[i].substr(0, 300));
    }
  } else if (!r.out.empty()) {
    expect(eok::test::is_valid_json(r.out), what + ": the output is valid UTF-8 JSON: " + r.out.substr(0, 300));
  }
}

/// An article with `bad` in its text, around figures, NULs and control characters included, and
/// with front matter that holds `bad` in keys and values (which the reader rejects with an
/// error) or, when `bad` is empty, quotes, backslashes and controls that JSON must escape.
std::string hostile_article(const std::string& bad, const std::string& in_front_matter) {
  const std::string& fm = in_front_matter;
  return "---\n"
         "date: 2025-02-10\n"
         "title: \"t\\\"" + fm + "\\\\itle\"\n"
         "source: s" + fm + "\n"
         "k" + fm + "ey: \"v\\t\\u0001" + fm + "alue\"\n"
         "url: https://example.com/" + fm + "\n"
         "---\n"
         "프랑스가 1090억" + bad + "유로(약 163조원" + bad + ")를\0 투자한다. "s + bad + "5000억달러" + bad + "\n" +
         "\"q\" \\ 5년간 매년 50억 유로, 모두 400억 유로" + bad + "\t\x01\x7F 12명\n";
}

/// `eok parse`, `convert`, `rates show`, `scan` and `reconcile` with invalid bytes in file
/// names, front matter (keys and values), article text, arguments and rate tables: every
/// byte they print as JSON is valid UTF-8 JSON.
void json_every_output(const std::string& eok, const std::string& work) {
  std::vector<std::string> files;
  std::string claims;
  for (std::size_t i = 0; i < hostile_bytes.size(); ++i) {
    const std::string& bad = hostile_bytes[i];
    const std::string name = work + "/a" + std::to_string(i) + bad + "\"\\\x01.md";
    write_file(name, hostile_article(bad, ""));
    files.push_back(shell_word(name));
    const std::string rejected = work + "/f" + std::to_string(i) + bad + ".md";
    write_file(rejected, hostile_article(bad, bad));
    files.push_back(shell_word(rejected));
    claims += "- id: c" + std::to_string(i) + bad + "\n  source: s" + bad + "\n  date: 2025-02-10\n  text: \"1090억유로" +
              bad + "(약 163" + bad + "억원)\"\n";
    const std::string label = "byte " + std::to_string(i);
    const std::string one = files[files.size() - 2];
    const std::string two = one + " " + shell_word(work + "/plain.md") + " " + files.back();
    write_file(work + "/plain.md", "1090억유로(약 163조원)\n");
    const run_result single = run(eok, work, "scan --jsonl " + one, "");
    expect_json_output(label + ": scan --jsonl FILE", single, true);
    expect(lines_of(single.out).size() == 7, label + ": the article and its six figures: " + single.out + single.err);
    expect(single.out.find("\\\"\\\\\\u0001.md\", \"date\": \"2025-02-10\"") != std::string::npos,
           label + ": the file name, escaped: " + single.out.substr(0, 200));
    expect(single.out.find("\"title\": \"t\\\"\\\\itle\"") != std::string::npos &&
               single.out.find("{\"key\": \"v\\t\\u0001alue\"}") != std::string::npos,
           label + ": front matter, escaped: " + single.out.substr(0, 400));
    expect_json_output(label + ": scan --jsonl rejected front matter", run(eok, work, "scan --jsonl " + files.back(), ""),
                       true);
    expect_json_output(label + ": scan --jsonl FILE FILE", run(eok, work, "scan --jsonl " + two, ""), true);
    expect_json_output(label + ": scan --json FILE FILE", run(eok, work, "scan --json " + two, ""), false);
    expect_json_output(label + ": scan --jsonl --convert-to KRW", run(eok, work, "scan --jsonl --convert-to KRW " + two, ""),
                       true);
    expect_json_output(label + ": scan --json -", run(eok, work, "scan --json -", hostile_article(bad, "")), false);
    expect_json_output(label + ": parse --json", run(eok, work, "parse --json " + shell_word("1090억" + bad) + " " +
                                                               shell_word(bad + "약 163조원") + " 12명", ""),
                       false);
    expect_json_output(label + ": parse --jsonl", run(eok, work, "parse --jsonl", hostile_article(bad, bad)), true);
    expect_json_output(label + ": convert --json", run(eok, work, "convert --json 1090억유로 --to KRW --on 2025-02-10", ""), false);
    const std::string rates = work + "/r" + std::to_string(i) + bad + ".yaml";
    write_file(rates, "eok_rates: 1\nsource: t" + bad + "\nname: n" + bad + "\npublisher: p" + bad +
                          "\ncitation: c\nurl: u\nseries:\n  - base: JPY\n    quote: KRW\n    per: 100\n    rates:\n"
                          "      \"2025-02-10\": \"957.88\"\n");
    expect_json_output(label + ": convert --json --rates", run(eok, work, "convert --json 100만엔 --to KRW --on 2025-02-10 --source " +
                                                                         shell_word("t" + bad) + " --rates " + shell_word(rates), ""),
                       false);
    expect_json_output(label + ": rates show --json", run(eok, work, "rates show JPY KRW --json --source " + shell_word("t" + bad) +
                                                                    " --rates " + shell_word(rates), ""),
                       true);
  }
  expect_json_output("rates show --json EUR KRW",
                     run(eok, work, "rates show EUR KRW --json --from 2025-02-01 --to 2025-02-10", ""), true);
  std::string all;
  for (const std::string& f : files) all += " " + f;
  expect_json_output("scan --json (all files)", run(eok, work, "scan --json" + all, ""), false);
  expect_json_output("reconcile --json (all files)", run(eok, work, "reconcile --json" + all, ""), false);
  const std::string claims_path = work + "/claims\xFF.yaml";
  write_file(claims_path, claims);
  expect_json_output("reconcile --json claims", run(eok, work, "reconcile --json " + shell_word(claims_path), ""), false);
  const run_result good = run(eok, work, "reconcile --json " + shell_word(claims_path), "");
  expect(good.out.find("\"checks\": [") != std::string::npos, "reconcile reads the hostile claims: " + good.out.substr(0, 200) +
                                                                   good.err.substr(0, 300));
}

/// The file name `eok scan --jsonl` writes for a name with an invalid byte is the same, U+FFFD
/// in place of the byte, in the article line and in every figure line.
void scan_file_name_invalid_byte(const std::string& eok, const std::string& work) {
  const std::string name = work + "/bad\xFF name.md";
  write_file(name, "1090억유로(약 163조원)\n");
  write_file(work + "/ok.md", "12명\n");
  const run_result r = run(eok, work, "scan --jsonl " + shell_word(name) + " " + shell_word(work + "/ok.md"), "");
  expect(r.status == 0, "exit status 0, got " + std::to_string(r.status) + ": " + r.err);
  expect_jsonl(r.out, 5);
  const auto lines = lines_of(r.out);
  if (lines.size() != 5) return;
  const std::string shown = "\"" + work + "/bad\xEF\xBF\xBD name.md\"";
  expect(lines[0].find("{\"article\": {\"file\": " + shown + ", ") == 0, "article line names the file: " + lines[0]);
  expect(lines[1].find(", \"file\": " + shown + "}") != std::string::npos, "first figure names the file: " + lines[1]);
  expect(lines[2].find(", \"file\": " + shown + "}") != std::string::npos, "second figure names the file: " + lines[2]);
  expect(lines[4].find(", \"file\": \"" + work + "/ok.md\"}") != std::string::npos, "the other file's figure: " + lines[4]);
}

const std::map<std::string, std::function<void(const std::string&, const std::string&)>> scenarios{
    {"parse_jsonl_mix", parse_jsonl_mix},
    {"parse_jsonl_long_lines", parse_jsonl_long_lines},
    {"scan_mix", scan_mix},
    {"scan_long_lines", scan_long_lines},
    {"json_every_output", json_every_output},
    {"scan_file_name_invalid_byte", scan_file_name_invalid_byte},
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
