#!/usr/bin/env python3
"""A key press of `/` (a pane's filter) and `s` (the search across panes) beside a long history
(issue 18: typing a filter on a 1M-event history took seconds a key).

  Benchmarks/search-keys.py [--bin PATH] [--query nunukan] [--panes 1,3] [--cols 120 --rows 35] HISTORY...

Starts the dashboard (`borderdesk run HISTORY... --no-checkpoint`, release build) on a pty,
keeps a terminal emulator's screen (pyte) of what it writes, and waits for the panes. Then, for
each pane in --panes: focuses it, presses `/`, and types QUERY a character at a time, timing
each key from its write to the frame showing the filter typed so far (`/nunu▏` in the pane's
title); Backspace three times (timed the same way) and Esc. Then `s` and QUERY the same way
(`› nunu` in the search box), Esc. Prints one JSON object per mode: each key's milliseconds,
their median and maximum. Needs pyte (`pip install pyte`), like ../shared/tools/pty-latency.py.

A history: `borderdesk generate --events 1000000 --seed 19 --posts 6 bench-data/hq-1000000.jsonl`.
"""
import argparse, fcntl, json, os, pty, re, select, signal, statistics, struct, subprocess, sys, termios, time

try:
    import pyte
except ImportError:
    sys.exit("search-keys: needs the terminal emulator pyte: pip install pyte")


def release_binary():
    """The binary as the package ships it, built if need be (scripts/release-binary.sh)."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "release-binary.sh")
    return subprocess.run([script], check=True, stdout=subprocess.PIPE, text=True).stdout.strip()


class Dashboard:
    def __init__(self, binary, files, cols, rows):
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
            os.execv(binary, [binary, "run", *files, "--no-checkpoint", "--lang", "en"])
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def text(self):
        return "\n".join(self.screen.display)

    def pump(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        while r:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                return
            if not data:
                return
            self.stream.feed(data)
            r, _, _ = select.select([self.fd], [], [], 0)

    def wait_for(self, pattern, limit=120):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            self.pump(0.01)
            if re.search(pattern, self.text()):
                return True
        sys.exit("search-keys: the screen never showed %r:\n%s" % (pattern, self.text()))

    def quiet(self, seconds=0.05):
        """Reads until nothing arrives for `seconds`."""
        while True:
            r, _, _ = select.select([self.fd], [], [], seconds)
            if not r:
                return
            self.pump(0)

    def key(self, data, shown):
        """Writes a key; milliseconds until the screen shows `shown` (a regex)."""
        self.quiet()
        start = time.monotonic()
        os.write(self.fd, data)
        end = start + 60
        while time.monotonic() < end:
            self.pump(0.002)
            if re.search(shown, self.text()):
                return round((time.monotonic() - start) * 1000, 2)
        sys.exit("search-keys: the screen never showed %r:\n%s" % (shown, self.text()))

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except OSError:
            pass


def figures(mode, keys):
    times = [t for _, t in keys]
    return {"mode": mode, "keys": keys, "median_ms": round(statistics.median(times), 2), "max_ms": max(times)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", help="the borderdesk binary (default: the release build's)")
    ap.add_argument("--query", default="nunukan")
    ap.add_argument("--panes", default="1,3")
    ap.add_argument("--cols", type=int, default=120)
    ap.add_argument("--rows", type=int, default=35)
    ap.add_argument("--rounds", type=int, default=1, help="times `s` and the query are typed (for a profiler)")
    ap.add_argument("history", nargs="+")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin) if a.bin else release_binary()
    dash = Dashboard(binary, [os.path.abspath(f) for f in a.history], a.cols, a.rows)
    try:
        dash.wait_for(r"Port checks")
        dash.wait_for(r"KM\.", limit=600)
        dash.quiet(1.0)
        print("dashboard pid %d" % dash.pid, file=sys.stderr, flush=True)
        for pane in [p for p in a.panes.split(",") if p]:
            os.write(dash.fd, pane.encode())
            keys = [("/", dash.key(b"/", r"/\u258f"))]
            for n in range(1, len(a.query) + 1):
                typed = a.query[:n]
                keys.append((typed[-1], dash.key(typed[-1].encode(), "/" + re.escape(typed) + "\u258f")))
            for n in range(len(a.query) - 1, len(a.query) - 4, -1):
                keys.append(("Backspace", dash.key(b"\x7f", "/" + re.escape(a.query[:n]) + "\u258f")))
            print(json.dumps(figures("/ in pane %s" % pane, keys)), flush=True)
            os.write(dash.fd, b"\x1b")
            dash.quiet(0.5)
        for _ in range(a.rounds):
            keys = [("s", dash.key(b"s", "\u203a "))]
            for n in range(1, len(a.query) + 1):
                typed = a.query[:n]
                keys.append((typed[-1], dash.key(typed[-1].encode(), "\u203a " + re.escape(typed) + r"(\s|$)")))
            print(json.dumps(figures("s", keys)), flush=True)
            os.write(dash.fd, b"\x1b")
            dash.quiet(0.2)
    finally:
        dash.stop()


if __name__ == "__main__":
    main()
