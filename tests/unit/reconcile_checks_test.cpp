// Checks a fact-checker can trust (issue 11): agreements are the same claim, unhedged figures are
// exact for arithmetic, round figures never make a check vacuous, stated rates are checked as
// rates. Articles in tests/data/checks/ (rates worked by hand in their front matter) and the
// five seed pages in ../shared/seeds (dated from their bylines; 002 has none and is given
// 2024-12-13, the date of the EU AI factory selection it reports).
#include "../support/catch.hpp"

#include <eok/rates/rates.hpp>
#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace eok;

namespace {

const rate_oracle& bundled() {
  static const rate_oracle o = rate_oracle_from(bundled_rates());
  return o;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  INFO("reading " << p.string());
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

article data_article(const char* name) {
  return read_article(slurp(std::filesystem::path(EOK_TEST_DATA_DIR) / "checks" / name), name);
}

/// "40억위안 ~ 10억위안씩: inconsistent" for every check of `kind`.
std::vector<std::string> summary(const std::vector<check>& checks, const std::vector<article>& as, check_kind kind) {
  std::vector<std::string> out;
  for (const check& c : checks) {
    if (c.kind != kind) continue;
    std::string s;
    for (const auto& r : c.figures) s += (s.empty() ? "" : " ~ ") + as[r.article].figures[r.figure].text;
    out.push_back(s + ": " + std::string(to_string(c.result)));
  }
  return out;
}

/// The relation check whose result reads `result` (the first such).
const check& relation_of(const std::vector<check>& checks, const std::vector<article>& as, const std::string& result) {
  for (const check& c : checks) {
    if (c.kind == check_kind::relation && as[c.figures[0].article].figures[c.figures[0].figure].text == result) return c;
  }
  FAIL("no relation with result " << result);
  return checks.front();
}

}  // namespace

TEST_CASE("reconcile checks: every relation form, right and wrong, with exact arithmetic", "[reconcile][checks]") {
  const std::vector<article> as{data_article("relations.txt")};
  const auto checks = reconcile(as, bundled());
  CHECK(summary(checks, as, check_kind::relation) == std::vector<std::string>{
                                                         "40억위안 ~ 10억위안씩: inconsistent",
                                                         "30억위안 ~ 10억위안씩: consistent",
                                                         "3억달러 ~ 1억달러씩: consistent",
                                                         "4억달러 ~ 1억달러씩: inconsistent",
                                                         "13조원 ~ 2조원씩: inconsistent",
                                                         "25억달러 ~ 15억달러: consistent",
                                                         "40억 유로 ~ 10억 유로: inconsistent",
                                                         "66억달러 ~ 33억달러: consistent",
                                                         "30억 유로 ~ 10억 유로: consistent",
                                                         "8억달러 ~ 25억달러: consistent",
                                                         "5억달러 ~ 25억달러: consistent",
                                                         "12억 유로 ~ 30억 유로: consistent",
                                                         "250억 유로 ~ 50억 유로: consistent",
                                                         "3조원 ~ 10조원: inconsistent",
                                                         "1200억원 ~ 100억원: inconsistent",
                                                         "4억달러 ~ 1억2,000만달러씩: consistent_loose",
                                                         "66억달러 ~ 33억달러: consistent",  // across (약 4조7,000억원)
                                                     });
  SECTION("the explanation writes the arithmetic and what the figure should have been") {
    const check& wrong = relation_of(checks, as, "40억위안");
    CHECK(explain(wrong, as, report_language::en) ==
          "‘40억위안’ does not match ‘10억위안씩’ × 3 = 3,000,000,000 CNY; it should have been 30억위안.");
    CHECK(explain(wrong, as, report_language::ko) ==
          "‘40억위안’은 ‘10억위안씩’ × 3 = 30억위안과 맞지 않습니다: 30억위안이어야 합니다.");
  }
  SECTION("a stated count wins: 5년간 매년 2조원씩 is 10조, not 13조") {
    const check& c = relation_of(checks, as, "13조원");
    CHECK(*c.as_relation().stated.factor == ratio(5));
    CHECK(explain(c, as, report_language::en) ==
          "‘13조원’ does not match ‘2조원씩’ × 5 = 10,000,000,000,000 KRW; it should have been 10조원.");
  }
  SECTION("a sum lists its parts") {
    const check& c = relation_of(checks, as, "40억 유로");
    REQUIRE(c.as_relation().stated.kind == relation_kind::sum);
    CHECK(c.as_relation().stated.parts.size() == 2);
    CHECK(explain(c, as, report_language::en) ==
          "‘40억 유로’ does not match ‘10억 유로’ + ‘20억 유로’ = 3,000,000,000 EUR; it should have been 30억유로.");
  }
}

TEST_CASE("reconcile checks: round figures never make a conversion vacuous", "[reconcile][checks]") {
  // 1090억유로 at ECB 1496.81 (2025-02-10) is 163조 1,522억 9,000만원: 1000조, 100조 and 200조
  // are all off by far more than their two leading digits allow.
  const std::vector<article> as{data_article("round.txt")};
  const auto checks = reconcile(as, bundled());
  CHECK(summary(checks, as, check_kind::conversion) ==
        std::vector<std::string>{"1090억유로 ~ 약 1000조원: inconsistent", "1090억유로 ~ 약 100조원: inconsistent",
                                 "1090억유로 ~ 200조원: inconsistent"});
  SECTION("1000조 is read to ±100조 loosely") {
    CHECK(checks[0].as_conversion().loose_rate->to_string(4) == "(8256.8807, 10091.7432)");
  }
}

TEST_CASE("reconcile checks: stated rates are checked against the reference band", "[reconcile][checks]") {
  // Hand-computed in rates.txt: KRW per USD 1433.3333, per 100 JPY 933.7752, USD per GBP 1.2665.
  const std::vector<article> as{data_article("rates.txt")};
  const auto checks = reconcile(as, bundled());
  CHECK(summary(checks, as, check_kind::stated_rate) ==
        std::vector<std::string>{"100엔당 930원: consistent", "1달러=1,430원 안팎: consistent",
                                 "1파운드당 1.27달러: consistent", "1달러=1,480원: inconsistent"});
  CHECK(summary(checks, as, check_kind::agreement).empty());
  const stated_rate_details& yen = checks[0].as_stated_rate();
  CHECK(yen.base == currency::jpy);
  CHECK(yen.quote == currency::krw);
  CHECK(yen.per == decimal(100));
  CHECK(yen.stated->to_string(4) == "[9.2500, 9.3500)");
}

TEST_CASE("reconcile checks: equal amounts with nothing in common, or different amounts, never agree",
          "[reconcile][checks]") {
  // 1조2천억원 in a yen story and in a budget story; 100억 유로 and 58억 유로 about 브룩필드.
  const std::vector<article> as{data_article("yen_story.txt"), data_article("budget_story.txt")};
  CHECK(summary(reconcile(as, bundled()), as, check_kind::agreement).empty());
  SECTION("the content words of a sentence") {
    const std::string t = "캐나다 자산관리회사 브룩필드도 프랑스 AI 인프라 구축에 향후 5년 동안 200억유로를 투자하기로 했다.";
    const std::size_t at = t.find("200억유로");
    CHECK(context_words(t, at, at + std::string("200억유로").size()) ==
          std::vector<std::string>{"구축", "동안", "브룩필드", "인프라", "자산관리회사", "캐나다", "프랑스"});
  }
}

TEST_CASE("reconcile checks: across the five dated seed pages, exactly three agreements", "[reconcile][checks][seeds]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(EOK_SHARED_DIR) / "seeds";
  INFO("the seed articles must be at " << dir.string());
  REQUIRE(fs::is_directory(dir));
  const std::map<std::string, std::string> dates{{"000", "2025-02-10"}, {"001", "2024-10-08"}, {"002", "2024-12-13"},
                                                 {"003", "2024-09-24"}, {"004", "2025-02-20"}};
  std::map<std::string, fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files[e.path().filename().string().substr(0, 3)] = e.path();
  REQUIRE(files.size() == 5);
  std::vector<article> as;
  for (const auto& [seed, path] : files) {
    as.push_back(read_article("---\ndate: " + dates.at(seed) + "\n---\n" + slurp(path), seed));
  }
  const auto checks = reconcile(as, bundled());
  CHECK(summary(checks, as, check_kind::agreement) ==
        std::vector<std::string>{"1090억유로 ~ 1천90억유로: consistent", "최대 500억유로 ~ 최대 500억유로: consistent",
                                 "200억유로 ~ 200억 유로: consistent"});  // one figure per article
  for (const check& c : checks) {
    if (c.kind != check_kind::agreement) continue;
    CHECK(std::find(c.as_agreement().evidence.begin(), c.as_agreement().evidence.end(), "프랑스") !=
          c.as_agreement().evidence.end());
  }
}

TEST_CASE("reconcile checks: rate_date gives every stretch of dates whose rates fit", "[reconcile][checks]") {
  // 약 718조원 for 5000억달러 implies (1434, 1438) KRW per USD. ECB crosses and FRED's DEXKOUS
  // inside it: 2024-12-13 (FRED 1434.82) to 2024-12-17, and 2025-01-21 to 2025-01-23 (ECB
  // 1494.9 / 1.0404 = 1436.8512); the days between lie outside.
  const article a = read_article("---\ndate: 2025-02-10\n---\n미국 스타게이트는 5000억달러(약 718조원) 규모다.\n", "stargate");
  const auto checks = reconcile({a}, bundled());
  REQUIRE(checks.size() == 1);
  const conversion_details& found = checks[0].as_conversion();
  CHECK(checks[0].reasons == std::vector<reason>{reason::rate_date});
  REQUIRE(found.fitting_dates.size() == 2);
  CHECK(found.fitting_dates[0].first == date::sys_days(date::year(2024) / 12 / 13));
  CHECK(found.fitting_dates[0].second == date::sys_days(date::year(2024) / 12 / 17));
  CHECK(found.fitting_dates[1].first == date::sys_days(date::year(2025) / 1 / 21));
  CHECK(found.fitting_dates[1].second == date::sys_days(date::year(2025) / 1 / 23));
  CHECK(explain(checks[0], {a}, report_language::en) ==
        "‘약 718조원’ implies (1434, 1438) KRW per USD, but the rate on 2025-02-10 was 1450.3973 (ECB); it matches the "
        "rate of 2025-01-23 (1436.8512, ECB), 18 days earlier, so an old rate was probably used; it fits the rates of "
        "2024-12-13 … 2024-12-17, 2025-01-21 … 2025-01-23.");
}

TEST_CASE("reconcile checks: 50억 유로(약 7조원) passes only through the tolerance between rate sources",
          "[reconcile][checks]") {
  // ECB 2024-12-13: 50억 × 1507.58 = 7조 5,379억: 7조 strictly is [6조5,000억, 7조5,000억), i.e.
  // [1300, 1500) KRW per EUR, below ECB 1507.58 and FRED's cross 1434.82 × 1.0498 = 1506.2740;
  // only the 0.5% tolerance (1506.2740 × 0.995 = 1498.7426) lets it meet the band.
  const article a = read_article("---\ndate: 2024-12-13\n---\n프랑스는 매년 50억 유로(약 7조원)를 쓴다.\n", "eu");
  const auto checks = reconcile({a}, bundled());
  REQUIRE(checks.size() == 1);
  CHECK(checks[0].result == verdict::consistent);
  CHECK(explain(checks[0], {a}, report_language::en) ==
        "‘50억 유로’ at 1506.2740 KRW per EUR (FRED, 2024-12-13) is 7,531,370,180,000 KRW, and ‘약 7조원’ is that amount "
        "rounded, within the tolerance between rate sources (0.5%).");
}

TEST_CASE("reconcile checks: one subject stated two ways within an article is flagged", "[reconcile][checks]") {
  const article a = read_article(
      "---\ndate: 2024-12-13\n---\n佛, 5년간 50억 유로 투자 검토\n프랑스는 앞으로 5년간 매년 50억 유로를 AI에 투자한다.\n", "h");
  const auto checks = reconcile({a}, bundled());
  REQUIRE(checks.size() == 1);
  CHECK(checks[0].as_relation().stated.kind == relation_kind::restated);
  CHECK(checks[0].result == verdict::inconsistent);
  CHECK(explain(checks[0], {a}, report_language::en) ==
        "‘50억 유로’ (line 4) and ‘50억 유로’ (line 5, 5년간 매년) state one subject two ways: 5,000,000,000 EUR in all, "
        "or 25,000,000,000 EUR.");
  // Its own reason, not `unexplained`: the key in JSON, the words in Korean reports.
  CHECK(checks[0].reasons == std::vector<reason>{reason::restated});
  CHECK(to_string(reason::restated) == "restated");
  CHECK(explain(checks[0], {a}, report_language::ko) ==
        "‘50억 유로’(4행)와 ‘50억 유로’(5행, 5년간 매년)는 한 주제를 두 가지로 말합니다: 모두 50억유로인지, 해마다라면 모두 "
        "250억유로인지.");
}

TEST_CASE("reconcile checks: a page that repeats nothing keeps every figure, with no repeat lines",
          "[reconcile][checks]") {
  // No two figures share a text or the start of a passage, so both repeat passes are left out;
  // the same words with one figure restated in a second sentence run them, and keep both.
  const std::string head = "---\ndate: 2025-02-10\n---\n";
  const article a = read_article(head + "프랑스가 1090억유로(약 163조원)를 투자한다.\n독일은 2천억 유로를 쓴다.\n", "a");
  REQUIRE(a.figures.size() == 3);
  CHECK(a.figures[0].text == "1090억유로");
  CHECK(a.figures[1].text == "약 163조원");
  CHECK(a.figures[2].text == "2천억 유로");
  CHECK(a.repeated_at == std::vector<std::vector<std::size_t>>(3));
  const article b = read_article(head + "프랑스가 1090억유로(약 163조원)를 투자한다.\n독일은 1090억유로를 쓴다.\n", "b");
  REQUIRE(b.figures.size() == 3);
  CHECK(b.figures[2].text == "1090억유로");
  CHECK(b.figures[2].line == 5);
  CHECK(b.repeated_at == std::vector<std::vector<std::size_t>>(3));
}

TEST_CASE("reconcile checks: a repeated sentence counts once, whatever its line breaks", "[reconcile][checks]") {
  // The lead is broken over lines 10-11 and repeated on line 16 with other spacing, beside
  // another sentence; the caption stands on lines 13 and 14; line 17 is a different sentence
  // with the same figures and stays a claim of its own.
  const article a = data_article("repeated_lead.txt");
  const auto checks = reconcile({a}, bundled());
  std::vector<std::string> seen;
  for (const check& c : checks) {
    REQUIRE(c.kind == check_kind::conversion);
    const figure_ref x = c.figures[0];
    std::string lines = std::to_string(a.figures[x.figure].line);
    for (std::size_t l : a.repeated_at.at(x.figure)) lines += "," + std::to_string(l);
    seen.push_back(a.figures[x.figure].text + "@" + lines + ":" + std::string(to_string(c.result)));
  }
  CHECK(seen == std::vector<std::string>{"1090억유로@10,16:consistent", "2천억 유로@13,14:consistent",
                                         "1090억유로@17:consistent"});
}
