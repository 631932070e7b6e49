// eok/rates_file.hpp: moved to <eok/rates/rates_file.hpp> in 0.2; this header forwards to it for this release.
#ifndef EOK_RATES_FILE_HPP_FORWARD
#define EOK_RATES_FILE_HPP_FORWARD
#include <eok/rates/rates_file.hpp>
#endif
