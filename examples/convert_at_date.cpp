// Shows eok::convert: a figure from the news converted at the ECB rate of a date, with the date
// actually used, the path and the exact unrounded value. Returns non-zero if a value is off.
//
// 5000억 dollars on Monday 2025-02-10: USD -> EUR -> KRW at 1496.81 / 1.032 (ECB), which is
// 725,198,643,410,852.71... won, rounded half-even once, at the end, to 725,198,643,410,853.
#include <eok/rates/convert.hpp>
#include <eok/read/parse.hpp>

#include <iostream>

int main() {
  const eok::figure f = eok::parse_figure("5000억 달러");
  const eok::money amount(*f.value, f.cur);
  const eok::conversion c = eok::convert(amount, eok::currency::krw, eok::parse_date("2025-02-10"),
                                         eok::bundled_rates());

  std::cout << c.from.to_grouped_string() << " = " << c.to.to_grouped_string() << '\n'  // 500,000,000,000 USD = ...
            << "exact " << c.exact.to_string() << "...\n"
            << "rate " << c.rate.rate.to_string() << " on " << eok::format_date(c.rate.date) << " ("
            << c.rate.source << ", via " << c.rate.path[1].code() << ")\n";

  // On Saturday 2025-02-08 the default policy takes Friday's rate, and says so.
  const eok::conversion saturday = eok::convert(amount, eok::currency::krw, eok::parse_date("2025-02-08"),
                                                eok::bundled_rates());
  std::cout << "asked 2025-02-08, used " << eok::format_date(saturday.rate.date) << '\n';

  return c.to.to_grouped_string() == "725,198,643,410,853 KRW" && c.rate.rate.to_string() == "748405/516" &&
                 eok::format_date(saturday.rate.date) == "2025-02-07"
             ? 0
             : 1;
}
