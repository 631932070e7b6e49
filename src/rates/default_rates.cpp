// default_rates(): the bundled tables plus the directory named by $EOK_RATES, loaded once.
#include <eok/rates/rates_file.hpp>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace eok {

const rate_store& default_rates() {
  static std::mutex lock;
  static std::unique_ptr<const rate_store> loaded;
  const std::lock_guard<std::mutex> guard(lock);
  if (!loaded) {
    const char* dir = std::getenv(rates_environment_variable);
    if (dir == nullptr || *dir == '\0') return bundled_rates();
    rate_store store = bundled_rates();
    add_rates(store, dir);  // throws on a bad table; nothing is kept, the next call retries
    loaded = std::make_unique<const rate_store>(std::move(store));
  }
  return *loaded;
}

}  // namespace eok
