#!/usr/bin/env bash
# Start-up of `runbook check runbooks/salesforce-sandbox-refresh.runbook` next to a hello-world console program, each built the
# same way, for a few ways of building. Every configuration passes the same MSBuild properties to both
# programs, so the ratio between them is what our own code costs at start-up.
#
#   benchmarks/startup.sh [OUTPUT_FOLDER]        (default: a new folder under /tmp)
#
# Needs hyperfine (Debian: apt-get install hyperfine). Prints hyperfine's tables and writes them, as
# Markdown, to OUTPUT_FOLDER/startup-*.md. Nothing under the repository is changed: published programs go
# to OUTPUT_FOLDER, and src/Cli is built with properties from the command line, not from its project file.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-$(mktemp -d /tmp/runbook-startup.XXXXXX)}"
runs="${RUNS:-40}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v hyperfine > /dev/null; then
    echo "hyperfine is missing: apt-get install hyperfine" >&2
    exit 2
fi

# name|how to build|MSBuild properties. 'build' is a plain Release build, as `dotnet build` leaves it; the
# others publish framework-dependent for this machine, so that plugins can still load assemblies into an
# AssemblyLoadContext (Native AOT and trimming would break that, so they are not tried).
# 'r2r' is what a tool package packed for a platform installs (see docs/ci.md).
configurations=(
    "build|build|"
    "r2r|publish|-p:PublishReadyToRun=true"
)
runbook_file=runbooks/salesforce-sandbox-refresh.runbook

for configuration in "${configurations[@]}"; do
    IFS='|' read -r name verb properties <<< "$configuration"
    mkdir -p "$out/$name"
    for project in src/Cli benchmarks/HelloWorld; do
        target="$out/$name/$(basename "$project")"
        if [ "$verb" = build ]; then
            arguments=(build "$project" -c Release -o "$target")
        else
            arguments=(publish "$project" -c Release -r linux-x64 --self-contained false -o "$target")
        fi

        # shellcheck disable=SC2086
        dotnet "${arguments[@]}" $properties > "$target.log" 2>&1 || { cat "$target.log"; exit 1; }
    done

    # A first run of each outside the measurement fills the disk cache.
    "$out/$name/Cli/runbook" check "$runbook_file" > /dev/null
    "$out/$name/HelloWorld/hello" > /dev/null

    echo "== $name: $properties"
    hyperfine -N --warmup 5 --runs "$runs" --export-markdown "$out/startup-$name.md" \
        -n "runbook check ($name)" "$out/$name/Cli/runbook check $runbook_file" \
        -n "hello ($name)" "$out/$name/HelloWorld/hello"
done

# Instructions executed, counted by valgrind: the same on an idle machine and a busy one. (The runtime's
# write-xor-execute double mapping is turned off for valgrind; it is on in the timings above.)
if command -v valgrind > /dev/null; then
    count() {
        DOTNET_EnableWriteXorExecute=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 \
            | awk '/I +refs/ { gsub(",", "", $NF); print $NF }'
    }

    {
        echo "| configuration | runbook check (instructions) | hello (instructions) | ratio |"
        echo "|---|---:|---:|---:|"
        for configuration in "${configurations[@]}"; do
            IFS='|' read -r name _ _ <<< "$configuration"
            check=$(count "$out/$name/Cli/runbook" check "$runbook_file")
            hello=$(count "$out/$name/HelloWorld/hello")
            echo "| $name | $check | $hello | $(awk -v a="$check" -v b="$hello" 'BEGIN { printf "%.2f", a / b }') |"
        done
    } | tee "$out/startup-instructions.md"
fi

echo "Results in $out"
