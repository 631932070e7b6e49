// eok/currency.hpp: ISO 4217 currencies (TEMPORARY STAND-IN on branch `rates`).
//
// The real header is being written by a teammate for the foundation issue and will replace this
// file when `rates` merges main. This stand-in implements only the documented API that the rate
// code needs (codes, minor units, names of the currencies in the bundled tables), so that the
// rates branch builds in the meantime.
#ifndef EOK_CURRENCY_HPP
#define EOK_CURRENCY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace eok {

namespace detail {
/// One row of the stand-in currency table.
struct currency_row {
  std::string_view code;
  int minor_units;
  std::string_view english_name;
  std::string_view korean_name;
  bool historic;
};
inline constexpr std::array<currency_row, 46> currency_rows{{
    {"AUD", 2, "Australian dollar", "호주 달러", false},
    {"BGN", 2, "Bulgarian lev", "불가리아 레프", true},
    {"BRL", 2, "Brazilian real", "브라질 헤알", false},
    {"CAD", 2, "Canadian dollar", "캐나다 달러", false},
    {"CHF", 2, "Swiss franc", "스위스 프랑", false},
    {"CNY", 2, "Chinese yuan renminbi", "위안", false},
    {"CYP", 2, "Cyprus pound", "키프로스 파운드", true},
    {"CZK", 2, "Czech koruna", "체코 코루나", false},
    {"DKK", 2, "Danish krone", "덴마크 크로네", false},
    {"EEK", 2, "Estonian kroon", "에스토니아 크론", true},
    {"EUR", 2, "euro", "유로", false},
    {"GBP", 2, "pound sterling", "파운드", false},
    {"HKD", 2, "Hong Kong dollar", "홍콩 달러", false},
    {"HRK", 2, "Croatian kuna", "크로아티아 쿠나", true},
    {"HUF", 2, "Hungarian forint", "헝가리 포린트", false},
    {"IDR", 2, "Indonesian rupiah", "인도네시아 루피아", false},
    {"ILS", 2, "Israeli new shekel", "이스라엘 셰켈", false},
    {"INR", 2, "Indian rupee", "인도 루피", false},
    {"ISK", 0, "Icelandic krona", "아이슬란드 크로나", false},
    {"JPY", 0, "Japanese yen", "엔", false},
    {"KRW", 0, "South Korean won", "원", false},
    {"LTL", 2, "Lithuanian litas", "리투아니아 리타스", true},
    {"LVL", 2, "Latvian lats", "라트비아 라트", true},
    {"MTL", 2, "Maltese lira", "몰타 리라", true},
    {"MXN", 2, "Mexican peso", "멕시코 페소", false},
    {"MYR", 2, "Malaysian ringgit", "말레이시아 링깃", false},
    {"NOK", 2, "Norwegian krone", "노르웨이 크로네", false},
    {"NZD", 2, "New Zealand dollar", "뉴질랜드 달러", false},
    {"PHP", 2, "Philippine peso", "필리핀 페소", false},
    {"PLN", 2, "Polish zloty", "폴란드 즐로티", false},
    {"ROL", 2, "Romanian leu (old)", "루마니아 레우(구)", true},
    {"RON", 2, "Romanian leu", "루마니아 레우", false},
    {"RUB", 2, "Russian ruble", "루블", false},
    {"SEK", 2, "Swedish krona", "스웨덴 크로나", false},
    {"SGD", 2, "Singapore dollar", "싱가포르 달러", false},
    {"SIT", 2, "Slovenian tolar", "슬로베니아 톨라르", true},
    {"SKK", 2, "Slovak koruna", "슬로바키아 코루나", true},
    {"THB", 2, "Thai baht", "바트", false},
    {"TRL", 0, "Turkish lira (old)", "터키 리라(구)", true},
    {"TRY", 2, "Turkish lira", "터키 리라", false},
    {"TWD", 2, "New Taiwan dollar", "대만 달러", false},
    {"USD", 2, "US dollar", "달러", false},
    {"VND", 0, "Vietnamese dong", "동", false},
    {"XAU", 0, "gold (troy ounce)", "금", false},
    {"ZAR", 2, "South African rand", "랜드", false},
    {"CLP", 0, "Chilean peso", "칠레 페소", false},
}};
}  // namespace detail

/// A currency: a small regular value type; the default value is "no currency".
class currency {
public:
  /// No currency: `valid()` is false and `code()` is empty.
  constexpr currency() noexcept = default;

  /// The currency with ISO 4217 code `code` ("KRW"), if eok knows it.
  [[nodiscard]] static constexpr std::optional<currency> from_code(std::string_view code) noexcept {
    for (std::size_t i = 0; i < detail::currency_rows.size(); ++i) {
      if (detail::currency_rows[i].code == code) return currency(static_cast<std::uint8_t>(i + 1));
    }
    return std::nullopt;
  }

  [[nodiscard]] constexpr bool valid() const noexcept { return index_ != 0; }
  [[nodiscard]] constexpr std::string_view code() const noexcept { return valid() ? row().code : std::string_view(); }
  [[nodiscard]] constexpr int minor_units() const noexcept { return valid() ? row().minor_units : 0; }
  [[nodiscard]] constexpr std::string_view english_name() const noexcept { return valid() ? row().english_name : std::string_view(); }
  [[nodiscard]] constexpr std::string_view korean_name() const noexcept { return valid() ? row().korean_name : std::string_view(); }
  [[nodiscard]] constexpr bool historic() const noexcept { return valid() && row().historic; }

  friend constexpr bool operator==(currency a, currency b) noexcept { return a.index_ == b.index_; }
  friend constexpr bool operator!=(currency a, currency b) noexcept { return a.index_ != b.index_; }
  friend constexpr bool operator<(currency a, currency b) noexcept { return a.code() < b.code(); }
  friend constexpr bool operator>(currency a, currency b) noexcept { return b < a; }
  friend constexpr bool operator<=(currency a, currency b) noexcept { return !(b < a); }
  friend constexpr bool operator>=(currency a, currency b) noexcept { return !(a < b); }

  static const currency krw, usd, eur, jpy, cny, gbp, chf, hkd;

private:
  constexpr explicit currency(std::uint8_t index) noexcept : index_(index) {}
  constexpr const detail::currency_row& row() const noexcept { return detail::currency_rows[index_ - 1u]; }
  std::uint8_t index_ = 0;
};

inline constexpr currency currency::krw = *currency::from_code("KRW");
inline constexpr currency currency::usd = *currency::from_code("USD");
inline constexpr currency currency::eur = *currency::from_code("EUR");
inline constexpr currency currency::jpy = *currency::from_code("JPY");
inline constexpr currency currency::cny = *currency::from_code("CNY");
inline constexpr currency currency::gbp = *currency::from_code("GBP");
inline constexpr currency currency::chf = *currency::from_code("CHF");
inline constexpr currency currency::hkd = *currency::from_code("HKD");

}  // namespace eok

#endif  // EOK_CURRENCY_HPP
