#!/usr/bin/env bash
# Hostile lines: how long one line of about 1 MiB takes to decode, for each shape an attacker
# who can write one line might choose (many keys, deep nesting, long arrays, escapes, a huge
# number, ...). Goal: under 50 ms per line of any shape. Each file holds 20 copies of its line
# (distinct ids) and is read by `borderdesk check` on a release build; the figure is the best of
# 3 runs' wall time divided by 20 (start-up included, so an upper bound). Not a test: the
# figures go to the notes.
#   Benchmarks/hostile-lines.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(scripts/release-binary.sh)  # the binary as the package ships it
dir=bench-data/hostile
mkdir -p "$dir"
python3 - "$dir" <<'PY'
import sys, os
out = sys.argv[1]
LIMIT = 1_048_576 - 64
head = '{"id":"ID","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"p","date":"2024-11-20","agency":"a","metric":"patrol","count":1,'
def fill(unit, sep=",", prefix="", suffix=""):
    room = LIMIT - len(head) - len(prefix) - len(suffix) - 2
    n = max(1, room // len((unit + sep).encode()))
    return prefix + sep.join([unit] * n) + suffix
def keys():
    parts, size, i = [], len(head), 0
    while size < LIMIT - 32:
        p = '"k%d":0' % i; parts.append(p); size += len(p) + 1; i += 1
    return ",".join(parts)
deep = "[" * 126 + "]" * 126  # the parser allows 128 levels; "x":[ is one, the object another
deep_obj = '{"a":' * 126 + "0" + "}" * 126
shapes = {
    "many-keys": keys(),
    "deep-arrays": fill(deep, prefix='"x":[', suffix="]"),
    "deep-objects": fill(deep_obj, prefix='"x":[', suffix="]"),
    "number-array": fill("0", prefix='"x":[', suffix="]"),
    "empty-objects": fill("{}", prefix='"x":[', suffix="]"),
    "string-array": fill('""', prefix='"x":[', suffix="]"),
    "escaped-strings": fill('"\\n"', prefix='"x":[', suffix="]"),
    "escapes": fill("\\u0041", sep="", prefix='"note":"', suffix='"'),
    "surrogate-pairs": fill("\\ud83d\\ude00", sep="", prefix='"note":"', suffix='"'),
    "plain-string": fill("a", sep="", prefix='"note":"', suffix='"'),
    "multibyte-string": fill("é", sep="", prefix='"note":"', suffix='"'),
    "whitespace": fill(" ", sep="", prefix='"note":"n"', suffix=""),
    "huge-number": fill("9", sep="", prefix='"x":', suffix=""),
    "huge-count": None,
}
for name, body in shapes.items():
    if body is None:
        line_for = lambda i: head[:-len('"count":1,')].replace("ID", "id%d" % i) + '"count":' + "9" * (LIMIT - len(head)) + "}"
    else:
        line_for = lambda i, body=body: head.replace("ID", "id%d" % i) + body + "}"
    with open(os.path.join(out, name + ".jsonl"), "w") as f:
        for i in range(20):
            line = line_for(i)
            assert len(line.encode()) <= 1_048_576, (name, len(line.encode()))
            f.write(line + "\n")
PY
printf '%-18s %10s %12s\n' shape "ms/line" "outcome"
for f in "$dir"/*.jsonl; do
    best=""
    for _ in 1 2 3; do
        /usr/bin/time -f "%e" -o "$dir/time" "$bin" check "$f" >/dev/null 2>&1 || true
        t=$(tail -1 "$dir/time")
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    done
    outcome=$("$bin" summary "$f" --json 2>/dev/null | python3 -c 'import json,sys; e=json.load(sys.stdin)["events"]; print("folded" if e["folded"] else "malformed" if e["malformed"] else "other")' || echo error)
    printf '%-18s %10s %12s\n' "$(basename "$f" .jsonl)" "$(awk "BEGIN{printf \"%.1f\", $best * 1000 / 20}")" "$outcome"
done
