// `eok reconcile`: do the figures in these articles add up, and if not, why?
//
//   eok reconcile examples/articles/*.txt             one line per check and its explanation
//   eok reconcile --markdown --lang ko examples/articles/*.txt > report.md
//   eok reconcile --html examples/articles/*.txt > report.html
//   eok reconcile --json examples/claims.yaml
//
// Articles are UTF-8 text with YAML front matter (date, source, title, url); a .yaml/.yml file
// is a claims file, a list of {id, source, date, text}. Rates are the bundled ECB and Federal
// Reserve tables plus any --rates tables, or only the --only-rates tables.
#include "cli.hpp"
#include "inputs.hpp"
#include "options.hpp"

#include <eok/rates/rates.hpp>
#include <eok/read/html.hpp>
#include <eok/rates/rates_file.hpp>
#include <eok/reconcile/partial.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>
#include <eok/text/text.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <istream>
#include <map>
#include <ostream>
#include <sstream>
#include <string>

namespace eok::cli {
namespace {

constexpr std::string_view reconcile_help =
    "Usage: eok reconcile [--json | --markdown | --html] [--lang ko|en] [--rates PATH]\n"
    "                     [--tolerance PCT] [--only WHAT] [--date YYYY-MM-DD]\n"
    "                     [--input jsonl] [--] FILE... | DIR | -\n"
    "       eok reconcile --partial [--jsonl] [options] [--] FILE... | DIR | -\n"
    "       eok reconcile --merge [--json | --markdown | --html] [options] [--] PARTIAL... | -\n"
    "\n"
    "Checks the money figures of each article: every conversion 'X (약 Y)' against the rates of\n"
    "the article's date, the relations its wording states (씩 … 총, 절반, 9배, 5년간 매년), and\n"
    "the same amount reported by several articles; explains every disagreement (unit slip,\n"
    "wrong currency, an old rate's date, or unexplained).\n"
    "\n"
    "FILE is an article or a claims file (.yaml: a list of {id, source, date, text}); a DIR\n"
    "is every text file below it; - reads one article from standard input. An article is a\n"
    "page as saved: its date comes from front matter (date, source, title, url), else from its\n"
    "byline (기사 입력 2025.02.10 20:30, 송고시간 : 2025-02-20 11:30), else from --date; an\n"
    "article without one is reported undetermined. A passage printed twice counts once.\n"
    "An article's id is its file name without the extension, or its path as given when two\n"
    "files share a name (d1/x.txt, d2/x.txt -> d1/x, d2/x).\n"
    "A .jsonl file (or any input with --input jsonl, standard input too) is an archive: one\n"
    "JSON record per line, {\"id\", \"date\", \"source\", \"title\", \"url\", \"text\"}, read\n"
    "one line at a time; the id and date come from the record. A bad record is reported as\n"
    "FILE:LINE:COLUMN and skipped; the other records are still reconciled.\n"
    "\n"
    "Map and reduce: --partial writes one JSON line per article (its checks and its agreement\n"
    "candidates) as it reads, in bounded memory; --merge reads such lines from any number of\n"
    "runs, in order, finds the agreements across all of them and writes the report, the same\n"
    "byte for byte as one run over all the inputs.\n"
    "\n"
    "Options:\n"
    "  --json              one JSON report (checks with verdicts, reasons and rates)\n"
    "  --markdown          a summary table and the arithmetic of every inconsistency\n"
    "  --html              one self-contained page with a rate chart per conversion\n"
    "  --lang ko|en        language of explanations and reports (default en)\n"
    EOK_CLI_RATES_HELP
    "  --tolerance PCT     allowed spread between rate sources, in percent (default 0.5)\n"
    "  --only WHAT         show only checks with that verdict (inconsistent, consistent, ...)\n"
    "                      or of that kind (conversion, relation, agreement, stated_rate)\n"
    "  --date D            the date of articles that state none (YYYY-MM-DD)\n"
    "  --input jsonl       read every input as an archive of JSON lines\n"
    "  --partial           write the map step's JSON lines instead of a report (--jsonl)\n"
    "  --merge             read --partial output and write the report\n"
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 if every check is consistent, 1 if any is not (or cannot be checked),\n"
    "2 for errors (a file that cannot be read or has malformed front matter is reported and\n"
    "skipped; the report on the other files is still written).\n";

enum class format { text, json, markdown, html };

/// The file at `path`, or standard input for "-".
std::string read_file(const std::string& path, std::istream& standard_input) {
  if (path == "-") {
    std::ostringstream s;
    s << standard_input.rdbuf();
    return s.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(errc::io_error, "cannot read '" + path + "'");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw error(errc::io_error, "cannot read '" + path + "'");
  return s.str();
}

/// Reads every input as the command line names it and hands each article to `take(article,
/// from_file)`: articles, saved pages, claims files, and archives of JSON lines (one record at
/// a time). Errors are reported on `err` and set `failed`; the other inputs are still read.
template <class Take>
void read_inputs(const std::vector<input>& inputs, article_reading reading, bool all_archives, streams& io,
                 bool& failed, Take take) {
  for (const input& in : inputs) {
    const input_kind kind = all_archives ? input_kind::archive : input_kind_of(in.name);
    reading.file = in.name;
    if (kind == input_kind::archive) {
      for_each_record(
          in, io.in, "reconcile", io.err, failed, failed,
          [&](const std::string& line, std::size_t) { take(read_archive_record(line, reading), false); }, [] {});
      continue;
    }
    std::string text;
    try {
      text = read_file(in.path.empty() ? std::string("-") : in.path, io.in);
    } catch (const error& e) {
      io.err << "eok reconcile: " << e.message() << '\n';
      failed = true;
      continue;
    }
    try {
      if (kind == input_kind::claims) {
        std::vector<error> warnings;
        for (auto& c : read_claims(text, in.name, warnings)) take(std::move(c), false);
        for (const error& w : warnings) io.err << "eok reconcile: warning: " << w.what() << '\n';
      } else {
        reading.html = kind == input_kind::html;
        take(read_article(text, article_id_of(in.name), reading), true);
      }
    } catch (const error& e) {
      const error located = e.file().empty() ? error(e.code(), e.message(), e.position(), in.name) : e;
      io.err << "eok reconcile: " << located.what() << '\n';
      failed = true;
    }
  }
}

}  // namespace

int run_reconcile(const args& a, streams& io) {
  const parsed_args p = read_args(a, {flag("--json", 1), flag("--markdown", 1), flag("--html", 1), valued("--lang"),
                                      rates_spec, only_rates_spec, valued("--tolerance"), valued("--only"),
                                      valued("--date"), valued("--input"), flag("--partial", 2), flag("--merge", 2),
                                      flag("--jsonl")});
  if (p.help) {
    io.out << reconcile_help;
    return 0;
  }
  const bool partial = p.has("--partial");
  const bool merge = p.has("--merge");
  const format fmt = p.has("--json")       ? format::json
                     : p.has("--markdown") ? format::markdown
                     : p.has("--html")     ? format::html
                                           : format::text;
  if (partial && fmt != format::text) throw usage_error{"--partial writes JSON lines: it conflicts with --json, --markdown and --html"};
  if (p.has("--jsonl") && !partial) throw usage_error{"--jsonl is the output of --partial; a report is --json, --markdown or --html"};
  bool all_archives = false;
  if (auto in = p.value("--input")) {
    if (*in != "jsonl") throw usage_error{"--input takes jsonl (got '" + std::string(*in) + "')"};
    if (merge) throw usage_error{"--input conflicts with --merge, which reads --partial output"};
    all_archives = true;
  }
  report_language lang = report_language::en;
  if (auto l = p.value("--lang")) {
    if (*l == "ko") {
      lang = report_language::ko;
    } else if (*l != "en") {
      throw usage_error{"--lang is ko or en (got '" + std::string(*l) + "')"};
    }
  }
  reconcile_options options;
  if (auto t = p.value("--tolerance")) {
    auto tolerance = tolerance_from_percent(*t);
    if (!tolerance) throw usage_error{tolerance.error().message()};
    options.tolerance = *tolerance;
  }
  if (auto o = p.value("--only")) {
    if (o->empty() || !valid_only(*o)) {
      throw usage_error{"--only takes a verdict (consistent, consistent_loose, inconsistent, undetermined) or a "
                        "kind (conversion, relation, agreement, stated_rate) (got '" + std::string(*o) + "')"};
    }
    options.only = std::string(*o);
  }
  const std::vector<std::string> files(p.operands.begin(), p.operands.end());
  if (files.empty()) throw usage_error{merge ? "no PARTIAL to merge" : "no FILE to reconcile"};

  article_reading reading;
  if (auto d = p.value("--date")) reading.date = date_option("--date", *d);
  bool failed = false;
  bool directory = false;
  const std::vector<input> inputs = expand_inputs(files, "reconcile", false, io.err, failed, directory);

  const std::optional<rate_store> loaded = rates_from(p, "reconcile", io.err);
  if (!loaded) return 2;
  const rate_store& store = *loaded;
  const rate_oracle oracle = rate_oracle_from(store);

  if (partial) {
    // The map step, one article at a time: rates are fetched over every date they cover, so
    // no article has to be read before another is checked.
    article_checker checker(oracle, date::sys_days(date::year(1900) / 1 / 1), date::sys_days(date::year(2200) / 1 / 1),
                            options);
    std::size_t index = 0;
    read_inputs(inputs, reading, all_archives, io, failed, [&](article x, bool from_file) {
      const std::vector<check> checks = checker.checks_of(x, index);
      const std::vector<agreement_candidate> candidates = agreement_candidates(x, index, checks, 0);
      x.text.clear();  // the reduce step needs the candidates' words, not the text
      io.out << article_partial_json(x, from_file, index, checks, 0, candidates) << '\n';
      ++index;
    });
    return failed ? 2 : 0;
  }

  std::vector<article> articles;
  std::vector<check> checks;
  if (merge) {
    partial_merger merger;
    for (const input& in : inputs) {
      for_each_record(
          in, io.in, "reconcile", io.err, failed, failed,
          [&](const std::string& line, std::size_t) { merger.add(read_article_partial(line)); }, [] {});
    }
    merged_run run = merger.finish();
    articles = std::move(run.articles);
    checks = std::move(run.checks);
  } else {
    std::vector<bool> from_file;
    read_inputs(inputs, reading, all_archives, io, failed, [&](article x, bool file) {
      articles.push_back(std::move(x));
      from_file.push_back(file);
    });
    unique_ids(articles, from_file);
    checks = reconcile(articles, oracle, options);
  }
  if (failed && articles.empty()) return 2;  // nothing was read: no report

  switch (fmt) {
    case format::json: reconcile_json(io.out, checks, articles, oracle, lang, options); break;
    case format::markdown: io.out << reconcile_markdown(checks, articles, oracle, lang, options); break;
    case format::html: io.out << reconcile_html(checks, articles, oracle, lang, options); break;
    case format::text: {
      std::size_t counts[4] = {0, 0, 0, 0};
      for (const check& c : checks) {
        ++counts[static_cast<int>(c.result)];
        if (!shown(c, options)) continue;
        io.out << to_string(c.result) << ": " << to_string(c.kind) << " in " << articles[c.article].id << ": ";
        const std::string_view sep = c.kind == check_kind::conversion ? " → " : (c.kind == check_kind::relation ? " ~ " : " = ");
        for (std::size_t i = 0; i < c.figures.size() && i < 4; ++i) {
          io.out << (i ? sep : "") << articles[c.figures[i].article].figures[c.figures[i].figure].text;
        }
        if (c.figures.size() > 4) io.out << " (+" << c.figures.size() - 4 << ")";
        io.out << "\n  " << explain(c, articles, lang, options) << '\n';
      }
      io.out << checks.size() << (checks.size() == 1 ? " check in " : " checks in ") << articles.size()
             << (articles.size() == 1 ? " article: " : " articles: ") << counts[0] << " consistent, "
             << counts[1] << " consistent_loose, " << counts[2] << " inconsistent, " << counts[3] << " undetermined\n";
      for (const std::string& cited : rates_citation(checks, oracle)) io.out << cited << '\n';
      break;
    }
  }
  if (failed) return 2;
  return all_consistent(checks) && std::all_of(articles.begin(), articles.end(), [](const article& x) { return x.dated(); })
             ? 0
             : 1;
}

}  // namespace eok::cli
