#!/usr/bin/env bash
# Makes docs/essex-report.png, the picture of the report in the README: the Essex example's HTML statement at
# 2019-03-31, written by the command line and drawn by headless Chromium (Debian's chromium package; set
# CHROMIUM to use another). The picture is the top of the page, 1000 pixels wide: the headline and the first
# chart; the whole page is left in target/essex-report.html.
#
#   docs/make-report-picture.sh            # after a change to the page, then commit docs/essex-report.png
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chromium" ] || { echo "make-report-picture: no Chromium (apt-get install chromium, or set CHROMIUM)" >&2; exit 1; }

mkdir -p target
html=$PWD/target/essex-report.html
./sibcalc statement examples/essex --as-of 2019-03-31 --format html --output "$html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# The options this machine needs: no sandbox as root, no GPU, and no background networking (the network
# is closed); a new profile each time.
if ! "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --hide-scrollbars --force-device-scale-factor=1 --window-size=1000,1320 \
    --screenshot="$PWD/docs/essex-report.png" "file://$html" > "$profile/log" 2>&1; then
  cat "$profile/log" >&2
  exit 1
fi
echo "docs/essex-report.png: $(wc -c < docs/essex-report.png) bytes, from $html"
