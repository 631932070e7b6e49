// eok/lexicon/particles.hpp: what may follow a figure in Korean without being part of a word.
//
// A figure ends where a particle or an ending begins (`1조원을`, `1조원이며`, `1조원짜리`), and a
// number glued to any other syllable is part of a word (`일조량`, `5조각`, `3원칙`). The parser
// asks these lists where a figure may end; the scanner asks them whether the syllable after
// `원` lets it be the currency.
#ifndef EOK_LEXICON_PARTICLES_HPP
#define EOK_LEXICON_PARTICLES_HPP

#include <array>
#include <string_view>

namespace eok::lexicon {

/// The first syllables of the particles and endings that may follow a figure: case particles
/// (을 를 이 가 은 는 의 에 로 와 과 도 만 ...), the copula and its endings (인 였 입 임 이며 라, and
/// after a vowel 다 예요: `500억 달러다`, `100달러예요`),
/// and conjunctions (및 등 고 며).
inline constexpr std::u32string_view particle_starts =
    U"을를이가은는의에로으와과도만씩까부보대인쯤께정안어짜여나밖뿐마라란며엔선꼴야요입임처고였및등서든다예";

/// The particles a lone numeral syllable may take and still be a number (`사는`, `이를`
/// are rare as numbers but `사과` and `이번` are words): the plainest case particles only.
inline constexpr std::u32string_view plain_particles = U"은는을를의에";

/// The case particles a noun takes (`환율이`, `위원장은`), for finding the noun in a word.
inline constexpr std::array<std::string_view, 10> case_particles{{"은", "는", "이", "가", "을", "를", "의", "도", "과", "와"}};

/// `w` without a trailing case particle (`금융위원장은` → `금융위원장`); `w` when it has none or
/// is the particle alone.
[[nodiscard]] constexpr std::string_view without_case_particle(std::string_view w) noexcept {
  for (std::string_view p : case_particles) {
    if (w.size() > p.size() && w.substr(w.size() - p.size()) == p) return w.substr(0, w.size() - p.size());
  }
  return w;
}

/// Words that go with an amount right after it (`1억원어치`, `10억원짜리`, `1조원 규모`).
inline constexpr std::array<std::string_view, 7> amount_words{{"어치", "짜리", "규모", "상당", "수준", "대비", "선에서"}};

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_PARTICLES_HPP
