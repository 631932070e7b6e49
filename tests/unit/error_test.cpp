#include "../support/catch.hpp"

#include <eok/core/error.hpp>

#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using eok::errc;
using eok::result;

static_assert(std::is_convertible_v<std::string, result<std::string>>, "a value converts implicitly");
static_assert(std::is_convertible_v<eok::error, result<std::string>>, "an error converts implicitly");
static_assert(!std::is_convertible_v<std::in_place_t, result<std::string>>, "in-place is explicit");

namespace {

/// Counts copies and moves, to pin that in-place construction does neither.
struct counted {
  static inline int copies = 0;
  static inline int moves = 0;
  int value = 0;
  counted() = default;
  explicit counted(int v) : value(v) {}
  counted(const counted& o) : value(o.value) { ++copies; }
  counted(counted&& o) noexcept : value(o.value) { ++moves; }
  counted& operator=(const counted&) = default;
  counted& operator=(counted&&) = default;
  ~counted() = default;
};

result<counted> fill_in_place(bool fail) {
  result<counted> out(std::in_place);
  out->value = 7;
  if (fail) out = eok::error(errc::invalid_argument, "no");
  return out;
}

}  // namespace

TEST_CASE("result: in-place value is built once and can be filled through * and ->", "[error]") {
  counted::copies = 0;
  counted::moves = 0;
  const result<counted> r = fill_in_place(false);
  REQUIRE(r.has_value());
  CHECK(r->value == 7);
  CHECK(counted::copies == 0);
  CHECK(counted::moves == 0);

  result<counted> args(std::in_place, 5);
  CHECK(args.value().value == 5);
  (*args).value = 6;
  CHECK(args->value == 6);
}

TEST_CASE("result: an error replaces an in-place value", "[error]") {
  const result<counted> r = fill_in_place(true);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code() == errc::invalid_argument);
  CHECK(std::string(r.error().what()) == "no");
  CHECK_THROWS_AS(r.value(), eok::error);
}

TEST_CASE("result: values are taken by copy or by move", "[error]") {
  const std::vector<int> v{1, 2, 3};
  const result<std::vector<int>> copied = v;
  CHECK(copied.value() == v);
  std::vector<int> w{4, 5};
  const int* data = w.data();
  result<std::vector<int>> moved = std::move(w);
  CHECK(moved->data() == data);  // the buffer moved, it was not copied
  std::vector<int> out = std::move(moved).value();
  CHECK(out == std::vector<int>{4, 5});
}
