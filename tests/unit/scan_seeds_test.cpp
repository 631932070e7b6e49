// THE acceptance test of the scanner: every money figure in the five seed articles, read by hand
// from the articles (value, currency, approximate, bound, what it converts, and the each / total /
// per / over links), and no money anywhere else. The articles are read at run time from
// ../shared/seeds; only short figure phrases are quoted here.
#include "../support/catch.hpp"

#include <eok/read/scan.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using eok::bound_kind;
using eok::figure_kind;

namespace {

struct expected_money {
  const char* seed;      // file name prefix: 000 .. 004
  std::size_t line;      // 1-based line in the article
  const char* text;      // the figure as written
  const char* value;     // exact value, or "vague" for 수십조 원 and the like
  const char* currency;  // ISO code
  bool approximate;      // 약
  bound_kind bound;      // 최대, 최소, 웃도는 ...
  const char* converts;  // for Y in X(약 Y): the text of X
  const char* links;     // each, total, per year, over P5Y
};

// Read from the articles, in order. Conversions inherit their amount's total, per, over and
// bound (`최소 5000억 달러(약 718조원)`: the 718조원 is at least that too).
const std::vector<expected_money> seed_money{
    {"000", 10, "5000억달러", "500000000000", "USD", false, bound_kind::none, "", ""},
    {"000", 11, "1090억유로", "109000000000", "EUR", false, bound_kind::none, "", ""},
    {"000", 15, "1090억유로", "109000000000", "EUR", false, bound_kind::none, "", ""},
    {"000", 15, "약 163조원", "163000000000000", "KRW", true, bound_kind::none, "1090억유로", ""},
    {"000", 17, "1090억유로", "109000000000", "EUR", false, bound_kind::none, "", ""},
    {"000", 19, "5000억달러", "500000000000", "USD", false, bound_kind::none, "", ""},
    {"000", 19, "약 718조원", "718000000000000", "KRW", true, bound_kind::none, "5000억달러", ""},
    {"000", 23, "최대 500억유로", "50000000000", "EUR", false, bound_kind::at_most, "", ""},
    {"000", 23, "200억유로", "20000000000", "EUR", false, bound_kind::none, "", "over P5Y"},
    {"000", 25, "200억유로", "20000000000", "EUR", false, bound_kind::none, "", ""},
    {"000", 27, "25억유로", "2500000000", "EUR", false, bound_kind::none, "", "over P5Y"},
    {"000", 27, "4억유로", "400000000", "EUR", false, bound_kind::none, "", ""},
    {"000", 29, "최소 5000억 달러", "500000000000", "USD", false, bound_kind::at_least, "", ""},
    {"000", 29, "약 718조원", "718000000000000", "KRW", true, bound_kind::at_least, "최소 5000억 달러", ""},
    {"000", 30, "최소 5000억 달러", "500000000000", "USD", false, bound_kind::at_least, "", ""},
    {"000", 30, "약 718조원", "718000000000000", "KRW", true, bound_kind::at_least, "최소 5000억 달러", ""},
    {"001", 14, "1억유로씩", "100000000", "EUR", false, bound_kind::none, "", "each"},
    {"001", 14, "3억유로", "300000000", "EUR", false, bound_kind::none, "", "total"},
    {"001", 14, "약 4400억원", "440000000000", "KRW", true, bound_kind::none, "3억유로", "total"},
    {"001", 16, "수십조 원", "vague", "KRW", false, bound_kind::none, "", ""},
    {"001", 18, "수조 원", "vague", "KRW", false, bound_kind::none, "", ""},
    {"001", 24, "수천억 원", "vague", "KRW", false, bound_kind::none, "", ""},
    {"001", 26, "6500억원", "650000000000", "KRW", false, bound_kind::none, "", ""},
    {"001", 30, "65조원", "65000000000000", "KRW", false, bound_kind::none, "", "over P4Y"},
    {"001", 32, "672억달러", "67200000000", "USD", false, bound_kind::none, "", ""},
    {"001", 32, "78억달러", "7800000000", "USD", false, bound_kind::none, "", ""},
    {"001", 32, "14억달러", "1400000000", "USD", false, bound_kind::none, "", "per year"},
    {"001", 34, "65조원", "65000000000000", "KRW", false, bound_kind::none, "", "total over P4Y"},
    {"001", 34, "최대 2조원", "2000000000000", "KRW", false, bound_kind::at_most, "", ""},
    {"002", 3, "50억 유로", "5000000000", "EUR", false, bound_kind::none, "", "over P5Y"},
    {"002", 3, "30억 유로", "3000000000", "EUR", false, bound_kind::none, "", ""},
    {"002", 8, "15억 유로", "1500000000", "EUR", false, bound_kind::none, "", "total"},
    {"002", 8, "약 2조2,600억원", "2260000000000", "KRW", true, bound_kind::none, "15억 유로", "total"},
    {"002", 8, "7억5,000만 유로", "750000000", "EUR", false, bound_kind::none, "", ""},
    {"002", 10, "50억 유로", "5000000000", "EUR", false, bound_kind::none, "", "per year over P5Y"},
    {"002", 10, "약 7조원", "7000000000000", "KRW", true, bound_kind::none, "50억 유로", "per year over P5Y"},
    {"002", 11, "100억 유로", "10000000000", "EUR", false, bound_kind::none, "", ""},
    {"002", 11, "약 15조원", "15000000000000", "KRW", true, bound_kind::none, "100억 유로", ""},
    {"002", 12, "최대 4,200억 유로", "420000000000", "EUR", false, bound_kind::at_most, "", ""},
    {"002", 12, "약 630조원", "630000000000000", "KRW", true, bound_kind::at_most, "최대 4,200억 유로", ""},
    {"002", 13, "30억 유로", "3000000000", "EUR", false, bound_kind::none, "", ""},
    {"002", 13, "10억 유로", "1000000000", "EUR", false, bound_kind::none, "", ""},
    {"002", 13, "20억 유로", "2000000000", "EUR", false, bound_kind::none, "", ""},
    {"002", 15, "200억 달러", "20000000000", "USD", false, bound_kind::more_than, "", ""},
    {"002", 15, "약 26조원", "26000000000000", "KRW", true, bound_kind::more_than, "200억 달러", ""},
    {"002", 15, "12억 달러", "1200000000", "USD", false, bound_kind::none, "", ""},
    {"002", 15, "약 1조7,000억원", "1700000000000", "KRW", true, bound_kind::none, "12억 달러", ""},
    {"002", 16, "68조6,000억 위안", "68600000000000", "CNY", false, bound_kind::none, "", ""},
    {"002", 16, "약 1경3,000조원", "13000000000000000", "KRW", true, bound_kind::none, "68조6,000억 위안", ""},
    {"002", 16, "400억 달러", "40000000000", "USD", false, bound_kind::none, "", ""},
    {"002", 16, "500억 달러", "50000000000", "USD", false, bound_kind::none, "", ""},
    {"002", 16, "약 71조6,200억원", "71620000000000", "KRW", true, bound_kind::none, "500억 달러", ""},
    {"003", 8, "약 3조원", "3000000000000", "KRW", true, bound_kind::none, "", ""},
    {"003", 18, "1억1300만 달러", "113000000", "USD", false, bound_kind::none, "", ""},
    {"003", 18, "약 1540억원", "154000000000", "KRW", true, bound_kind::none, "1억1300만 달러", ""},
    {"003", 18, "6억 유로", "600000000", "EUR", false, bound_kind::none, "", "total"},
    {"003", 18, "약 9000억원", "900000000000", "KRW", true, bound_kind::none, "6억 유로", "total"},
    {"003", 18, "58억 유로", "5800000000", "EUR", false, bound_kind::none, "", ""},
    {"003", 18, "약 8조6000억원", "8600000000000", "KRW", true, bound_kind::none, "58억 유로", ""},
    {"003", 22, "22억 유로", "2200000000", "EUR", false, bound_kind::none, "", "over P5Y"},
    {"003", 22, "약 3조원", "3000000000000", "KRW", true, bound_kind::none, "22억 유로", "over P5Y"},
    {"004", 23, "수백조원", "vague", "KRW", false, bound_kind::none, "", ""},
    {"004", 33, "1천90억유로", "109000000000", "EUR", false, bound_kind::none, "", ""},
    {"004", 33, "약 164조원", "164000000000000", "KRW", true, bound_kind::none, "1천90억유로", ""},
    {"004", 35, "200억 유로", "20000000000", "EUR", false, bound_kind::none, "", ""},
    {"004", 35, "최대 500억유로", "50000000000", "EUR", false, bound_kind::at_most, "", ""},
    {"004", 39, "2천억 유로", "200000000000", "EUR", false, bound_kind::none, "", "total"},
    {"004", 39, "약 300조원", "300000000000000", "KRW", true, bound_kind::none, "2천억 유로", "total"},
};

// Figures that look like money but are not: headlines without a currency.
struct expected_number {
  const char* seed;
  std::size_t line;
  const char* text;
  const char* value;  // or "vague"
};
const std::vector<expected_number> seed_numbers{
    {"000", 1, "163조", "163000000000000"},  // 마크롱 163조 투자
    {"004", 5, "수백조", "vague"},           // AI에 수백조 쏟아붓는 선진국들
    {"004", 10, "수백조", "vague"},
};

std::string links_of(const eok::scanned_figure& f) {
  std::string s;
  auto add = [&s](const std::string& w) { s += s.empty() ? w : " " + w; };
  if (f.each) add("each");
  if (f.total) add("total");
  if (f.per) add("per " + std::string(eok::to_string(*f.per)));
  if (f.over) add("over " + f.over->to_iso8601());
  return s;
}

std::string describe(const expected_money& e) {
  std::ostringstream o;
  o << e.seed << ":" << e.line << " " << e.text << " = " << e.value << " " << e.currency << (e.approximate ? " approximate" : "")
    << " bound " << eok::to_string(e.bound) << (e.converts[0] ? std::string(" converts ") + e.converts : "")
    << (e.links[0] ? std::string(" [") + e.links + "]" : "");
  return o.str();
}

std::string describe(const eok::scanned_figure& f, const std::map<std::size_t, std::string>& texts, const std::string& seed) {
  std::ostringstream o;
  o << seed << ":" << f.line << " " << f.text << " = " << (f.vague ? std::string("vague") : f.value ? f.value->to_string() : "null") << " "
    << f.cur.code() << (f.approximate ? " approximate" : "") << " bound " << eok::to_string(f.bound)
    << (f.converted_from ? " converts " + texts.at(*f.converted_from) : "") << (links_of(f).empty() ? "" : " [" + links_of(f) + "]");
  return o.str();
}

}  // namespace

TEST_CASE("scan: the seed articles' money, exactly", "[scan][seeds]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(EOK_SHARED_DIR) / "seeds";
  std::error_code ec;
  INFO("the seed articles must be at " << dir.string());
  REQUIRE(fs::is_directory(dir, ec));
  std::map<std::string, fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 3 && entry.path().extension() == ".txt") files[name.substr(0, 3)] = entry.path();
  }
  REQUIRE(files.size() == 5);

  std::vector<std::string> found;
  std::vector<std::string> numbers_found;
  for (const auto& [seed, path] : files) {
    std::ifstream in(path, std::ios::binary);
    std::map<std::size_t, std::string> texts;
    std::vector<eok::scanned_figure> figs;
    eok::scan_callbacks cb;
    cb.on_figure = [&](const eok::scanned_figure& f) {
      texts[f.index] = f.text;
      figs.push_back(f);
    };
    (void)eok::scan_stream(in, {}, cb);
    for (const auto& f : figs) {
      if (f.kind == figure_kind::money) found.push_back(describe(f, texts, seed));
      if (f.kind == figure_kind::number && f.text.find_first_of("조억") != std::string::npos) {
        numbers_found.push_back(seed + ":" + std::to_string(f.line) + " " + f.text + " = " +
                                (f.vague ? std::string("vague") : f.value->to_string()));
      }
    }
  }
  std::vector<std::string> expected;
  for (const auto& e : seed_money) expected.push_back(describe(e));
  CHECK(seed_money.size() == 68);
  // Element by element first, so a failure names the figure; then the whole list.
  for (std::size_t k = 0; k < std::min(found.size(), expected.size()); ++k) {
    INFO("money figure " << k);
    CHECK(found[k] == expected[k]);
  }
  CHECK(found.size() == expected.size());
  CHECK(found == expected);

  std::vector<std::string> numbers_expected;
  for (const auto& n : seed_numbers) {
    numbers_expected.push_back(std::string(n.seed) + ":" + std::to_string(n.line) + " " + n.text + " = " + n.value);
  }
  CHECK(numbers_found == numbers_expected);
}
