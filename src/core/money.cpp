// money's stream output, out of line so that <eok/core/money.hpp> needs only <iosfwd>.
#include <eok/core/money.hpp>

#include <ostream>

namespace eok {

std::ostream& operator<<(std::ostream& os, const money& m) { return os << m.to_string(); }

}  // namespace eok
