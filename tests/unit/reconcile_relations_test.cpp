// Relations from the scanner's links: `매년`, `매해`, `해마다` and `연간` are one cue to the scanner
// (per: year), so they give one and the same relation check, verdict and explanation included.
#include "../support/catch.hpp"

#include <eok/reconcile/reconcile.hpp>
#include <eok/reconcile/reconcile_report.hpp>

#include <string>
#include <vector>

using namespace eok;

namespace {

article dated(const std::string& body) { return read_article("---\ndate: 2025-02-10\n---\n" + body + "\n", "a"); }

/// The one check of an article whose only figures are related, against no rate data.
check only_check(const std::vector<article>& articles) {
  const std::vector<check> checks = reconcile(articles, rate_oracle{});
  REQUIRE(checks.size() == 1);
  return checks.front();
}

}  // namespace

TEST_CASE("reconcile relations: 5년간 매년/매해/해마다/연간 50억 유로, 총 400억 유로 is one inconsistent check",
          "[reconcile][relations]") {
  for (const char* every_year : {"매년", "매해", "해마다", "연간"}) {
    for (const char* total : {"총", "모두"}) {
      const std::string body = std::string("5년간 ") + every_year + " 50억 유로, " + total + " 400억 유로를 투자한다.";
      CAPTURE(body);
      const std::vector<article> articles{dated(body)};
      const article& a = articles.front();
      REQUIRE(a.figures.size() == 2);
      REQUIRE(a.relations.size() == 1);
      const relation& r = a.relations.front();
      CHECK(r.kind == relation_kind::per_period);
      CHECK(r.result == 1);
      CHECK(r.base == 0);
      CHECK(*r.factor == ratio(5));
      CHECK_FALSE(r.factor_approximate);
      CHECK(r.cue == "5년간 매년");

      const check c = only_check(articles);
      CHECK(c.kind == check_kind::relation);
      CHECK(c.figures == std::vector<figure_ref>{{0, 1}, {0, 0}});
      CHECK(c.result == verdict::inconsistent);
      CHECK(c.reasons == std::vector<reason>{reason::unexplained});
      CHECK(c.as_relation().expected->to_string(0) == "[25000000000, 25000000000]");
      CHECK(explain(c, articles, report_language::en) ==
            "‘400억 유로’ does not match ‘50억 유로’ × 5 = 25,000,000,000 EUR; it should have been 250억유로.");
      CHECK(explain(c, articles, report_language::ko) ==
            "‘400억 유로’는 ‘50억 유로’ × 5 = 250억유로와 맞지 않습니다: 250억유로여야 합니다.");
    }
  }
}

TEST_CASE("reconcile relations: 5년간 매해/해마다/연간 50억 유로(약 7조원), 총 250억 유로 is consistent",
          "[reconcile][relations]") {
  for (const char* every_year : {"매년", "매해", "해마다", "연간"}) {
    const std::string body = std::string("앞으로 5년간 ") + every_year + " 50억 유로(약 7조원), 총 250억 유로를 투자한다.";
    CAPTURE(body);
    const std::vector<article> articles{dated(body)};
    const article& a = articles.front();
    REQUIRE(a.figures.size() == 3);
    REQUIRE(a.conversions.size() == 1);
    REQUIRE(a.relations.size() == 1);
    CHECK(a.relations.front().kind == relation_kind::per_period);
    CHECK(a.relations.front().result == 2);
    CHECK(a.relations.front().base == 0);
    const check c = check_relation(a, 0, a.relations.front());
    CHECK(c.result == verdict::consistent);
    CHECK(c.as_relation().expected->to_string(0) == "[25000000000, 25000000000]");
    CHECK(explain(c, articles, report_language::en) ==
          "‘250억 유로’ is ‘50억 유로’ a year for 5 years as stated (‘50억 유로’ × 5 = 25,000,000,000 EUR).");
  }
}

TEST_CASE("reconcile relations: a yearly amount with no stated total, or a total with no yearly amount, states nothing",
          "[reconcile][relations]") {
  CHECK(dated("5년간 매해 50억 유로, 이어서 400억 유로를 투자한다.").relations.empty());
  CHECK(dated("50억 유로, 총 400억 유로를 투자한다.").relations.empty());
}

TEST_CASE("reconcile relations: 씩 … 총 with a count takes the scanner's each and total", "[reconcile][relations]") {
  const std::vector<article> articles{dated("투자자 세 사람이 1억유로씩 총 3억유로를 냈다.")};
  const article& a = articles.front();
  REQUIRE(a.relations.size() == 1);
  CHECK(a.relations.front().kind == relation_kind::total);
  CHECK(*a.relations.front().factor == ratio(3));
  CHECK(a.relations.front().cue == "씩 … 총");
  const check c = only_check(articles);
  CHECK(c.result == verdict::consistent);
  CHECK(explain(c, articles, report_language::en) ==
        "‘3억유로’ is the total of 3 parts of ‘1억유로씩’ as stated (‘1억유로씩’ × 3 = 300,000,000 EUR).");
}

TEST_CASE("reconcile relations: a check keeps only its own kind's findings", "[reconcile][relations]") {
  const std::vector<article> articles{dated("5년간 매해 50억 유로, 총 250억 유로를 투자한다.")};
  const check c = only_check(articles);
  CHECK(std::holds_alternative<relation_details>(c.details));
  CHECK(c.as_relation().stated.kind == relation_kind::per_period);
  CHECK_THROWS_AS(c.as_conversion(), std::bad_variant_access);
  CHECK_THROWS_AS(c.as_agreement(), std::bad_variant_access);
}
