#!/usr/bin/env bash
# Saves the README's screenshots: starts the demo lab under a virtual display (xvfb-run), waits for
# its first refresh, and writes docs/screenshots/{dashboard,devices,slr-wizard}.png.
# Usage: scripts/screenshots.sh [output-dir] [extra slpconsole arguments, e.g. --language de]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${SLP_BUILD_DIR:-$here/build}"
out_dir="${1:-$here/docs/screenshots}"
shift || true

SLP_BUILD_TARGET=demo-lab "$here/scripts/bootstrap.sh" "$build_dir" -DSLP_BUILD_TESTS=ON -DSLP_BUILD_GUI=ON

mkdir -p "$out_dir"
# A fixed screen and style so that the pictures do not depend on the machine they were taken on.
xvfb-run -a -s "-screen 0 1600x1000x24" \
    env QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion LANG="${LANG:-C.UTF-8}" \
    "$build_dir/app/slpconsole/slpconsole" --demo-lab --screenshots "$out_dir" "$@"
echo "Screenshots in $out_dir"
