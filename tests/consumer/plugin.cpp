// A shared object of an outside project with the static libeok linked into it.
#include <eok/eok.hpp>

#include <string>

extern "C" __attribute__((visibility("default"))) int plugin_euro_value_ok() {
  const eok::figure f = eok::parse_figure("1090억유로");
  return f.value && f.value->to_string() == "109000000000" && f.cur.code() == "EUR" ? 1 : 0;
}
