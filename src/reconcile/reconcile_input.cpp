// Articles and claims into `article` values: front matter, the scanner's figures and conversion
// links, and the relations the wording states. yaml-cpp stays in here.
#include <eok/read/front_matter.hpp>
#include <eok/read/scan.hpp>
#include <eok/reconcile/claims.hpp>

#include <yaml-cpp/yaml.h>

#include <string>
#include <unordered_map>
#include <utility>

namespace eok {
namespace {

/// Fills `a.figures`, `a.links` and `a.conversions` from a scan, then `a.relations`.
void add_scanned(article& a, const std::vector<scanned_figure>& figures) {
  std::unordered_map<std::size_t, std::size_t> position;  // scanner index -> figure position
  for (const scanned_figure& f : figures) {
    position[f.index] = a.figures.size();
    a.figures.push_back(static_cast<const figure&>(f));
    a.links.push_back(figure_links{f.total, f.per, f.over, f.rate_base, f.rate_per});
    if (f.converted_from) {
      auto it = position.find(*f.converted_from);
      if (it != position.end()) a.conversions.push_back(conversion_link{it->second, a.figures.size() - 1});
    }
  }
  a.relations = find_relations(a);
}

}  // namespace

article read_article(std::string_view text, std::string id) {
  const front_matter fm = read_front_matter(text);
  if (!fm.present || !fm.date) {
    throw parse_error(errc::invalid_date,
                      fm.present ? "the front matter has no 'date:' (YYYY-MM-DD)"
                                 : "an article needs front matter with its date ('---', 'date: YYYY-MM-DD', '---')",
                      position_at(text, 0));
  }
  article a;
  a.id = std::move(id);
  a.source = fm.source.value_or("");
  a.title = fm.title.value_or("");
  a.url = fm.url.value_or("");
  a.date = date::sys_days(*fm.date);
  a.text = std::string(text);
  add_scanned(a, scan_text(a.text));
  return a;
}

std::vector<article> read_claims(std::string_view yaml_text, const std::string& file_name) {
  auto fail = [&](const YAML::Mark& mark, const std::string& message) -> parse_error {
    text_position where;
    if (mark.line >= 0) {
      where.offset = mark.pos >= 0 ? static_cast<std::size_t>(mark.pos) : 0;
      where.line = static_cast<std::size_t>(mark.line) + 1;
      where.column = static_cast<std::size_t>(mark.column) + 1;
    }
    return parse_error(errc::invalid_argument, message, where, file_name);
  };
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    throw fail(e.mark, e.msg);
  }
  if (!root.IsSequence()) throw fail(root.Mark(), "a claims file is a list of {id, source, date, text}");
  std::vector<article> out;
  for (const YAML::Node& item : root) {
    if (!item.IsMap()) throw fail(item.Mark(), "each claim is a map with id, source, date and text");
    auto field = [&](const char* key, bool required) -> std::string {
      const YAML::Node v = item[key];
      if (!v) {
        if (required) throw fail(item.Mark(), std::string("a claim needs '") + key + "'");
        return "";
      }
      if (!v.IsScalar()) throw fail(v.Mark(), std::string("'") + key + "' must be a single value");
      return v.Scalar();
    };
    article a;
    a.id = field("id", true);
    a.source = field("source", false);
    const std::string date_text = field("date", true);
    auto d = try_parse_iso_date(date_text);
    if (!d) throw fail(item["date"].Mark(), d.error().message());
    a.date = date::sys_days(*d);
    a.text = field("text", true);
    scan_options options;
    options.read_front_matter = false;
    add_scanned(a, scan_text(a.text, options));
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace eok
