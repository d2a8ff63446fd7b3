#!/usr/bin/env bash
# tests/package/release-build.sh SOURCE DIR: the build `installer/quickstart run` makes
# (Debian's default compiler, GCC, with the project's warnings as errors) succeeds into DIR,
# and the program it builds starts. CI builds everything else with Clang: without this, a
# warning only GCC gives would break the README's first command unseen.
set -euo pipefail
source=${1:?usage: release-build.sh SOURCE DIR}
dir=${2:?usage: release-build.sh SOURCE DIR}
# CC or CXX in the environment (clang++ on a developer's machine) would choose the compiler
# and this test would pass without GCC: Debian's default compiler, as a fresh machine has.
env -u CC -u CXX bash "$source/installer/quickstart" build-release "$dir"
version=$(QT_QPA_PLATFORM=offscreen "$dir/app/publik-ha-wizard" --version | head -n 1)
case $version in
"publik-ha-wizard "[0-9]*) echo "release-build: $version, built by $("$(sed -n 's/^CMAKE_CXX_COMPILER:[^=]*=//p' "$dir/CMakeCache.txt")" --version | head -n 1)" ;;
*)
    echo "release-build: the program does not start: $version" >&2
    exit 1
    ;;
esac
