#!/usr/bin/env bash
# The package on a fresh, minimal Debian: scripts/debootstrap-check.sh DEB [DIR] [MIRROR]
# debootstrap --variant=minbase bookworm into DIR (default: a new temporary folder), install DEB
# in the chroot with apt (which fetches its Depends from MIRROR, default deb.debian.org), then
# run the chroot's `borderdesk --version`, `summary` on the packaged sample data and
# `demo --list`. Needs root and the mirror (or a local one: MIRROR=file:///srv/mirror).
# Leaves nothing behind unless DIR was given.
set -euo pipefail
deb=${1:?usage: debootstrap-check.sh DEB [DIR] [MIRROR]}
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
mirror=${3:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "debootstrap-check: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "debootstrap-check: apt-get install debootstrap" >&2; exit 2; }
if [ -n "${2:-}" ]; then dir=$2; keep=1; else dir=$(mktemp -d /var/tmp/borderdesk-chroot.XXXXXX); keep=0; fi
cleanup() {
    for m in proc dev/pts dev; do mountpoint -q "$dir/$m" && umount -l "$dir/$m"; done
    [ "$keep" = 1 ] || rm -rf --one-file-system "$dir"
}
trap cleanup EXIT
t0=$(date +%s)
debootstrap --variant=minbase bookworm "$dir" "$mirror" > "$dir.debootstrap.log" 2>&1 \
    || { tail -20 "$dir.debootstrap.log" >&2; exit 1; }
rm -f "$dir.debootstrap.log"
echo "debootstrap-check: minbase bookworm in $dir ($(( $(date +%s) - t0 )) s, $(du -sm "$dir" | cut -f1) MB)"
mount -t proc proc "$dir/proc"
cp "$deb" "$dir/tmp/"
cp /etc/resolv.conf "$dir/etc/resolv.conf"
in_root() { chroot "$dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=xterm "$@"; }
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" > /dev/null
echo "debootstrap-check: installed; the chroot has no Swift: $(in_root sh -c 'ls /opt/swift 2>&1 | head -1')"
in_root dpkg -s borderdesk | sed -n 's/^\(Version\|Depends\):/  \1:/p'
echo "\$ borderdesk --version"; in_root borderdesk --version
echo "\$ borderdesk summary"; in_root borderdesk summary
echo "\$ borderdesk demo --list"; in_root borderdesk demo --list
echo "debootstrap-check: passed ($(( $(date +%s) - t0 )) s)"
