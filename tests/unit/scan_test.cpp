#include "../support/catch.hpp"

#include <eok/write/json.hpp>
#include <eok/read/scan.hpp>

#include <sstream>
#include <string>
#include <vector>

using eok::bound_kind;
using eok::figure_kind;
using eok::period_unit;
using eok::scan_text;
using eok::scanned_figure;

namespace {

std::vector<scanned_figure> money_in(const std::string& text) {
  std::vector<scanned_figure> out;
  for (auto& f : scan_text(text)) {
    if (f.kind == figure_kind::money) out.push_back(f);
  }
  return out;
}

std::string value_of(const scanned_figure& f) { return f.value ? f.value->to_string() : "null"; }

std::string over_of(const scanned_figure& f) { return f.over ? f.over->to_iso8601() : "none"; }

}  // namespace

TEST_CASE("scan: X(약 Y) links the conversion to the amount it converts", "[scan]") {
  const std::string text = "프랑스가 1090억유로(약 163조원)를 쏟아부으며";
  const auto figs = scan_text(text);
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].text == "1090억유로");
  CHECK(value_of(figs[0]) == "109000000000");
  CHECK(figs[0].cur.code() == "EUR");
  CHECK(figs[0].start == 13);
  CHECK(figs[0].end == 26);
  CHECK(figs[0].index == 0);
  CHECK_FALSE(figs[0].converted_from);
  CHECK(figs[1].text == "약 163조원");
  CHECK(value_of(figs[1]) == "163000000000000");
  CHECK(figs[1].cur.code() == "KRW");
  CHECK(figs[1].approximate);
  CHECK(figs[1].start == 27);
  CHECK(figs[1].end == 40);
  CHECK(figs[1].converted_from == std::optional<std::size_t>(0));
}

TEST_CASE("scan: conversions written with 한화 or after a comma", "[scan]") {
  SECTION("X(한화 약 Y)") {
    const auto figs = scan_text("AI에 향후 1천90억유로(한화 약 164조원)를 투자");
    REQUIRE(figs.size() == 2);
    CHECK(value_of(figs[0]) == "109000000000");
    CHECK(figs[1].converted_from == std::optional<std::size_t>(0));
  }
  SECTION("X, 약 Y") {
    const auto figs = scan_text("5000억달러, 약 718조원 규모");
    REQUIRE(figs.size() == 2);
    CHECK(figs[1].converted_from == std::optional<std::size_t>(0));
  }
  SECTION("only the amount right before the parenthesis") {
    const auto figs = scan_text("각각 400억 달러, 500억 달러(약 71조6,200억원) 투자를");
    REQUIRE(figs.size() == 3);
    CHECK_FALSE(figs[0].converted_from);
    CHECK_FALSE(figs[1].converted_from);
    CHECK(figs[2].converted_from == std::optional<std::size_t>(1));
    CHECK(value_of(figs[2]) == "71620000000000");
  }
  SECTION("not between amounts in one currency, nor from a non-amount") {
    const auto a = scan_text("400억 달러, 500억 달러");
    REQUIRE(a.size() == 2);
    CHECK_FALSE(a[1].converted_from);
    const auto b = scan_text("1위 미국(672억달러)이 2위 중국(78억달러)의 약 9배");
    REQUIRE(b.size() == 5);
    for (const auto& f : b) CHECK_FALSE(f.converted_from);
    const auto c = scan_text("5000억달러, 718조원");  // no 약, no 한화: a list, not a conversion
    REQUIRE(c.size() == 2);
    CHECK_FALSE(c[1].converted_from);
  }
}

TEST_CASE("scan: each, total, per and over", "[scan]") {
  SECTION("씩 and 총") {
    const auto figs = scan_text("1억유로씩 총 3억유로(약 4400억원)를 후원해");
    REQUIRE(figs.size() == 3);
    CHECK(figs[0].each);
    CHECK_FALSE(figs[0].total);
    CHECK(figs[1].total);
    CHECK_FALSE(figs[1].each);
    CHECK(figs[2].total);
    CHECK(figs[2].converted_from == std::optional<std::size_t>(1));
  }
  SECTION("매년 and 연간") {
    const auto a = scan_text("앞으로 5년간 매년 50억 유로(약 7조원)를 투자하라");
    REQUIRE(a.size() == 2);
    CHECK(a[0].per == std::optional<period_unit>(period_unit::year));
    CHECK(over_of(a[0]) == "P5Y");
    CHECK(a[1].per == std::optional<period_unit>(period_unit::year));
    CHECK(over_of(a[1]) == "P5Y");
    const auto b = scan_text("한국은 연간 14억달러를 AI에 투자해");
    REQUIRE(b.size() == 1);
    CHECK(b[0].per == std::optional<period_unit>(period_unit::year));
    const auto c = scan_text("매월 300만원을");
    REQUIRE(c.size() == 1);
    CHECK(c[0].per == std::optional<period_unit>(period_unit::month));
  }
  SECTION("spans of time") {
    const auto a = scan_text("5년간 25억유로를 모금하겠단 목표다.");
    REQUIRE(a.size() == 1);  // 5년간 itself is not a figure
    CHECK(over_of(a[0]) == "P5Y");
    const auto b = scan_text("4년간 총 65조원 규모로");
    REQUIRE(b.size() == 1);
    CHECK(over_of(b[0]) == "P4Y");
    CHECK(b[0].total);
    CHECK(over_of(scan_text("6개월간 3억원을").at(0)) == "P6M");
    CHECK(over_of(scan_text("향후 5년 동안 200억유로를").at(0)) == "P5Y");
    CHECK(over_of(scan_text("3주간 10억원").at(0)) == "P3W");
    CHECK(over_of(scan_text("10일간 5억원").at(0)) == "P10D");
    CHECK(over_of(scan_text("3년에 걸쳐 9억원을").at(0)) == "P3Y");
  }
  SECTION("words further away do not count") {
    const auto figs = scan_text("5년간 AI에 25억유로를");
    REQUIRE(figs.size() == 1);
    CHECK_FALSE(figs[0].over);
    const auto g = scan_text("향후 몇 년 동안 AI에 1090억유로를");
    REQUIRE(g.size() == 1);
    CHECK_FALSE(g[0].over);
  }
}

TEST_CASE("scan: every cue word of the lexicon", "[scan][lexicon]") {
  SECTION("total words: 총 모두 합계 전체 합쳐") {
    for (const char* text : {"5년간 매년 50억 유로, 모두 400억 유로", "5년간 매년 50억 유로, 합계 400억 유로",
                             "5년간 매년 50억 유로, 전체 400억 유로", "5년간 매년 50억 유로, 합쳐 400억 유로",
                             "5년간 매년 50억 유로, 총 400억 유로"}) {
      INFO(text);
      const auto figs = scan_text(text);
      REQUIRE(figs.size() == 2);
      CHECK_FALSE(figs[0].total);
      CHECK(figs[1].total);
      CHECK(value_of(figs[1]) == "40000000000");
    }
    const auto b = scan_text("모두 합쳐 9억원을");
    REQUIRE(b.size() == 1);
    CHECK(b[0].total);
    CHECK_FALSE(scan_text("모두가 9억원을").at(0).total);
  }
  SECTION("per words: 매년 매해 해마다 연간 연 매월 매달 매주 매일") {
    struct row {
      const char* text;
      period_unit unit;
    };
    for (const row& r : {row{"5년간 매년 50억 유로", period_unit::year}, row{"5년간 매해 50억 유로", period_unit::year},
                         row{"5년간 해마다 50억 유로", period_unit::year}, row{"5년간 연간 50억 유로", period_unit::year},
                         row{"연 50억 유로", period_unit::year}, row{"매달 3억원", period_unit::month},
                         row{"매주 3억원", period_unit::week}, row{"매일 3억원", period_unit::day}}) {
      INFO(r.text);
      const auto figs = scan_text(r.text);
      REQUIRE(figs.size() == 1);
      CHECK(figs[0].per == std::optional<period_unit>(r.unit));
    }
  }
  SECTION("span forms: N년간, N년 동안, N년동안, N개월간, N년에 걸쳐") {
    CHECK(over_of(scan_text("5년간 매해 50억 유로").at(0)) == "P5Y");
    CHECK(over_of(scan_text("5년 동안 매해 50억 유로").at(0)) == "P5Y");
    CHECK(over_of(scan_text("5년동안 매해 50억 유로").at(0)) == "P5Y");
    CHECK(over_of(scan_text("18개월간 50억 유로").at(0)) == "P18M");
    CHECK(over_of(scan_text("2년에 걸쳐 50억 유로").at(0)) == "P2Y");
    CHECK(over_of(scan_text("5년간에 50억 유로").at(0)) == "none");
  }
  SECTION("each words: 씩 after, 각 and 각각 before") {
    CHECK(scan_text("1억유로씩").at(0).each);
    CHECK(scan_text("각 1억유로를").at(0).each);
    CHECK(scan_text("각1억유로를").at(0).each);
    CHECK(scan_text("두 회사가 각각 400억 달러를 냈다").at(0).each);
    const auto figs = scan_text("각각 400억 달러, 500억 달러");  // respectively
    REQUIRE(figs.size() == 2);
    CHECK_FALSE(figs[0].each);
    CHECK_FALSE(figs[1].each);
    CHECK_FALSE(scan_text("각국이 1억유로를").at(0).each);
  }
}

TEST_CASE("scan: bounds written after the amount", "[scan]") {
  SECTION("웃도는, through the conversion") {
    const auto figs = scan_text("AI 분야에 200억 달러(약 26조원)를 웃도는 예산을 배정했다.");
    REQUIRE(figs.size() == 2);
    CHECK(figs[0].bound == bound_kind::more_than);
    CHECK(figs[1].bound == bound_kind::more_than);
  }
  SECTION("넘는, 미만") {
    CHECK(scan_text("100억원을 넘는 돈").at(0).bound == bound_kind::more_than);
    CHECK(scan_text("5억원에 못 미치는 돈").at(0).bound == bound_kind::less_than);
  }
  SECTION("a conversion inherits the stated bound") {
    const auto figs = scan_text("최소 5000억 달러(약 718조원)를 투자하는");
    REQUIRE(figs.size() == 2);
    CHECK(figs[0].bound == bound_kind::at_least);
    CHECK(figs[1].bound == bound_kind::at_least);
  }
}

TEST_CASE("scan: numeral syllables inside ordinary words are not money", "[scan][false-positive]") {
  for (const char* text : {"원이", "원천", "원한", "사원", "구원", "만났다", "천사", "천사의 날개", "이번 사업은 삼성과 일본",
                           "억만장자로 꼽히는", "3원칙", "구원 투수", "사원 10명이 일본에서 만났다"}) {
    INFO(text);
    CHECK(money_in(text).empty());
  }
  for (const char* text : {"원이", "원천", "원한", "사원", "구원", "만났다", "천사", "이번 사업은 삼성과 일본", "억만장자"}) {
    INFO(text);
    CHECK(scan_text(text).empty());
  }
  SECTION("조사에서 5위 is a rank, not 조") {
    const auto figs = scan_text("올해 조사에서 5위로 급등하며");
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].kind == figure_kind::count);
    CHECK(figs[0].text == "5위");
  }
}

TEST_CASE("scan: dates, clock times and spans are not figures", "[scan][false-positive]") {
  for (const char* text : {"기사 입력 2025.02.10 20:30", "송고시간 : 2025-02-20 11:30", "10~11일 파리에서", "2025회계연도",
                           "2024년 10월~2025년 9월", "6일(현지시간)", "2024. 10. 8. 00:36", "지난 1월 21일", "5년간",
                           "2시간 만에", "3분기"}) {
    INFO(text);
    CHECK(scan_text(text).empty());
  }
}

TEST_CASE("scan: stock codes, list markers and names with digits are not figures", "[scan][false-positive]") {
  for (const char* text : {"카카오[035720] 카나나", "SK텔레콤[017670] A.X", "삼성전자(005930) 주가", "1. 프랑스", "2) 독일",
                           "/AFPBBNews=뉴스1", "세계 톱5 AI로", "프랑스2 TV에", "미스트랄 라지2로", "GPT4", "H100"}) {
    INFO(text);
    CHECK(scan_text(text).empty());
  }
}

TEST_CASE("scan: counters are counts", "[scan][false-positive]") {
  const auto figs = scan_text("첨단 그래픽처리장치(GPU) 1만8천장 우선 확보");
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].kind == figure_kind::count);
  CHECK(figs[0].unit == "장");
  CHECK(value_of(figs[0]) == "18000");
}

TEST_CASE("scan: headlines without a currency are numbers; vague magnitudes", "[scan]") {
  const auto h = scan_text("오픈AI·딥시크에 밀린 유럽 '쩐의 전쟁' 가세…마크롱 163조 투자");
  REQUIRE(h.size() == 1);
  CHECK(h[0].kind == figure_kind::number);
  CHECK(value_of(h[0]) == "163000000000000");
  CHECK_FALSE(h[0].cur.valid());
  const auto v = scan_text("수백조원 규모의 인공지능(AI) 분야 투자계획");
  REQUIRE(v.size() == 1);
  CHECK(v[0].kind == figure_kind::money);
  CHECK(v[0].vague);
  CHECK(v[0].cur.code() == "KRW");
  CHECK_FALSE(v[0].value);
  const auto n = scan_text("AI에 수백조 쏟아붓는 선진국들");
  REQUIRE(n.size() == 1);
  CHECK(n[0].kind == figure_kind::number);
  CHECK(n[0].vague);
}

TEST_CASE("scan: figures spelled in numeral words", "[scan]") {
  const auto a = scan_text("예산 삼천억 원을 편성");
  REQUIRE(a.size() == 1);
  CHECK(value_of(a[0]) == "300000000000");
  CHECK(a[0].cur.code() == "KRW");
  const auto b = scan_text("오백만 원이 들었다");
  REQUIRE(b.size() == 1);
  CHECK(value_of(b[0]) == "5000000");
}

TEST_CASE("scan: offsets point into the original bytes", "[scan][text]") {
  SECTION("full-width digits") {
    const auto figs = scan_text("\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x99\xEF\xBC\x90억유로 투자");
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].text == "1090억유로");
    CHECK(figs[0].start == 0);
    CHECK(figs[0].end == 21);
    CHECK(value_of(figs[0]) == "109000000000");
  }
  SECTION("decomposed Hangul") {
    // "약 5" + NFD 억 + NFD 원
    const std::string text = "약 5\xE1\x84\x8B\xE1\x85\xA5\xE1\x86\xA8\xE1\x84\x8B\xE1\x85\xAF\xE1\x86\xAB 투자";
    const auto figs = scan_text(text);
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].text == "약 5억원");
    CHECK(figs[0].start == 0);
    CHECK(figs[0].end == 23);
    CHECK(value_of(figs[0]) == "500000000");
  }
  SECTION("CRLF line ends") {
    const auto figs = scan_text("제목\r\n총 3억유로\r\n6500억원\r\n");
    REQUIRE(figs.size() == 2);
    CHECK(figs[0].line == 2);
    CHECK(figs[0].start == 12);
    CHECK(figs[1].line == 3);
    CHECK(figs[1].start == 24);
    CHECK(figs[1].end == 34);
  }
  SECTION("an invalid byte is skipped, the figures around it kept") {
    const auto figs = scan_text("10\xFF억원과 \xC0 20억원");
    REQUIRE(figs.size() == 2);
    CHECK(figs[0].text == "10억원");
    CHECK(figs[0].start == 0);
    CHECK(figs[0].end == 9);
    CHECK(value_of(figs[1]) == "2000000000");
    CHECK(figs[1].start == 15);
  }
}

TEST_CASE("scan: front matter is read, not scanned", "[scan][front_matter]") {
  const std::string text = "---\ndate: 2025-02-10\ntitle: 마크롱 163조 투자\n---\n본문 1090억유로\n";
  const auto figs = scan_text(text);
  REQUIRE(figs.size() == 1);
  CHECK(figs[0].text == "1090억유로");
  CHECK(figs[0].line == 5);
  CHECK(figs[0].start == text.find("1090"));
  SECTION("malformed front matter is an error with its position") {
    try {
      (void)scan_text("---\ndate: 2025-02-30\n---\n1억원");
      FAIL("no error");
    } catch (const eok::parse_error& e) {
      CHECK(e.code() == eok::errc::invalid_date);
      CHECK(std::string(e.what()) == "parse error at line 2, column 15: 2025-02-30 does not exist: February 2025 has 28 days");
    }
  }
  SECTION("without reading it") {
    eok::scan_options o;
    o.read_front_matter = false;
    CHECK(scan_text(text, o).size() == 2);
  }
}

TEST_CASE("scan: indexes start at first_index", "[scan]") {
  eok::scan_options o;
  o.first_index = 10;
  const auto figs = scan_text("1090억유로(약 163조원)", o);
  REQUIRE(figs.size() == 2);
  CHECK(figs[0].index == 10);
  CHECK(figs[1].index == 11);
  CHECK(figs[1].converted_from == std::optional<std::size_t>(10));
}

TEST_CASE("scan: streaming in small chunks finds what scanning the whole text finds", "[scan][stream]") {
  const std::vector<std::string> lines{
      "프랑스가 1090억유로(약 163조원)를 쏟아부으며 AI 패권전쟁에 가세한 것.",
      "  • 기자 사진 김희정 기자 2025.02.10 20:30",
      "1억유로씩 총 3억유로(약 4400억원)를 후원해 탄생했다. 직원은 12명에 불과하지만",
      "",
      "\xEF\xBC\x91\xEF\xBC\x90억 원과 약 5\xE1\x84\x8B\xE1\x85\xA5\xE1\x86\xA8원, 10\xFF억원\r",
      "앞으로 5년간 매년 50억 유로(약 7조원)를 투자하라. 10% 늘려 68조6,000억 위안(약 1경3,000조원)으로",
  };
  std::string text = "---\ndate: 2025-02-10\n---\n";
  for (int k = 0; k < 400; ++k) {
    text += lines[static_cast<std::size_t>(k) % lines.size()];
    text += '\n';
  }
  const auto whole = scan_text(text);
  std::vector<scanned_figure> streamed;
  eok::scan_options o;
  o.chunk_size = 4096;
  eok::scan_callbacks cb;
  cb.on_figure = [&](const scanned_figure& f) { streamed.push_back(f); };
  std::size_t invalid = 0;
  cb.on_invalid_byte = [&](std::size_t off) {
    CHECK(static_cast<unsigned char>(text[off]) == 0xFF);
    ++invalid;
  };
  std::string date;
  cb.on_article = [&](const eok::front_matter& fm) { date = eok::to_iso_string(*fm.date); };
  std::istringstream in(text);
  const eok::scan_summary sum = eok::scan_stream(in, o, cb);
  CHECK(date == "2025-02-10");
  CHECK(sum.bytes == text.size());
  CHECK(sum.lines == 403);
  CHECK(sum.figures == whole.size());
  CHECK(sum.invalid_bytes == invalid);
  CHECK(invalid == 66);
  REQUIRE(streamed.size() == whole.size());
  CHECK(whole.size() == 930);  // 14 in every 6 lines: 66 * 14, and 6 in the last 4 lines
  for (std::size_t k = 0; k < whole.size(); ++k) {
    INFO("figure " << k);
    CHECK(streamed[k].text == whole[k].text);
    CHECK(streamed[k].start == whole[k].start);
    CHECK(streamed[k].end == whole[k].end);
    CHECK(streamed[k].line == whole[k].line);
    CHECK(streamed[k].converted_from == whole[k].converted_from);
    CHECK(eok::scanned_figure_to_json(streamed[k]) == eok::scanned_figure_to_json(whole[k]));
  }
}

namespace {

std::vector<scanned_figure> stream_all(const std::string& text, eok::scan_options o, eok::scan_summary* sum = nullptr) {
  std::vector<scanned_figure> out;
  eok::scan_callbacks cb;
  cb.on_figure = [&](const scanned_figure& f) { out.push_back(f); };
  std::istringstream in(text);
  const eok::scan_summary s = eok::scan_stream(in, o, cb);
  if (sum) *sum = s;
  return out;
}

std::string json_lines(const std::vector<scanned_figure>& figs) {
  std::string out;
  for (const auto& f : figs) out += eok::scanned_figure_to_json(f) + "\n";
  return out;
}

}  // namespace

TEST_CASE("scan: a long input without spaces streams exactly as the whole text", "[scan][stream]") {
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "(12억원)";
  eok::scan_options o;
  o.chunk_size = 4096;
  eok::scan_summary sum;
  const auto streamed = stream_all(text, o, &sum);
  const auto whole = scan_text(text);
  CHECK(sum.bytes == text.size());
  CHECK(sum.cut_lines == 0);
  CHECK(whole.size() == 20000);
  REQUIRE(streamed.size() == 20000);
  CHECK(streamed[19999].start == 19999 * 10 + 1);
  CHECK(json_lines(streamed) == json_lines(whole));
}

TEST_CASE("scan: 1억원 glued 100,000 times is one figure, streamed or not", "[scan][stream][robust]") {
  std::string text;
  for (int k = 0; k < 100000; ++k) text += "1억원";
  const auto whole = scan_text(text);
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].text == "1억원");
  CHECK(whole[0].start == 0);
  CHECK(whole[0].end == 7);
  for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, std::size_t{64 * 1024}}) {
    INFO("chunk " << chunk);
    eok::scan_options o;
    o.chunk_size = chunk;
    eok::scan_summary sum;
    const auto streamed = stream_all(text, o, &sum);
    CHECK(sum.bytes == 700000);
    CHECK(sum.lines == 1);
    CHECK(sum.cut_lines == 0);
    CHECK(json_lines(streamed) == json_lines(whole));
  }
}

TEST_CASE("scan: lines and front matter stream exactly in chunks of one byte", "[scan][stream]") {
  const std::string text = "---\ndate: 2025-02-10\n---\n프랑스가 1090억유로(약 163조원)를\r\n총 3억유로\n\n5년간 매년 50억 유로";
  eok::scan_options o;
  o.chunk_size = 1;
  eok::scan_summary sum;
  const auto streamed = stream_all(text, o, &sum);
  const auto whole = scan_text(text);
  REQUIRE(whole.size() == 4);
  CHECK(sum.lines == 7);
  CHECK(json_lines(streamed) == json_lines(whole));
}

TEST_CASE("scan: past max_line_bytes a line is cut at a space and counted", "[scan][stream][limits]") {
  std::string text;
  for (int k = 0; k < 300; ++k) text += "매출 1억원 ";  // 15 bytes each, one line of 4,500 bytes
  text += "\n12명\n";
  for (int k = 0; k < 300; ++k) text += "1억원";  // 2,100 bytes without a space
  eok::scan_options o;
  o.chunk_size = 64;
  o.max_line_bytes = 1024;
  eok::scan_summary sum;
  const auto streamed = stream_all(text, o, &sum);
  CHECK(sum.cut_lines == 2);
  CHECK(sum.lines == 3);
  // The first line's cuts fall after spaces: every figure is still found. The last line is cut
  // inside the glued run: what scan_text reads as one figure is then more than one.
  const auto whole = scan_text(text);
  REQUIRE(whole.size() == 302);
  REQUIRE(streamed.size() == 304);  // 301, and the 2,100-byte run cut twice: three figures
  for (std::size_t k = 0; k < 301; ++k) CHECK(eok::scanned_figure_to_json(streamed[k]) == eok::scanned_figure_to_json(whole[k]));
}

TEST_CASE("scan: JSON has the parser's keys, then the links", "[scan][json]") {
  const auto figs = scan_text("1090억유로(약 163조원)");
  REQUIRE(figs.size() == 2);
  CHECK(eok::scanned_figure_to_json(figs[1]) ==
        "{\"text\": \"약 163조원\", \"start\": 14, \"end\": 27, \"line\": 1, \"kind\": \"money\", \"value\": "
        "\"163000000000000\", \"currency\": \"KRW\", \"currency_ambiguous\": false, \"approximate\": true, "
        "\"bound\": null, \"low\": null, \"high\": null, \"range\": false, \"band\": false, \"vague\": false, "
        "\"precision\": \"1000000000000\", \"unit\": null, \"each\": false, \"ambiguous\": null, \"index\": 1, "
        "\"converted_from\": 0, \"total\": false, \"per\": null, \"over\": null}");
  std::string out;
  const std::string file = "a \"b\".txt";
  eok::append_scanned_figure_json(out, figs[0], &file);
  const std::string tail = ", \"file\": \"a \\\"b\\\".txt\"}";
  REQUIRE(out.size() > tail.size());
  CHECK(out.substr(out.size() - tail.size()) == tail);
}

TEST_CASE("scan: the JSON writer agrees with figure_to_json", "[scan][json]") {
  std::vector<scanned_figure> figs = scan_text(
      "1억유로씩 총 3억유로(약 4400억원), 수천억 원, 2조~3조원, 8천억원대, 12명, 10%, 최대 500억유로, 0.5달러 5년간 "
      "매년 50억 유로");
  scanned_figure odd;
  odd.text = "a\"b\\c\n\t\x01\x7F";
  odd.unit = "\"";
  odd.value = eok::decimal::parse("-12.50");
  odd.low = eok::decimal::parse("1");
  odd.high = eok::decimal::parse("2");
  odd.precision = eok::decimal::parse("0.01");
  figs.push_back(odd);
  REQUIRE(figs.size() > 10);
  for (const auto& f : figs) {
    const std::string ours = eok::scanned_figure_to_json(f);
    const std::string base = eok::figure_to_json(f);
    INFO(base);
    CHECK(ours.compare(0, base.size() - 1, base, 0, base.size() - 1) == 0);
  }
}

TEST_CASE("scan: arbitrary bytes never crash and offsets stay in the input", "[scan][robust]") {
  const std::vector<std::string> pieces{"1", "0", ",", ".", "~", "-", " ", "\n", "\r\n", "억", "조", "원", "유로", "달러",
                                        "약 ", "최대 ", "수", "백", "천", "만", "(", ")", "씩", "총 ", "년간", "%", "$",
                                        "USD", "\xFF", "\xE1\x84\x8B", "\xE1\x85\xA5", "\xEF\xBC\x91", "[", "]", "일",
                                        "가", "이", "사", "about ", "5년간 ", "매년 ", "를 웃도는", "한화 "};
  std::uint32_t seed = 7;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int count = static_cast<int>(next() % 40);
    for (int k = 0; k < count; ++k) text += pieces[next() % pieces.size()];
    eok::scan_options o;
    o.read_front_matter = false;
    std::vector<scanned_figure> figs;
    REQUIRE_NOTHROW(figs = scan_text(text, o));
    std::size_t last_end = 0;
    for (const auto& f : figs) {
      INFO("round " << round);
      CHECK(f.start < f.end);
      CHECK(f.end <= text.size());
      CHECK(f.start >= last_end);
      last_end = f.end;
      if (f.converted_from) CHECK(*f.converted_from < f.index);
    }
  }
}

namespace {

/// "text=value" for every figure the scanner finds in `line`, joined by " | ".
std::string found_in(const std::string& line) {
  std::string out;
  for (const auto& f : eok::scan_text(line)) {
    if (!out.empty()) out += " | ";
    out += f.text + "=" + (f.value ? f.value->to_string() : f.low && f.high ? f.low->to_string() + "~" + f.high->to_string() : "null");
  }
  return out;
}

}  // namespace

TEST_CASE("scan: signs the parser keeps are kept by the scanner", "[scan][sign]") {
  CHECK(found_in("순이익은 -1억원이었다.") == "-1억원=-100000000");
  CHECK(found_in("주가 -3.2%를 기록했다.") == "-3.2%=-3.2");
  CHECK(found_in("| -0.5% | 1.2% |") == "-0.5%=-0.5 | 1.2%=1.2");
  CHECK(found_in("주가는 \xE2\x88\x92" "2.1% 내렸다.") == "\xE2\x88\x92" "2.1%=-2.1");
  CHECK(found_in("영업손실 △1,234억원") == "△1,234억원=-123400000000");
  CHECK(found_in("전년 대비 ▲3.2%, ▼1.5%") == "▲3.2%=3.2 | ▼1.5%=-1.5");
  CHECK(found_in("마이너스 1억원") == "마이너스 1억원=-100000000");
  // A hyphen between digits is a range or a token, not a sign.
  CHECK(found_in("10-20%") == "10-20%=10~20");
}

TEST_CASE("scan: the copula 다 after a vowel ends a figure", "[scan][copula]") {
  CHECK(found_in("규모는 500억 달러다.") == "500억 달러=50000000000");
  CHECK(found_in("1조 유로다.") == "1조 유로=1000000000000");
  CHECK(found_in("상승률은 2.3%다.") == "2.3%=2.3");
  CHECK(found_in("가격은 100달러다.") == "100달러=100");
  CHECK(found_in("1인당 3만6,194달러다.") == "3만6,194달러=36194");
  CHECK(found_in("10파운드다") == "10파운드=10");
  CHECK(found_in("100달러예요") == "100달러=100");
}

TEST_CASE("scan: digits grouped by spaces are one figure", "[scan][digits]") {
  CHECK(found_in("1 234 567원") == "1 234 567원=1234567");
  CHECK(found_in("총 100 000 000원") == "100 000 000원=100000000");
  CHECK(found_in("2024 100명") == "2024=2024 | 100명=100");
}

TEST_CASE("scan: codes, telephone numbers, addresses and labels are not figures", "[scan][false]") {
  CHECK(found_in("문의 (408) 996-1010") == "");
  CHECK(found_in("전화 02-1234-5678") == "");
  CHECK(found_in("| 삼성전자 | 005930 | 7만원 |") == "7만원=70000");
  CHECK(found_in("서울 강남구 테헤란로 123 (우 06236)") == "");
  CHECK(found_in("1호선 열차가 123번지 앞에") == "");
  CHECK(found_in("3·1절 기념식") == "");
  CHECK(found_in("1인당 1주당 배당") == "");
  // The numerator of a fraction: the relations read `3분의 1`; `1인` there counts no one.
  CHECK(found_in("25억달러의 3분의 1인 8억달러") == "25억달러=2500000000 | 8억달러=800000000");
  CHECK(found_in("전체의 3분의1인 8억달러") == "8억달러=800000000");
  CHECK(found_in("1인 가구 3분의 2") == "1인=1");
}

TEST_CASE("scan: numeral syllables inside words and names are not figures", "[scan][spelled]") {
  for (const char* text : {"이억원 금융위원장은", "구조를 바꿨다", "구조가 필요하다", "구조 작업", "사조가", "오만을 버려라",
                           "이만 줄이겠다", "구천을 떠돌다", "사천에서", "이천 시민", "이사회", "오만석 배우", "이만수 감독",
                           "이천수"}) {
    INFO(text);
    CHECK(found_in(text) == "");
  }
  // With evidence that they are numbers, spelled figures stay.
  CHECK(found_in("삼천억 원을 투자") == "삼천억 원=300000000000");
  CHECK(found_in("오백 명이 모였다") == "오백 명=500");
  CHECK(found_in("이억원을 빌렸다") == "이억원=200000000");
}

TEST_CASE("scan: stated exchange rates are figures of kind rate, not money", "[scan][rate]") {
  struct row {
    const char* text;
    const char* figure;  // text of the rate figure
    const char* base;
    const char* quote;
    const char* per;
    const char* value;   // or "low~high"
    eok::ambiguity reading;
  };
  for (const row& r : {row{"100엔당 900원", "100엔당 900원", "JPY", "KRW", "100", "900", eok::ambiguity::none},
                       row{"1달러=1,450원", "1달러=1,450원", "USD", "KRW", "1", "1450", eok::ambiguity::none},
                       row{"1달러 = 1,450원", "1달러 = 1,450원", "USD", "KRW", "1", "1450", eok::ambiguity::none},
                       row{"원·달러 환율 1,450원", "1,450원", "USD", "KRW", "1", "1450", eok::ambiguity::none},
                       row{"원/달러 환율은 1,450원으로", "1,450원", "USD", "KRW", "1", "1450", eok::ambiguity::none},
                       row{"환율이 1,400원을 넘어서며", "1,400원을 넘어서며", "USD", "KRW", "1", "1400",
                           eok::ambiguity::rate_base_assumed},
                       row{"1파운드당 1.28달러", "1파운드당 1.28달러", "GBP", "USD", "1", "1.28", eok::ambiguity::none},
                       row{"100엔당 850~950원", "100엔당 850~950원", "JPY", "KRW", "100", "850~950", eok::ambiguity::none}}) {
    INFO(r.text);
    const auto figs = eok::scan_text(std::string("이날 ") + r.text + " 수준이다.");
    REQUIRE(figs.size() == 1);
    const auto& f = figs[0];
    CHECK(f.kind == eok::figure_kind::rate);
    CHECK(f.text == r.figure);
    CHECK(std::string(f.rate_base.code()) == r.base);
    CHECK(std::string(f.cur.code()) == r.quote);
    REQUIRE(f.rate_per);
    CHECK(f.rate_per->to_string() == r.per);
    CHECK((f.value ? f.value->to_string() : f.low->to_string() + "~" + f.high->to_string()) == r.value);
    CHECK(f.reading == r.reading);
    CHECK(f.index == 0);
  }
  const auto bound = eok::scan_text("환율이 1,400원을 넘어서며");
  REQUIRE(bound.size() == 1);
  CHECK(bound[0].bound == eok::bound_kind::more_than);
  CHECK(eok::scanned_figure_to_json(eok::scan_text("100엔당 900원")[0]).find(
            "\"rate\": {\"base\": \"JPY\", \"quote\": \"KRW\", \"per\": \"100\"}") != std::string::npos);
  // An amount next to a conversion is still money.
  const auto money = eok::scan_text("1090억유로(약 163조원)");
  REQUIRE(money.size() == 2);
  CHECK(money[0].kind == eok::figure_kind::money);
  CHECK(money[1].kind == eok::figure_kind::money);
}
