// eok/json.hpp: moved to <eok/write/json.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_JSON_HPP_FORWARD
#define EOK_JSON_HPP_FORWARD
#include <eok/write/json.hpp>
#endif
