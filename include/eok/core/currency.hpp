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
// Recognising a currency in text (aliases such as 달러, dollars, US$, and the lookups
// match_currency_prefix, match_currency_suffix and find_currency) is the lexicon's job:
// <eok/lexicon/currency_names.hpp>. This header is the light value type and does not include
// it; <eok/currency.hpp> includes both.
// All text is UTF-8; compilers must use a UTF-8 execution character set (MSVC: /utf-8).
#ifndef EOK_CURRENCY_HPP
#define EOK_CURRENCY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
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

namespace detail {

// Compile-time check of the table, so a bad edit fails to build.
[[nodiscard]] constexpr bool currency_table_is_valid() noexcept {
  if (!currency_table[0].code.empty()) return false;
  for (std::size_t i = 1; i < currency_table_size; ++i) {
    const currency_data& row = currency_table[i];
    if (code_key(row.code) == 0 || row.minor_units > 4 || row.english_name.empty()) return false;
    if (i > 1 && !(code_key(currency_table[i - 1].code) < code_key(row.code))) return false;
  }
  return true;
}
static_assert(currency_table_is_valid(), "currency_table must be sorted and well formed");

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
    return static_cast<std::size_t>(eok::detail::code_key(c.code()));
  }
};

}  // namespace std

#endif  // EOK_CURRENCY_HPP
