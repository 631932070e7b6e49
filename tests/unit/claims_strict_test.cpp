// Issue 12: a claims YAML file was read loosely: a second document after `---` was dropped,
// duplicate keys kept the first, duplicate ids and unknown keys passed. Each is now an error
// with file:line:column, except unknown keys, which are warnings returned with their place.
#include "../support/catch.hpp"
#include "../support/error_text.hpp"

#include <eok/reconcile/claims.hpp>

#include <string>
#include <vector>

namespace {

std::string error_of(const std::string& yaml) {
  return eok::test::error_text([&] { (void)eok::read_claims(yaml, "c.yaml"); });
}

const std::string claim_a = "- id: a\n  date: 2025-02-10\n  text: 1억원\n";

}  // namespace

TEST_CASE("claims: a second YAML document is an error at its first node", "[claims][issue12]") {
  CHECK(error_of(claim_a + "---\n- id: b\n  date: 2025-02-10\n  text: 2억원\n") ==
        "c.yaml:5:1: a claims file holds one list, but a second YAML document starts here");
  CHECK(error_of(claim_a + "...\n이것: 1\n") ==
        "c.yaml:5:1: a claims file holds one list, but a second YAML document starts here");
  // An empty document after a final `---` holds nothing to lose, and a stray comma ends.
  CHECK(eok::read_claims(claim_a + "---\n", "c.yaml").size() == 1);
  CHECK(error_of(",\n---\n,\n") == "c.yaml:1:1: a claims file is a list of {id, source, date, text}");
}

TEST_CASE("claims: a key twice in one claim is an error naming both lines", "[claims][issue12]") {
  CHECK(error_of(claim_a + "  text: 2억원\n") == "c.yaml:4:3: duplicate key 'text' in a claim (first at line 3)");
  CHECK(error_of("- id: a\n  id: b\n  date: 2025-02-10\n  text: x\n") ==
        "c.yaml:2:3: duplicate key 'id' in a claim (first at line 1)");
}

TEST_CASE("claims: an id given to two claims is an error naming both lines", "[claims][issue12]") {
  CHECK(error_of(claim_a + "- id: b\n  date: 2025-02-10\n  text: x\n- id: a\n  date: 2025-02-11\n  text: y\n") ==
        "c.yaml:7:7: duplicate id 'a' (first at line 1)");
}

TEST_CASE("claims: unknown keys are warnings with their place, columns in code points", "[claims][issue12]") {
  std::vector<eok::error> warnings;
  const auto claims =
      eok::read_claims("- id: a\n  date: 2025-02-10\n  txt: 1억원\n  text: 2억원\n  출처: 연합\n  메모: 확인\n", "c.yaml", warnings);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].text == "2억원");
  REQUIRE(warnings.size() == 3);
  CHECK(std::string(warnings[0].what()) ==
        "c.yaml:3:3: unknown key 'txt' in a claim, ignored (expected id, source, date, text)");
  CHECK(std::string(warnings[1].what()) ==
        "c.yaml:5:3: unknown key '출처' in a claim, ignored (expected id, source, date, text)");
  CHECK(warnings[2].line() == 6);
  // Columns count code points: after '출처' (6 bytes, 2 characters) the second id is column 18.
  CHECK(error_of("- {출처: 1, id: a, id: b, date: 2025-02-10, text: x}\n") ==
        "c.yaml:1:18: duplicate key 'id' in a claim (first at line 1)");
  std::vector<eok::error> none;
  (void)eok::read_claims(claim_a, "c.yaml", none);
  CHECK(none.empty());
}
