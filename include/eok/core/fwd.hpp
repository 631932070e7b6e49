// eok/core/fwd.hpp: the names of eok's value types, declared but not defined.
//
// For a header that only passes values by reference or pointer (a function declaration, a
// member held by pointer): it costs nothing to include. Include the defining header, or
// <eok/core/values.hpp> for all the value types, where you use the values themselves.
#ifndef EOK_FWD_HPP
#define EOK_FWD_HPP

namespace eok {

enum class rounding : unsigned char;  // core/decimal.hpp
class decimal;                        // core/decimal.hpp
class ratio;                          // core/ratio.hpp
class currency;                       // core/currency.hpp
class money;                          // core/money.hpp
enum class figure_kind : unsigned char;  // core/figure.hpp
enum class bound_kind : unsigned char;   // core/figure.hpp
struct figure;                        // core/figure.hpp
enum class errc : unsigned char;      // core/error.hpp
struct text_position;                 // core/error.hpp
class error;                          // core/error.hpp
template <class T>
class result;                         // core/error.hpp

}  // namespace eok

#endif  // EOK_FWD_HPP
