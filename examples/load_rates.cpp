// Shows eok::load_rates / add_rates: a user's table (won per 100 yen, as Korean banks quote it)
// added to the bundled ECB and FRED history, and an invalid table refused with file:line:column.
// Runs from examples/ (ctest's working directory); returns non-zero if a value is off.
#include <eok/rates/convert.hpp>
#include <eok/rates/rates_file.hpp>

#include <iostream>

int main() {
  eok::rate_store rates = eok::bundled_rates();
  eok::add_rates(rates, "../tests/data/rates/user/bok.yaml");  // source "bok", made-up test values

  const eok::money yen(eok::decimal(1000000), eok::currency::jpy);
  const eok::conversion c =
      eok::convert(yen, eok::currency::krw, eok::parse_date("2025-02-10"), rates, {}, "bok");
  std::cout << c.from.to_grouped_string() << " = " << c.to.to_grouped_string() << " (bok)\n";  // 9,578,800 KRW

  std::string message;
  try {
    eok::add_rates(rates, "../tests/data/rates/broken/zero_rate.yaml");
  } catch (const eok::error& e) {
    message = e.message();
    std::cout << e.what() << '\n';  // ../tests/data/rates/broken/zero_rate.yaml:13:22: a rate must be ...
  }
  return c.to.to_grouped_string() == "9,578,800 KRW" && message == "a rate must be greater than zero, found '0'" &&
                 rates.sources().size() == 3
             ? 0
             : 1;
}
