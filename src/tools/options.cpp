// The one option reader (see options.hpp) and the option values several commands share.
#include "options.hpp"

#include <eok/rates/rates_file.hpp>

#include <charconv>
#include <fstream>
#include <ostream>

namespace eok::cli {
namespace {

bool is_help(std::string_view arg) { return arg == "-h" || arg == "--help"; }

/// An argument that names an option: starts with '-', is not '-' alone and not a negative figure.
bool is_option(std::string_view arg) {
  return arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9');
}

const option_spec* find_spec(const std::vector<option_spec>& spec, std::string_view name) {
  for (const option_spec& o : spec) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

/// Reads the arguments; the first mistake goes to `problem` and reading goes on, so that a later
/// -h/--help still wins.
class reader {
public:
  reader(const args& a, const std::vector<option_spec>& spec) : a_(a), spec_(spec) {}

  parsed_args read() {
    bool options_done = false;
    for (i_ = 0; i_ < a_.size(); ++i_) {
      const std::string_view arg = a_[i_];
      if (options_done || !is_option(arg)) {
        out_.operands.push_back(arg);
      } else if (arg == "--") {
        options_done = true;
      } else if (is_help(arg)) {
        out_.help = true;
        return std::move(out_);
      } else {
        read_option(arg);
      }
    }
    if (problem_) throw usage_error{*problem_};
    return std::move(out_);
  }

private:
  void fail(std::string message) {
    if (!problem_) problem_ = std::move(message);
  }

  void read_option(std::string_view arg) {
    const std::size_t eq = arg.find('=');
    const std::string_view name = arg.substr(0, eq);
    const option_spec* o = find_spec(spec_, name);
    if (o == nullptr) return fail("unknown option '" + std::string(name) + "'");
    std::string_view value;
    if (!o->takes_value) {
      if (eq != std::string_view::npos) return fail(std::string(name) + " takes no value");
    } else if (eq != std::string_view::npos) {
      value = arg.substr(eq + 1);
    } else if (i_ + 1 < a_.size()) {
      value = a_[++i_];
    } else {
      return fail(std::string(name) + " needs a value");
    }
    for (const auto& [earlier, v] : out_.given) {
      if (earlier == name && !o->repeats) return fail(std::string(name) + " given twice");
      if (earlier != name && o->group != 0 && find_spec(spec_, earlier)->group == o->group) {
        return fail(std::string(name) + " conflicts with " + std::string(earlier));
      }
    }
    out_.given.emplace_back(name, value);
  }

  const args& a_;
  const std::vector<option_spec>& spec_;
  std::size_t i_ = 0;
  parsed_args out_;
  std::optional<std::string> problem_;
};

}  // namespace

bool parsed_args::has(std::string_view name) const {
  for (const auto& g : given) {
    if (g.first == name) return true;
  }
  return false;
}

std::optional<std::string_view> parsed_args::value(std::string_view name) const {
  for (const auto& g : given) {
    if (g.first == name) return g.second;
  }
  return std::nullopt;
}

std::vector<std::string> parsed_args::values(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& g : given) {
    if (g.first == name) out.emplace_back(g.second);
  }
  return out;
}

parsed_args read_args(const args& a, const std::vector<option_spec>& spec) { return reader(a, spec).read(); }

date_type date_option(std::string_view option, std::string_view text) {
  const result<date_type> d = try_parse_date(text);
  if (!d) throw usage_error{std::string(option) + ": " + d.error().message()};
  return *d;
}

unsigned count_option(std::string_view option, std::string_view text, unsigned lo, unsigned hi) {
  unsigned v = 0;
  const char* end = text.data() + text.size();
  const auto r = std::from_chars(text.data(), end, v);
  if (text.empty() || r.ec != std::errc{} || r.ptr != end || v < lo || v > hi) {
    throw usage_error{std::string(option) + ": expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                      ", got '" + std::string(text) + "'"};
  }
  return v;
}

date_range period_option(std::string_view option, std::string_view text) {
  const result<date_range> p = try_parse_period(text);
  if (!p) throw usage_error{std::string(option) + ": " + p.error().message()};
  return *p;
}

void print_file_error(std::ostream& err, std::string_view command, const error& e) {
  err << "eok " << command << ": " << e.what() << '\n';
  if (!e.position().known()) return;
  // The offending line of the file, with a caret under the column.
  std::ifstream in(e.file(), std::ios::binary);
  std::string line;
  for (std::size_t n = 0; n < e.line() && std::getline(in, line); ++n) {
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  print_caret_at_column(err, line, e.column());
}

std::optional<rate_store> rates_from(const parsed_args& p, std::string_view command, std::ostream& err) {
  const bool only = p.has(only_rates_spec.name);
  try {
    rate_store store = only ? rate_store() : default_rates();  // default: bundled plus $EOK_RATES
    for (const std::string& path : p.values(only ? only_rates_spec.name : rates_spec.name)) add_rates(store, path);
    return store;
  } catch (const error& e) {
    print_file_error(err, command, e);
    return std::nullopt;
  }
}

}  // namespace eok::cli
