// Found by fuzz_figure_parse (invariant "a band starts at its value"): "-0조원대" mirrored the
// band as for a negative amount, low -1조 and high 0, while its value, zero, is not negative, so
// the band no longer started at the value. Zero has no sign: it is now the band [0, 1조).
#include "../support/catch.hpp"

#include <eok/read/parse.hpp>

TEST_CASE("regress: a band of minus zero is the band of zero", "[regress][parse]") {
  const eok::figure f = eok::parse_figure("-0조원대");
  CHECK(f.band);
  CHECK(f.value->to_string() == "0");
  CHECK(f.low->to_string() == "0");
  CHECK(f.high->to_string() == "1000000000000");
  const eok::figure g = eok::parse_figure("0조원대");
  CHECK(g.low->to_string() == "0");
  CHECK(g.high->to_string() == "1000000000000");
  // A negative band still ends at its value.
  const eok::figure h = eok::parse_figure("-1조원대");
  CHECK(h.low->to_string() == "-2000000000000");
  CHECK(h.high->to_string() == "-1000000000000");
}
