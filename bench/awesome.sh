#!/usr/bin/env bash
# A cold build of a one-file guide through bin/cairn: a generated ~1,200-line list with ~600
# entries (bench/awesome-list.py), no .cairn/cache, no public/, timed by farm-bench.
#   bench/awesome.sh [RUNS]     (docs/benchmarks.md, "One-file guides")
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/bench/awesome-list.py" "$work/README.md" 600
uptime
farm-bench -n "${1:-7}" -- sh -c "rm -rf '$work/.cairn' '$work/public' && exec '$here/bin/cairn' build '$work/README.md'"
