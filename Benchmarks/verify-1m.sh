#!/usr/bin/env bash
# Integrity-chain benchmark: the 1,000,000-event file of fold-1m.sh (seed 7, 3 posts), written
# again through `borderdesk append --jsonl` so that every line carries prev (one batch: one
# locked write, one fsync), then `verify` and `summary --json` on that same chained file, best
# of 5 each (wall time, CPU of all threads, peak RSS). Not a test: figures go to the README.
#   Benchmarks/verify-1m.sh [EVENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
plain=bench-data/fold-$events.jsonl
chained=bench-data/chained-$events.jsonl
bin=$(scripts/release-binary.sh)  # the binary as the package ships it
mkdir -p bench-data
[ -f "$plain" ] || "$bin" generate --events "$events" --seed 7 --posts 3 "$plain"
if [ ! -f "$chained" ]; then
    # --force: the generated stream's references are not what this measures (chaining is).
    out=$( { /usr/bin/time -f "%e %M" "$bin" append "$chained" --force --jsonl < "$plain"; } 2>&1 | tail -1)
    read -r t m <<<"$out"
    echo "append --jsonl (chaining $events events, one batch): ${t} s, peak RSS $((m / 1024)) MiB"
fi
bytes=$(stat -c %s "$chained")

best_of_5() {
    local best="" rss="" cpu=""
    for _ in 1 2 3 4 5; do
        out=$( { /usr/bin/time -f "%e %M %U %S" "$@" >/dev/null; } 2>&1 | tail -1)
        read -r t m u s <<<"$out"
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; rss=$m; cpu=$(awk "BEGIN{print $u + $s}"); fi
    done
    echo "${best} s (CPU ${cpu} s on all threads), peak RSS $((rss / 1024)) MiB"
}
echo "on $chained ($events events, $((bytes / 1000000)) MB):"
echo "  borderdesk verify:         $(best_of_5 "$bin" verify "$chained")"
echo "  borderdesk summary --json: $(best_of_5 "$bin" summary "$chained" --json)"
