// eok/error.hpp: moved to <eok/core/error.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_ERROR_HPP_FORWARD
#define EOK_ERROR_HPP_FORWARD
#include <eok/core/error.hpp>
#endif
