// eok/lexicon/stop_words.hpp: the words that say nothing about which thing a figure is about.
//
// Two reports of one amount are taken for the same claim only when their sentences name the
// same thing: an entity (프랑스, 브룩필드, UAE, 스타게이트) or a specific noun (데이터센터). The
// agreement check (checks.hpp, `context_words`) compares the words of the two sentences after
// dropping what every money sentence in the news shares: particles and endings glued to a word
// (`프랑스가` is `프랑스`), verb forms (`투자하기로`, `밝혔다`), and the generic nouns listed here
// (투자, 계획, 정부, AI ...). What is left are the content words; `min_shared_words` of them must
// be shared.
//
// Things you should know:
// - The threshold is one shared content word. Entity names are what tie two reports together,
//   and one is enough (`프랑스` in two sentences about 1090억유로); the stop words are what keep
//   one shared word from being noise, so a word that shows up in unrelated money stories
//   belongs in `generic_nouns`.
// - A word is compared whole, after the endings below are cut once each (particle, then
//   ending), so `데이터센터에` and `데이터센터` are one word, and `센터` is not `데이터센터`.
#ifndef EOK_LEXICON_STOP_WORDS_HPP
#define EOK_LEXICON_STOP_WORDS_HPP

#include <cstddef>
#include <string_view>

namespace eok::lexicon {

/// How many content words two sentences must share for their figures to be one claim.
inline constexpr std::size_t min_shared_words = 1;

/// Particles longer than the case particles (particles.hpp `case_particles`) or not among them,
/// cut from the end of a word before it is compared: `파리에서`, `정부로부터`, `기업까지`. Longer
/// ones first.
inline constexpr std::string_view context_particles[] = {
    "으로부터", "로부터", "에서는", "에서도", "에게서", "에서", "에게", "으로", "까지", "부터", "보다",
    "처럼", "마저", "로", "에", "만",
};

/// Endings that make a word a verb or adjective form (`투자하기로`, `밝혔다`, `투자한다고`): such a
/// word is not a content word. Matched at the end of the word as written, before particles are
/// cut. No ending is a single `다`, which would take 캐나다 for a verb.
inline constexpr std::string_view verb_endings[] = {
    "하고", "하는", "하기로", "하기", "하면", "하여", "하며", "해서", "했고", "하겠다는", "하겠다고",
    "한다고", "한다는", "한다", "했다", "된다", "됐다", "되는", "되고", "된", "있다", "있는", "없다",
    "혔다", "졌다", "였다", "왔다", "겠다", "이다", "렸다", "났다", "낸다", "킨다", "지만", "는데",
    "면서", "이며", "으며", "라고", "이라며", "다고", "다는", "던", "두고",
};

/// Nouns common to money stories of every kind: sharing one says nothing about the subject.
inline constexpr std::string_view generic_nouns[] = {
    "투자", "투자액", "투자금", "계획", "발표", "정부", "기업", "회사", "규모", "지원", "예산", "자금",
    "금액", "사업", "산업", "시장", "분야", "부문", "최근", "향후", "올해", "내년", "지난해", "작년",
    "이번", "지난", "이날", "오는", "당시", "현재", "현지시간", "기자", "뉴스", "사진", "관계자",
    "대한", "위해", "통해", "관련", "가운데", "이상", "이하", "최대", "최소", "모두", "한화", "원화",
    "달러", "유로", "위안", "억원", "조원", "AI", "인공지능", "이는", "그러나", "하지만", "또한",
    "세부", "추진", "마련", "확대", "참여", "목표",
};

}  // namespace eok::lexicon

#endif  // EOK_LEXICON_STOP_WORDS_HPP
