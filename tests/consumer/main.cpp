// An outside program using eok through its public headers; returns non-zero if a value is off.
#include <eok/eok.hpp>

#include <iostream>

int main() {
  const eok::decimal amount = eok::decimal::parse("109000000000");
  const eok::decimal rate = eok::decimal::parse("1496.81");
  const std::string krw = (amount * rate).rounded(0, eok::rounding::half_even).to_grouped_string();
  std::cout << krw << " (library " << eok::library_version() << ")\n";
  return krw == "163,152,290,000,000" && eok::library_version() == eok::version_string ? 0 : 1;
}
