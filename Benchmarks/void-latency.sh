#!/usr/bin/env bash
# A correction's cost on the live dashboard (issue 21): append -> visible for `event.voided`
# beside a passenger check, both with the 1,000,000-event history of fold-1m.sh as a second
# source, through a real pty (../shared/tools/pty-latency.py, needs `pip install pyte`).
# Each void takes back a re-check: passenger p{i} was denied, then cleared (b-{i}); voiding b-{i}
# makes the denial stand again, so the voyage's ✗ count is the number of voids read.
#   Benchmarks/void-latency.sh [APPENDS]
set -euo pipefail
cd "$(dirname "$0")/.."
appends=${1:-200}
tool=${PTY_LATENCY:-../shared/tools/pty-latency.py}
bin=$(scripts/release-binary.sh)  # the binary as the package ships it
history=bench-data/fold-1000000.jsonl
mkdir -p bench-data
[ -f "$history" ] || "$bin" generate --events 1000000 --seed 7 --posts 3 "$history"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

echo "== passenger check: append -> visible ($appends appends, 1M-event history beside)"
checks=$dir/checks.jsonl
"$bin" append "$checks" --type voyage.opened --post nunukan --field voyage=bench --field "vessel=KM. Bench" \
    --field from=Nunukan --field to=Pare-Pare --field departs=2024-11-20T17:00:00+08:00 --field manifest=5000
line='{"id":"b-{i}","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"bench","passenger":"p{i}","doc":"ktp","result":"cleared"}'
python3 "$tool" --file "$checks" --line "$line" --expect ' {n}/5.000' --first 'KM. Bench' --n "$appends" --idle 1 -- "$bin" run "$checks" "$history"

echo "== event.voided of a re-check: append -> visible ($appends appends, 1M-event history beside)"
voids=$dir/voids.jsonl
"$bin" append "$voids" --type voyage.opened --post nunukan --field voyage=bench --field "vessel=KM. Bench" \
    --field from=Nunukan --field to=Pare-Pare --field departs=2024-11-20T17:00:00+08:00 --field manifest=5000
python3 - "$voids" "$appends" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "a") as f:
    for i in range(n):
        for kind, result in (("d", "denied"), ("b", "cleared")):
            f.write('{"id":"%s-%d","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"bench","passenger":"p%d","doc":"ktp","result":"%s"}\n' % (kind, i, i, result))
PY
line='{"id":"v-{i}","ts":"2024-11-20T14:00:00+08:00","type":"event.voided","post":"nunukan","target":"b-{i}","reason":"salah kapal"}'
python3 "$tool" --file "$voids" --line "$line" --expect '✗{n} ' --first 'KM. Bench' --n "$appends" --idle 1 -- "$bin" run "$voids" "$history"
