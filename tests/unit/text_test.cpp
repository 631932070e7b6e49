#include "../support/catch.hpp"

#include <eok/text/text.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

using eok::text_normalizer;

TEST_CASE("text: clean UTF-8 is not copied", "[text]") {
  text_normalizer n;
  const std::string in = "프랑스 1090억유로(약 163조원)\n";
  const std::string_view out = n.normalize(in);
  CHECK_FALSE(n.changed());
  CHECK(out.data() == in.data());
  CHECK(out.size() == in.size());
  CHECK(n.original_start(7) == 7);
  CHECK(n.original_end(12) == 12);
}

TEST_CASE("text: full-width digits and signs are read as ASCII, offsets kept", "[text]") {
  text_normalizer n;
  // "１，０００억" then an ideographic space and a full-width won sign
  const std::string in = "\xEF\xBC\x91\xEF\xBC\x8C\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90억\xE3\x80\x80\xEF\xBF\xA6";
  CHECK(std::string(n.normalize(in)) == "1,000억 ₩");
  CHECK(n.changed());
  CHECK(n.original_start(0) == 0);
  CHECK(n.original_end(1) == 3);     // after "１"
  CHECK(n.original_start(2) == 6);   // the first "０"
  CHECK(n.original_start(5) == 15);  // 억
  CHECK(n.original_end(8) == 18);    // after 억
  CHECK(n.original_start(9) == 21);  // ₩, after the ideographic space
  CHECK(n.original_end(12) == in.size());
}

TEST_CASE("text: decomposed Hangul jamo are composed to syllables", "[text]") {
  text_normalizer n;
  SECTION("L V T") {
    // "1" + NFD 억 + NFD 원
    const std::string in = "1\xE1\x84\x8B\xE1\x85\xA5\xE1\x86\xA8\xE1\x84\x8B\xE1\x85\xAF\xE1\x86\xAB";
    CHECK(std::string(n.normalize(in)) == "1억원");
    CHECK(n.original_start(1) == 1);
    CHECK(n.original_end(4) == 10);
    CHECK(n.original_start(4) == 10);
    CHECK(n.original_end(7) == 19);
  }
  SECTION("a precomposed LV syllable takes a trailing jamo") {
    const std::string in = "3\xEC\x96\xB4\xE1\x86\xA8 원";  // 3 + 어 + ᆨ
    CHECK(std::string(n.normalize(in)) == "3억 원");
    CHECK(n.original_end(4) == 7);
    CHECK(n.original_start(5) == 8);
  }
  SECTION("L V composed, then T") {
    const std::string in = "\xE1\x84\x8B\xE1\x85\xA5" "\xE1\x86\xA8";
    CHECK(std::string(n.normalize(in)) == "억");
    REQUIRE(n.edits().size() == 1);
    CHECK(n.edits()[0].original_length == 9);
  }
  SECTION("a jamo that cannot compose stays") {
    const std::string in = "\xE1\x84\x80 x";  // a lone leading consonant
    CHECK(std::string(n.normalize(in)) == in);
  }
  SECTION("a trailing jamo does not join across an invalid byte") {
    const std::string in = "\xEC\x96\xB4\xFF\xE1\x86\xA8";
    CHECK(std::string(n.normalize(in)) == "\xEC\x96\xB4\xE1\x86\xA8");
    CHECK(n.invalid_bytes() == std::vector<std::size_t>{3});
  }
}

TEST_CASE("text: CRLF becomes LF, a lone CR stays", "[text]") {
  text_normalizer n;
  const std::string in = "5억원\r\n6억원\r7";
  CHECK(std::string(n.normalize(in)) == "5억원\n6억원\r7");
  CHECK(n.original_end(7) == 7);
  CHECK(n.original_start(7) == 8);  // the LF
  CHECK(n.original_start(8) == 9);  // 6
}

TEST_CASE("text: invalid UTF-8 is skipped and reported", "[text]") {
  text_normalizer n;
  SECTION("a stray byte inside a figure") {
    const std::string in = "10\xFF억원";
    CHECK(std::string(n.normalize(in)) == "10억원");
    CHECK(n.invalid_bytes() == std::vector<std::size_t>{2});
    CHECK(n.original_end(2) == 2);    // "10" ends before the bad byte
    CHECK(n.original_start(2) == 3);  // 억 starts after it
    CHECK(n.original_end(8) == 9);
  }
  SECTION("overlong, surrogate, above U+10FFFF, truncated") {
    const std::string in = "a\xC0\xAF" "b\xED\xA0\x80" "c\xF4\x90\x80\x80" "d\xE1\x84";
    CHECK(std::string(n.normalize(in)) == "abcd");
    CHECK(n.invalid_bytes() == std::vector<std::size_t>{1, 2, 4, 5, 6, 8, 9, 10, 11, 13, 14});
    CHECK(n.original_start(3) == 12);
    CHECK(n.original_end(4) == 13);
  }
  SECTION("a continuation byte at the start") {
    const std::string in = "\x80\x80" "1";
    CHECK(std::string(n.normalize(in)) == "1");
    CHECK(n.original_start(0) == 2);
    CHECK(n.original_end(0) == 0);
  }
}

TEST_CASE("text: a normalizer can be reused", "[text]") {
  text_normalizer n;
  CHECK(std::string(n.normalize("\xEF\xBC\x91")) == "1");
  const std::string clean = "2";
  CHECK(std::string(n.normalize(clean)) == "2");
  CHECK_FALSE(n.changed());
  CHECK(n.edits().empty());
  CHECK(n.original_start(0) == 0);
}

TEST_CASE("text: utf8 helpers", "[text]") {
  CHECK(eok::utf8::sequence_length("억", 0) == 3);
  CHECK(eok::utf8::sequence_length("\xE0\x80\x80", 0) == 0);
  CHECK(eok::utf8::decode("억", 0, 3) == U'억');
  CHECK(eok::utf8::is_hangul_syllable(U'힣'));
  CHECK_FALSE(eok::utf8::is_hangul_syllable(U'\u1100'));
  std::string s;
  eok::utf8::append(s, U'\U0001F600');
  CHECK(s == "\xF0\x9F\x98\x80");
}

namespace {

// A plain byte-by-byte model of the normalizer, to check the block-wise fast path against.
std::string model_normalize(const std::string& in, std::vector<std::size_t>& invalid) {
  std::string out;
  std::size_t i = 0;
  bool lv_last = false;  // the output ends in an LV syllable a trailing jamo may join
  auto is_lv = [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 0; };
  while (i < in.size()) {
    const std::size_t len = eok::utf8::sequence_length(in, i);
    if (len == 0) {
      invalid.push_back(i++);
      lv_last = false;
      continue;
    }
    const char32_t cp = eok::utf8::decode(in, i, len);
    if (cp > 0x11A7 && cp < 0x11A7 + 28 && lv_last) {
      const char32_t s = eok::utf8::decode(out, out.size() - 3, 3) + (cp - 0x11A7);
      out.resize(out.size() - 3);
      eok::utf8::append(out, s);
      lv_last = false;
      i += len;
      continue;
    }
    lv_last = is_lv(cp);
    if (cp == U'\r' && i + 1 < in.size() && in[i + 1] == '\n') {
      ++i;
      continue;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
    } else if (cp == 0x3000) {
      out.push_back(' ');
    } else if (cp == 0xFFE6) {
      eok::utf8::append(out, 0x20A9);
      lv_last = false;
    } else if (cp >= 0x1100 && cp <= 0x1112 && i + 6 <= in.size() && eok::utf8::sequence_length(in, i + 3) == 3 &&
               eok::utf8::decode(in, i + 3, 3) >= 0x1161 && eok::utf8::decode(in, i + 3, 3) <= 0x1175) {
      char32_t s = 0xAC00 + ((cp - 0x1100) * 21 + (eok::utf8::decode(in, i + 3, 3) - 0x1161)) * 28;
      std::size_t used = 6;
      if (i + 9 <= in.size() && eok::utf8::sequence_length(in, i + 6) == 3) {
        const char32_t t = eok::utf8::decode(in, i + 6, 3);
        if (t > 0x11A7 && t < 0x11A7 + 28) {
          s += t - 0x11A7;
          used = 9;
        }
      }
      eok::utf8::append(out, s);
      lv_last = used == 6;
      i += used;
      continue;
    } else {
      out.append(in, i, len);
    }
    i += len;
  }
  return out;
}

}  // namespace

TEST_CASE("text: the block-wise check agrees with a byte-wise model", "[text]") {
  const std::vector<std::string> pieces{
      "a",  " ",  "\n", "\r\n", "\r",  "1",   "억",  "한",  "힣",  "가", "\xEB\x8B\xA4", "·", "…", "€", "中",
      "\xF0\x9F\x98\x80", "\xEF\xBC\x91", "\xE3\x80\x80", "\xE1\x84\x8B\xE1\x85\xA5", "\xE1\x86\xA8",
      "\xFF", "\x80", "\xED\xA0\x80", "\xC0\xAF", "\xE0\x80\x80", "\xEA", "\xED", "\xE0\xA4\x85"};
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  text_normalizer n;
  for (int round = 0; round < 3000; ++round) {
    std::string in;
    const int count = 1 + static_cast<int>(next() % 60);
    for (int k = 0; k < count; ++k) {
      // Mostly clean text, so long plain runs reach the block path.
      const std::size_t pick = next() % 10 < 8 ? next() % 11 : next() % pieces.size();
      in += pieces[pick];
    }
    std::vector<std::size_t> invalid;
    const std::string expected = model_normalize(in, invalid);
    INFO("round " << round);
    CHECK(std::string(n.normalize(in)) == expected);
    CHECK(n.invalid_bytes() == invalid);
  }
}

namespace {

// Pieces the block checks must judge like the byte-wise one: plain ASCII and Hangul, the two
// and three byte leads they pass, and everything they must refuse (CR before LF, a lone CR,
// full-width forms, U+3000, U+FFE6, jamo, E0 and ED edge cases, surrogates, overlong C0/C1,
// 4-byte sequences, stray continuations, truncated leads).
const std::vector<std::string>& normalizer_pieces() {
  static const std::vector<std::string> pieces{
      "a",  " ",  "1,000", "가",  "억",  "힣",  "\xC3\xA9",  "\xE2\x82\xAC", "\xEC\x9B\x90", "\r\n",
      "\r", "\n", "\xEF\xBC\x91", "\xE3\x80\x80", "\xEF\xBF\xA6", "\xE1\x84\x92", "\xE0\xA4\x85",
      "\xE0\x80\x80", "\xED\x9F\xBF", "\xED\xA0\x80", "\xC0\xAF", "\xC1\xBF", "\xF0\x9F\x98\x80",
      "\x80", "\xBF", "\xEA", "\xEA\xB0", "\xC3", "\xFF", "\xEE\x80\x80", "\xEF\xBD\x9E", "\xEF\xBD\x9F",
  };
  return pieces;
}

}  // namespace

TEST_CASE("text: the SSE2, AVX2 and byte-wise passes find the same first change", "[text]") {
  using eok::detail::first_change;
  using eok::simd_path;
  // Known answers first, on every path this CPU runs (AVX2 where it has it).
  std::string plain;
  while (plain.size() < 90) plain += "프랑스 1090억유로 ";
  // n bytes of Hangul syllables and ASCII, whole characters only.
  const auto prefix = [](std::size_t n) {
    std::string t;
    for (std::size_t k = 0; k < n / 3; ++k) t += "억";
    return t + std::string(n % 3, 'a');
  };
  std::vector<std::pair<std::string, std::size_t>> known{
      {plain, plain.size()},
      {prefix(40) + "\r\n" + plain, 40},
      {prefix(33) + "\xE1\x84\x92\xE1\x85\xA1" + plain, 33},
      {prefix(31) + "\xEF\xBC\x91", 31},
      {prefix(60) + "\xED\xA0\x80", 60},
      {plain.substr(0, 40), 38},  // cut inside 억 (EC 96 B5): a truncated sequence is not well formed
      {std::string(31, 'a') + "가" + std::string(40, 'b'), 31 + 3 + 40},
      {std::string(31, 'a') + "\xEA\xB0", 31},
      {std::string(64, 'a') + "\x80", 64},
  };
  std::vector<simd_path> paths{simd_path::scalar};
  for (simd_path p : {simd_path::sse2, simd_path::avx2}) {
    if (eok::simd_path_available(p)) paths.push_back(p);
  }
  INFO("paths compared: " << paths.size());
  for (const auto& [text, at] : known) {
    for (simd_path p : paths) CHECK(first_change(text, p) == at);
  }
  // Then random texts of every length around the block sizes, against the byte-wise pass.
  const auto& pieces = normalizer_pieces();
  std::uint32_t x = 2025;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t target = 1 + (round % 97);
    const bool mostly_plain = round % 3 != 0;
    while (text.size() < target) {
      x = x * 1664525u + 1013904223u;
      const std::size_t k = (x >> 8) % pieces.size();
      text += mostly_plain && (x >> 20) % 16 != 0 ? pieces[k % 6] : pieces[k];
    }
    const std::size_t expected = first_change(text, simd_path::scalar);
    for (simd_path p : paths) {
      INFO("round " << round << ", path " << static_cast<int>(p));
      REQUIRE(first_change(text, p) == expected);
    }
  }
}
