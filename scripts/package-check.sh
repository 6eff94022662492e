#!/usr/bin/env bash
# The Debian package end to end, as CI runs it (.ci/run): build it (scripts/build-deb.sh), lintian
# (no error), install it with dpkg -i, then run the INSTALLED binary with no Swift anywhere in
# reach (/opt/swift off PATH, LD_LIBRARY_PATH empty, a clean environment): --version, summary on
# the packaged sample data (the same counts as the build tree's binary), demo --list, one frame
# of the dashboard in tmux; ldd names no Swift library; then dpkg -r. Prints the package's size
# and each step's time. Needs root or sudo (dpkg -i).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
t0=$(date +%s)
step() { echo "package-check: $* ($(( $(date +%s) - t0 )) s)"; }
fail() { echo "package-check: FAILED: $*" >&2; exit 1; }

deb=$(scripts/build-deb.sh | tail -1)
step "built $deb, $(du -k "$deb" | cut -f1) KiB ($(stat -c %s "$deb") bytes)"
dpkg-deb --info "$deb" | sed -n 's/^ \(Version\|Depends\|Installed-Size\):/  \1:/p'

if command -v lintian >/dev/null; then
    lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports an error"
    step "lintian: no error"
else
    echo "package-check: lintian is not installed: skipped" >&2
fi

$sudo_cmd dpkg -i "$deb" >/dev/null
removed=0
cleanup() { [ "$removed" = 1 ] || $sudo_cmd dpkg -P borderdesk >/dev/null 2>&1 || true; rm -rf "$scratch"; }
scratch=$(mktemp -d)
trap cleanup EXIT
step "installed"

# No Swift in reach: PATH without /opt/swift, no LD_LIBRARY_PATH, a fresh HOME.
bare_path=$(echo "$PATH" | tr ':' '\n' | grep -v '^/opt/swift' | paste -sd: -)
bare() { env -i HOME="$scratch" PATH="$bare_path" LD_LIBRARY_PATH= LANG=C.UTF-8 TERM=xterm-256color \
             BORDERDESK_SYSTEM_CONFIG=/nonexistent/borderdesk-package-check/config.toml "$@"; }
[ "$(bare sh -c 'command -v borderdesk')" = /usr/bin/borderdesk ] || fail "borderdesk is not /usr/bin/borderdesk on the bare PATH"
bare sh -c 'command -v swift' >/dev/null && fail "swift is still on the bare PATH"

if ldd /usr/bin/borderdesk | grep -Ei 'swift|not found'; then fail "ldd names a Swift library or a missing one"; fi
step "ldd: $(ldd /usr/bin/borderdesk | awk '{ print $1 }' | paste -sd' ' -)"

version=$(bare borderdesk --version)
echo "  $version"
[[ "$version" =~ ^borderdesk\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ ([0-9a-f]{12}(-dirty)?|unknown)\)$ ]] || fail "--version said: $version"

summary=$(bare borderdesk summary --no-checkpoint)
expected=$(.build/debug/borderdesk summary --no-checkpoint sample-data/nunukan-2024-11-20.jsonl 2>/dev/null || true)
echo "$summary" | head -3 | sed 's/^/  /'
[ -n "$summary" ] || fail "summary printed nothing"
if [ -x .build/debug/borderdesk ]; then [ "$summary" = "$expected" ] || fail "the installed summary differs from the build tree's"; fi

scenarios=$(bare borderdesk demo --list | awk '{ print $1 }' | paste -sd' ' -)
echo "  demo --list: $scenarios"
[ "$scenarios" = "$(ls sample-data/scenarios/*.captions.toml | xargs -n1 basename | sed 's/\.captions\.toml$//' | paste -sd' ' -)" ] \
    || fail "demo --list does not name the packaged scenarios"
step "--version, summary, demo --list"

# One screen of the dashboard at 80x24 on its own tmux server, from a directory with no sample data.
socket="package-check-$$"
tmux -L "$socket" -f /dev/null new-session -d -x 80 -y 24 -c "$scratch" \
    "env -i HOME=$scratch PATH=$bare_path LD_LIBRARY_PATH= LANG=C.UTF-8 TERM=screen-256color BORDERDESK_SYSTEM_CONFIG=/nonexistent/borderdesk-package-check/config.toml borderdesk --read-only --no-checkpoint; sleep 30"
frame=""
for _ in $(seq 1 100); do
    frame=$(tmux -L "$socket" capture-pane -p 2>/dev/null || true)
    grep -Eq 'Borderdesk (·|[|]) nunukan' <<<"$frame" && break
    sleep 0.1
done
tmux -L "$socket" send-keys q 2>/dev/null || true
sleep 0.3
tmux -L "$socket" kill-server 2>/dev/null || true
grep -Eq 'Borderdesk (·|[|]) nunukan' <<<"$frame" || { echo "$frame" >&2; fail "no dashboard frame in tmux"; }
echo "$frame" | head -4 | sed 's/^/  | /'
step "dashboard frame in tmux"

$sudo_cmd dpkg -r borderdesk >/dev/null
removed=1
[ ! -e /usr/bin/borderdesk ] || fail "dpkg -r left /usr/bin/borderdesk"
# -r keeps the conffile (/etc/borderdesk/config.toml); CI's machine is left as it was found.
$sudo_cmd dpkg -P borderdesk >/dev/null
step "removed; package check passed"
