// Shows eok::decimal: exact products, explicit rounding, and the three ways to print a value.
// 1090억 euro at the ECB's 1496.81 won per euro (2025-02-10) is exactly 163조 1,522억 9,000만 won.
#include <eok/core/decimal.hpp>

#include <iostream>

int main() {
  const eok::decimal euros = eok::decimal::parse("109000000000");
  const eok::decimal rate = eok::decimal::parse("1496.81");
  const eok::decimal won = (euros * rate).rounded(0, eok::rounding::half_even);

  std::cout << won.to_string() << '\n'            // 163152290000000
            << won.to_grouped_string() << '\n'    // 163,152,290,000,000
            << won.to_korean_string() << '\n';    // 163조 1,522억 9,000만

  // What a headline would print: rounded to the 조, and the rounding is named.
  const eok::decimal headline = won.rounded_to_power(12, eok::rounding::half_even);
  std::cout << "약 " << headline.to_korean_string() << "원\n";  // 약 163조원

  return won.to_korean_string() == "163조 1,522억 9,000만" && headline.to_string() == "163000000000000" ? 0 : 1;
}
