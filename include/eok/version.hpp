// eok/version.hpp: moved to <eok/core/version.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_VERSION_HPP_FORWARD
#define EOK_VERSION_HPP_FORWARD
#include <eok/core/version.hpp>
#endif
