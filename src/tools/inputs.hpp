// The files a command reads: names as given, directories walked recursively, standard input.
#ifndef EOK_CLI_INPUTS_HPP
#define EOK_CLI_INPUTS_HPP

#include <eok/core/error.hpp>

#include <cstddef>
#include <fstream>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace eok::cli {

/// One input to read.
struct input {
  std::string name;  ///< as shown ("-" for standard input; "dir/sub/x.txt" for a walked file)
  std::string path;  ///< empty for standard input
  bool walked = false;  ///< found by walking a directory (not named on the command line)
};

/// The inputs named on the command line, in order: "-" as standard input (also when nothing is
/// named and `stdin_when_empty`), a file as given, a directory as every text file below it
/// (recursively, in name order; hidden names and files that are not UTF-8 text, such as images,
/// skipped). A name that cannot be read is reported on `err` as "eok COMMAND: ..." and sets
/// `failed`; `directory` is set when a directory was walked.
[[nodiscard]] std::vector<input> expand_inputs(const std::vector<std::string>& names, std::string_view command,
                                               bool stdin_when_empty, std::ostream& err, bool& failed,
                                               bool& directory);

/// Whether the start of a file looks like text: no NUL byte and valid UTF-8 (a sequence cut at
/// the end of `head` is fine).
[[nodiscard]] bool looks_like_text(std::string_view head);

/// Calls `each(line, number)` for every line of the file at `path` (standard input for an
/// empty path), one line in memory at a time, so an archive of any size is read in the memory
/// of its longest line; a CR before the line end is dropped. Throws `error` (io_error) when
/// the file cannot be opened or a read fails.
template <class Each>
void for_each_line(const std::string& path, std::istream& standard_input, Each each) {
  std::ifstream file;
  std::istream* in = &standard_input;
  if (!path.empty()) {
    file.open(path, std::ios::binary);
    if (!file) throw error(errc::io_error, "cannot read '" + path + "'");
    in = &file;
  }
  std::string line;
  for (std::size_t number = 1; std::getline(*in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    each(line, number);
  }
  if (in->bad()) throw error(errc::io_error, "cannot read '" + (path.empty() ? std::string("-") : path) + "'");
}

/// An error in line `number` of `name` (its position counted in that line) as one that names
/// FILE:LINE:COLUMN.
[[nodiscard]] error in_line(const error& e, const std::string& name, std::size_t number);

/// Calls `each(line, number)` for every record of `in`, a file of JSON lines (an archive, or
/// partial results): one line at a time, blank lines skipped. An `error` that `each` throws is
/// reported on `err` as "eok COMMAND: FILE:LINE:COLUMN: message" and sets `bad_record`, and
/// the next line is read; a file that cannot be read is reported and sets `read_failed`.
/// `before_report()` runs before anything is written to `err` (to flush output first).
template <class Each, class Before>
void for_each_record(const input& in, std::istream& standard_input, std::string_view command, std::ostream& err,
                     bool& bad_record, bool& read_failed, Each each, Before before_report) {
  try {
    for_each_line(in.path, standard_input, [&](const std::string& line, std::size_t number) {
      if (line.find_first_not_of(" \t") == std::string::npos) return;  // blank lines separate nothing
      try {
        each(line, number);
      } catch (const error& e) {
        before_report();
        err << "eok " << command << ": " << in_line(e, in.name, number).what() << '\n';
        bad_record = true;
      }
    });
  } catch (const error& e) {
    before_report();
    err << "eok " << command << ": " << e.message() << '\n';
    read_failed = true;
  }
}

}  // namespace eok::cli

#endif  // EOK_CLI_INPUTS_HPP
