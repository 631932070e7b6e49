// Catch2 for eok's tests: the v3 headers when present, else v2's single header (Debian 12: 2.13).
#ifndef EOK_TESTS_SUPPORT_CATCH_HPP
#define EOK_TESTS_SUPPORT_CATCH_HPP
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
#endif
