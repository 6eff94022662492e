#!/usr/bin/env bash
# The release binary as the Debian package ships it: the Swift runtime and Foundation linked in
# (--static-swift-stdlib). Builds it (one build at a time on a shared machine: the lock) and
# prints its path on standard output, the build's own output on standard error.
#   bin=$(scripts/release-binary.sh)
# The package (scripts/build-deb.sh) and every benchmark use this one binary: what is measured
# is what officers run, and the two never rebuild each other's build (the flag changes every
# target's flags). A start of this binary binds no Swift symbols at load time: 4-13 ms less than
# one of the shared runtime's (docs/performance.md, "The binary that is measured").
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
flock /tmp/swift-build.lock swift build -c release --static-swift-stdlib --product borderdesk >&2
dir=$(swift build -c release --static-swift-stdlib --show-bin-path)
echo "$dir/borderdesk"
