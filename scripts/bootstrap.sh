#!/usr/bin/env bash
# Installs what the build needs (Debian/Ubuntu), configures and builds.
# Usage: scripts/bootstrap.sh <build-dir> [extra cmake args...]
# Sourced logic shared by scripts/demo.sh and scripts/test.sh; idempotent and quick when all is there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:?build directory}"
shift

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    qtkeychain-qt6-dev libssh-dev libssl-dev libarchive-dev
    libbenchmark-dev clang libclang-rt-14-dev
    openssh-client openssh-sftp-server
    xvfb xauth
    dpkg-dev file fakeroot lintian appstream desktop-file-utils
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "==> Installing missing packages: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
if [ ! -f "$build_dir/build.ninja" ]; then
    echo "==> Configuring $build_dir"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif [ "$#" -gt 0 ]; then
    cmake "$build_dir" "$@" >/dev/null
fi
target="${SLP_BUILD_TARGET:-all}"
echo "==> Building $build_dir ($target)"
cmake --build "$build_dir" --parallel "$jobs" --target "$target"
