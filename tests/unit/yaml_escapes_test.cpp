// yaml-cpp 0.7 decodes the escapes \_ (U+00A0) and \N (U+0085) of a double-quoted scalar to one
// raw byte; every YAML reader of eok gives them back as UTF-8 (src/rates/yaml_text.hpp;
// docs/robustness.md, finding 26). Found by the front_matter fuzz target.
#include "../support/catch.hpp"

#include <eok/read/front_matter.hpp>
#include <eok/rates/rates_file.hpp>
#include <eok/reconcile/claims.hpp>

#include <string>

TEST_CASE("yaml escapes: front matter keeps \\_ and \\N as UTF-8", "[yaml][front_matter]") {
  const eok::front_matter fm = eok::read_front_matter(
      "---\ntitle: \"163조\\_원\"\nsource: \"a\\Nb\"\n\"k\\_ey\": \"x\\_y\"\ntags: [\"p\\_q\"]\n---\n본문\n");
  CHECK(fm.title.value() == "163조\u00A0원");
  CHECK(fm.source.value() == "a\u0085b");
  REQUIRE(fm.other.size() == 2);
  CHECK(fm.other[0].first == "k\u00A0ey");
  CHECK(fm.other[0].second == "x\u00A0y");
  CHECK(fm.other[1].second.find("p\u00A0q") != std::string::npos);
  // What was already UTF-8 (à is C3 A0, an A0 byte inside a sequence) stays as it was.
  CHECK(eok::read_front_matter("---\ntitle: \"à\\u00e0\"\n---\n").title.value() == "àà");
}

TEST_CASE("yaml escapes: claims and rate tables keep them as UTF-8 too", "[yaml][claims][rates_file]") {
  const auto claims = eok::read_claims("- id: \"c\\_1\"\n  date: 2025-02-10\n  source: \"연합\\_뉴스\"\n  text: \"1억원\"\n", "c.yaml");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].id == "c\u00A01");
  CHECK(claims[0].source == "연합\u00A0뉴스");
  const eok::rate_table t = eok::parse_rate_table(
      "eok_rates: 1\nsource: test\nname: \"Test\\_rates\"\npublisher: eok tests\ncitation: \"Made-up values.\"\n"
      "url: https://example.org/\nseries:\n  - base: EUR\n    quote: KRW\n    per: 1\n    rates:\n      \"2025-02-10\": \"1496.81\"\n",
      "t.yaml");
  CHECK(t.info.name == "Test\u00A0rates");
}
