#!/usr/bin/env bash
# A post and a headquarters replicating one post's event folder with Syncthing, on one machine
# over loopback: for walkthroughs and the end-to-end test (docs/headquarters.md).
#
#   scripts/syncthing-pair.sh start DIR [POST]   # POST defaults to nunukan
#   scripts/syncthing-pair.sh status DIR         # in sync? (completion % at headquarters)
#   scripts/syncthing-pair.sh scan DIR           # send now (the watcher waits a second)
#   scripts/syncthing-pair.sh stop DIR
#
# DIR/post/          the post's folder (send-only): its terminals append here
# DIR/hq/POST/       headquarters' copy (receive-only): `borderdesk run --recursive DIR/hq`
# DIR/post-home/, DIR/hq-home/: the two Syncthing instances (keys, config, logs)
#
# Closed-network settings, as at a real post: no global or local discovery, no relays, no
# NAT traversal, no usage reports; each side knows the other's static tcp:// address.
set -euo pipefail
cmd=${1:-}; dir=${2:-}; post=${3:-nunukan}
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '2,13p' "$0"; exit 2; }
command -v syncthing >/dev/null || { echo "syncthing-pair: syncthing is not installed (apt-get install syncthing)" >&2; exit 2; }

# A loopback port nothing listens on (bash's /dev/tcp: no python or netcat needed), below
# Linux's ephemeral range (32768 up), where outgoing connections take theirs, and none of the
# ports already chosen (given as arguments).
free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 12000))
        [[ " $* " == *" $p "* ]] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}

device_id() { syncthing serve --home="$1" --device-id; }

# api GUI_PORT PATH [CURL_OPTION...]: one of the instances' REST API, with the pair's key.
api() {
    local port=$1 path=$2
    shift 2
    curl -fsS -H "X-API-Key: $key" "$@" "http://127.0.0.1:$port/rest/$path"
}

# config HOME NAME LISTEN GUI APIKEY FOLDER_PATH FOLDER_TYPE OWN_ID PEER_ID PEER_ADDRESS
config() {
    cat > "$1/config.xml" <<XML
<configuration version="36">
    <folder id="borderdesk-$post" label="$post" path="$6" type="$7" rescanIntervalS="60" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <device id="$8"></device>
        <device id="$9"></device>
        <versioning></versioning>
    </folder>
    <device id="$8" name="$2" compression="metadata"><address>dynamic</address></device>
    <device id="$9" name="peer" compression="metadata"><address>${10}</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:$4</address><apikey>$5</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:$3</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <crashReportingEnabled>false</crashReportingEnabled>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <reconnectionIntervalS>5</reconnectionIntervalS>
    </options>
</configuration>
XML
}

case "$cmd" in
start)
    mkdir -p "$dir/post/.stfolder" "$dir/hq/$post/.stfolder" "$dir/post-home" "$dir/hq-home"
    dir=$(cd "$dir" && pwd)
    for side in post hq; do
        [ -f "$dir/$side-home/cert.pem" ] || syncthing generate --home="$dir/$side-home" --no-default-folder >/dev/null
    done
    post_id=$(device_id "$dir/post-home"); hq_id=$(device_id "$dir/hq-home")
    post_port=$(free_port); hq_port=$(free_port "$post_port")
    post_gui=$(free_port "$post_port" "$hq_port"); hq_gui=$(free_port "$post_port" "$hq_port" "$post_gui")
    key=borderdesk-$RANDOM$RANDOM
    config "$dir/post-home" post "$post_port" "$post_gui" "$key" "$dir/post" sendonly "$post_id" "$hq_id" "tcp://127.0.0.1:$hq_port"
    config "$dir/hq-home" hq "$hq_port" "$hq_gui" "$key" "$dir/hq/$post" receiveonly "$hq_id" "$post_id" "tcp://127.0.0.1:$post_port"
    # Headquarters first, the post once headquarters listens: two instances started together
    # dial each other at the same instant, both connections fail the hello exchange, and the
    # next attempt comes 5 to 20 s later. Started in turn, the post's first dial connects.
    for side in hq post; do
        STNODEFAULTFOLDER=1 nohup syncthing serve --home="$dir/$side-home" --no-browser --no-restart \
            --logfile="$dir/$side-home/syncthing.log" >/dev/null 2>&1 &
        echo $! > "$dir/$side-home/pid"
        [ "$side" = hq ] || continue
        # The API answers after the sync listener has started (30 s at most).
        for _ in $(seq 300); do
            api "$hq_gui" system/ping >/dev/null 2>&1 && break
            sleep 0.1
        done
    done
    printf 'hq_gui=%s\npost_gui=%s\nkey=%s\nfolder=borderdesk-%s\npost_id=%s\n' "$hq_gui" "$post_gui" "$key" "$post" "$post_id" > "$dir/pair.env"
    echo "post folder:         $dir/post"
    echo "headquarters folder: $dir/hq/$post"
    echo "follow it with:      borderdesk run --recursive $dir/hq"
    ;;
status)
    # shellcheck disable=SC1091
    . "$dir/pair.env"
    api "$hq_gui" "db/completion?folder=$folder" || { echo "headquarters' Syncthing is not answering" >&2; exit 1; }
    echo
    ;;
scan)
    # Send now: the post rescans its folder instead of waiting for the watcher's second.
    # shellcheck disable=SC1091
    . "$dir/pair.env"
    api "$post_gui" "db/scan?folder=$folder" -X POST || { echo "the post's Syncthing is not answering" >&2; exit 1; }
    ;;
stop)
    for side in post hq; do
        [ -f "$dir/$side-home/pid" ] && kill "$(cat "$dir/$side-home/pid")" 2>/dev/null || true
        rm -f "$dir/$side-home/pid"
    done
    ;;
*) sed -n '2,13p' "$0"; exit 2 ;;
esac
