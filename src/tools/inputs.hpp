// The files a command reads: names as given, directories walked recursively, standard input.
#ifndef EOK_CLI_INPUTS_HPP
#define EOK_CLI_INPUTS_HPP

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

}  // namespace eok::cli

#endif  // EOK_CLI_INPUTS_HPP
