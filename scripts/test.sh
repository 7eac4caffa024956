#!/usr/bin/env bash
# Runs the whole test suite from a fresh Debian/Ubuntu machine: installs what is missing,
# configures, builds (warnings are errors), runs every CTest suite, then a short fuzz smoke run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SLP_BUILD_DIR:-$here/build}"

"$here/scripts/bootstrap.sh" "$build_dir" -DSLP_BUILD_TESTS=ON -DSLP_WARNINGS_AS_ERRORS=ON

cd "$build_dir"
status=0
ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" --label-exclude fuzz || status=$?

# Fuzz smoke run: libFuzzer needs clang, so the fuzz targets get a build tree of their own.
if command -v clang++ >/dev/null 2>&1 && [ "${SLP_SKIP_FUZZ:-0}" != "1" ]; then
    fuzz_dir="${build_dir}-fuzz"
    SLP_BUILD_TARGET=fuzzers CXX=clang++ "$here/scripts/bootstrap.sh" "$fuzz_dir" -DSLP_FUZZERS=ON -DSLP_BUILD_GUI=OFF -DSLP_BUILD_TESTS=ON
    (cd "$fuzz_dir" && ctest --output-on-failure --label-regex fuzz) || status=$?
fi
exit $status
