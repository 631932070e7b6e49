// eok/parse.hpp: moved to <eok/read/parse.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_PARSE_HPP_FORWARD
#define EOK_PARSE_HPP_FORWARD
#include <eok/read/parse.hpp>
#endif
