#!/usr/bin/env bash
# Builds the Debian package: scripts/build-deb.sh [OUTDIR]   (default .build/deb)
# prints the .deb's path on its last line. Needs the Swift toolchain and dpkg-dev here; the
# package needs neither: the Swift runtime is linked in (--static-swift-stdlib), Depends comes
# from dpkg-shlibdeps (the C libraries the binary really uses: libc, ncursesw, libstdc++...).
#
# /usr/bin/borderdesk                       the release binary, stripped
# /usr/share/borderdesk/themes/             Themes/*.toml
# /usr/share/borderdesk/templates/          sample-data/checklists/*.toml
# /usr/share/borderdesk/sample-data/        the sample day, posts.toml, scenarios/ (borderdesk demo)
# /usr/share/man/man1/borderdesk.1.gz       from the argument parser (its generate-manual plugin)
# bash, zsh and fish completions            from the argument parser (--generate-completion-script)
# /etc/borderdesk/config.toml               every key, commented out (a conffile)
# /lib/systemd/system/borderdesk-alerts.{service,timer}   disabled: nothing enables them
# /usr/share/doc/borderdesk/                copyright, changelog.gz, README, configuration, headquarters
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
out=$(mkdir -p "${1:-.build/deb}" && cd "${1:-.build/deb}" && pwd)

# The manual first: the plugin builds the debug products (CI has just built them: nothing to do)
# and runs its tool on that binary's --experimental-dump-help, the same help as the release's.
# (In release it would be a second full release build: --static-swift-stdlib changes the flags.)
swift package generate-manual --configuration debug >&2
manual=.build/plugins/GenerateManual/outputs/borderdesk/borderdesk.1
[ -s "$manual" ] || { echo "build-deb: the manual plugin wrote no $manual" >&2; exit 1; }
bin=$(scripts/release-binary.sh)

version=$("$bin" --version | awk '{ print $2 }')
arch=$(dpkg --print-architecture)
work="$out/work"
root="$work/root"
rm -rf "$work"
mkdir -p "$root/DEBIAN" "$work/debian"
dirs=(usr/bin usr/share/borderdesk/themes usr/share/borderdesk/templates usr/share/borderdesk/sample-data/scenarios
      usr/share/man/man1 usr/share/bash-completion/completions usr/share/zsh/vendor-completions
      usr/share/fish/vendor_completions.d usr/share/doc/borderdesk etc/borderdesk lib/systemd/system)
for d in "${dirs[@]}"; do install -d -m 0755 "$root/$d"; done

install -m 0755 "$bin" "$root/usr/bin/borderdesk"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/borderdesk"
share="$root/usr/share/borderdesk"
install -m 0644 Themes/*.toml "$share/themes/"
install -m 0644 sample-data/checklists/*.toml "$share/templates/"
install -m 0644 sample-data/nunukan-2024-11-20.jsonl sample-data/posts.toml "$share/sample-data/"
install -m 0644 sample-data/scenarios/*.jsonl sample-data/scenarios/*.captions.toml "$share/sample-data/scenarios/"

gzip -9n < "$manual" > "$root/usr/share/man/man1/borderdesk.1.gz"
# swift-argument-parser 1.8's bash script ends three lines in `\\` (a syntax error: bash -n);
# one backslash is what it means. Sourced, not run: no #! line.
"$bin" --generate-completion-script bash | sed -e '1{/^#!/d}' -e 's/\\\\$/\\/' > "$root/usr/share/bash-completion/completions/borderdesk"
bash -n "$root/usr/share/bash-completion/completions/borderdesk"
"$bin" --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_borderdesk"
"$bin" --generate-completion-script fish > "$root/usr/share/fish/vendor_completions.d/borderdesk.fish"
chmod 0644 "$root"/usr/share/*/completions/borderdesk "$root"/usr/share/zsh/vendor-completions/_borderdesk \
    "$root"/usr/share/fish/vendor_completions.d/borderdesk.fish

install -m 0644 packaging/config.toml "$root/etc/borderdesk/config.toml"
install -m 0644 packaging/borderdesk-alerts.service packaging/borderdesk-alerts.timer "$root/lib/systemd/system/"
doc="$root/usr/share/doc/borderdesk"
install -m 0644 packaging/copyright "$doc/copyright"
gzip -9n < packaging/changelog > "$doc/changelog.gz"
for f in README.md docs/configuration.md docs/headquarters.md; do gzip -9n < "$f" > "$doc/$(basename "$f").gz"; done

# Depends: what the binary links, as dpkg-shlibdeps finds it (it wants a debian/control).
printf 'Source: borderdesk\n\nPackage: borderdesk\nArchitecture: any\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O -e root/usr/bin/borderdesk | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
rm -rf "$work/debian"

echo /etc/borderdesk/config.toml > "$root/DEBIAN/conffiles"
cat > "$root/DEBIAN/control" <<CONTROL
Package: borderdesk
Version: $version
Architecture: $arch
Maintainer: Borderdesk maintainers <maintainers@users.noreply.h-seed-0cf79546.example>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: admin
Priority: optional
Description: terminal dashboard for Indonesian border-post operations
 Borderdesk shows a border post's day (voyages, gate checks, joint
 operations, Timpora meetings, the desk's seizures) from append-only JSON
 Lines event files, in Bahasa Indonesia or English, at 80x24 and in plain
 ASCII. Officers record events from the keyboard; reports, alerts and a
 headquarters view of many posts come from the same files.
 .
 This package holds the binary (no Swift toolchain needed), themes,
 checklist templates, sample data and demo scenarios, and a systemd timer,
 disabled by default, that calls a configured command for each new
 critical alert.
CONTROL

deb="$out/borderdesk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >&2
echo "$deb"
