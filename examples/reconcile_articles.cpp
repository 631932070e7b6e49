// Reconciles the example articles (examples/articles/*.txt) against the bundled ECB and Federal
// Reserve rates and prints one line per check. Shows reading articles, running the checks and
// explaining them; exits non-zero if a seed figure's verdict is not the one worked out by hand
// in docs/reconcile.md.
#include <eok/rates/rates.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main() {
  const std::vector<std::string> names = {"2024-10-08-sovereign-ai", "2024-12-13-eu-ai-factories", "2024-12-13-us-budget",
                                          "2025-02-10-france-ai",    "2025-02-11-typos",           "2025-02-20-ai-race"};
  std::vector<eok::article> articles;
  for (const auto& name : names) articles.push_back(eok::read_article(slurp("articles/" + name + ".txt"), name));

  const eok::rate_oracle rates = eok::rate_oracle_from(eok::bundled_rates());
  const std::vector<eok::check> checks = eok::reconcile(articles, rates);

  int wrong = 0;
  auto expect = [&](const char* article, const char* converted, eok::verdict v, std::vector<eok::reason> reasons) {
    for (const auto& c : checks) {
      if (c.kind != eok::check_kind::conversion || articles[c.article].id != article) continue;
      if (articles[c.article].figures[c.figures[1].figure].text != converted) continue;
      if (c.result == v && c.reasons == reasons) return;
      std::cerr << "unexpected verdict for " << converted << " in " << article << ": " << to_string(c.result) << '\n';
      ++wrong;
      return;
    }
    std::cerr << "no conversion " << converted << " in " << article << '\n';
    ++wrong;
  };
  using eok::reason;
  using eok::verdict;
  expect("2025-02-10-france-ai", "약 163조원", verdict::consistent, {});
  expect("2025-02-20-ai-race", "약 164조원", verdict::consistent, {});
  expect("2025-02-10-france-ai", "약 718조원", verdict::inconsistent, {reason::rate_date});
  expect("2024-12-13-us-budget", "약 26조원", verdict::inconsistent, {reason::rate_date, reason::outlier});
  expect("2024-12-13-us-budget", "약 1조7,000억원", verdict::consistent, {});
  expect("2025-02-11-typos", "약 75억원", verdict::inconsistent, {reason::unit_slip});
  expect("2025-02-11-typos", "약 163조원", verdict::inconsistent, {reason::wrong_currency});

  for (const auto& c : checks) {
    std::cout << to_string(c.result) << ": " << eok::explain(c, articles, eok::report_language::en) << '\n';
  }
  return wrong == 0 ? 0 : 1;
}
