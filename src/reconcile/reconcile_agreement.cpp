// Agreements across articles: the same claim reported by several articles. Each article gives
// its candidates (`agreement_candidates`, the map step); `find_agreements` groups them by key
// (the reduce step). Everything is hashed or indexed: no step compares all pairs.
#include <eok/lexicon/stop_words.hpp>
#include <eok/reconcile/checks.hpp>
#include <eok/reconcile/interval.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace eok {
namespace {

int exponent_of(const decimal& power_of_ten) {
  const decimal n = power_of_ten.normalized();
  if (n.scale() > 0) return -n.scale();
  return static_cast<int>(n.digit_count()) - 1;
}

/// `value` rounded (half-even) to the unit 10^exponent.
decimal at_precision(const decimal& value, int exponent) { return value.rounded(-exponent, rounding::half_even).normalized(); }

/// The hash key of a stated value at a precision: the claim, the unit's exponent, the digits.
std::string value_key(const std::string& claim, int unit_exponent, const decimal& value) {
  return claim + '|' + std::to_string(unit_exponent) + '|' + value.to_string();
}

bool before(const figure_ref& a, const figure_ref& b) {
  return a.article != b.article ? a.article < b.article : a.figure < b.figure;
}

/// A bucket: the figures stating one value at their own precision, and which articles they
/// come from (the first, and whether there are others).
struct bucket {
  std::vector<std::size_t> own;    ///< candidates stating the value at this precision
  std::vector<std::size_t> finer;  ///< finer candidates that round to it and make it their home
  std::size_t first_article = 0;
  bool several_articles = false;
};

/// The agreements of one bucket: `members` (candidate indices, in candidate order), `coarse`
/// saying which state the bucket's value at its own precision (only those can be canonical).
/// Each canonical, in order, takes every member not yet taken whose words share
/// `lexicon::min_shared_words` with its own, found through an index from word to members.
void split_by_context(const std::vector<agreement_candidate>& cands, const std::vector<std::size_t>& members,
                      const std::vector<bool>& coarse, std::vector<check>& out) {
  std::unordered_map<std::string_view, std::vector<std::size_t>> holders;  // word -> member positions
  for (std::size_t k = 0; k < members.size(); ++k) {
    for (const std::string& w : cands[members[k]].words) holders[w].push_back(k);
  }
  std::vector<bool> taken(members.size(), false);
  std::vector<std::size_t> hits(members.size(), 0);
  std::vector<std::size_t> touched;
  for (std::size_t c = 0; c < members.size(); ++c) {
    if (taken[c] || !coarse[c]) continue;
    const agreement_candidate& canon = cands[members[c]];
    // Members sharing enough words with the canonical, each with the words it shares.
    std::map<std::size_t, std::vector<std::string_view>> sharing;
    touched.clear();
    for (const std::string& w : canon.words) {
      auto& list = holders[w];
      // Drop the members taken since (each is dropped once: no list is walked twice for them).
      list.erase(std::remove_if(list.begin(), list.end(), [&](std::size_t k) { return taken[k]; }), list.end());
      for (std::size_t k : list) {
        if (k == c) continue;
        if (hits[k]++ == 0) touched.push_back(k);
        sharing[k].push_back(w);
      }
    }
    for (std::size_t k : touched) {
      if (hits[k] < lexicon::min_shared_words) sharing.erase(k);
      hits[k] = 0;
    }
    // One figure per article: the canonical for its own, the first one for every other.
    std::vector<std::size_t> group{c};
    std::set<std::size_t> articles{canon.ref.article};
    std::vector<std::size_t> repeats;
    for (const auto& [k, words] : sharing) {
      (articles.insert(cands[members[k]].ref.article).second ? group : repeats).push_back(k);
    }
    if (articles.size() < 2) continue;
    std::vector<std::string> evidence;
    for (std::size_t k : group) {
      taken[k] = true;
      if (k == c) continue;
      for (std::string_view w : sharing[k]) evidence.emplace_back(w);
    }
    for (std::size_t k : repeats) taken[k] = true;
    std::sort(group.begin(), group.end(),
              [&](std::size_t p, std::size_t q) { return before(cands[members[p]].ref, cands[members[q]].ref); });
    std::sort(evidence.begin(), evidence.end());
    evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());

    check result{agreement_details{canon.cur, std::nullopt, std::move(evidence), {}}};
    agreement_details& found = result.as_agreement();
    result.article = cands[members[group.front()]].ref.article;
    bool values_differ = false;
    bool converted_differ = false;
    // Per stated value and target currency, the first holding conversion's interval: the same
    // amount converted to disjoint figures means different rates, i.e. different dates.
    std::map<std::pair<std::string, currency>, const interval*> converted;
    for (std::size_t k : group) {
      const agreement_candidate& m = cands[members[k]];
      if (k == c) found.canonical = result.figures.size();
      result.figures.push_back(m.ref);
      if (m.value != canon.value) values_differ = true;
      if (m.wrong_conversion) found.wrong_conversions.push_back(member_conversion{result.figures.size() - 1, *m.wrong_conversion});
      if (!m.converted || !m.converted_cur) continue;
      auto [slot, fresh] = converted.emplace(std::make_pair(m.value.to_string(), *m.converted_cur), &*m.converted);
      if (!fresh && !overlaps(*slot->second, *m.converted)) converted_differ = true;
    }
    if (values_differ) result.reasons.push_back(reason::rounding);
    if (converted_differ) result.reasons.push_back(reason::rate_date);
    // The verdict is about the amount: every member states the canonical's value.
    result.result = verdict::consistent;
    out.push_back(std::move(result));
  }
}

}  // namespace

std::string agreement_claim(const agreement_candidate& c) {
  return std::string(c.cur.code()) + '|' + std::string(to_string(c.bound)) + (c.each ? "|each" : "|");
}

std::vector<agreement_candidate> agreement_candidates(const article& a, std::size_t article_index,
                                                      const std::vector<check>& checks, std::size_t first_check) {
  std::vector<agreement_candidate> out;
  const auto& figs = a.figures;
  std::vector<bool> target(figs.size(), false);
  for (const auto& l : a.conversions) {
    if (l.to < target.size()) target[l.to] = true;
  }
  std::unordered_map<std::size_t, std::size_t> conversion_of;  // X -> its check
  for (std::size_t i = first_check; i < checks.size(); ++i) {
    const check& c = checks[i];
    if (c.kind == check_kind::conversion && c.figures[0].article == article_index) conversion_of.emplace(c.figures[0].figure, i);
  }
  for (std::size_t j = 0; j < figs.size(); ++j) {
    const figure& f = figs[j];
    // Stated rates are not money; a conversion's target agrees or not through what it converts.
    if (f.kind != figure_kind::money || !f.cur.valid() || target[j] || f.vague || f.range || f.band || !f.value) continue;
    agreement_candidate c;
    c.ref = {article_index, j};
    c.cur = f.cur;
    c.bound = f.bound;
    c.each = f.each;
    c.value = f.value->normalized();
    c.unit_exponent = exponent_of(rounding_unit(f));
    if (f.end <= a.text.size() && f.start <= f.end) c.words = context_words(a.text, f.start, f.end);
    auto it = conversion_of.find(j);
    if (it != conversion_of.end()) {
      const check& conv = checks[it->second];
      if (conv.result == verdict::inconsistent) {
        c.wrong_conversion = it->second;
      } else if (conv.result != verdict::undetermined && conv.figures.size() > 1) {
        // A holding conversion: where its stated target lies (unchecked ones say nothing).
        const figure& y = figs[conv.figures[1].figure];
        if (auto yi = amount_interval(y, reading::strict)) {
          c.converted_cur = y.cur;
          c.converted = std::move(*yi);
        }
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<check> find_agreements(const std::vector<agreement_candidate>& cands) {
  // Buckets of figures stating one value at their own precision, and the precisions present
  // for each claim: a figure agrees with a coarser one when it rounds to it there.
  std::unordered_map<std::string, bucket> buckets;
  std::unordered_map<std::string, std::set<int>> exponents;
  std::vector<std::string> claims(cands.size());
  std::vector<std::string> own_key(cands.size());
  std::vector<bucket*> own_bucket(cands.size());
  for (std::size_t k = 0; k < cands.size(); ++k) {
    claims[k] = agreement_claim(cands[k]);
    own_key[k] = value_key(claims[k], cands[k].unit_exponent, cands[k].value);
    bucket& b = buckets[own_key[k]];
    if (b.own.empty()) {
      b.first_article = cands[k].ref.article;
    } else if (b.first_article != cands[k].ref.article) {
      b.several_articles = true;
    }
    b.own.push_back(k);
    own_bucket[k] = &b;
    exponents[claims[k]].insert(cands[k].unit_exponent);
  }
  // Each figure joins the finest coarser bucket it rounds into that holds another article's
  // figure, or else stays in its own.
  std::vector<bool> moved(cands.size(), false);
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const auto& levels = exponents[claims[k]];
    for (auto e = levels.upper_bound(cands[k].unit_exponent); e != levels.end(); ++e) {
      auto it = buckets.find(value_key(claims[k], *e, at_precision(cands[k].value, *e)));
      if (it == buckets.end()) continue;
      if (!it->second.several_articles && it->second.first_article == cands[k].ref.article) continue;
      it->second.finer.push_back(k);
      moved[k] = true;
      break;
    }
  }
  std::vector<check> out;
  for (std::size_t k = 0; k < cands.size(); ++k) {
    bucket& b = *own_bucket[k];
    if (b.own.front() != k) continue;  // each bucket once, at its first figure
    std::vector<std::size_t> members;
    std::vector<bool> coarse;
    for (std::size_t m : b.own) {
      if (moved[m]) continue;
      members.push_back(m);
      coarse.push_back(true);
    }
    for (std::size_t m : b.finer) {
      members.push_back(m);
      coarse.push_back(false);
    }
    bool several_articles = false;
    for (std::size_t m : members) several_articles = several_articles || cands[m].ref.article != cands[members.front()].ref.article;
    if (!several_articles) continue;
    split_by_context(cands, members, coarse, out);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const check& a, const check& b) { return before(a.figures.front(), b.figures.front()); });
  return out;
}

}  // namespace eok
