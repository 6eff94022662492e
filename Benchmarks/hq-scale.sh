#!/usr/bin/env bash
# Headquarters scale (issue 19): for each history size, in one run, a generated history plus a
# small file bench voyages are opened in and checked, measured through a real pty
# (../shared/tools/pty-latency.py, needs `pip install pyte`), release build:
#   - append -> visible with no history, and beside the history;
#   - the first full frame cold (--no-checkpoint) and from the checkpoint the first run wrote
#     (its preview's frame, then the whole fold's with what was written since);
#   - `summary` cold and from the checkpoint, with peak RSS (/usr/bin/time);
#   - the checkpoint's size.
# Checkpoints go to a temporary XDG_CACHE_HOME, never the user's cache.
# The history: fifty posts (three zones), ending yesterday in WITA (a generated day runs from 06.00
# to about noon, so today's could still be ahead of the clock): 1M events is about a month of
# them, 10M about ten months.
#   Benchmarks/hq-scale.sh [EVENTS...]      (default: 1000000; 10000000 writes a 2 GB file)
#   END=YYYY-MM-DD (the history's last day; default yesterday in WITA)
#   APPENDS=200 (appends per measurement)
#   LONG_IDS=1 (the history with ids as long as Borderdesk's own: 31 bytes, not 12)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000000}")
appends=${APPENDS:-200}
end=${END:-$(TZ=Asia/Makassar date -d yesterday +%F)}
tool=${PTY_LATENCY:-../shared/tools/pty-latency.py}
bin=$(scripts/release-binary.sh)  # the binary as the package ships it
mkdir -p bench-data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export XDG_CACHE_HOME=$dir/cache
run=0

# Opens a new bench voyage in $1: each measurement has its own, so its checks count from 1 on
# the same files the checkpoint was made of. A manifest under 1,000 (the screen groups
# thousands, `1.000`, which the expected tally would not match); a vessel name that fits the
# list's column at 120 columns (`KM. Bench 11` was cut to `KM. Bench 1…`, never matched).
bench_voyage() {
    run=$((run + 1))
    "$bin" append "$1" --type voyage.opened --post nunukan --field voyage="bench$run" --field "vessel=KM. B$run" \
        --field from=Nunukan --field to=Pare-Pare --field departs=2024-11-20T17:00:00+08:00 --field manifest=$((900 + run)) >/dev/null
}

# pty-latency's figures for one dashboard run; $1: what, $2: the file appended to, rest: the
# dashboard's arguments.
measure() {
    local what=$1 file=$2
    shift 2
    bench_voyage "$file"
    local line='{"id":"b'$run'-{i}","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"bench'$run'","passenger":"p{i}","doc":"ktp","result":"cleared"}'
    printf '%-44s ' "$what"
    # The whole fold's first frame: the bench voyage, not in the preview (which folds what was
    # written since the checkpoint, the bench voyage with it).
    local first="\\A(?![\\s\\S]*tampilan tersimpan)[\\s\\S]*KM\\. B$run\\b"
    python3 "$tool" --file "$file" --line "$line" --expect " {n}/$((900 + run))" --first "${FIRST:-$first}" --n "$appends" --idle 1 \
        -- "$bin" run "$@" \
        | python3 -c 'import json,sys; d=json.load(sys.stdin); print("first frame %s ms, p50 %s ms, p99 %s ms, max %s ms, missed %s" % (d.get("first_screen_ms"), d.get("p50_ms"), d.get("p99_ms"), d.get("max_ms"), d.get("missed")))'
}

# Wall time and peak RSS of one command.
timed() {
    local what=$1
    shift
    printf '%-44s ' "$what"
    /usr/bin/time -f '%e s, peak RSS %M KiB' "$@" 2>&1 >/dev/null | tail -1
}

measure "no history: append -> visible" "$dir/alone.jsonl" "$dir/alone.jsonl" --no-checkpoint

for n in "${sizes[@]}"; do
    history=bench-data/hq-$n-to-$end.jsonl
    [ -f "$history" ] || "$bin" generate --events "$n" --seed 19 --posts 50 --end "$end" "$history"
    if [ "${LONG_IDS:-0}" = 1 ]; then
        # The generator's ids (nnk-00000001) fit in a Swift string's 15 inline bytes;
        # Borderdesk's own (nunukan-20261207022122-xckkte44561r) do not: the same history with
        # 31-byte ids, nothing else changed.
        long=bench-data/hq-$n-to-$end-long-ids.jsonl
        [ -f "$long" ] || sed 's/"id":"\([a-z]*\)-\([0-9]*\)"/"id":"\1-20241101060722-q\2xyz"/' "$history" > "$long"
        history=$long
    fi
    echo "== $n events ($(du -h "$history" | cut -f1))"
    rm -rf "$XDG_CACHE_HOME"
    timed "summary, cold" "$bin" summary --json --no-checkpoint "$history"
    checks=$dir/checks-$n.jsonl
    # The history first: the bench voyage shows only once all of it is folded.
    measure "dashboard cold (writes the checkpoint)" "$checks" "$history" "$checks"
    ls -l "$XDG_CACHE_HOME"/borderdesk/*.checkpoint | awk '{printf "%-44s %.1f MB\n", "checkpoint size", $5 / 1e6}'
    # The first frame drawn, from the checkpoint's preview (marked `tampilan tersimpan`), while
    # the checkpoint is read: the appends are folded into it until the whole fold takes over;
    # then the whole fold's first frame (the line after).
    FIRST="tampilan tersimpan" measure "first frame from the preview" "$checks" "$history" "$checks"
    measure "dashboard from the checkpoint" "$checks" "$history" "$checks"
    # The panes list what is open and today's by default; every row, as before that, for comparison.
    measure "from the checkpoint, every row (--all-rows)" "$checks" "$history" "$checks" --all-rows
    measure "dashboard cold again (--no-checkpoint)" "$checks" "$history" "$checks" --no-checkpoint
    # The same sources as the dashboard's: its checkpoint serves summary too.
    timed "summary from the checkpoint" "$bin" summary --json "$history" "$checks"
    timed "summary of the same, cold" "$bin" summary --json --no-checkpoint "$history" "$checks"
done
