// Publication dates read from pages as they are saved: the written-date reader (text/date.hpp),
// the byline finder (read/dateline.hpp), and the five seed pages read by read_article, with their
// dates, where each comes from, and the caption printed twice counted once.
#include "../support/catch.hpp"

#include <eok/read/dateline.hpp>
#include <eok/reconcile/claims.hpp>
#include <eok/text/date.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace {

std::string iso(eok::date_type d) { return eok::format_date(d); }

/// The date `text` states at its start, as "YYYY-MM-DD [the words read]", or "none".
std::string written(std::string_view text) {
  auto d = eok::read_written_date(text, 0);
  if (!d) return "none";
  return iso(d->day) + " [" + std::string(text.substr(d->start, d->end - d->start)) + "]";
}

/// The byline date of a page as "YYYY-MM-DD | words | line N", or "none: reason".
std::string byline(std::string_view page) {
  const eok::dateline_search s = eok::find_dateline(page);
  if (!s.found) return "none: " + s.reason;
  return iso(s.found->day) + " | " + s.found->text + " | line " + std::to_string(s.found->line);
}

}  // namespace

TEST_CASE("written dates: the forms pages use", "[date][dateline]") {
  CHECK(written("2025.02.10 20:30") == "2025-02-10 [2025.02.10 20:30]");
  CHECK(written("2025-02-10 오후 8:30") == "2025-02-10 [2025-02-10 오후 8:30]");
  CHECK(written("2024. 10. 8. 00:36") == "2024-10-08 [2024. 10. 8. 00:36]");
  CHECK(written("2024-09-24 20:10") == "2024-09-24 [2024-09-24 20:10]");
  CHECK(written("2025년 2월 10일") == "2025-02-10 [2025년 2월 10일]");
  CHECK(written("2025년2월10일 발표") == "2025-02-10 [2025년2월10일]");
  CHECK(written("2025.02.10") == "2025-02-10 [2025.02.10]");
  CHECK(written("2025/02/10") == "2025-02-10 [2025/02/10]");
  CHECK(written("Feb 10, 2025") == "2025-02-10 [Feb 10, 2025]");
  CHECK(written("February 10, 2025 8:30 PM") == "2025-02-10 [February 10, 2025 8:30 PM]");
  CHECK(written("10 Feb 2025") == "2025-02-10 [10 Feb 2025]");
  CHECK(written("2025.02.10(월) 20:30") == "2025-02-10 [2025.02.10(월) 20:30]");
  CHECK(written("2025-02-10T20:30:00+09:00") == "2025-02-10 [2025-02-10T20:30:00+09:00]");
  CHECK(written("2025-02-10T23:30:00-05:00") == "2025-02-10 [2025-02-10T23:30:00-05:00]");
}

TEST_CASE("written dates: what is not a date", "[date][dateline]") {
  CHECK(written("9일(현지시간)") == "none");
  CHECK(written("1월 21일") == "none");
  CHECK(written("2025.02.30") == "none");       // no such day
  CHECK(written("2025-13-01") == "none");       // no such month
  CHECK(written("2025년 2월") == "none");       // no day
  CHECK(written("20250.02.10") == "none");      // five digits
  CHECK(written("2025.02.103") == "none");      // runs on into digits
  CHECK(written("1,090.5") == "none");
  CHECK(written("2034년엔 최대") == "none");
  CHECK(written("1850.01.01") == "none");       // not a page's year
  auto found = eok::find_written_date("총 12017.02.10", 0, 20);
  CHECK_FALSE(found.has_value());  // not at a word boundary
}

TEST_CASE("byline: labelled publication times", "[dateline]") {
  CHECK(byline("제목\n\n김희정 기자 기사 입력 2025.02.10 20:30\n본문") == "2025-02-10 | 기사 입력 2025.02.10 20:30 | line 3");
  CHECK(byline("입력 2025-02-10 오후 8:30\n") == "2025-02-10 | 입력 2025-02-10 오후 8:30 | line 1");
  CHECK(byline("송고시간 : 2025-02-20 11:30\n") == "2025-02-20 | 송고시간 : 2025-02-20 11:30 | line 1");
  CHECK(byline("등록 2025.02.10\n") == "2025-02-10 | 등록 2025.02.10 | line 1");
  CHECK(byline("발행일 2025.02.10\n") == "2025-02-10 | 발행일 2025.02.10 | line 1");
  CHECK(byline("By Jane Doe\nPublished Feb 10, 2025\n") == "2025-02-10 | Published Feb 10, 2025 | line 2");
  CHECK(byline("2025.02.10 20:30 입력\n") == "2025-02-10 | 2025.02.10 20:30 입력 | line 1");
}

TEST_CASE("byline: an unlabelled date on a byline line", "[dateline]") {
  CHECK(byline("美 빅테크 독점 막아라\n\n파리/정철환 특파원 2024. 10. 8. 00:36\n") ==
        "2024-10-08 | 2024. 10. 8. 00:36 | line 3");
  CHECK(byline("제목\n\n2024-09-24 20:10\n  • 글자크기 설정\n") == "2024-09-24 | 2024-09-24 20:10 | line 3");
  CHECK(byline("2025년 2월 10일\n") == "2025-02-10 | 2025년 2월 10일 | line 1");
}

TEST_CASE("byline: a later 수정 time never replaces the publication time", "[dateline]") {
  CHECK(byline("입력 2025.02.10 20:30 수정 2025.02.11 09:00\n") == "2025-02-10 | 입력 2025.02.10 20:30 | line 1");
  CHECK(byline("수정 2025.02.11 09:00\n입력 2025.02.10 20:30\n") == "2025-02-10 | 입력 2025.02.10 20:30 | line 2");
  CHECK(byline("최종수정 2025.02.11\n2025.02.09\n") == "2025-02-09 | 2025.02.09 | line 2");
  CHECK(byline("수정 2025.02.11 09:00\n") ==
        "none: no publication date in a byline or dateline (only an update time, '수정 2025.02.11 09:00' on line 1)");
}

TEST_CASE("byline: a republished page keeps the wire's 송고시간", "[dateline]") {
  CHECK(byline("콘텐츠뉴스\n  • 2025-02-28 | 신기술 융합콘텐츠\n\n송고시간 : 2025-02-20 11:30\n") ==
        "2025-02-20 | 송고시간 : 2025-02-20 11:30 | line 4");
  CHECK(byline("등록 2025.02.28\n송고시간 2025-02-20 11:30\n") == "2025-02-20 | 송고시간 2025-02-20 11:30 | line 2");
}

TEST_CASE("byline: dates inside the story are never taken", "[dateline]") {
  const std::string story =
      "제목\n9일(현지시간) 마크롱 대통령은 1월 21일 발표한 계획에서 2025년 2월 10일까지 1090억유로를 투자한다고 "
      "밝혔다. 이 계획은 지난해부터 준비된 것으로 알려졌으며 정부와 기업이 함께 참여한다.\n";
  CHECK(byline(story) == "none: no publication date in a byline or dateline");
  CHECK(byline("입력\n수정\n본문\n") == "none: no publication date in a byline or dateline ('입력' on line 1 has no date)");
}

namespace {

namespace fs = std::filesystem;

/// The seed page whose name starts with `prefix`, as copied from the web; fails loudly when the
/// seeds are missing.
std::string seed_text(const std::string& prefix, std::string& name) {
  const fs::path dir = fs::path(EOK_SHARED_DIR) / "seeds";
  INFO("the seed articles must be at " << dir.string());
  REQUIRE(fs::is_directory(dir));
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string leaf = entry.path().filename().string();
    if (leaf.rfind(prefix, 0) == 0) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      name = leaf;
      return s.str();
    }
  }
  FAIL("seed " << prefix << " is missing from " << dir.string());
  return "";
}

std::string article_date(const eok::article& a) {
  if (!a.dated()) return "undetermined: " + a.date_reason;
  return iso(a.date) + " | " + std::string(eok::to_string(a.date_from)) + " | " + a.date_text + " | line " +
         std::to_string(a.date_line);
}

}  // namespace

TEST_CASE("seed pages: every article's date and where it comes from", "[dateline][seeds]") {
  const std::map<std::string, std::string> expected{
      {"000", "2025-02-10 | byline | 기사 입력 2025.02.10 20:30 | line 3"},
      {"001", "2024-10-08 | byline | 2024. 10. 8. 00:36 | line 3"},
      {"002", "undetermined: no publication date in a byline or dateline ('입력' on line 1 has no date); give one with --date"},
      {"003", "2024-09-24 | byline | 2024-09-24 20:10 | line 3"},
      {"004", "2025-02-20 | byline | 송고시간 : 2025-02-20 11:30 | line 13"},
  };
  for (const auto& [prefix, want] : expected) {
    std::string name;
    const std::string text = seed_text(prefix, name);
    eok::article_reading reading;
    reading.file = name;
    const eok::article a = eok::read_article(text, prefix, reading);
    INFO(name);
    CHECK(a.file == name);
    CHECK(article_date(a) == want);
  }
}

TEST_CASE("seed pages: --date dates only the page without one", "[dateline][seeds]") {
  eok::article_reading reading;
  reading.date = eok::parse_date("2024-10-15");
  std::string name;
  const eok::article undated = eok::read_article(seed_text("002", name), "002", reading);
  CHECK(article_date(undated) == "2024-10-15 | option | --date 2024-10-15 | line 0");
  const eok::article dated = eok::read_article(seed_text("000", name), "000", reading);
  CHECK(article_date(dated) == "2025-02-10 | byline | 기사 입력 2025.02.10 20:30 | line 3");
}

TEST_CASE("seed pages: a caption printed twice is counted once, at both lines", "[dateline][seeds]") {
  std::string name;
  const eok::article a = eok::read_article(seed_text("000", name), "000", {});
  std::size_t at_29 = 0;
  std::size_t at_30 = 0;
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    if (a.figures[i].line == 30) ++at_30;
    if (a.figures[i].line != 29) continue;
    ++at_29;
    REQUIRE(i < a.repeated_at.size());
    CHECK(a.repeated_at[i] == std::vector<std::size_t>{30});
  }
  CHECK(at_29 == 2);  // 최소 5000억 달러, 약 718조원
  CHECK(at_30 == 0);
  std::size_t conversions_on_29 = 0;
  for (const auto& c : a.conversions) conversions_on_29 += a.figures[c.from].line == 29 ? 1 : 0;
  CHECK(conversions_on_29 == 1);
}

// ---- saved web pages (read/html.hpp) --------------------------------------------------------

#include <eok/read/html.hpp>

namespace {

std::string data_file(const std::string& relative) {
  const fs::path p = fs::path(EOK_TEST_DATA_DIR) / relative;
  std::ifstream in(p, std::ios::binary);
  INFO("test data must be at " << p.string());
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("html: the text a reader sees, one line per block, without scripts and navigation", "[html]") {
  const eok::html_page page = eok::read_html(data_file("pages/html/france_ai.html"));
  CHECK(page.text ==
        "佛 마크롱, AI에 1090억유로 투자\n"
        "김희정 기자 입력 2025.02.10 20:30 수정 2025.02.11 09:00\n"
        "프랑스가 1090억유로(약 163조원)를 쏟아부으며 AI 패권전쟁에 가세했다. 마크롱 대통령은 9일(현지시간) 이렇게 밝혔다.\n"
        "마크롱 대통령이 2천억 유로(약 300조원) 계획을 \"발표\"하고 있다.\n"
        "마크롱 대통령이 2천억 유로(약 300조원) 계획을 \"발표\"하고 있다.\n"
        "지난해 12월 1일\n");
  REQUIRE(page.title.has_value());
  CHECK(*page.title == "佛 마크롱, AI에 1090억유로 투자");  // og:title wins over <title>
  REQUIRE(page.date.has_value());
  CHECK(iso(*page.date) == "2025-02-10");  // the local date written, not shifted to UTC
  CHECK(page.date_text == "<meta property=\"article:published_time\" content=\"2025-02-10T20:30:00+09:00\">");
}

TEST_CASE("html: <time datetime> when there is no meta tag; <title> when there is no og:title", "[html]") {
  const eok::html_page page = eok::read_html(
      "<html><head><title> EU  예산 </title></head><body><p>본문<time datetime=\"2024-12-13T09:00:00Z\">어제</time></p>"
      "<script>x = '<p>'</script><p>끝</p></body></html>");
  CHECK(page.text == "본문어제\n끝\n");
  CHECK(page.title.value_or("none") == "EU 예산");
  CHECK(iso(page.date.value_or(eok::date_type{})) == "2024-12-13");
  CHECK(page.date_text == "<time datetime=\"2024-12-13T09:00:00Z\">");
}

TEST_CASE("html: broken markup and bytes never throw", "[html]") {
  const eok::html_page page = eok::read_html("<p>1090억<b>유로<p>둘째 &amp; <div><<\xff\xfe</p");
  CHECK(page.text.find("1090억유로") == 0);
  CHECK_FALSE(page.date.has_value());
  CHECK(eok::is_html_name("a/B.HTML"));
  CHECK(eok::is_html_name("x.htm"));
  CHECK_FALSE(eok::is_html_name("x.html.txt"));
}

TEST_CASE("html: an article read from a page: meta date, byline fallback, caption counted once", "[html]") {
  eok::article_reading reading;
  reading.file = "france_ai.html";
  reading.html = true;
  const eok::article a = eok::read_article(data_file("pages/html/france_ai.html"), "france_ai", reading);
  CHECK(a.text_from == "html");
  CHECK(article_date(a) ==
        "2025-02-10 | page_meta | <meta property=\"article:published_time\" content=\"2025-02-10T20:30:00+09:00\"> | line 0");
  CHECK(a.conversions.size() == 2);  // 1090억유로(약 163조원) and the caption's, once; none from script, style or aside
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    if (a.figures[i].line == 4) CHECK(a.repeated_at.at(i) == std::vector<std::size_t>{5});
    CHECK(a.figures[i].line != 5);
  }
  reading.file = "byline_only.htm";
  const eok::article b = eok::read_article(data_file("pages/html/byline_only.htm"), "byline_only", reading);
  CHECK(article_date(b) == "2025-02-20 | byline | 송고시간 : 2025-02-20 11:30 | line 1");
  CHECK(b.title == "EU 200억유로");
  const eok::article c = eok::read_article("<p>1090억유로(약 163조원)</p>", "none", reading);
  CHECK(article_date(c) ==
        "undetermined: no <meta property=\"article:published_time\">, no <time datetime> and no publication date in a "
        "byline or dateline; give one with --date");
}

TEST_CASE("html: deep nesting is read without exhausting the stack; too many tags is an error", "[html]") {
  std::string deep;
  for (int i = 0; i < 19000; ++i) deep += "<div>";
  deep += "1090억유로(약 163조원)";
  const eok::html_page page = eok::read_html(deep);
  CHECK(page.text == "1090억유로(약 163조원)\n");
  std::string many;
  for (int i = 0; i < 20001; ++i) many += "<i>";
  try {
    (void)eok::read_html(many);
    FAIL("expected an error");
  } catch (const eok::error& e) {
    CHECK(std::string(e.what()) == "the page has more than 20000 tags (at byte 60000); eok reads pages up to that size");
  }
}
