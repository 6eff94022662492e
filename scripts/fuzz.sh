#!/usr/bin/env bash
# Fuzzes the line decoder (both decode paths, and the decoding memo, must agree), the sanitiser
# and display width, and the TOML loaders with libFuzzer, AddressSanitizer and LeakSanitizer
# for SECONDS, then folds what it learnt into Fuzz/corpus (minimised with -set_cover_merge=1).
# docs/fuzzing.md says what each check is.
#
#   scripts/fuzz.sh SECONDS
#   SWIFT_BUILD_LOCK=/tmp/swift-build.lock scripts/fuzz.sh 600   # builds run under flock
#   FUZZ_KEEP_GOING=1 scripts/fuzz.sh 600    # fuzz on past findings (fork mode, ~1/3 slower)
#
# Exit 0: nothing found. Exit 1: a crash, leak, timeout or disagreement (the input is in
# Fuzz/findings/), or a reproducer in Fuzz/regressions/ still fails. Exit 2: usage or build.
set -uo pipefail

seconds=${1:-}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: scripts/fuzz.sh SECONDS (a whole number above 0, got \"$seconds\")" >&2
    exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
scratch=.build-fuzz
fuzzer=$scratch/borderdesk-fuzz
corpus=Fuzz/corpus
regressions=Fuzz/regressions
findings=Fuzz/findings
seeds=$scratch/seeds
max_len=8192
mkdir -p "$scratch" "$corpus" "$findings"

locked() { if [[ -n ${SWIFT_BUILD_LOCK:-} ]]; then flock "$SWIFT_BUILD_LOCK" "$@"; else "$@"; fi; }

# 1. The modules instrumented for libFuzzer and AddressSanitizer (TOMLKit's C++ too), by
#    SwiftPM in its own scratch folder (it fetches the dependencies on a fresh clone).
#    SwiftPM hands swiftc one -sanitize= per sanitizer and swiftc keeps only the last one, so
#    its Swift objects would get AddressSanitizer but no coverage: hence the combined option
#    after them (clang, for the C++, adds its -fsanitize= options up).
swift_flags=(--scratch-path "$scratch" -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)
echo "fuzz.sh: building BorderOps, Dashboard and Configuration with -sanitize=fuzzer,address in $scratch/" >&2
if ! locked swift build "${swift_flags[@]}" --target Configuration >"$scratch/build.log" 2>&1; then
    tail -30 "$scratch/build.log" >&2
    echo "fuzz.sh: swift build failed (log: $scratch/build.log)" >&2
    exit 2
fi
bin=$(swift build "${swift_flags[@]}" --show-bin-path) || exit 2

# 2. The fuzz target linked with those objects: swiftc links libFuzzer's main for
#    -sanitize=fuzzer; lld (shipped with Swift) because gold warns about ASan's local symbols.
# The objects of the current sources only (a renamed file leaves its old object behind).
objects=()
for module in SafeText ExactKeys JSON BorderOps Words Dashboard Configuration TOMLKit; do
    while IFS= read -r source; do
        source=${source#\'} && source=${source%\'}  # SwiftPM quotes paths with spaces or &
        objects+=("$bin/$module.build/$(basename "$source").o")
    done <"$bin/$module.build/sources"
done
for source in "$scratch"/checkouts/TOMLKit/Sources/CTOML/Sources/*.cpp; do
    objects+=("$bin/CTOML.build/Sources/$(basename "$source").o")
done
# The package's name as SwiftPM gives it (its folder's, non-identifier characters as _), so the
# fuzz target may use the decoder's package-access hooks (`DecodingMemo`).
package_name=$(basename "$root" | tr '[:upper:]' '[:lower:]' | sed 's/[^a-z0-9_]/_/g')
if ! locked swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
    -swift-version 6 -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility \
    -module-name BorderdeskFuzz -package-name "$package_name" -module-cache-path "$bin/ModuleCache" -I "$bin/Modules" \
    -Xcc -fmodule-map-file="$bin/CTOML.build/module.modulemap" \
    -Xcc -I -Xcc "$scratch/checkouts/TOMLKit/Sources/CTOML/include" \
    Fuzz/Sources/*.swift "${objects[@]}" -lstdc++ -use-ld=lld -o "$fuzzer"; then
    echo "fuzz.sh: linking the fuzz target failed" >&2
    exit 2
fi

# Leaks: checked once at exit, TOMLKit's own suppressed (Fuzz/lsan-suppressions.txt), not
# after every input: TOMLKit leaks on every TOML input and libFuzzer's per-input check then
# costs ~40 ms each. Swift's backtracer off: its crash handler reads memory AddressSanitizer
# forbids, and its report would hide the real one.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/Fuzz/lsan-suppressions.txt:print_suppressions=0}
export SWIFT_BACKTRACE=enable=no
run_options=(-max_len=$max_len -timeout=10 -rss_limit_mb=2048 -detect_leaks=0)

# What went wrong with one input, in a line: run it alone and keep the first report line.
explain() {
    "$fuzzer" "${run_options[@]}" "$1" 2>&1 |
        grep -m1 -E 'Fatal error|Assertion|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)' | cut -c1-300
}

# 3. Every input that once found a problem, run first: a fixed problem stays fixed. Those that
#    pass join the corpus; one that still fails would stop libFuzzer as it loads the corpus.
work=$scratch/corpus-work
rm -rf "$work" && mkdir -p "$work"
still_failing=0
for input in "$regressions"/*; do
    [[ -f $input ]] || continue
    if "$fuzzer" "${run_options[@]}" "$input" >/dev/null 2>&1; then
        cp "$input" "$work/"
    else
        echo "fuzz.sh: STILL FAILS: $input: $(explain "$input")" >&2
        still_failing=1
    fi
done

# 4. Seeds, rebuilt every run. The first byte of an input picks its mode (docs/fuzzing.md):
#    0 each conformance line, and each pair of neighbouring lines (the decoding memo carries
#    a line's post and voyage to the next); 1 the small cases' lines as screen text (width 16
#    and no limit; width 40 and limit 16); 2 the project's TOML files.
rm -rf "$seeds" && mkdir -p "$seeds"
conformance=Tests/BorderOpsTests/Fixtures/conformance
for file in "$conformance"/*.jsonl "$conformance"/10-directory/*.jsonl; do
    name=$(basename "$file" .jsonl)
    LC_ALL=C awk -v dir="$seeds" -v name="$name" -v max="$max_len" '
        length($0) < max - 1 { f = sprintf("%s/0-%s-%05d", dir, name, NR); printf "0%s", $0 > f; close(f) }
        NR > 1 && length(prev) + length($0) < max - 2 {
            f = sprintf("%s/0-%s-%05d-pair", dir, name, NR); printf "0%s\n%s", prev, $0 > f; close(f)
        }
        { prev = $0 }
        name !~ /^(09|11)-/ && length($0) < max - 3 {
            f = sprintf("%s/1-%s-%05d", dir, name, NR); printf "1P %s", $0 > f; close(f)
            f = sprintf("%s/1-%s-%05d-limit", dir, name, NR); printf "1(p%s", $0 > f; close(f)
        }' "$file"
done
for file in Themes/*.toml sample-data/posts.toml sample-data/checklists/*.toml sample-data/scenarios/*.captions.toml; do
    { printf 2; cat "$file"; } >"$seeds/2-$(basename "$file")"
done

# 5. Fuzz. New inputs go to the scratch corpus; Fuzz/corpus and the seeds are read.
log=$scratch/fuzz.log
stamp=$scratch/fuzz.started
touch "$stamp"
mode=()
[[ -n ${FUZZ_KEEP_GOING:-} ]] && mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
# At most 10 minutes a process: TOMLKit's leaks (~1.5 MB/s here) stay far below -rss_limit_mb.
echo "fuzz.sh: fuzzing for $seconds s (log: $log)" >&2
: >"$log"
left=$seconds
status=0
while [[ $left -gt 0 && $status -eq 0 ]]; do
    chunk=$((left < 600 ? left : 600))
    left=$((left - chunk))
    "$fuzzer" "${run_options[@]}" "${mode[@]}" -max_total_time="$chunk" -print_final_stats=1 \
        -artifact_prefix="$findings/" "$work" "$corpus" "$seeds" >>"$log" 2>&1
    status=$?
done
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^#[0-9]+: |^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|^SUMMARY' "$log" | tail -n 30 >&2

# 6. Everything minimised into Fuzz/corpus, even after a finding (what was learnt still counts).
merged=$scratch/corpus-merged
rm -rf "$merged" && mkdir -p "$merged"
# -set_cover_merge=1: -merge=1's greedy set cover (same features, a third fewer files here).
if "$fuzzer" -set_cover_merge=1 "${run_options[@]}" "$merged" "$corpus" "$work" "$seeds" >"$scratch/merge.log" 2>&1; then
    rm -f "$corpus"/* && cp "$merged"/* "$corpus"/
    echo "fuzz.sh: $corpus holds $(ls "$corpus" | wc -l) inputs, $(cat "$corpus"/* | wc -c) bytes" >&2
else
    echo "fuzz.sh: merging failed (log: $scratch/merge.log); $corpus left as it was" >&2
fi

new_findings=$(find "$findings" -type f -newer "$stamp" | sort)
for input in $new_findings; do
    echo "fuzz.sh: FOUND: $input: $(explain "$input")" >&2
done
if [[ $status -ne 0 || -n $new_findings || $still_failing -ne 0 ]]; then
    [[ $status -ne 0 && -z $new_findings ]] && echo "fuzz.sh: libFuzzer exited with $status (a leak at exit?): see $log" >&2
    exit 1
fi
echo "fuzz.sh: nothing found in $seconds s" >&2
