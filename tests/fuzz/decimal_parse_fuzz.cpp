// Fuzzes decimal::try_parse and what a parsed decimal can do: it must never crash, and every
// accepted value must survive a round trip and exact arithmetic identities.
#include <eok/core/decimal.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto r = eok::decimal::try_parse(text);
  if (!r) {
    if (r.error().offset() > size) std::abort();  // an error never points past the input
    return 0;
  }
  const eok::decimal& d = r.value();
  if (eok::decimal::parse(d.to_string()) != d) std::abort();
  if (d + d - d != d) std::abort();
  if ((d * eok::decimal(3)).divided(eok::decimal(3), d.scale(), eok::rounding::half_even) != d) std::abort();
  if (d.normalized() != d) std::abort();
  (void)d.to_grouped_string();
  (void)d.to_korean_string();
  const eok::decimal r0 = d.rounded(0, eok::rounding::half_even);
  if ((r0 - d).abs() > eok::decimal::parse("0.5")) std::abort();
  return 0;
}
