#!/usr/bin/env bash
# Installs the build into a throwaway prefix and checks the installed atlas finds its own data from
# any working directory, and that the desktop entry and AppStream metadata validate.
# Usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
cd "$work"   # neither the source nor the build tree
KOSOVO_ATLAS_DATA= "$prefix/bin/kosovo-atlas" --export "$work/x.png" --size 640x360 --date 2013-02-17
test -s "$work/x.png"
"$prefix/bin/kosovo-atlas" --stats --date 2014-01-01 | grep -qx "EU,28,23,0"
test -f "$prefix/share/kosovo-atlas/maps/ne_50m_admin0.shp"
test -f "$prefix/share/man/man1/kosovo-atlas.1.gz"
ls "$prefix"/share/kosovo-atlas/translations/*.qm >/dev/null
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$prefix"/share/applications/*.desktop
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$prefix"/share/metainfo/*.metainfo.xml
fi
echo "installed atlas works from $work"
