#!/usr/bin/env bash
# Reproduces docs/performance.md (part 2): builds the CLI and this harness in Release, then measures.
#   benchmarks/ApiCost/run.sh            # everything, full volumes (about 6 minutes on 2 cores)
#   benchmarks/ApiCost/run.sh --short    # smaller volumes, one repetition (about 3 minutes)
#   benchmarks/ApiCost/run.sh cost latency --out results.md
# Parts: cost, latency, memory, run (default: all). Progress goes to stderr, the Markdown tables to stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet build src/Cli/Cli.csproj -c Release -nologo -v quiet >&2
dotnet build benchmarks/ApiCost/Runbook.ApiCost.csproj -c Release -nologo -v quiet >&2
{ echo "nproc: $(nproc)"; lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core)' || true; } >&2
exec dotnet benchmarks/ApiCost/bin/Release/net10.0/Runbook.ApiCost.dll \
    --cli src/Cli/bin/Release/net10.0/runbook.dll "$@"
