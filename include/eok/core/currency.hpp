// eok/core/currency.hpp: ISO 4217 currencies, and the ways Korean news writes them.
//
// A `currency` is one 16-bit index into a constexpr table sorted by code. That keeps it a
// small regular value: you copy it like an int, compare it with `==` and `<` (which agree with
// comparing the codes, because the table is sorted), and hash it. Nothing is allocated and no
// state is learned from input, so the same text always means the same currency.
// The table holds every active ISO 4217 code with numeric minor units, plus the withdrawn
// codes that reference-rate files still carry (the ECB's CYP, ROL, SIT, HRK, BGN, ... and the
// euro's legacy currencies); those report `historic()`. Codes whose minor units are "N.A."
// (gold XAU, SDR XDR, the test code XTS, no-currency XXX, ...) are left out on purpose: they
// are not money an article can state an amount of, and giving them 0 minor units would be a
// made-up fact.
// Recognising a currency in text is a separate step, done against a second constexpr table of
// aliases: ISO codes, Korean names (달러, 위안화, 스위스 프랑), English words (dollars,
// sterling) and symbols (₩, US$, €). A parser reads the word after a number with
// `match_currency_prefix` and the symbol or code before it with `match_currency_suffix`; each
// reports how many bytes it used and whether the spelling could mean another currency
// (달러, $, ¥). Aliases are sorted at compile time by their first character, so a lookup is a
// binary search over about a hundred keys followed by a handful of byte comparisons.
// All text is UTF-8; compilers must use a UTF-8 execution character set (MSVC: /utf-8).
#ifndef EOK_CURRENCY_HPP
#define EOK_CURRENCY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

static_assert(sizeof("원") == 4 && static_cast<unsigned char>("원"[0]) == 0xEC &&
                  static_cast<unsigned char>("원"[1]) == 0x9B &&
                  static_cast<unsigned char>("원"[2]) == 0x90,
              "eok needs a UTF-8 execution character set (MSVC: /utf-8)");

namespace eok {

class currency;

namespace detail {

/// One row of the currency table. Not API.
struct currency_data {
  std::string_view code;          // "KRW"; empty only in the "no currency" row
  std::uint8_t minor_units;       // digits after the decimal point
  bool historic;                  // withdrawn from ISO 4217's list of active codes
  std::string_view english_name;  // "South Korean won"
  std::string_view korean_name;   // "원"; empty where Korean news has no settled name
};

// Row 0 is "no currency"; the rest are sorted by code (checked by static_assert below).
// Minor units of active codes follow ISO 4217 list one (2026). Minor units of historic codes
// are the last values in use; they only matter for old rate tables and are informational.
inline constexpr currency_data currency_table[] = {
    {"", 0, false, "", ""},
    {"AED", 2, false, "United Arab Emirates dirham", "디르함"},
    {"AFN", 2, false, "Afghan afghani", ""},
    {"ALL", 2, false, "Albanian lek", ""},
    {"AMD", 2, false, "Armenian dram", ""},
    {"ANG", 2, true, "Netherlands Antillean guilder", ""},
    {"AOA", 2, false, "Angolan kwanza", ""},
    {"ARS", 2, false, "Argentine peso", "아르헨티나페소"},
    {"ATS", 2, true, "Austrian schilling", ""},
    {"AUD", 2, false, "Australian dollar", "호주달러"},
    {"AWG", 2, false, "Aruban florin", ""},
    {"AZN", 2, false, "Azerbaijani manat", ""},
    {"BAM", 2, false, "Bosnia and Herzegovina convertible mark", ""},
    {"BBD", 2, false, "Barbados dollar", ""},
    {"BDT", 2, false, "Bangladeshi taka", ""},
    {"BEF", 0, true, "Belgian franc", ""},
    {"BGN", 2, true, "Bulgarian lev", ""},
    {"BHD", 3, false, "Bahraini dinar", ""},
    {"BIF", 0, false, "Burundian franc", ""},
    {"BMD", 2, false, "Bermudian dollar", ""},
    {"BND", 2, false, "Brunei dollar", ""},
    {"BOB", 2, false, "Bolivian boliviano", ""},
    {"BOV", 2, false, "Bolivian Mvdol (funds code)", ""},
    {"BRL", 2, false, "Brazilian real", "헤알"},
    {"BSD", 2, false, "Bahamian dollar", ""},
    {"BTN", 2, false, "Bhutanese ngultrum", ""},
    {"BWP", 2, false, "Botswana pula", ""},
    {"BYN", 2, false, "Belarusian ruble", ""},
    {"BYR", 0, true, "Belarusian ruble (2000-2016)", ""},
    {"BZD", 2, false, "Belize dollar", ""},
    {"CAD", 2, false, "Canadian dollar", "캐나다달러"},
    {"CDF", 2, false, "Congolese franc", ""},
    {"CHE", 2, false, "WIR euro (funds code)", ""},
    {"CHF", 2, false, "Swiss franc", "스위스프랑"},
    {"CHW", 2, false, "WIR franc (funds code)", ""},
    {"CLF", 4, false, "Chilean unidad de fomento (funds code)", ""},
    {"CLP", 0, false, "Chilean peso", "칠레페소"},
    {"CNY", 2, false, "Chinese yuan renminbi", "위안"},
    {"COP", 2, false, "Colombian peso", "콜롬비아페소"},
    {"COU", 2, false, "Colombian unidad de valor real (funds code)", ""},
    {"CRC", 2, false, "Costa Rican colon", ""},
    {"CUC", 2, true, "Cuban convertible peso", ""},
    {"CUP", 2, false, "Cuban peso", ""},
    {"CVE", 2, false, "Cape Verdean escudo", ""},
    {"CYP", 2, true, "Cypriot pound", ""},
    {"CZK", 2, false, "Czech koruna", ""},
    {"DEM", 2, true, "German mark", ""},
    {"DJF", 0, false, "Djiboutian franc", ""},
    {"DKK", 2, false, "Danish krone", "덴마크크로네"},
    {"DOP", 2, false, "Dominican peso", ""},
    {"DZD", 2, false, "Algerian dinar", ""},
    {"EEK", 2, true, "Estonian kroon", ""},
    {"EGP", 2, false, "Egyptian pound", ""},
    {"ERN", 2, false, "Eritrean nakfa", ""},
    {"ESP", 0, true, "Spanish peseta", ""},
    {"ETB", 2, false, "Ethiopian birr", ""},
    {"EUR", 2, false, "Euro", "유로"},
    {"FIM", 2, true, "Finnish markka", ""},
    {"FJD", 2, false, "Fijian dollar", ""},
    {"FKP", 2, false, "Falkland Islands pound", ""},
    {"FRF", 2, true, "French franc", "프랑스프랑"},
    {"GBP", 2, false, "Pound sterling", "파운드"},
    {"GEL", 2, false, "Georgian lari", ""},
    {"GHS", 2, false, "Ghanaian cedi", ""},
    {"GIP", 2, false, "Gibraltar pound", ""},
    {"GMD", 2, false, "Gambian dalasi", ""},
    {"GNF", 0, false, "Guinean franc", ""},
    {"GRD", 0, true, "Greek drachma", ""},
    {"GTQ", 2, false, "Guatemalan quetzal", ""},
    {"GYD", 2, false, "Guyanese dollar", ""},
    {"HKD", 2, false, "Hong Kong dollar", "홍콩달러"},
    {"HNL", 2, false, "Honduran lempira", ""},
    {"HRK", 2, true, "Croatian kuna", ""},
    {"HTG", 2, false, "Haitian gourde", ""},
    {"HUF", 2, false, "Hungarian forint", "포린트"},
    {"IDR", 2, false, "Indonesian rupiah", "루피아"},
    {"IEP", 2, true, "Irish pound", ""},
    {"ILS", 2, false, "Israeli new shekel", "셰켈"},
    {"INR", 2, false, "Indian rupee", "루피"},
    {"IQD", 3, false, "Iraqi dinar", ""},
    {"IRR", 2, false, "Iranian rial", ""},
    {"ISK", 0, false, "Icelandic krona", ""},
    {"ITL", 0, true, "Italian lira", ""},
    {"JMD", 2, false, "Jamaican dollar", ""},
    {"JOD", 3, false, "Jordanian dinar", ""},
    {"JPY", 0, false, "Japanese yen", "엔"},
    {"KES", 2, false, "Kenyan shilling", ""},
    {"KGS", 2, false, "Kyrgyzstani som", ""},
    {"KHR", 2, false, "Cambodian riel", ""},
    {"KMF", 0, false, "Comorian franc", ""},
    {"KPW", 2, false, "North Korean won", "북한원"},
    {"KRW", 0, false, "South Korean won", "원"},
    {"KWD", 3, false, "Kuwaiti dinar", ""},
    {"KYD", 2, false, "Cayman Islands dollar", ""},
    {"KZT", 2, false, "Kazakhstani tenge", ""},
    {"LAK", 2, false, "Lao kip", ""},
    {"LBP", 2, false, "Lebanese pound", ""},
    {"LKR", 2, false, "Sri Lankan rupee", ""},
    {"LRD", 2, false, "Liberian dollar", ""},
    {"LSL", 2, false, "Lesotho loti", ""},
    {"LTL", 2, true, "Lithuanian litas", ""},
    {"LUF", 0, true, "Luxembourg franc", ""},
    {"LVL", 2, true, "Latvian lats", ""},
    {"LYD", 3, false, "Libyan dinar", ""},
    {"MAD", 2, false, "Moroccan dirham", "모로코디르함"},
    {"MDL", 2, false, "Moldovan leu", ""},
    {"MGA", 2, false, "Malagasy ariary", ""},
    {"MKD", 2, false, "Macedonian denar", ""},
    {"MMK", 2, false, "Myanmar kyat", ""},
    {"MNT", 2, false, "Mongolian togrog", ""},
    {"MOP", 2, false, "Macanese pataca", ""},
    {"MRO", 2, true, "Mauritanian ouguiya (before 2018)", ""},
    {"MRU", 2, false, "Mauritanian ouguiya", ""},
    {"MTL", 2, true, "Maltese lira", ""},
    {"MUR", 2, false, "Mauritian rupee", ""},
    {"MVR", 2, false, "Maldivian rufiyaa", ""},
    {"MWK", 2, false, "Malawian kwacha", ""},
    {"MXN", 2, false, "Mexican peso", "페소"},
    {"MXV", 2, false, "Mexican unidad de inversion (funds code)", ""},
    {"MYR", 2, false, "Malaysian ringgit", "링깃"},
    {"MZN", 2, false, "Mozambican metical", ""},
    {"NAD", 2, false, "Namibian dollar", ""},
    {"NGN", 2, false, "Nigerian naira", ""},
    {"NIO", 2, false, "Nicaraguan cordoba", ""},
    {"NLG", 2, true, "Dutch guilder", ""},
    {"NOK", 2, false, "Norwegian krone", "크로네"},
    {"NPR", 2, false, "Nepalese rupee", ""},
    {"NZD", 2, false, "New Zealand dollar", "뉴질랜드달러"},
    {"OMR", 3, false, "Omani rial", ""},
    {"PAB", 2, false, "Panamanian balboa", ""},
    {"PEN", 2, false, "Peruvian sol", ""},
    {"PGK", 2, false, "Papua New Guinean kina", ""},
    {"PHP", 2, false, "Philippine peso", "필리핀페소"},
    {"PKR", 2, false, "Pakistani rupee", ""},
    {"PLN", 2, false, "Polish zloty", "즐로티"},
    {"PTE", 0, true, "Portuguese escudo", ""},
    {"PYG", 0, false, "Paraguayan guarani", ""},
    {"QAR", 2, false, "Qatari riyal", "카타르리얄"},
    {"ROL", 0, true, "Romanian leu (before 2005)", ""},
    {"RON", 2, false, "Romanian leu", ""},
    {"RSD", 2, false, "Serbian dinar", ""},
    {"RUB", 2, false, "Russian ruble", "루블"},
    {"RWF", 0, false, "Rwandan franc", ""},
    {"SAR", 2, false, "Saudi riyal", "리얄"},
    {"SBD", 2, false, "Solomon Islands dollar", ""},
    {"SCR", 2, false, "Seychellois rupee", ""},
    {"SDG", 2, false, "Sudanese pound", ""},
    {"SEK", 2, false, "Swedish krona", "크로나"},
    {"SGD", 2, false, "Singapore dollar", "싱가포르달러"},
    {"SHP", 2, false, "Saint Helena pound", ""},
    {"SIT", 2, true, "Slovenian tolar", ""},
    {"SKK", 2, true, "Slovak koruna", ""},
    {"SLE", 2, false, "Sierra Leonean leone", ""},
    {"SLL", 2, true, "Sierra Leonean leone (before 2022)", ""},
    {"SOS", 2, false, "Somali shilling", ""},
    {"SRD", 2, false, "Surinamese dollar", ""},
    {"SSP", 2, false, "South Sudanese pound", ""},
    {"STD", 2, true, "Sao Tome and Principe dobra (before 2018)", ""},
    {"STN", 2, false, "Sao Tome and Principe dobra", ""},
    {"SVC", 2, false, "Salvadoran colon", ""},
    {"SYP", 2, false, "Syrian pound", ""},
    {"SZL", 2, false, "Swazi lilangeni", ""},
    {"THB", 2, false, "Thai baht", "바트"},
    {"TJS", 2, false, "Tajikistani somoni", ""},
    {"TMT", 2, false, "Turkmenistani manat", ""},
    {"TND", 3, false, "Tunisian dinar", ""},
    {"TOP", 2, false, "Tongan pa'anga", ""},
    {"TRL", 0, true, "Turkish lira (before 2005)", ""},
    {"TRY", 2, false, "Turkish lira", "리라"},
    {"TTD", 2, false, "Trinidad and Tobago dollar", ""},
    {"TWD", 2, false, "New Taiwan dollar", "대만달러"},
    {"TZS", 2, false, "Tanzanian shilling", ""},
    {"UAH", 2, false, "Ukrainian hryvnia", ""},
    {"UGX", 0, false, "Ugandan shilling", ""},
    {"USD", 2, false, "US dollar", "달러"},
    {"USN", 2, false, "US dollar, next day (funds code)", ""},
    {"UYI", 0, false, "Uruguayan peso in indexed units (funds code)", ""},
    {"UYU", 2, false, "Uruguayan peso", ""},
    {"UYW", 4, false, "Uruguayan unidad previsional", ""},
    {"UZS", 2, false, "Uzbekistani sum", ""},
    {"VED", 2, false, "Venezuelan digital bolivar", ""},
    {"VEF", 2, true, "Venezuelan bolivar fuerte", ""},
    {"VES", 2, false, "Venezuelan sovereign bolivar", ""},
    {"VND", 0, false, "Vietnamese dong", "동"},
    {"VUV", 0, false, "Vanuatu vatu", ""},
    {"WST", 2, false, "Samoan tala", ""},
    {"XAD", 2, false, "Arab accounting dinar (funds code)", ""},
    {"XAF", 0, false, "Central African CFA franc", ""},
    {"XCD", 2, false, "East Caribbean dollar", ""},
    {"XCG", 2, false, "Caribbean guilder", ""},
    {"XOF", 0, false, "West African CFA franc", ""},
    {"XPF", 0, false, "CFP franc", ""},
    {"YER", 2, false, "Yemeni rial", ""},
    {"ZAR", 2, false, "South African rand", "랜드"},
    {"ZMW", 2, false, "Zambian kwacha", ""},
    {"ZWG", 2, false, "Zimbabwe gold", ""},
    {"ZWL", 2, true, "Zimbabwean dollar", ""},
};

inline constexpr std::size_t currency_table_size =
    sizeof(currency_table) / sizeof(currency_table[0]);

[[nodiscard]] constexpr bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }

[[nodiscard]] constexpr bool is_ascii_alnum(char c) noexcept {
  return is_ascii_upper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
  return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

[[nodiscard]] constexpr std::uint8_t byte_at(std::string_view s, std::size_t i) noexcept {
  return static_cast<std::uint8_t>(s[i]);
}

// Three upper-case letters packed big-endian, so keys order like the codes; 0 for anything else.
[[nodiscard]] constexpr std::uint32_t code_key(std::string_view code) noexcept {
  if (code.size() != 3 || !is_ascii_upper(code[0]) || !is_ascii_upper(code[1]) ||
      !is_ascii_upper(code[2])) {
    return 0;
  }
  return (std::uint32_t{byte_at(code, 0)} << 16) | (std::uint32_t{byte_at(code, 1)} << 8) |
         std::uint32_t{byte_at(code, 2)};
}

// Row of `code` in currency_table, or 0 when the code is not there.
[[nodiscard]] constexpr std::uint16_t currency_id(std::string_view code) noexcept {
  const std::uint32_t key = code_key(code);
  if (key == 0) return 0;
  std::size_t lo = 1;
  std::size_t hi = currency_table_size;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const std::uint32_t mid_key = code_key(currency_table[mid].code);
    if (mid_key < key) {
      lo = mid + 1;
    } else if (mid_key > key) {
      hi = mid;
    } else {
      return static_cast<std::uint16_t>(mid);
    }
  }
  return 0;
}

/// Builds currencies from table rows for the matching code below. Not API.
struct currency_access {
  [[nodiscard]] static constexpr currency make(std::uint16_t id) noexcept;
  [[nodiscard]] static constexpr std::uint16_t id(currency c) noexcept;
};

}  // namespace detail

/// An ISO 4217 currency: a code such as "KRW" with its minor units and names.
///
/// A small regular value (one 16-bit index into a constexpr table): compare with `==` and
/// `<` (by code), hash with `std::hash`, copy freely. The default value is "no currency".
/// ```
/// auto usd = eok::currency::from_code("USD");   // optional, holds USD
/// usd->minor_units();                           // 2
/// eok::currency::krw.korean_name();             // "원"
/// ```
class currency {
 public:
  /// The "no currency" value; code() is "", minor_units() 0; valid() false.
  constexpr currency() noexcept = default;

  /// The currency with this ISO 4217 code, active or historic; exact upper case, 3 letters.
  /// Empty for unknown codes, lower-case spellings ("krw") and "N.A." codes such as XAU.
  [[nodiscard]] static constexpr std::optional<currency> from_code(std::string_view code) noexcept {
    const std::uint16_t id = detail::currency_id(code);
    if (id == 0) return std::nullopt;
    return currency{id};
  }

  /// False only for the default-constructed "no currency" value.
  [[nodiscard]] constexpr bool valid() const noexcept { return id_ != 0; }

  /// The ISO 4217 code, "KRW"; "" for no currency.
  [[nodiscard]] constexpr std::string_view code() const noexcept {
    return detail::currency_table[id_].code;
  }

  /// Digits after the decimal point in ISO 4217: KRW 0, USD 2, BHD 3, CLF 4.
  [[nodiscard]] constexpr int minor_units() const noexcept {
    return detail::currency_table[id_].minor_units;
  }

  /// A plain English name, "South Korean won".
  [[nodiscard]] constexpr std::string_view english_name() const noexcept {
    return detail::currency_table[id_].english_name;
  }

  /// The name Korean news writes after an amount: "원", "달러", "유로", "위안", "엔",
  /// "홍콩달러"; empty where there is none. find_currency() maps it back to this currency.
  [[nodiscard]] constexpr std::string_view korean_name() const noexcept {
    return detail::currency_table[id_].korean_name;
  }

  /// True for codes withdrawn from ISO 4217 (ROL, HRK, BGN, DEM, ...), which are kept
  /// because rate tables still list them.
  [[nodiscard]] constexpr bool historic() const noexcept {
    return detail::currency_table[id_].historic;
  }

  /// Same code.
  friend constexpr bool operator==(currency a, currency b) noexcept { return a.id_ == b.id_; }
  /// Different codes.
  friend constexpr bool operator!=(currency a, currency b) noexcept { return a.id_ != b.id_; }
  /// Code order, "AED" < "KRW"; "no currency" sorts first.
  friend constexpr bool operator<(currency a, currency b) noexcept { return a.id_ < b.id_; }
  /// Code order.
  friend constexpr bool operator<=(currency a, currency b) noexcept { return a.id_ <= b.id_; }
  /// Code order.
  friend constexpr bool operator>(currency a, currency b) noexcept { return a.id_ > b.id_; }
  /// Code order.
  friend constexpr bool operator>=(currency a, currency b) noexcept { return a.id_ >= b.id_; }

  static const currency krw;   ///< South Korean won
  static const currency usd;   ///< US dollar
  static const currency eur;   ///< Euro
  static const currency jpy;   ///< Japanese yen
  static const currency cny;   ///< Chinese yuan renminbi
  static const currency gbp;   ///< Pound sterling
  static const currency chf;   ///< Swiss franc
  static const currency hkd;   ///< Hong Kong dollar
  static const currency aud;   ///< Australian dollar
  static const currency cad;   ///< Canadian dollar
  static const currency sgd;   ///< Singapore dollar
  static const currency twd;   ///< New Taiwan dollar
  static const currency inr;   ///< Indian rupee
  static const currency rub;   ///< Russian ruble
  static const currency brl;   ///< Brazilian real
  static const currency mxn;   ///< Mexican peso
  static const currency thb;   ///< Thai baht
  static const currency vnd;   ///< Vietnamese dong
  static const currency myr;   ///< Malaysian ringgit
  static const currency try_;  ///< Turkish lira (`try` is a keyword)
  static const currency aed;   ///< United Arab Emirates dirham
  static const currency sar;   ///< Saudi riyal
  static const currency zar;   ///< South African rand

 private:
  friend struct detail::currency_access;
  constexpr explicit currency(std::uint16_t id) noexcept : id_{id} {}

  std::uint16_t id_ = 0;  // row in detail::currency_table; 0 is "no currency"
};

inline constexpr currency currency::krw{detail::currency_id("KRW")};
inline constexpr currency currency::usd{detail::currency_id("USD")};
inline constexpr currency currency::eur{detail::currency_id("EUR")};
inline constexpr currency currency::jpy{detail::currency_id("JPY")};
inline constexpr currency currency::cny{detail::currency_id("CNY")};
inline constexpr currency currency::gbp{detail::currency_id("GBP")};
inline constexpr currency currency::chf{detail::currency_id("CHF")};
inline constexpr currency currency::hkd{detail::currency_id("HKD")};
inline constexpr currency currency::aud{detail::currency_id("AUD")};
inline constexpr currency currency::cad{detail::currency_id("CAD")};
inline constexpr currency currency::sgd{detail::currency_id("SGD")};
inline constexpr currency currency::twd{detail::currency_id("TWD")};
inline constexpr currency currency::inr{detail::currency_id("INR")};
inline constexpr currency currency::rub{detail::currency_id("RUB")};
inline constexpr currency currency::brl{detail::currency_id("BRL")};
inline constexpr currency currency::mxn{detail::currency_id("MXN")};
inline constexpr currency currency::thb{detail::currency_id("THB")};
inline constexpr currency currency::vnd{detail::currency_id("VND")};
inline constexpr currency currency::myr{detail::currency_id("MYR")};
inline constexpr currency currency::try_{detail::currency_id("TRY")};
inline constexpr currency currency::aed{detail::currency_id("AED")};
inline constexpr currency currency::sar{detail::currency_id("SAR")};
inline constexpr currency currency::zar{detail::currency_id("ZAR")};

constexpr currency detail::currency_access::make(std::uint16_t id) noexcept { return currency{id}; }
constexpr std::uint16_t detail::currency_access::id(currency c) noexcept { return c.id_; }

/// A currency recognized from text: which one, whether the spelling was ambiguous ($, ¥, 달러
/// alone, "dollar"), and how many bytes of the input it used.
struct currency_match {
  currency value;          ///< the currency the spelling is taken to mean
  bool ambiguous = false;  ///< true when the spelling also names other currencies
  std::size_t length = 0;  ///< bytes of the input consumed, including any whitespace used
};

namespace detail {

// Alias flags. A plain alias (0) is a word written after the amount; ASCII letters in it
// match in any case. `exact_case` aliases (symbols, "RMB") match byte for byte.
// `before_amount` aliases are also written before the amount and are the only ones
// match_currency_suffix tries: "US$ 5", "미화 3억 달러". Keeping words such as 원, 동 and
// 달러 out of suffix matching stops "101동 202호" or "1,000원 2개" from reading as money.
inline constexpr std::uint8_t ambiguous = 1;
inline constexpr std::uint8_t exact_case = 2;
inline constexpr std::uint8_t before_amount = 4;
inline constexpr std::uint8_t symbol = exact_case | before_amount;
// Set while building the matching tables, never in alias_specs: the alias has no space and no
// ASCII letter to fold, so a plain byte comparison decides it.
inline constexpr std::uint8_t plain_bytes = 8;

/// One spelling of a currency. An empty code marks a word that only looks like a currency
/// ("프랑스" is France, not 프랑 + 스): when it is the longest match, nothing matches.
struct alias_spec {
  std::string_view text;  // a single ASCII space stands for a run of whitespace
  std::string_view code;
  std::uint8_t flags;
};

inline constexpr alias_spec alias_specs[] = {
    // South Korean won
    {"원", "KRW", 0},
    {"원화", "KRW", 0},
    {"₩", "KRW", symbol},
    {"￦", "KRW", symbol},  // full-width
    {"won", "KRW", 0},
    {"Korean won", "KRW", 0},
    {"South Korean won", "KRW", 0},
    {"북한 원", "KPW", 0},
    {"북한원", "KPW", 0},
    {"North Korean won", "KPW", 0},
    // US dollar
    {"달러", "USD", ambiguous},
    {"달러화", "USD", ambiguous},
    {"미국 달러", "USD", 0},
    {"미국달러", "USD", 0},
    {"미국 달러화", "USD", 0},
    {"미국달러화", "USD", 0},
    {"미달러", "USD", 0},
    {"미달러화", "USD", 0},
    {"미화", "USD", before_amount},
    {"$", "USD", symbol | ambiguous},
    {"US$", "USD", symbol},
    {"dollar", "USD", ambiguous},
    {"dollars", "USD", ambiguous},
    {"US dollar", "USD", 0},
    {"US dollars", "USD", 0},
    {"U.S. dollar", "USD", 0},
    {"U.S. dollars", "USD", 0},
    // Euro
    {"유로", "EUR", 0},
    {"유로화", "EUR", 0},
    {"€", "EUR", symbol},
    {"euro", "EUR", 0},
    {"euros", "EUR", 0},
    // Japanese yen
    {"엔", "JPY", 0},
    {"엔화", "JPY", 0},
    {"일본 엔", "JPY", 0},
    {"일본엔", "JPY", 0},
    {"일본 엔화", "JPY", 0},
    {"일본엔화", "JPY", 0},
    {"¥", "JPY", symbol | ambiguous},
    {"￥", "JPY", symbol | ambiguous},  // full-width
    {"円", "JPY", exact_case},          // written after the amount: 100円
    {"yen", "JPY", 0},
    {"Japanese yen", "JPY", 0},
    {"엔진", "", 0},  // engine
    // Chinese yuan renminbi
    {"위안", "CNY", 0},
    {"위안화", "CNY", 0},
    {"인민폐", "CNY", 0},
    {"중국 위안", "CNY", 0},
    {"중국위안", "CNY", 0},
    {"중국 위안화", "CNY", 0},
    {"중국위안화", "CNY", 0},
    {"元", "CNY", exact_case},  // written after the amount: 100元
    {"CN¥", "CNY", symbol},
    {"RMB", "CNY", symbol},
    {"yuan", "CNY", 0},
    {"renminbi", "CNY", 0},
    {"Chinese yuan", "CNY", 0},
    // Pound sterling
    {"파운드", "GBP", ambiguous},
    {"파운드화", "GBP", ambiguous},
    {"영국 파운드", "GBP", 0},
    {"영국파운드", "GBP", 0},
    {"영국 파운드화", "GBP", 0},
    {"영국파운드화", "GBP", 0},
    {"£", "GBP", symbol},
    {"pound", "GBP", ambiguous},
    {"pounds", "GBP", ambiguous},
    {"sterling", "GBP", 0},
    {"pound sterling", "GBP", 0},
    {"pounds sterling", "GBP", 0},
    {"British pound", "GBP", 0},
    {"British pounds", "GBP", 0},
    // Swiss franc, and the French franc it must not swallow
    {"스위스프랑", "CHF", 0},
    {"스위스 프랑", "CHF", 0},
    {"프랑", "CHF", ambiguous},
    {"franc", "CHF", ambiguous},
    {"francs", "CHF", ambiguous},
    {"Swiss franc", "CHF", 0},
    {"Swiss francs", "CHF", 0},
    {"프랑스", "", 0},  // France
    {"프랑스 프랑", "FRF", 0},
    {"프랑스프랑", "FRF", 0},
    {"French franc", "FRF", 0},
    {"French francs", "FRF", 0},
    // Other dollars
    {"홍콩달러", "HKD", 0},
    {"홍콩 달러", "HKD", 0},
    {"HK$", "HKD", symbol},
    {"Hong Kong dollar", "HKD", 0},
    {"Hong Kong dollars", "HKD", 0},
    {"호주달러", "AUD", 0},
    {"호주 달러", "AUD", 0},
    {"A$", "AUD", symbol},
    {"AU$", "AUD", symbol},
    {"Australian dollar", "AUD", 0},
    {"Australian dollars", "AUD", 0},
    {"캐나다달러", "CAD", 0},
    {"캐나다 달러", "CAD", 0},
    {"C$", "CAD", symbol},
    {"CA$", "CAD", symbol},
    {"Canadian dollar", "CAD", 0},
    {"Canadian dollars", "CAD", 0},
    {"싱가포르달러", "SGD", 0},
    {"싱가포르 달러", "SGD", 0},
    {"S$", "SGD", symbol},
    {"Singapore dollar", "SGD", 0},
    {"Singapore dollars", "SGD", 0},
    {"대만달러", "TWD", 0},
    {"대만 달러", "TWD", 0},
    {"NT$", "TWD", symbol},
    {"Taiwan dollar", "TWD", 0},
    {"Taiwan dollars", "TWD", 0},
    {"New Taiwan dollar", "TWD", 0},
    {"New Taiwan dollars", "TWD", 0},
    {"뉴질랜드달러", "NZD", 0},
    {"뉴질랜드 달러", "NZD", 0},
    {"NZ$", "NZD", symbol},
    {"New Zealand dollar", "NZD", 0},
    {"New Zealand dollars", "NZD", 0},
    // Rupees, rubles, real
    {"루피", "INR", ambiguous},
    {"인도 루피", "INR", 0},
    {"인도루피", "INR", 0},
    {"₹", "INR", symbol},
    {"rupee", "INR", ambiguous},
    {"rupees", "INR", ambiguous},
    {"Indian rupee", "INR", 0},
    {"Indian rupees", "INR", 0},
    {"루블", "RUB", 0},
    {"러시아 루블", "RUB", 0},
    {"러시아루블", "RUB", 0},
    {"₽", "RUB", symbol},
    {"ruble", "RUB", 0},
    {"rubles", "RUB", 0},
    {"rouble", "RUB", 0},
    {"roubles", "RUB", 0},
    {"Russian ruble", "RUB", 0},
    {"Russian rubles", "RUB", 0},
    {"헤알", "BRL", 0},
    {"브라질 헤알", "BRL", 0},
    {"브라질헤알", "BRL", 0},
    {"R$", "BRL", symbol},
    {"Brazilian real", "BRL", 0},
    {"Brazilian reais", "BRL", 0},
    // Pesos
    {"페소", "MXN", ambiguous},
    {"멕시코 페소", "MXN", 0},
    {"멕시코페소", "MXN", 0},
    {"MX$", "MXN", symbol},
    {"peso", "MXN", ambiguous},
    {"pesos", "MXN", ambiguous},
    {"Mexican peso", "MXN", 0},
    {"Mexican pesos", "MXN", 0},
    {"필리핀 페소", "PHP", 0},
    {"필리핀페소", "PHP", 0},
    {"₱", "PHP", symbol},
    {"Philippine peso", "PHP", 0},
    {"Philippine pesos", "PHP", 0},
    {"아르헨티나 페소", "ARS", 0},
    {"아르헨티나페소", "ARS", 0},
    {"칠레 페소", "CLP", 0},
    {"칠레페소", "CLP", 0},
    {"콜롬비아 페소", "COP", 0},
    {"콜롬비아페소", "COP", 0},
    // Southeast Asia
    {"바트", "THB", 0},
    {"태국 바트", "THB", 0},
    {"태국바트", "THB", 0},
    {"฿", "THB", symbol},
    {"baht", "THB", 0},
    {"동", "VND", ambiguous},  // also a very common syllable (101동, 동안)
    {"베트남 동", "VND", 0},
    {"베트남동", "VND", 0},
    {"₫", "VND", symbol},
    {"Vietnamese dong", "VND", 0},
    {"링깃", "MYR", 0},
    {"말레이시아 링깃", "MYR", 0},
    {"말레이시아링깃", "MYR", 0},
    {"ringgit", "MYR", 0},
    {"루피아", "IDR", 0},
    {"인도네시아 루피아", "IDR", 0},
    {"인도네시아루피아", "IDR", 0},
    {"rupiah", "IDR", 0},
    // Turkey, the Gulf, Africa
    {"리라", "TRY", 0},
    {"튀르키예 리라", "TRY", 0},
    {"튀르키예리라", "TRY", 0},
    {"터키 리라", "TRY", 0},
    {"터키리라", "TRY", 0},
    {"₺", "TRY", symbol},
    {"Turkish lira", "TRY", 0},
    {"디르함", "AED", ambiguous},  // also the Moroccan dirham
    {"아랍에미리트 디르함", "AED", 0},
    {"아랍에미리트디르함", "AED", 0},
    {"dirham", "AED", ambiguous},
    {"dirhams", "AED", ambiguous},
    {"UAE dirham", "AED", 0},
    {"UAE dirhams", "AED", 0},
    {"모로코 디르함", "MAD", 0},
    {"모로코디르함", "MAD", 0},
    {"리얄", "SAR", ambiguous},
    {"사우디 리얄", "SAR", 0},
    {"사우디리얄", "SAR", 0},
    {"riyal", "SAR", ambiguous},
    {"riyals", "SAR", ambiguous},
    {"Saudi riyal", "SAR", 0},
    {"Saudi riyals", "SAR", 0},
    {"카타르 리얄", "QAR", 0},
    {"카타르리얄", "QAR", 0},
    {"Qatari riyal", "QAR", 0},
    {"Qatari riyals", "QAR", 0},
    {"랜드", "ZAR", 0},
    {"남아공 랜드", "ZAR", 0},
    {"남아공랜드", "ZAR", 0},
    {"rand", "ZAR", 0},
    {"South African rand", "ZAR", 0},
    // Europe outside the euro
    {"크로나", "SEK", ambiguous},
    {"스웨덴 크로나", "SEK", 0},
    {"스웨덴크로나", "SEK", 0},
    {"Swedish krona", "SEK", 0},
    {"Swedish kronor", "SEK", 0},
    {"크로네", "NOK", ambiguous},
    {"노르웨이 크로네", "NOK", 0},
    {"노르웨이크로네", "NOK", 0},
    {"Norwegian krone", "NOK", 0},
    {"Norwegian kroner", "NOK", 0},
    {"덴마크 크로네", "DKK", 0},
    {"덴마크크로네", "DKK", 0},
    {"Danish krone", "DKK", 0},
    {"Danish kroner", "DKK", 0},
    {"즐로티", "PLN", 0},
    {"폴란드 즐로티", "PLN", 0},
    {"폴란드즐로티", "PLN", 0},
    {"zloty", "PLN", 0},
    {"포린트", "HUF", 0},
    {"헝가리 포린트", "HUF", 0},
    {"헝가리포린트", "HUF", 0},
    {"forint", "HUF", 0},
    {"셰켈", "ILS", 0},
    {"이스라엘 셰켈", "ILS", 0},
    {"이스라엘셰켈", "ILS", 0},
    {"₪", "ILS", symbol},
    {"shekel", "ILS", 0},
    {"shekels", "ILS", 0},
    // More rupees: 루피 alone stays INR (ambiguous); the country name settles it.
    {"스리랑카 루피", "LKR", 0},
    {"스리랑카루피", "LKR", 0},
    {"Sri Lankan rupee", "LKR", 0},
    {"Sri Lankan rupees", "LKR", 0},
    {"파키스탄 루피", "PKR", 0},
    {"파키스탄루피", "PKR", 0},
    {"네팔 루피", "NPR", 0},
    {"네팔루피", "NPR", 0},
    // Central America, the Caucasus, Laos
    {"콜론", "CRC", ambiguous},  // also the Salvadoran colón
    {"코스타리카 콜론", "CRC", 0},
    {"코스타리카콜론", "CRC", 0},
    {"엘살바도르 콜론", "SVC", 0},
    {"엘살바도르콜론", "SVC", 0},
    {"라리", "GEL", 0},
    {"조지아 라리", "GEL", 0},
    {"조지아라리", "GEL", 0},
    {"라리가", "", 0},  // La Liga, the Spanish football league (also "100 라리가": see design.md)
    {"lari", "GEL", 0},
    {"킵", "LAK", 0},
    {"라오스 킵", "LAK", 0},
    {"라오스킵", "LAK", 0},
    {"kip", "LAK", 0},
    // Withdrawn European currencies that older articles and rate tables still name
    {"마르카", "FIM", 0},  // the Finnish markka; the German mark is 마르크
    {"핀란드 마르카", "FIM", 0},
    {"핀란드마르카", "FIM", 0},
    {"markka", "FIM", 0},
    {"마르크", "DEM", ambiguous},  // also the Finnish and Bosnian marks
    {"독일 마르크", "DEM", 0},
    {"독일마르크", "DEM", 0},
    {"마르크스", "", 0},  // Marx
    {"Deutsche Mark", "DEM", 0},
    {"페세타", "ESP", 0},
    {"스페인 페세타", "ESP", 0},
    {"스페인페세타", "ESP", 0},
    {"peseta", "ESP", 0},
    {"pesetas", "ESP", 0},
    {"휠던", "NLG", 0},  // Dutch gulden
    {"네덜란드 휠던", "NLG", 0},
    {"네덜란드휠던", "NLG", 0},
    {"길더", "NLG", ambiguous},  // also the Antillean and Surinamese guilders
    {"네덜란드 길더", "NLG", 0},
    {"네덜란드길더", "NLG", 0},
    {"guilder", "NLG", ambiguous},
    {"guilders", "NLG", ambiguous},
};

inline constexpr std::size_t alias_count = sizeof(alias_specs) / sizeof(alias_specs[0]);

// First character of `s` as a sort key: ASCII folded to lower case, other UTF-8 sequences as
// their bytes packed big-endian (which orders like code points). `s` must not be empty.
[[nodiscard]] constexpr std::uint32_t lead_key(std::string_view s) noexcept {
  const std::uint8_t b0 = byte_at(s, 0);
  if (b0 < 0x80) return static_cast<std::uint8_t>(ascii_lower(s[0]));
  std::size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (n > s.size()) n = s.size();
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < n; ++i) key = (key << 8) | byte_at(s, i);
  return key;
}

/// An alias ready for matching. Not API.
struct alias_entry {
  std::string_view text;
  std::uint32_t lead = 0;  // lead_key(text)
  std::uint16_t id = 0;    // currency_table row; 0 for the look-alike words
  std::uint8_t flags = 0;
};

[[nodiscard]] constexpr bool has_ascii_letter(std::string_view s) noexcept {
  for (const char c : s) {
    if (is_ascii_alnum(c) && !(c >= '0' && c <= '9')) return true;
  }
  return false;
}

// An alias's flags plus plain_bytes where it applies.
[[nodiscard]] constexpr std::uint8_t matching_flags(const alias_spec& s) noexcept {
  const bool plain = s.text.find(' ') == std::string_view::npos &&
                     ((s.flags & exact_case) != 0 || !has_ascii_letter(s.text));
  return static_cast<std::uint8_t>(s.flags | (plain ? plain_bytes : 0));
}

// All aliases, stably sorted by their first character.
[[nodiscard]] constexpr std::array<alias_entry, alias_count> make_prefix_aliases() noexcept {
  std::array<alias_entry, alias_count> out{};
  for (std::size_t i = 0; i < alias_count; ++i) {
    const alias_spec& s = alias_specs[i];
    out[i] = alias_entry{s.text, lead_key(s.text), currency_id(s.code), matching_flags(s)};
  }
  for (std::size_t i = 1; i < alias_count; ++i) {
    const alias_entry x = out[i];
    std::size_t j = i;
    for (; j > 0 && out[j - 1].lead > x.lead; --j) out[j] = out[j - 1];
    out[j] = x;
  }
  return out;
}

inline constexpr std::array<alias_entry, alias_count> prefix_aliases = make_prefix_aliases();

/// The aliases that start with one character: prefix_aliases[first, last). Not API.
struct lead_bucket {
  std::uint32_t lead = 0;
  std::uint16_t first = 0;
  std::uint16_t last = 0;
};

[[nodiscard]] constexpr std::size_t count_leads() noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < alias_count; ++i) {
    if (i == 0 || prefix_aliases[i].lead != prefix_aliases[i - 1].lead) ++n;
  }
  return n;
}

inline constexpr std::size_t lead_count = count_leads();

[[nodiscard]] constexpr std::array<lead_bucket, lead_count> make_lead_buckets() noexcept {
  std::array<lead_bucket, lead_count> out{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < alias_count; ++i) {
    if (i == 0 || prefix_aliases[i].lead != prefix_aliases[i - 1].lead) {
      out[n].lead = prefix_aliases[i].lead;
      out[n].first = static_cast<std::uint16_t>(i);
      ++n;
    }
    out[n - 1].last = static_cast<std::uint16_t>(i + 1);
  }
  return out;
}

inline constexpr std::array<lead_bucket, lead_count> lead_buckets = make_lead_buckets();

[[nodiscard]] constexpr std::size_t count_before_amount() noexcept {
  std::size_t n = 0;
  for (const alias_spec& s : alias_specs) {
    if ((s.flags & before_amount) != 0) ++n;
  }
  return n;
}

inline constexpr std::size_t suffix_alias_count = count_before_amount();

// The aliases written before amounts, stably sorted by their last byte.
[[nodiscard]] constexpr std::array<alias_entry, suffix_alias_count> make_suffix_aliases() noexcept {
  std::array<alias_entry, suffix_alias_count> out{};
  std::size_t n = 0;
  for (const alias_spec& s : alias_specs) {
    if ((s.flags & before_amount) != 0) {
      out[n++] = alias_entry{s.text, lead_key(s.text), currency_id(s.code), s.flags};
    }
  }
  for (std::size_t i = 1; i < n; ++i) {
    const alias_entry x = out[i];
    std::size_t j = i;
    for (; j > 0 && byte_at(out[j - 1].text, out[j - 1].text.size() - 1) >
                        byte_at(x.text, x.text.size() - 1);
         --j) {
      out[j] = out[j - 1];
    }
    out[j] = x;
  }
  return out;
}

inline constexpr std::array<alias_entry, suffix_alias_count> suffix_aliases = make_suffix_aliases();

// suffix_aliases[start[b], start[b + 1]) are the aliases whose last byte is b.
[[nodiscard]] constexpr std::array<std::uint16_t, 257> make_suffix_starts() noexcept {
  std::array<std::uint16_t, 257> start{};
  for (const alias_entry& a : suffix_aliases) ++start[byte_at(a.text, a.text.size() - 1) + 1u];
  for (std::size_t b = 1; b < start.size(); ++b) {
    start[b] = static_cast<std::uint16_t>(start[b] + start[b - 1]);
  }
  return start;
}

inline constexpr std::array<std::uint16_t, 257> suffix_starts = make_suffix_starts();

// Length of the whitespace character at text[i] (ASCII space or tab, U+00A0, U+3000), or 0.
[[nodiscard]] constexpr std::size_t space_at(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return 0;
  const std::uint8_t b = byte_at(text, i);
  if (b == ' ' || b == '\t') return 1;
  if (b == 0xC2 && i + 1 < text.size() && byte_at(text, i + 1) == 0xA0) return 2;
  if (b == 0xE3 && i + 2 < text.size() && byte_at(text, i + 1) == 0x80 &&
      byte_at(text, i + 2) == 0x80) {
    return 3;
  }
  return 0;
}

// Length of the whitespace character ending just before text[end], or 0.
[[nodiscard]] constexpr std::size_t space_before(std::string_view text, std::size_t end) noexcept {
  if (end >= 1 && (text[end - 1] == ' ' || text[end - 1] == '\t')) return 1;
  if (end >= 2 && byte_at(text, end - 2) == 0xC2 && byte_at(text, end - 1) == 0xA0) return 2;
  if (end >= 3 && byte_at(text, end - 3) == 0xE3 && byte_at(text, end - 2) == 0x80 &&
      byte_at(text, end - 1) == 0x80) {
    return 3;
  }
  return 0;
}

// Bytes of `text` that alias `a` matches at its start, or 0 if it does not match there.
[[nodiscard]] constexpr std::size_t match_alias_at_start(std::string_view text,
                                                         const alias_entry& a) noexcept {
  if ((a.flags & plain_bytes) != 0) {
    const std::size_t n = a.text.size();
    if (text.size() < n || text.substr(0, n) != a.text) return 0;
    if (is_ascii_alnum(a.text.back()) && n < text.size() && is_ascii_alnum(text[n])) return 0;
    return n;
  }
  const bool fold = (a.flags & exact_case) == 0;
  std::size_t i = 0;
  for (const char want : a.text) {
    if (want == ' ') {
      const std::size_t start = i;
      for (std::size_t n = space_at(text, i); n != 0; n = space_at(text, i)) i += n;
      if (i == start) return 0;
      continue;
    }
    if (i >= text.size()) return 0;
    const char got = text[i];
    if (fold ? ascii_lower(got) != ascii_lower(want) : got != want) return 0;
    ++i;
  }
  // Latin words and codes end at a word boundary: "euro" does not match "eurozone".
  if (is_ascii_alnum(a.text.back()) && i < text.size() && is_ascii_alnum(text[i])) return 0;
  return i;
}

// Index of the bucket for `lead` in lead_buckets, or lead_count if no alias starts with it.
[[nodiscard]] constexpr std::size_t find_lead_bucket(std::uint32_t lead) noexcept {
  std::size_t lo = 0;
  std::size_t hi = lead_count;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (lead_buckets[mid].lead < lead) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < lead_count && lead_buckets[lo].lead == lead) return lo;
  return lead_count;
}

/// The best match so far while trying aliases. Not API.
struct match_state {
  std::size_t length = 0;
  std::uint16_t id = 0;
  bool ambiguous = false;

  constexpr void offer(std::size_t n, std::uint16_t candidate, bool is_ambiguous) noexcept {
    if (n > length) {
      length = n;
      id = candidate;
      ambiguous = is_ambiguous;
    }
  }

  [[nodiscard]] constexpr std::optional<currency_match> result(std::size_t extra) const noexcept {
    if (length == 0 || id == 0) return std::nullopt;  // nothing, or a look-alike word won
    return currency_match{currency_access::make(id), ambiguous, length + extra};
  }
};

}  // namespace detail

/// Longest alias that is a prefix of `text`, for the word after an amount: "유로를" gives EUR
/// with length 6, "미국  달러 규모" USD with length covering both words and the spaces.
///
/// Aliases are ISO codes (upper case only), Korean names, English words (any case) and
/// symbols. A space inside an alias matches one or more of space, tab, U+00A0 and U+3000.
/// Latin words and codes must end at a word boundary ("eurozone" and "USDA" do not match);
/// Korean names need none, since particles follow them directly (유로를, 달러의). Leading
/// whitespace is not skipped.
[[nodiscard]] constexpr std::optional<currency_match> match_currency_prefix(
    std::string_view text) noexcept {
  if (text.empty()) return std::nullopt;
  detail::match_state best;
  if (text.size() >= 3 && detail::is_ascii_upper(text[0]) &&
      (text.size() == 3 || !detail::is_ascii_alnum(text[3]))) {
    if (const std::uint16_t id = detail::currency_id(text.substr(0, 3)); id != 0) {
      best.offer(3, id, false);
    }
  }
  const std::size_t b = detail::find_lead_bucket(detail::lead_key(text));
  if (b < detail::lead_count) {
    for (std::size_t k = detail::lead_buckets[b].first; k < detail::lead_buckets[b].last; ++k) {
      const detail::alias_entry& a = detail::prefix_aliases[k];
      best.offer(detail::match_alias_at_start(text, a), a.id, (a.flags & detail::ambiguous) != 0);
    }
  }
  return best.result(0);
}

/// Longest alias that ends at the end of `text`, for a symbol or code written before an
/// amount: "US$" gives USD with length 3, "KRW " KRW with length 4.
///
/// Trailing whitespace in `text` is skipped and counted in `length`. Only ISO codes, symbols
/// and words written before amounts (미화) are tried; names written after amounts (원, 동,
/// 달러) are not, so "101동 " does not read as dong. A code or symbol starting with a Latin
/// letter must start at a word boundary ("XUSD" does not match "USD").
[[nodiscard]] constexpr std::optional<currency_match> match_currency_suffix(
    std::string_view text) noexcept {
  std::size_t end = text.size();
  for (std::size_t n = detail::space_before(text, end); n != 0;
       n = detail::space_before(text, end)) {
    end -= n;
  }
  if (end == 0) return std::nullopt;
  const std::string_view core = text.substr(0, end);
  const auto starts_word = [core](std::size_t from) {
    return from == 0 || !detail::is_ascii_alnum(core[from - 1]);
  };
  detail::match_state best;
  if (end >= 3 && starts_word(end - 3)) {
    if (const std::uint16_t id = detail::currency_id(core.substr(end - 3)); id != 0) {
      best.offer(3, id, false);
    }
  }
  const std::uint8_t last = detail::byte_at(core, end - 1);
  for (std::size_t k = detail::suffix_starts[last]; k < detail::suffix_starts[last + 1u]; ++k) {
    const detail::alias_entry& a = detail::suffix_aliases[k];
    const std::size_t n = a.text.size();
    if (n <= end && core.substr(end - n) == a.text &&
        (!detail::is_ascii_alnum(a.text.front()) || starts_word(end - n))) {
      best.offer(n, a.id, (a.flags & detail::ambiguous) != 0);
    }
  }
  return best.result(text.size() - end);
}

/// Whole-string lookup: an ISO code ("USD"), Korean name ("미국 달러"), English name
/// ("Dollars", any case) or symbol ("US$"). Empty unless the whole of `name` is one alias;
/// surrounding whitespace is not trimmed.
[[nodiscard]] constexpr std::optional<currency_match> find_currency(
    std::string_view name) noexcept {
  auto m = match_currency_prefix(name);
  if (m && m->length == name.size()) return m;
  return std::nullopt;
}

namespace detail {

// Compile-time checks of both tables, so a bad edit fails to build.
[[nodiscard]] constexpr bool currency_table_is_valid() noexcept {
  if (!currency_table[0].code.empty()) return false;
  for (std::size_t i = 1; i < currency_table_size; ++i) {
    const currency_data& row = currency_table[i];
    if (code_key(row.code) == 0 || row.minor_units > 4 || row.english_name.empty()) return false;
    if (i > 1 && !(code_key(currency_table[i - 1].code) < code_key(row.code))) return false;
    if (!row.korean_name.empty()) {
      const auto back = find_currency(row.korean_name);
      if (!back || back->value.code() != row.code) return false;
    }
  }
  return true;
}

[[nodiscard]] constexpr bool same_folded(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

[[nodiscard]] constexpr bool alias_table_is_valid() noexcept {
  for (std::size_t i = 0; i < alias_count; ++i) {
    const alias_spec& s = alias_specs[i];
    if (s.text.empty() || s.text.front() == ' ' || s.text.back() == ' ') return false;
    if ((s.flags & plain_bytes) != 0) return false;  // computed, not written
    if (s.text.find("  ") != std::string_view::npos) return false;
    if (!s.code.empty() && currency_id(s.code) == 0) return false;
    if (currency_id(s.text) != 0) return false;  // codes are matched from the currency table
    if ((s.flags & before_amount) != 0 && (s.flags & exact_case) == 0 && has_ascii_letter(s.text)) {
      return false;  // aliases before amounts are compared byte for byte
    }
    if ((s.flags & before_amount) != 0 && s.text.find(' ') != std::string_view::npos) {
      return false;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (same_folded(alias_specs[j].text, s.text)) return false;
    }
  }
  return alias_count < 0xFFFF && suffix_alias_count < 0xFFFF;
}

static_assert(currency_table_is_valid(), "currency_table must be sorted, well formed, and "
                                         "every korean_name must be an alias of its currency");
static_assert(alias_table_is_valid(), "alias_specs must be well formed and free of duplicates");

}  // namespace detail

static_assert(currency::krw.code() == "KRW" && currency::usd.code() == "USD" &&
                  currency::eur.code() == "EUR" && currency::jpy.code() == "JPY" &&
                  currency::cny.code() == "CNY" && currency::gbp.code() == "GBP" &&
                  currency::chf.code() == "CHF" && currency::hkd.code() == "HKD" &&
                  currency::aud.code() == "AUD" && currency::cad.code() == "CAD" &&
                  currency::sgd.code() == "SGD" && currency::twd.code() == "TWD" &&
                  currency::inr.code() == "INR" && currency::rub.code() == "RUB" &&
                  currency::brl.code() == "BRL" && currency::mxn.code() == "MXN" &&
                  currency::thb.code() == "THB" && currency::vnd.code() == "VND" &&
                  currency::myr.code() == "MYR" && currency::try_.code() == "TRY" &&
                  currency::aed.code() == "AED" && currency::sar.code() == "SAR" &&
                  currency::zar.code() == "ZAR",
              "named currencies must resolve to their codes");

}  // namespace eok

namespace std {

/// Hashes a currency by its code, consistently with `==`.
template <>
struct hash<eok::currency> {
  /// The hash of the packed three-letter code; "no currency" hashes like 0.
  [[nodiscard]] std::size_t operator()(eok::currency c) const noexcept {
    return std::hash<std::uint32_t>{}(eok::detail::code_key(c.code()));
  }
};

}  // namespace std

#endif  // EOK_CURRENCY_HPP
