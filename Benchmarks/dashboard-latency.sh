#!/usr/bin/env bash
# Dashboard benchmarks through a real pty and a terminal emulator (../shared/tools/pty-latency.py,
# needs `pip install pyte`). Not tests: figures go to the README and issue notes.
#   1. append -> changed frame visible, p50/p99 over 1,000 appends of one passenger check each
#      (one counter changes), bytes written per update, idle CPU over 60 s;
#   2. time to the first full frame on the 1,000,000-event history of fold-1m.sh.
#   Benchmarks/dashboard-latency.sh [APPENDS] [IDLE_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
appends=${1:-1000}
idle=${2:-60}
tool=${PTY_LATENCY:-../shared/tools/pty-latency.py}
bin=$(scripts/release-binary.sh)  # the binary as the package ships it
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
file=$dir/post.jsonl
"$bin" append "$file" --type voyage.opened --post nunukan --field voyage=bench --field "vessel=KM. Bench" \
    --field from=Nunukan --field to=Pare-Pare --field departs=2024-11-20T17:00:00+08:00 --field manifest=5000
line='{"id":"b-{i}","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"bench","passenger":"p{i}","doc":"ktp","result":"cleared"}'
echo "== append -> visible ($appends appends, idle ${idle} s), 120x35"
python3 "$tool" --file "$file" --line "$line" --expect ' {n}/5.000' --first 'KM. Bench' --n "$appends" --idle "$idle" -- "$bin" run "$file"

history=bench-data/fold-1000000.jsonl
if [ -f "$history" ]; then
    echo "== first full frame on $history (1,000,000 events)"
    voyages=$("$bin" summary "$history" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["voyages"]))')
    : > "$dir/empty.jsonl"
    python3 "$tool" --file "$dir/empty.jsonl" --line x --expect x --first "pelabuhan · $voyages " --n 0 --idle 1 -- "$bin" run "$history" 2>/dev/null \
        || echo "(create it first with Benchmarks/fold-1m.sh)"
fi
