// The scanner's paths give the same figures, byte for byte: one thread and `jobs` threads with
// batches of every size, on the seed articles, the examples and the fuzz corpora (issue 14).
#include "../support/catch.hpp"

#include <eok/read/scan.hpp>

#include <algorithm>
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
