#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine:
#   scripts/bootstrap.sh run    install what is missing, build, launch the atlas
#   scripts/bootstrap.sh test   install what is missing, build (release + sanitizers), run every test,
#                               a short fuzz run and valgrind on an export
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6svg6-dev qt6-tools-dev
          qt6-tools-dev-tools qt6-l10n-tools libgdal-dev libgeos-dev gdal-bin libgtest-dev libgmock-dev libbenchmark-dev
          libpng-dev iso-codes fonts-dejavu-core desktop-file-utils appstream dpkg-dev
          clang-14 libclang-rt-14-dev valgrind
          libgif-dev libavcodec-dev libavformat-dev libavutil-dev libswscale-dev
          librsvg2-bin poppler-utils ffmpeg libxml2-utils)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {  # build PRESET [TARGET...]: everything unless targets are named
  local preset=$1
  shift
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$(nproc)" ${1:+--target "$@"}
}

valgrind_export() {
  local out
  out=$(mktemp -d)
  valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
    build/release/app/kosovo-atlas --export "$out/valgrind.png" --size 1280x720
  rm -rf "$out"
  echo "valgrind: no errors on kosovo-atlas --export"
}

case "${1:-}" in
  run)
    install_missing
    build release kosovo-atlas  # only what it launches: the first window comes sooner
    exec build/release/app/kosovo-atlas "${@:2}"
    ;;
  test)
    install_missing
    build release
    ctest --preset release -j "$(nproc)"
    valgrind_export
    if [ "${ATLAS_SKIP_ASAN:-0}" != 1 ]; then
      build asan
      ctest --preset asan -j "$(nproc)"
      bash tests/fuzz/smoke.sh
    fi
    ;;
  *)
    echo "usage: $0 run [kosovo-atlas options] | test" >&2
    exit 2
    ;;
esac
