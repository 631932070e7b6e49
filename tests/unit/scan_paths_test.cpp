// The scanner's paths give the same figures, byte for byte: one thread and `jobs` threads with
// batches of every size, and the byte-wise, SSE2 and AVX2 base passes, on the seed articles, the
// examples and the fuzz corpora (issue 14).
#include "../support/catch.hpp"

#include <eok/read/scan.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Everything a stream scan reports, as one string: each figure's JSON with its line and byte
// span, the invalid bytes, and the summary.
std::string stream_scan(const std::string& text, const eok::scan_options& options) {
  std::string out;
  eok::scan_callbacks cb;
  cb.on_figure = [&out](const eok::scanned_figure& f) {
    out += eok::scanned_figure_to_json(f);
    out += " @" + std::to_string(f.line) + ":" + std::to_string(f.start) + "-" + std::to_string(f.end) + "\n";
  };
  cb.on_invalid_byte = [&out](std::size_t offset) { out += "invalid " + std::to_string(offset) + "\n"; };
  std::istringstream in(text);
  try {
    const eok::scan_summary s = eok::scan_stream(in, options, cb);
    out += "bytes " + std::to_string(s.bytes) + " lines " + std::to_string(s.lines) + " figures " + std::to_string(s.figures) +
           " invalid " + std::to_string(s.invalid_bytes) + " cut " + std::to_string(s.cut_lines) + "\n";
  } catch (const eok::parse_error& e) {
    out += std::string("parse_error ") + e.what() + "\n";
  }
  return out;
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file()) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The inputs: each file alone, and all of them one after another (many lines, many batches).
std::vector<std::string> inputs() {
  const fs::path src(EOK_SOURCE_DIR);
  std::vector<fs::path> paths;
  for (const fs::path& dir : {fs::path(EOK_SHARED_DIR) / "seeds", src / "examples" / "articles", src / "tests" / "fuzz" / "corpus" / "scan",
                              src / "tests" / "fuzz" / "corpus" / "figure_parse"}) {
    const std::vector<fs::path> found = files_in(dir);
    REQUIRE(found.size() >= 5);  // a missing corpus fails instead of passing on nothing
    paths.insert(paths.end(), found.begin(), found.end());
  }
  std::vector<std::string> out;
  std::string all;
  for (const fs::path& p : paths) {
    out.push_back(read_bytes(p));
    all += out.back();
    all += '\n';
  }
  out.push_back(all);
  return out;
}

}  // namespace

TEST_CASE("scan paths: --jobs gives what one thread gives, byte for byte", "[scan][jobs]") {
  const std::vector<std::string> texts = inputs();
  REQUIRE(texts.size() >= 150);
  std::size_t figures = 0;
  for (const std::string& text : texts) {
    for (const bool front : {true, false}) {
      eok::scan_options one;
      one.read_front_matter = front;
      const std::string expected = stream_scan(text, one);
      figures += static_cast<std::size_t>(std::count(expected.begin(), expected.end(), '@'));
      struct variant {
        unsigned jobs;
        std::size_t batch;
        std::size_t chunk;
        std::size_t max_line;
      };
      for (const variant v : {variant{2, 1 << 20, 64 * 1024, 16 << 20}, variant{2, 1, 61, 16 << 20}, variant{3, 300, 4096, 16 << 20},
                              variant{2, 1, 256, 256}}) {
        eok::scan_options many = one;
        many.jobs = v.jobs;
        many.batch_bytes = v.batch;
        many.chunk_size = v.chunk;
        many.max_line_bytes = v.max_line;
        eok::scan_options single = many;
        single.jobs = 1;
        INFO("jobs " << v.jobs << " batch " << v.batch << " chunk " << v.chunk << " max line " << v.max_line << " front " << front);
        CHECK(stream_scan(text, many) == stream_scan(text, single));
      }
    }
  }
  CHECK(figures > 1500);  // the inputs hold figures, so equality says something
}

TEST_CASE("scan paths: the SSE2 and AVX2 base passes find what the byte-wise one finds", "[scan][simd]") {
  std::vector<std::string> texts = inputs();
  REQUIRE(texts.size() >= 150);
  // Random lines of figures, words and every kind of lead byte, cut at every block offset.
  const std::vector<std::string> pieces{"1090억유로", "(약 163조원)", " ", "프랑스가 ", "삼천억 원", "$5 billion", "€109bn",
                                        "£200", "¥3,000억", "₩1,000", "三千億원", "약", "최대 ", "수천억", "1만8천장",
                                        "2조~3조원", "10%", "a", "Z9", "\n", "억", "조", "\xC3\xA9", "\xF0\x9F\x98\x80",
                                        "\xEA\xB0\x80", "뉴스1", "5년간 매년 50억 유로, 모두 400억 유로"};
  std::uint32_t x = 14;
  for (int t = 0; t < 300; ++t) {
    std::string text;
    const std::size_t target = 1 + static_cast<std::size_t>(t) * 7 % 400;
    while (text.size() < target) {
      x = x * 1664525u + 1013904223u;
      text += pieces[(x >> 8) % pieces.size()];
    }
    texts.push_back(text);
  }
  std::vector<eok::simd_path> paths;
  for (eok::simd_path p : {eok::simd_path::sse2, eok::simd_path::avx2}) {
    if (eok::simd_path_available(p)) paths.push_back(p);
  }
  INFO("vector paths on this CPU: " << paths.size());
  std::size_t figures = 0;
  for (const std::string& text : texts) {
    for (const std::size_t chunk : {std::size_t{61}, std::size_t{4096}, std::size_t{64 * 1024}}) {
      eok::scan_options bytes;
      bytes.chunk_size = chunk;
      bytes.base_pass = eok::simd_path::scalar;
      const std::string expected = stream_scan(text, bytes);
      figures += static_cast<std::size_t>(std::count(expected.begin(), expected.end(), '@'));
      for (eok::simd_path p : paths) {
        eok::scan_options wide = bytes;
        wide.base_pass = p;
        INFO("path " << static_cast<int>(p) << " chunk " << chunk);
        CHECK(stream_scan(text, wide) == expected);
      }
      CHECK(stream_scan(text, eok::scan_options{}) == stream_scan(text, [&] {
              eok::scan_options o;
              o.base_pass = eok::simd_path::scalar;
              return o;
            }()));
    }
  }
  CHECK(figures > 3000);
}

TEST_CASE("scan paths: text that needs normalizing, here and there in long text, gives the same figures", "[scan][simd]") {
  // Lines of figures, with now and then a line the AVX2 pass leaves to the normalizer: an
  // invalid byte, CR LF, full-width digits, a 4-byte character, a conjoining jamo. About 200 KB,
  // so the pass reads many pieces and most are plain.
  const std::vector<std::string> plain{"프랑스는 1090억유로(약 163조원)를 투자한다.\n", "미국은 5000억달러, 약 718조원을 내놓았다.\n",
                                       "삼천억 원과 $5 billion 사이, 2조~3조원.\n", "그저 글자뿐인 줄이다 abc def.\n"};
  const std::vector<std::string> odd{"잘못된 \xFF 바이트 뒤에 15억원.\n", "윈도 줄바꿈 20억원\r\n", "전각 \xEF\xBC\x91\xEF\xBC\x90억원이다.\n",
                                     "웃음 \xF0\x9F\x98\x80 뒤 7억5,000만 유로.\n", "자모 \xE1\x84\x80\xE1\x85\xA1 뒤 3조원.\n",
                                     "끝이 잘린 \xEA\xB0 글자 4억원.\n"};
  std::string text;
  std::uint32_t x = 7;
  std::size_t odd_lines = 0;
  while (text.size() < 200 * 1000) {
    x = x * 1664525u + 1013904223u;
    if ((x >> 24) % 40 == 0) {
      text += odd[(x >> 8) % odd.size()];
      ++odd_lines;
    } else {
      text += plain[(x >> 8) % plain.size()];
    }
  }
  REQUIRE(odd_lines > 50);
  eok::scan_options bytes;
  bytes.base_pass = eok::simd_path::scalar;
  const std::string expected = stream_scan(text, bytes);
  CHECK(std::count(expected.begin(), expected.end(), '@') > 6000);
  CHECK(expected.find("invalid ") != std::string::npos);
  for (const std::size_t chunk : {std::size_t{61}, std::size_t{4096}, std::size_t{64 * 1024}, std::size_t{1 << 20}}) {
    INFO("chunk " << chunk);
    eok::scan_options o = bytes;
    o.chunk_size = chunk;
    o.max_line_bytes = std::max<std::size_t>(chunk, 1 << 16);
    CHECK(stream_scan(text, o) == expected);  // the invalid bytes come in the same places among the figures
    for (eok::simd_path p : {eok::simd_path::sse2, eok::simd_path::avx2}) {
      if (!eok::simd_path_available(p)) continue;
      INFO("path " << static_cast<int>(p));
      o.base_pass = p;
      CHECK(stream_scan(text, o) == expected);
    }
  }
}

TEST_CASE("scan paths: long lines and texts that end inside a character", "[scan][simd]") {
  std::vector<std::string> texts;
  // A line of 40 KB with figures through it and no LF, between ordinary lines, and one at the
  // start: longer than a piece of the fused pass.
  std::string long_line;
  while (long_line.size() < 40 * 1000) long_line += "예산은 1090억유로(약 163조원)이고 ";
  texts.push_back(long_line + "\n");
  texts.push_back("첫 줄 5억원\n" + long_line + "\n끝 줄 7억5,000만 유로\n");
  texts.push_back(long_line + "\xFF 3조원\n");
  // Plain text that fills whole 32-byte blocks and ends with a cut syllable, no LF after it.
  for (const std::size_t size : {std::size_t{32}, std::size_t{64}, std::size_t{96}, std::size_t{16 * 1024}, std::size_t{64 * 1024}}) {
    for (const std::string& cut : {std::string("\xEA\xB0"), std::string("\xEA"), std::string("\xC3")}) {
      std::string text;
      const std::string line = "5억원 ab\n";
      while (text.size() + cut.size() + line.size() <= size) text += line;
      while (text.size() + cut.size() < size) text += ' ';
      text += cut;
      REQUIRE(text.size() == size);
      texts.push_back(text);
    }
  }
  std::size_t figures = 0;
  std::size_t invalid = 0;
  for (const std::string& text : texts) {
    eok::scan_options bytes;
    bytes.base_pass = eok::simd_path::scalar;
    const std::string expected = stream_scan(text, bytes);
    figures += static_cast<std::size_t>(std::count(expected.begin(), expected.end(), '@'));
    for (std::size_t at = expected.find("invalid "); at != std::string::npos; at = expected.find("invalid ", at + 1)) ++invalid;
    for (const std::size_t chunk : {std::size_t{4096}, std::size_t{64 * 1024}}) {
      for (eok::simd_path p : {eok::simd_path::sse2, eok::simd_path::avx2}) {
        if (!eok::simd_path_available(p)) continue;
        INFO("path " << static_cast<int>(p) << " chunk " << chunk << " size " << text.size());
        eok::scan_options o = bytes;
        o.chunk_size = chunk;
        o.base_pass = p;
        CHECK(stream_scan(text, o) == stream_scan(text, [&] {
                eok::scan_options b = bytes;
                b.chunk_size = chunk;
                return b;
              }()));
      }
    }
  }
  CHECK(figures > 5000);
  CHECK(invalid >= 16);  // the cut characters at the ends and the FF
}
