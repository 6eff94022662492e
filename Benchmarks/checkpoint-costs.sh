#!/usr/bin/env bash
# What a checkpoint costs the dashboard's thread at a large history (issue 19), release build:
#   - the first frame from the checkpoint: ms from exec to the first write of a whole screen
#     (strace in a tmux terminal; the dashboard at nice -15 so other work on the machine
#     disturbs it less), each binary in turn, RUNS times;
#   - where the checkpoint's save runs: perf samples under it on the dashboard's thread and on
#     others, in a run that starts from the checkpoint and writes the next one.
#   Benchmarks/checkpoint-costs.sh HISTORY [RUNS] [BIN...]   (needs tmux, strace, perf)
# Default BIN: this tree's release build as the package ships it (scripts/release-binary.sh).
# HISTORY: e.g. bench-data/hq-1000000.jsonl
# (`borderdesk generate --events 1000000 --seed 19 --posts 6 bench-data/hq-1000000.jsonl`).
set -euo pipefail
cd "$(dirname "$0")/.."
history=$1
runs=${2:-3}
shift $(( $# >= 2 ? 2 : 1 ))
if [ $# -eq 0 ]; then
    bin=$(scripts/release-binary.sh)  # an assignment: a failed build stops the script
    set -- "$bin"
fi
dir=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$dir"' EXIT
n=0

# Opens a voyage in the small file beside the history, so each start has new bytes to read.
new_voyage() {
    n=$((n + 1))
    "$1" append "$dir/checks.jsonl" --type voyage.opened --post nunukan --field voyage="bench$n" --field "vessel=KM. Bench $n" \
        --field from=Nunukan --field to=Pare-Pare --field departs=2024-11-20T17:00:00+08:00 --field manifest=900 >/dev/null
}

# Runs $2 in a 120x35 tmux terminal for $1 seconds, then quits it with q (a clean exit, so
# perf writes its data; nothing changed since the last checkpoint: the exit writes none).
in_terminal() {
    tmux new-session -d -s "bench$n" -x 120 -y 35 "$2"
    sleep "$1"
    tmux send-keys -t "bench$n" q
    sleep 2
    tmux kill-session -t "bench$n" 2>/dev/null || true
}

# The terminal is the descriptor of the first write (ncurses setting it up); the first frame
# is drawn when 4,000 bytes have gone to it (a 120x35 frame is 7-11 KB, written within a few ms).
first_frame_ms() {
    python3 - "$1" <<'PY'
import re, sys
start = first = tty = None
shown = 0
for line in open(sys.argv[1]):
    m = re.match(r'(?:\d+\s+)?([\d.]+) (\w+)\((\d*)', line)
    if not m: continue
    t = float(m.group(1))
    if m.group(2) == 'execve' and start is None: start = t
    r = re.search(r'= (\d+)\s*$', line)
    if m.group(2) != 'write' or not r: continue
    tty = tty or m.group(3)
    if m.group(3) == tty:
        shown += int(r.group(1))
        if first is None and shown >= 4000: first = t
print("%.0f" % ((first - start) * 1000) if start and first else "none")
PY
}

for run in $(seq 0 "$runs"); do
    for bin in "$@"; do
        cache=$dir/cache-$(echo "$bin" | md5sum | cut -c1-8)
        new_voyage "$bin"
        in_terminal 4 "XDG_CACHE_HOME=$cache nice -n -15 strace -ttt -e trace=execve,write -o $dir/trace $bin run $history $dir/checks.jsonl"
        # The first run of each binary writes its checkpoint (a cold start): not counted.
        [ "$run" = 0 ] || echo "first frame from the checkpoint: $(first_frame_ms $dir/trace) ms  ($bin)"
    done
done

for bin in "$@"; do
    cache=$dir/cache-$(echo "$bin" | md5sum | cut -c1-8)
    new_voyage "$bin"
    in_terminal 5 "XDG_CACHE_HOME=$cache perf record -q -F 2999 -g -o $dir/perf.data $bin run $history $dir/checks.jsonl"
    # The dashboard's thread: the first sampled (head closes the pipe early: not a failure).
    main=$( (perf script -i "$dir/perf.data" -F tid 2>/dev/null || true) | head -1 | tr -d ' ')
    perf script -i "$dir/perf.data" -F tid,ip,sym 2>/dev/null | python3 -c '
import sys
main = int(sys.argv[1]); counts = {"main": 0, "other": 0}; tid = None; stack = []
def flush():
    if tid is not None and any("saveCheckpoint" in f or "BackgroundCheckpoints" in f for f in stack):
        counts["main" if tid == main else "other"] += 1
for line in sys.stdin:
    s = line.strip()
    if not s: continue
    if s.isdigit():  # a sample begins: its thread id alone on the line (padded)
        flush(); tid = int(s); stack = []
    else:
        stack.append(s)
flush()
print("checkpoint save: dashboard thread %.0f ms, other threads %.0f ms (perf samples at 2999 Hz)  (%s)"
      % (counts["main"] / 2.999, counts["other"] / 2.999, sys.argv[2]))' "$main" "$bin"
done
