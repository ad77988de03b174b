#!/usr/bin/env bash
# The layers' direction, checked in the sources as well as by the linker: core/data includes no
# Qt Gui, Widgets or GDAL header; nothing in core/ or app/cli/ includes Widgets or Charts.
# Usage: layering_test.sh SOURCE_DIR
set -euo pipefail
cd "$1"
gui='#include <(Qt(Gui|Widgets|Charts)/|Q(Color|Image|Painter|PainterPath|Pen|Brush|Font|FontMetrics|Polygon|PolygonF|Transform|Pixmap|GuiApplication|Widget|Application)\b)'
gdal='#include [<"](gdal|ogr|cpl|proj)[a-z_]*\.h'
widgets='#include <(Qt(Widgets|Charts)/|Q(Widget|Application|MainWindow|Dialog|MessageBox|Chart|ChartView)\b)'
fail=0
if grep -rnE "$gui|$gdal" core/data core/base; then echo "core/data or core/base includes a Gui or GDAL header"; fail=1; fi
if grep -rnE "$widgets" core app/cli; then echo "core/ or app/cli includes a Widgets or Charts header"; fail=1; fi
if grep -rnE 'Qt6::(Gui|Widgets|Charts)|GDAL::' core/data/CMakeLists.txt core/base/CMakeLists.txt; then echo "core/data or core/base links Gui or GDAL"; fail=1; fi
[ "$fail" -eq 0 ] && echo "layering: ok"
exit "$fail"
