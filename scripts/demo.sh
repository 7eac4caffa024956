#!/usr/bin/env bash
# Starts SLP Console on the built-in demo lab, from a fresh Debian/Ubuntu machine: installs what
# is missing, configures, builds the console and the router simulator, then runs the console with
# 24 simulated IOS XR routers (resources/demo-lab/) and a throwaway database. The simulators stop
# when the console exits. Extra arguments go to slpconsole (e.g. --language de).
#
# Without a display (SSH session, container) the console says so; run `xvfb-run -a scripts/demo.sh`
# for a virtual one, or use the headless `slpctl`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SLP_BUILD_DIR:-$here/build}"

# xrsim is built with the tests; the demo-lab target builds just the console and xrsim.
SLP_BUILD_TARGET=demo-lab "$here/scripts/bootstrap.sh" "$build_dir" -DSLP_BUILD_TESTS=ON -DSLP_BUILD_GUI=ON

exec "$build_dir/app/slpconsole/slpconsole" --demo-lab "$@"
