#!/usr/bin/env bash
# Renders an HTML audit report in headless Chromium (Debian's package) and fails when the page logs a console
# error or warning, such as an SVG attribute the browser cannot read. Without Chromium it says so and exits
# with 3, so a CI step can tell "not checked" from "checked and broken".
#
#   tests/Browser/render-report.sh REPORT.html
#   tests/Browser/render-report.sh            # makes a report first: rehearses the sandbox refresh on the emulator
set -euo pipefail
cd "$(dirname "$0")/../.."

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
    echo "Chromium is not installed, so the report was NOT rendered. Install it with: apt-get install -y chromium" >&2
    exit 3
fi

report=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$report" ]; then
    cp runbooks/salesforce-sandbox-refresh.runbook runbooks/emulator.env "$work/"
    dotnet run --project src/Cli -- apply "$work/salesforce-sandbox-refresh.runbook" --auto-approve --emulator \
        --emulator-reset --secrets "$work/emulator.env" --confirm-all > "$work/apply.out"
    report=$(ls "$work"/.runbook/reports/*.html | head -n 1)
fi

# The flags keep Chromium off the network and out of the user's profile; console messages go to stderr.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --enable-logging=stderr --v=0 \
    --virtual-time-budget=2000 --dump-dom "file://$(realpath "$report")" > "$work/dom.html" 2> "$work/console.log" || true

if ! grep -q "<svg" "$work/dom.html"; then
    echo "The report did not render: no SVG in the DOM Chromium produced." >&2
    exit 1
fi

problems=$(grep -E "CONSOLE|Uncaught|Error parsing|attribute .* Expected" "$work/console.log" || true)
if [ -n "$problems" ]; then
    echo "The report rendered with console errors:" >&2
    echo "$problems" >&2
    exit 1
fi

echo "Rendered $(basename "$report") in $("$chromium" --version): $(grep -o '<rect' "$work/dom.html" | wc -l) SVG shapes, no console errors."
