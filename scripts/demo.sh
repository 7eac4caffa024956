#!/usr/bin/env bash
# Starts SLP Console on the built-in demo lab, from a fresh Debian/Ubuntu machine: installs what
# is missing, configures, builds, then runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SLP_BUILD_DIR:-$here/build}"

"$here/scripts/bootstrap.sh" "$build_dir"

# Until the demo lab lands, the main job is what exists: slpctl on the demo fixtures.
"$build_dir/app/slpctl/slpctl" --version
fixtures="$here/tests/fixtures/show"
for capture in all_10_licenses_ha.txt guide_summary_then_usage_ssm_onprem.txt platform_summary_sia_grace.txt; do
    echo
    "$build_dir/app/slpctl/slpctl" parse "$fixtures/$capture"
done
echo
"$build_dir/app/slpctl/slpctl" parse --json "$fixtures/udi_iosxr_ha.txt"
