// Found while writing the figure_parse fuzz invariants (low <= high): a negative vague
// magnitude or band had its bounds reversed — "마이너스 수천억원" gave low -2000억 and high
// -1조, "-8천억원대" low -8000억 and high -9000억 — so a reader checking "low <= x < high"
// matched nothing. Negative bands now mirror: low is the exclusive end, high the stated value.
#include "../support/catch.hpp"

#include <eok/read/parse.hpp>

TEST_CASE("regress: a negative vague magnitude has low below high", "[regress][parse]") {
  const eok::figure f = eok::parse_figure("마이너스 수천억원");
  CHECK(f.vague);
  CHECK_FALSE(f.value);
  CHECK(f.low->to_string() == "-1000000000000");
  CHECK(f.high->to_string() == "-200000000000");
}

TEST_CASE("regress: a negative band has low below high and ends at its value", "[regress][parse]") {
  const eok::figure f = eok::parse_figure("-8천억원대");
  CHECK(f.band);
  CHECK(f.value->to_string() == "-800000000000");
  CHECK(f.low->to_string() == "-900000000000");
  CHECK(f.high->to_string() == "-800000000000");
  // Positive bands are unchanged: [8000억, 9000억).
  const eok::figure g = eok::parse_figure("8천억원대");
  CHECK(g.low->to_string() == "800000000000");
  CHECK(g.high->to_string() == "900000000000");
}
