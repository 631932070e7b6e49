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
    "                     [--] FILE... | DIR | -\n"
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

using bytes::ends_with;

/// `path` without its extension: "examples/articles/2025-02-10-france-ai.txt" ->
/// "examples/articles/2025-02-10-france-ai".
std::string without_extension(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > (slash == std::string_view::npos ? 0 : slash + 1)) path = path.substr(0, dot);
  return std::string(path);
}

/// The file name without its extension: "examples/articles/2025-02-10-france-ai.txt" ->
/// "2025-02-10-france-ai".
std::string base_id(std::string_view path) {
  const std::string p = without_extension(path);
  const std::size_t slash = p.find_last_of('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

/// Makes the ids of articles read from files unique: an id that several files share becomes
/// each one's path without the extension (d1/x, d2/x); one file read twice gets "#2", "#3".
void unique_ids(std::vector<article>& articles, const std::vector<bool>& from_file) {
  std::map<std::string, std::size_t> count;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (from_file[i]) ++count[articles[i].id];
  }
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (from_file[i] && count[articles[i].id] > 1) articles[i].id = without_extension(articles[i].file);
  }
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const std::size_t n = ++seen[articles[i].id];
    if (from_file[i] && n > 1) articles[i].id += "#" + std::to_string(n);
  }
}

decimal parse_tolerance(std::string_view text) {
  auto d = decimal::try_parse(text);
  if (!d || d->is_negative() || decimal(100) < *d) {
    throw usage_error{"--tolerance takes a percentage from 0 to 100, such as 0.5 (got '" + std::string(text) + "')"};
  }
  return d->divided(decimal(100), d->scale() + 2, rounding::half_even);
}

}  // namespace

int run_reconcile(const args& a, streams& io) {
  const parsed_args p = read_args(a, {flag("--json", 1), flag("--markdown", 1), flag("--html", 1), valued("--lang"),
                                      rates_spec, only_rates_spec, valued("--tolerance"), valued("--only"),
                                      valued("--date")});
  if (p.help) {
    io.out << reconcile_help;
    return 0;
  }
  const format fmt = p.has("--json")       ? format::json
                     : p.has("--markdown") ? format::markdown
                     : p.has("--html")     ? format::html
                                           : format::text;
  report_language lang = report_language::en;
  if (auto l = p.value("--lang")) {
    if (*l == "ko") {
      lang = report_language::ko;
    } else if (*l != "en") {
      throw usage_error{"--lang is ko or en (got '" + std::string(*l) + "')"};
    }
  }
  reconcile_options options;
  if (auto t = p.value("--tolerance")) options.tolerance = parse_tolerance(*t);
  if (auto o = p.value("--only")) {
    if (o->empty() || !valid_only(*o)) {
      throw usage_error{"--only takes a verdict (consistent, consistent_loose, inconsistent, undetermined) or a "
                        "kind (conversion, relation, agreement, stated_rate) (got '" + std::string(*o) + "')"};
    }
    options.only = std::string(*o);
  }
  const std::vector<std::string> files(p.operands.begin(), p.operands.end());
  if (files.empty()) throw usage_error{"no FILE to reconcile"};

  article_reading reading;
  if (auto d = p.value("--date")) reading.date = date_option("--date", *d);
  bool failed = false;
  bool directory = false;
  const std::vector<input> inputs = expand_inputs(files, "reconcile", false, io.err, failed, directory);
  std::vector<article> articles;
  std::vector<bool> from_file;
  for (const input& in : inputs) {
    std::string text;
    try {
      text = read_file(in.path.empty() ? std::string("-") : in.path, io.in);
    } catch (const error& e) {
      io.err << "eok reconcile: " << e.message() << '\n';
      failed = true;
      continue;
    }
    try {
      if (ends_with(in.name, ".yaml") || ends_with(in.name, ".yml")) {
        std::vector<error> warnings;
        for (auto& c : read_claims(text, in.name, warnings)) {
          articles.push_back(std::move(c));
          from_file.push_back(false);
        }
        for (const error& w : warnings) io.err << "eok reconcile: warning: " << w.what() << '\n';
      } else {
        reading.file = in.name;
        reading.html = is_html_name(in.name);
        articles.push_back(read_article(text, base_id(in.name), reading));
        from_file.push_back(true);
      }
    } catch (const error& e) {
      const error located = e.file().empty() ? error(e.code(), e.message(), e.position(), in.name) : e;
      io.err << "eok reconcile: " << located.what() << '\n';
      failed = true;
    }
  }
  unique_ids(articles, from_file);
  if (failed && articles.empty()) return 2;  // nothing was read: no report

  const std::optional<rate_store> loaded = rates_from(p, "reconcile", io.err);
  if (!loaded) return 2;
  const rate_store& store = *loaded;
  const rate_oracle oracle = rate_oracle_from(store);
  const std::vector<check> checks = reconcile(articles, oracle, options);

  switch (fmt) {
    case format::json: io.out << reconcile_json(checks, articles, oracle, lang, options); break;
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
