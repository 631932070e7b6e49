// eok: the command-line program. Dispatches to one function per subcommand.
#include "cli.hpp"

#include <eok/core/version.hpp>
#include <eok/text/width.hpp>

#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <streambuf>
#include <string>

#include <unistd.h>

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

// ---- standard input and output, with their errors ------------------------------------------
//
// std::cin and std::cout report a failed write or read only as a stream state, and lose errno on
// the way: a full disk or a broken pipe (with SIGPIPE ignored) would exit 0, a closed standard
// input would read as empty. eok's standard input and output are these two buffers on file
// descriptors 0 and 1 instead. A failed write or read throws `io_failure` (with errno) out of
// the stream (its exceptions() include badbit, so the stream rethrows it), which stops the
// command at once; main prints `eok: write error: No space left on device` and exits 2.

struct io_failure {
  const char* what;  // "write" or "read"
  int err;
};

class fd_out_buf : public std::streambuf {
public:
  explicit fd_out_buf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }

protected:
  int_type overflow(int_type c) override {
    drain();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    drain();
    return 0;
  }

private:
  void drain() {
    const char* p = pbase();
    const char* const e = pptr();
    while (p < e) {
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(e - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        const int err = n < 0 ? errno : EIO;
        setp(buf_, buf_ + sizeof buf_);  // drop what cannot be written
        throw io_failure{"write", err};
      }
      p += n;
    }
    setp(buf_, buf_ + sizeof buf_);
  }

  int fd_;
  char buf_[64 * 1024];
};

class fd_in_buf : public std::streambuf {
public:
  explicit fd_in_buf(int fd) : fd_(fd) { setg(buf_, buf_, buf_); }

protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    while (true) {
      const ssize_t n = ::read(fd_, buf_, sizeof buf_);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw io_failure{"read", errno};
      setg(buf_, buf_, buf_ + n);
      return n == 0 ? traits_type::eof() : traits_type::to_int_type(*gptr());
    }
  }

private:
  int fd_;
  char buf_[64 * 1024];
};

int report_io_failure(const io_failure& f) {
  std::cerr << "eok: " << f.what << " error: " << (f.what[0] == 'r' ? "standard input: " : "") << std::strerror(f.err) << '\n';
  return 2;
}

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

namespace {

int dispatch(eok::cli::streams& io, eok::cli::args a) {
  using namespace eok::cli;
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

}  // namespace

int main(int argc, char** argv) {
  using namespace eok::cli;
  fd_in_buf in_buf(0);
  fd_out_buf out_buf(1);
  std::istream in(&in_buf);
  std::ostream out(&out_buf);
  in.exceptions(std::ios::badbit);
  out.exceptions(std::ios::badbit);
  streams io{in, out, std::cerr};
  try {
    const int status = dispatch(io, args(argv + 1, argv + argc));
    out.flush();
    return status;
  } catch (const io_failure& f) {
    return report_io_failure(f);
  }
}
