// Whether a YAML text holds a second document, found without YAML::LoadAll. Private to the
// library; used by the rate-file loader and the claims reader (the two places eok reads a file
// that must be one YAML document). Header-only, so the rate core stays free of other parts.
//
// YAML::Load reads the first document only, so a second one (after a `---` line) would be
// dropped without a word; an empty one (a stray `---` at the end) holds nothing to lose. Only
// texts with a marker line are walked again, as parser events, and for 16 documents at most:
// yaml-cpp 0.7's LoadAll never ends on some inputs (",\n"; docs/robustness.md, finding 6).
#ifndef EOK_SRC_YAML_DOCUMENTS_HPP
#define EOK_SRC_YAML_DOCUMENTS_HPP

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace eok::detail {

/// Notes where the first node of a YAML document is, if it has one (events only, no nodes).
class yaml_content_finder : public YAML::EventHandler {
public:
  std::optional<YAML::Mark> first;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { note(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override {
    note(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    note(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    note(mark);
  }
  void OnMapEnd() override {}

private:
  void note(const YAML::Mark& mark) {
    if (!first) first = mark;
  }
};

/// Whether a line of `text` after the first starts with a YAML document marker (`---`, `...`).
[[nodiscard]] inline bool has_yaml_document_marker(std::string_view text) {
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    const std::string_view rest = text.substr(nl + 1, 3);
    if (rest == "---" || rest == "...") return true;
  }
  return false;
}

/// The byte offset where a second YAML document with content starts in `text`, if there is one.
/// Throws `YAML::ParserException` for text that is not YAML.
[[nodiscard]] inline std::optional<std::size_t> second_yaml_document(std::string_view text) {
  if (!has_yaml_document_marker(text)) return std::nullopt;
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  for (int document = 0; document < 16; ++document) {
    yaml_content_finder finder;
    if (!parser.HandleNextDocument(finder)) return std::nullopt;
    if (document > 0 && finder.first) {
      const int at = finder.first->pos;
      return at >= 0 ? static_cast<std::size_t>(at) : text.size();
    }
  }
  return std::nullopt;
}

}  // namespace eok::detail

#endif  // EOK_SRC_YAML_DOCUMENTS_HPP
