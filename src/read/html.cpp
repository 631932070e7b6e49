// Saved web pages: see eok/read/html.hpp. Gumbo stays in this file.
#include <eok/read/html.hpp>

#include <gumbo.h>

#include <memory>
#include <vector>

namespace eok {
namespace {

/// Elements whose content is not the page's text.
bool skipped(GumboTag tag, bool in_article) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: return true;
    case GUMBO_TAG_HEADER: return !in_article;
    default: return false;
  }
}

/// Elements that stand on lines of their own.
bool block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_BR: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CAPTION: return true;
    default: return false;
  }
}

const char* attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

/// Builds the page text: spaces collapsed within a line, one line break between blocks.
class text_builder {
public:
  void add_text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = !out_.empty() && out_.back() != '\n';
      } else {
        if (pending_space_) out_ += ' ';
        pending_space_ = false;
        out_ += c;
      }
    }
  }
  void end_line() {
    pending_space_ = false;
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
  }
  std::string take() {
    end_line();
    return std::move(out_);
  }

private:
  std::string out_;
  bool pending_space_ = false;
};

struct walker {
  html_page page;
  text_builder text;
  std::optional<std::string> og_title, title;
  std::optional<date_type> meta_date, time_date;
  std::string meta_text, time_text;

  // Depth-first over the tree with an explicit stack: a page nested 100,000 deep must not
  // exhaust the call stack.
  struct frame {
    const GumboNode* node;
    unsigned next;  // the next child to visit
    bool in_article, in_head, is_block, markup_only;
  };

  void visit(const GumboNode* root) {
    std::vector<frame> stack;
    auto enter = [&](const GumboNode* node, bool in_article, bool in_head, bool markup_only) {
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        if (!in_head && !markup_only) text.add_text(node->v.text.text);
        return;
      }
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
      const GumboElement& e = node->v.element;
      look_at(e);
      if (e.tag == GUMBO_TAG_TITLE && !title) title = own_text(node);
      if (e.tag == GUMBO_TAG_HEAD) in_head = true;
      if (markup_only || (skipped(e.tag, in_article) && !in_head && e.tag != GUMBO_TAG_HEAD)) {
        // Dates and titles in skipped parts still count; their text does not.
        if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE) return;
        stack.push_back({node, 0, in_article, in_head, false, true});
        return;
      }
      const bool is_block = block(e.tag) && !in_head;
      if (is_block) text.end_line();
      stack.push_back({node, 0, in_article || e.tag == GUMBO_TAG_ARTICLE, in_head, is_block, false});
    };
    enter(root, false, false, false);
    while (!stack.empty()) {
      frame& f = stack.back();
      const GumboElement& e = f.node->v.element;
      if (f.next < e.children.length) {
        const auto* child = static_cast<const GumboNode*>(e.children.data[f.next++]);
        const frame copy = f;  // `enter` may grow the stack
        enter(child, copy.in_article, copy.in_head, copy.markup_only);
        continue;
      }
      if (f.is_block) text.end_line();
      stack.pop_back();
    }
  }

  void look_at(const GumboElement& e) {
    if (e.tag == GUMBO_TAG_META) {
      const char* property = attribute(e, "property");
      if (!property) property = attribute(e, "name");
      const char* content = attribute(e, "content");
      if (!property || !content) return;
      const std::string_view p(property);
      if (p == "og:title" && !og_title) og_title = content;
      if (p == "article:published_time" && !meta_date) {
        if (auto d = read_written_date(content, 0)) {
          meta_date = d->day;
          meta_text = "<meta property=\"article:published_time\" content=\"" + std::string(content) + "\">";
        }
      }
    } else if (e.tag == GUMBO_TAG_TIME && !time_date) {
      if (const char* dt = attribute(e, "datetime")) {
        if (auto d = read_written_date(dt, 0)) {
          time_date = d->day;
          time_text = "<time datetime=\"" + std::string(dt) + "\">";
        }
      }
    }
  }

  static std::string own_text(const GumboNode* node) {
    text_builder b;
    const GumboElement& e = node->v.element;
    for (unsigned i = 0; i < e.children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(e.children.data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA) b.add_text(c->v.text.text);
    }
    std::string s = b.take();
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
  }
};

}  // namespace

html_page read_html(std::string_view html) {
  // Gumbo frees its tree recursively and keeps formatting elements in lists that grow with the
  // page, so a page of more tags than any news page has is refused rather than read slowly or
  // with the stack exhausted.
  std::size_t tags = 0;
  for (std::size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] == '<' && ((html[i + 1] >= 'a' && html[i + 1] <= 'z') || (html[i + 1] >= 'A' && html[i + 1] <= 'Z'))) {
      if (++tags > max_html_tags) {
        throw error(errc::invalid_argument, "the page has more than " + std::to_string(max_html_tags) +
                                                " tags (at byte " + std::to_string(i) + "); eok reads pages up to that size");
      }
    }
  }
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  walker w;
  if (out) w.visit(out->root);
  html_page page;
  page.text = w.text.take();
  if (page.text == "\n") page.text.clear();
  page.title = w.og_title ? w.og_title : w.title;
  if (page.title && page.title->empty()) page.title.reset();
  if (w.meta_date) {
    page.date = w.meta_date;
    page.date_text = w.meta_text;
  } else if (w.time_date) {
    page.date = w.time_date;
    page.date_text = w.time_text;
  }
  return page;
}

bool is_html_name(std::string_view name) noexcept {
  auto ends = [&](std::string_view ext) {
    if (name.size() < ext.size()) return false;
    for (std::size_t i = 0; i < ext.size(); ++i) {
      char c = name[name.size() - ext.size() + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != ext[i]) return false;
    }
    return true;
  };
  return ends(".html") || ends(".htm");
}

}  // namespace eok
