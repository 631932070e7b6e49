// eok: the command-line program. Dispatches to one function per subcommand.
#include "cli.hpp"

#include <eok/core/version.hpp>
#include <eok/text/width.hpp>

#include <cstring>
#include <exception>
#include <iostream>
#include <string>

namespace eok::cli {
namespace {

struct command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const args&, streams&);
};

// Subcommands in the order `eok --help` lists them.
constexpr command commands[] = {
    {"parse", "read money figures exactly (eok parse 1090억유로)", run_parse},
    {"convert", "convert an amount at a dated exchange rate (eok convert 1090억유로 --to KRW --on 2025-02-10)",
     run_convert},
    {"rates", "list the exchange-rate sources; show a series (eok rates show EUR KRW)", run_rates},
    {"scan", "find every figure in Korean news text, with conversions and links", run_scan},
    {"reconcile", "check that reported figures add up, and say why not (eok reconcile FILE...)", run_reconcile},
};

void print_help(std::ostream& out) {
  out << "eok " << version_string
      << ": exact money figures from Korean news\n"
         "\n"
         "Usage: eok COMMAND [OPTIONS] [ARGS...]\n"
         "\n"
         "Commands:\n";
  for (const auto& c : commands) {
    out << "  " << c.name << std::string(c.name.size() < 12 ? 12 - c.name.size() : 1, ' ') << c.summary
        << '\n';
  }
  out << "\n"
         "Options:\n"
         "  -h, --help  show this help (or `eok COMMAND --help` for a command's)\n"
         "  --version   show the version\n"
         "\n"
         "Every command reads its options the same way: --opt VALUE or --opt=VALUE, -h or --help\n"
         "for its help, -- to end the options, - for standard input.\n";
}

}  // namespace

void print_caret(std::ostream& err, std::string_view text, std::size_t offset) {
  const std::size_t at = offset < text.size() ? offset : text.size();
  err << "  " << shown_text(text) << "\n  " << std::string(display_width(text.substr(0, at)), ' ') << "^\n";
}

void print_caret_at_column(std::ostream& err, std::string_view line, std::size_t column) {
  std::size_t at = 0;  // the byte offset of the column
  for (std::size_t col = 1; col < column && at < line.size(); ++col) {
    ++at;
    while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0u) == 0x80u) ++at;
  }
  print_caret(err, line, at);
}

}  // namespace eok::cli

int main(int argc, char** argv) {
  using namespace eok::cli;
  streams io{std::cin, std::cout, std::cerr};
  args a(argv + 1, argv + argc);
  if (a.empty() || a[0] == "--help" || a[0] == "-h" || a[0] == "help") {
    if (a.size() >= 2 && a[0] == "help") {
      a = {a[1], "--help"};
    } else {
      print_help(a.empty() ? io.err : io.out);
      return a.empty() ? 2 : 0;
    }
  }
  if (a[0] == "--version" || a[0] == "-V") {
    io.out << "eok " << eok::version_string << '\n';
    return 0;
  }
  for (const auto& c : commands) {
    if (c.name != a[0]) continue;
    try {
      return c.run(args(a.begin() + 1, a.end()), io);
    } catch (const usage_error& e) {
      io.err << "eok " << c.name << ": " << e.message << "\n(see `eok " << c.name << " --help`)\n";
      return 2;
    } catch (const eok::error& e) {
      io.err << "eok " << c.name << ": " << e.what() << '\n';
      return 2;
    } catch (const std::exception& e) {
      io.err << "eok " << c.name << ": " << e.what() << '\n';
      return 2;
    }
  }
  io.err << "eok: unknown command '" << a[0] << "' (see `eok --help`)\n";
  return 2;
}
