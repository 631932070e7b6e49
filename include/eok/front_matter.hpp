// eok/front_matter.hpp: moved to <eok/read/front_matter.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_FRONT_MATTER_HPP_FORWARD
#define EOK_FRONT_MATTER_HPP_FORWARD
#include <eok/read/front_matter.hpp>
#endif
