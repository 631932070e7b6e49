// Rate files that are not files to read (issue 12): only regular files are read, at most
// eok::max_rate_file_bytes of them; a FIFO or /dev/zero would block or never end.
#include "../support/catch.hpp"

#include <eok/rates/rates_file.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace {

std::string load_error(const std::string& path) {
  try {
    (void)eok::load_rates(path);
    return "loaded";
  } catch (const eok::error& e) {
    CHECK(e.code() == eok::errc::io_error);
    return e.what();
  }
}

std::string temp_path(const std::string& leaf) {
  return (std::filesystem::temp_directory_path() / ("eok_rates_limits_" + std::to_string(::getpid()) + "_" + leaf)).string();
}

}  // namespace

TEST_CASE("rates_file: /dev/zero and a FIFO are refused, not read", "[rates_file][limits]") {
  CHECK(load_error("/dev/zero") == "/dev/zero: cannot read rate file: it is a character device, not a regular file");
  const std::string fifo = temp_path("fifo.yaml");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(load_error(fifo) == fifo + ": cannot read rate file: it is a FIFO, not a regular file");
  std::filesystem::remove(fifo);
}

TEST_CASE("rates_file: a rate file may be at most 64 MiB", "[rates_file][limits]") {
  CHECK(eok::max_rate_file_bytes == 67108864u);
  const std::string big = temp_path("big.yaml");
  { std::ofstream(big, std::ios::binary) << "eok_rates: 1\n"; }
  std::filesystem::resize_file(big, eok::max_rate_file_bytes + 1);  // sparse: no 64 MiB written
  CHECK(load_error(big) == big + ": a rate file may be at most 67108864 bytes (64 MiB), this one has 67108865");
  std::filesystem::remove(big);
}
