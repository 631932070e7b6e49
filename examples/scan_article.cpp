// Shows eok::scan_text: every figure in a piece of news, with the links between them. The won
// amount in parentheses converts the euro amount before it; the headline's 163조 has no currency,
// so it is a number, not money.
#include <eok/read/scan.hpp>

#include <iostream>
#include <string>

int main() {
  const std::string article =
      "---\n"
      "date: 2025-02-10\n"
      "---\n"
      "마크롱 163조 투자\n"
      "프랑스가 1090억유로(약 163조원)를 쏟아부으며, 5년간 매년 25억유로를 모금한다.\n";

  const auto figures = eok::scan_text(article);
  for (const auto& f : figures) {
    std::cout << '#' << f.index << " line " << f.line << ": " << f.text << " -> " << eok::describe_figure(f);
    if (f.converted_from) std::cout << ", converts #" << *f.converted_from;
    if (f.per) std::cout << ", per " << eok::to_string(*f.per);
    if (f.over) std::cout << ", over " << f.over->to_iso8601();
    std::cout << '\n';
  }
  // #0 line 4: 163조 -> 163,000,000,000,000 (163조; exact)
  // #1 line 5: 1090억유로 -> 109,000,000,000 EUR (1,090억 유로; exact)
  // #2 line 5: 약 163조원 -> 163,000,000,000,000 KRW (163조 원; approximate; precision 1조), converts #1
  // #3 line 5: 25억유로 -> 2,500,000,000 EUR (25억 유로; exact), per year, over P5Y

  const bool ok = figures.size() == 4 && figures[0].kind == eok::figure_kind::number &&
                  figures[2].converted_from == std::optional<std::size_t>(1) && figures[3].over &&
                  figures[3].over->to_iso8601() == "P5Y" && figures[3].per == eok::period_unit::year;
  return ok ? 0 : 1;
}
