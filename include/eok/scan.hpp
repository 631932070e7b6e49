// eok/scan.hpp: moved to <eok/read/scan.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_SCAN_HPP_FORWARD
#define EOK_SCAN_HPP_FORWARD
#include <eok/read/scan.hpp>
#endif
