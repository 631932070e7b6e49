// decimal::to_korean_string: the one Korean-unit formatter (include/eok/core/decimal.hpp).
// Out of line so that the value header does not need the scale words of the lexicon.
#include <eok/core/decimal.hpp>
#include <eok/lexicon/scales.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace eok {

std::string decimal::to_korean_string() const {
  std::string digits = magnitude_digits();
  const std::size_t frac = static_cast<std::size_t>(scale_);
  if (digits.size() <= frac) digits.insert(0, frac + 1 - digits.size(), '0');
  const std::string int_part = digits.substr(0, digits.size() - frac);
  const std::string frac_part = frac > 0 ? digits.substr(digits.size() - frac) : "";
  std::string out = is_negative() ? "-" : "";
  // Split into groups of four from the right.
  const std::size_t groups = (int_part.size() + 3) / 4;
  const std::size_t top_max = myriad_scales.size();  // groups 0..top_max have names (0: none)
  bool wrote = false;
  bool units_written = false;
  for (std::size_t g = groups; g-- > 0;) {
    if (g > top_max) continue;  // folded into the top named group below
    std::size_t lo = int_part.size() - std::min(int_part.size(), (g + 1) * 4);
    const std::size_t hi = int_part.size() - g * 4;
    if (g == top_max) lo = 0;  // everything above 극 joins 극's group
    const std::string_view group(int_part.data() + lo, hi - lo);
    const std::size_t nz = group.find_first_not_of('0');
    if (nz == std::string_view::npos && !(g == 0 && !wrote)) continue;
    if (wrote) out += ' ';
    out += group_by_three(nz == std::string_view::npos ? std::string("0") : std::string(group.substr(nz)));
    if (g > 0) out += myriad_scales[g - 1].hangul;
    wrote = true;
    units_written = g == 0;
  }
  if (!frac_part.empty()) {
    if (!units_written) out += " 0";
    out += '.';
    out += frac_part;
  }
  return out;
}

}  // namespace eok
