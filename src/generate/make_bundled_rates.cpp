// eok_make_bundled_rates: the build-time tool that compiles rates/*.yaml into C++.
//
//   eok_make_bundled_rates --out bundled_rates_data.cpp rates/ecb.yaml rates/fred.yaml
//
// It reads each table with the library's own loader (read_rate_table, then the same
// make_source_entry that validates user tables), so the bundled data passes exactly the checks a
// user's file does, and writes plain integer arrays in the layout of src/rates/bundled_rates.hpp.
#include "../rates/bundled_rates.hpp"
#include "../rates/rate_store_impl.hpp"

#include <eok/rates/rates_file.hpp>

#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

/// A C++ string literal for `s` (escapes quotes, backslashes and control bytes; UTF-8 kept).
std::string literal(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
      out += "\"\"";  // end the literal so a following hex digit is not swallowed
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string base_name(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

template <class T, class F>
void write_array(std::ostream& out, const char* decl, const std::vector<T>& values, F&& show) {
  out << decl << " = {";
  for (std::size_t i = 0; i < values.size(); ++i) {
    out << (i % 20 == 0 ? "\n" : "") << show(values[i]) << ',';
  }
  out << "\n};\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) {
      out_path = argv[++i];
    } else {
      inputs.push_back(a);
    }
  }
  if (out_path.empty() || inputs.empty()) {
    std::cerr << "usage: eok_make_bundled_rates --out FILE.cpp TABLE.yaml...\n";
    return 2;
  }
  try {
    std::vector<std::int32_t> days;
    std::vector<std::int64_t> coefficients;
    std::vector<unsigned> scales;
    std::ostringstream series_rows;
    std::ostringstream source_rows;
    std::size_t series_index = 0;
    std::string names;
    for (const std::string& file : inputs) {
      const eok::rate_table table = eok::read_rate_table(file);
      const auto entry = eok::detail::make_source_entry(table);  // validates like a user table
      names += (names.empty() ? "" : ", ") + base_name(file);
      source_rows << "    {" << literal(entry->info.id) << ", " << literal(entry->info.name) << ", "
                  << literal(entry->info.publisher) << ",\n     " << literal(entry->info.citation) << ",\n     "
                  << literal(entry->info.url) << ", " << series_index << ", " << entry->series.size() << "},\n";
      for (const eok::detail::series_entry& s : entry->series) {
        series_rows << "    {\"" << s.base.code() << "\", \"" << s.quote.code() << "\", " << s.per << ", "
                    << literal(s.series_id) << ", " << days.size() << ", " << s.size << "},\n";
        days.insert(days.end(), s.days, s.days + s.size);
        coefficients.insert(coefficients.end(), s.coefficients, s.coefficients + s.size);
        scales.insert(scales.end(), s.scales, s.scales + s.size);
        ++series_index;
      }
    }
    std::ostringstream out;
    out << "// Generated at build time by eok_make_bundled_rates from " << names << "; do not edit.\n"
        << "// Layout: src/rates/bundled_rates.hpp. " << days.size() << " observations in " << series_index
        << " series.\n"
        << "#include \"rates/bundled_rates.hpp\"\n\n"
        << "namespace eok::detail::bundled {\n\n";
    write_array(out, "extern const std::int32_t days[]", days, [](std::int32_t v) { return std::to_string(v); });
    write_array(out, "extern const std::int64_t coefficients[]", coefficients, [](std::int64_t v) {
      return std::to_string(v) + (v > 2147483647 ? "LL" : "");
    });
    write_array(out, "extern const std::uint8_t scales[]", scales, [](unsigned v) { return std::to_string(v); });
    out << "\nextern const series_row series_rows[] = {\n" << series_rows.str() << "};\n\n"
        << "extern const source_row source_rows[] = {\n" << source_rows.str() << "};\n\n"
        << "extern const std::size_t source_count = " << inputs.size() << ";\n\n"
        << "}  // namespace eok::detail::bundled\n";
    const std::string text = out.str();
    std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file) {
      std::cerr << out_path << ": cannot write\n";
      return 2;
    }
  } catch (const std::exception& e) {
    std::cerr << "eok_make_bundled_rates: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
