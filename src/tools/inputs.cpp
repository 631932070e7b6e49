// Input files of the commands: see inputs.hpp.
#include "inputs.hpp"

#include <eok/text/text.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace eok::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t sniff_bytes = 4096;

bool is_text_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return true;  // reported when it is read
  std::string head(sniff_bytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return looks_like_text(head);
}

void walk(const fs::path& dir, const std::string& shown, std::string_view command, std::ostream& err, bool& failed,
          std::vector<input>& out) {
  std::error_code ec;
  std::vector<std::pair<std::string, bool>> entries;  // leaf, is a directory
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string leaf = entry.path().filename().string();
    if (leaf.empty() || leaf[0] == '.') continue;
    std::error_code ec2;
    if (entry.is_directory(ec2)) {
      entries.emplace_back(leaf, true);
    } else if (entry.is_regular_file(ec2)) {
      entries.emplace_back(leaf, false);
    }
  }
  if (ec) {
    err << "eok " << command << ": cannot read directory '" << shown << "': " << ec.message() << '\n';
    failed = true;
    return;
  }
  std::sort(entries.begin(), entries.end());
  const std::string prefix = (!shown.empty() && shown.back() == '/') ? shown : shown + "/";
  for (const auto& [leaf, is_dir] : entries) {
    const std::string name = prefix + leaf;
    if (is_dir) {
      walk(dir / leaf, name, command, err, failed, out);
    } else if (is_text_file(dir / leaf)) {
      out.push_back({name, name, true});
    }
  }
}

}  // namespace

bool looks_like_text(std::string_view head) {
  for (std::size_t i = 0; i < head.size();) {
    if (head[i] == '\0') return false;
    const std::size_t len = utf8::sequence_length(head, i);
    if (len == 0) {
      // A sequence cut by the end of `head` is not a fault.
      const auto c = static_cast<unsigned char>(head[i]);
      const std::size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
      if (want != 0 && i + want > head.size()) return true;
      return false;
    }
    i += len;
  }
  return true;
}

std::vector<input> expand_inputs(const std::vector<std::string>& names, std::string_view command,
                                 bool stdin_when_empty, std::ostream& err, bool& failed, bool& directory) {
  std::vector<input> out;
  if (names.empty() && stdin_when_empty) out.push_back({"-", "", false});
  for (const std::string& name : names) {
    if (name == "-") {
      out.push_back({"-", "", false});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(name, ec)) {
      directory = true;
      walk(fs::path(name), name, command, err, failed, out);
      continue;
    }
    out.push_back({name, name, false});
  }
  return out;
}

error in_line(const error& e, const std::string& name, std::size_t number) {
  text_position at = e.position();
  at.line = number;
  if (at.column == 0) at.column = 1;
  return error(e.code(), e.message(), at, name);
}

}  // namespace eok::cli
