#!/bin/bash
# The installed eok.pc: a program built with only `pkg-config --cflags --libs --static eok`
# (no CMake) links against the staged prefix and gets the right figure.
# Usage: pkg_config_test.sh STAGE_PREFIX CONSUMER_SOURCE_DIR WORK_DIR CXX
set -eu
stage=$1 src=$2 work=$3 cxx=$4
pc=$(find "$stage" -name eok.pc -path '*pkgconfig*' | head -1)
[ -n "$pc" ] || { echo "FAILED: no eok.pc under $stage" >&2; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc")
[ "$(pkg-config --modversion eok)" = 0.1.0 ] || { echo "FAILED: eok.pc version $(pkg-config --modversion eok)" >&2; exit 1; }
mkdir -p "$work"
# shellcheck disable=SC2046
"$cxx" -std=c++17 "$src/main.cpp" -o "$work/pc_consumer" $(pkg-config --cflags --libs --static eok)
"$work/pc_consumer"
