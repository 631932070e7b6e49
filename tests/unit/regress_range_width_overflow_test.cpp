// Found by fuzz_figure_parse (UBSan): a range whose low end has 36 digits and whose high end
// has a scale word and a fraction ("…456~2.000005조") made the parser scale the negated low end
// by 10^6 in a 128-bit integer; the overflow check looked only at positive mantissas, so the
// multiplication overflowed (undefined behaviour, then a wrong width). The check now uses the
// magnitude, and such a range is a too-long figure.
#include "../support/catch.hpp"

#include <eok/read/parse.hpp>

#include <string>

TEST_CASE("regress: a range of 36-digit ends scaled apart is too long, not an overflow", "[regress][parse]") {
  const std::string low = "123456789012345678901234567890123456";
  const auto r = eok::try_parse_figure(low + "~2.000005조");
  REQUIRE_FALSE(r);
  CHECK(r.error().code() == eok::errc::number_too_long);
  CHECK(r.error().what() ==
        std::string("parse error at line 1, column 38: a figure may have at most 36 significant digits"));
  CHECK_FALSE(eok::match_figure_at(low + "~2.000005조", 0));
  // Smaller ends are still a range.
  const eok::figure f = eok::parse_figure("1~2.000005조");
  CHECK(f.range);
  CHECK(f.low->to_string() == "1000000000000");
  CHECK(f.high->to_string() == "2000005000000");
}
