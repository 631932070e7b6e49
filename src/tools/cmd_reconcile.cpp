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
#include "options.hpp"

#include <eok/rates/rates.hpp>
#include <eok/rates/rates_file.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>
#include <string>

namespace eok::cli {
namespace {

constexpr std::string_view reconcile_help =
    "Usage: eok reconcile [--json | --markdown | --html] [--lang ko|en] [--rates PATH]\n"
    "                     [--tolerance PCT] [--only WHAT] [--] FILE... | -\n"
    "\n"
    "Checks the money figures of each article: every conversion 'X (약 Y)' against the rates of\n"
    "the article's date, the relations its wording states (씩 … 총, 절반, 9배, 5년간 매년), and\n"
    "the same amount reported by several articles; explains every disagreement (unit slip,\n"
    "wrong currency, an old rate's date, or unexplained).\n"
    "\n"
    "FILE is an article (text with front matter: date, source, title) or a claims file (.yaml:\n"
    "a list of {id, source, date, text}); - reads one article from standard input.\n"
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
    "  -h, --help          show this help\n"
    "\n"
    "Exit status: 0 if every check is consistent, 1 if any is not (or cannot be checked),\n"
    "2 for errors.\n";

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

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

/// "examples/articles/2025-02-10-france-ai.txt" -> "2025-02-10-france-ai".
std::string article_id(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
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
                                      rates_spec, only_rates_spec, valued("--tolerance"), valued("--only")});
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

  std::vector<article> articles;
  for (const std::string& path : files) {
    const std::string text = read_file(path, io.in);
    try {
      if (ends_with(path, ".yaml") || ends_with(path, ".yml")) {
        for (auto& c : read_claims(text, path)) articles.push_back(std::move(c));
      } else {
        articles.push_back(read_article(text, article_id(path)));
      }
    } catch (const error& e) {
      if (!e.file().empty()) throw;
      throw error(e.code(), e.message(), e.position(), path);
    }
  }

  const std::optional<rate_store> loaded = rates_from(p, "reconcile", io.err);
  if (!loaded) return 2;
  const rate_store& store = *loaded;
  const rate_oracle oracle = rate_oracle_from(store);
  const std::vector<check> checks = reconcile(articles, oracle, options);

  switch (fmt) {
    case format::json: io.out << reconcile_json(checks, articles, lang, options); break;
    case format::markdown: io.out << reconcile_markdown(checks, articles, lang, options); break;
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
      if (const std::string cited = rates_citation(checks); !cited.empty()) io.out << cited << '\n';
      break;
    }
  }
  return all_consistent(checks) ? 0 : 1;
}

}  // namespace eok::cli
