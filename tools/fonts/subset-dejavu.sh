#!/usr/bin/env bash
# Writes the PDF fonts of src/DfxrmViz.Export/Fonts/ from Debian's fonts-dejavu-core (2.37-6 on Debian 12), cut down with
# pyftsubset (Debian fonttools) to the scripts and symbols a logbook page needs. SkiaSharp embeds a font whole, so the
# subset is what keeps report.pdf small. Needs: apt-get install fonts-dejavu-core fonttools.
set -euo pipefail
src=${1:-/usr/share/fonts/truetype/dejavu}
out="$(cd "$(dirname "$0")/../.." && pwd)/src/DfxrmViz.Export/Fonts"
# Latin (Basic, Latin-1, Extended-A/B), combining marks, Greek, Cyrillic, general punctuation, super/subscripts, letterlike
# symbols (Å sign), arrows, mathematical operators, the first technical symbols (⌀), geometric shapes (▶ ● ■ ▲ ◆), ⚠ ★,
# ✓ ✔ ✕ ✖ ✗ ✘, replacement character.
text_ranges="U+0020-007E,U+00A0-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+2070-209F,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2300-230F,U+25A0-25FF,U+26A0,U+2605,U+2713-2718,U+FFFD"
# Only what DejaVu Sans lacks and a report uses: miscellaneous mathematical symbols A/B (⟂ U+27C2), supplemental arrows.
math_ranges="U+0020,U+27C0-27EF,U+27F0-27FF,U+2980-29FF"
subset() { # font, ranges
  pyftsubset "$src/$1" --unicodes="$2" --output-file="$out/$1" --layout-features= --no-hinting --desubroutinize \
    --name-IDs='*' --name-legacy --name-languages='*' --notdef-outline --recalc-bounds
  echo "$1: $(stat -c %s "$out/$1") bytes"
}
subset DejaVuSans.ttf "$text_ranges"
subset DejaVuSans-Bold.ttf "$text_ranges"
subset DejaVuSansMono.ttf "$text_ranges"
subset DejaVuMathTeXGyre.ttf "$math_ranges"
cp /usr/share/doc/fonts-dejavu-core/copyright "$out/LICENSE"
dpkg-query -W -f='fonts-dejavu-core ${Version}\n' fonts-dejavu-core
