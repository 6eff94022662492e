#!/usr/bin/env python3
"""Gate mode under a keyboard-wedge scanner (issue 17): nothing lost at 10 references a second.

  Benchmarks/gate-scan.py [--bin PATH] [--rate 10] [--seconds 20] [--ramp 20,50,100,200,400]

Starts the dashboard (`borderdesk run`, release build) on a pty on a fresh event file holding one
open voyage, opens it (Enter) and starts gate mode (`g`). A second process then types passenger
references into the pty as a keyboard-wedge scanner does (the characters, then Enter, a burst per
reference) at RATE references a second for SECONDS; then, for each rate of the ramp, again for a
shorter while, to find the rate the dashboard sustains. Meanwhile this process keeps a terminal
emulator's screen (pyte) of everything the dashboard writes and tails the event file.

For each run it checks the file: every reference recorded, none twice, in the order typed; and
reports references/second recorded, append -> visible (the line is in the file -> the gate
line's `checked/manifest` count shows it) p50/p99/max, and Enter -> in the file p50/p99. A rate
is sustained when all is recorded in order and the last reference is in the file within a second
of its Enter. Prints one JSON object per run and a last line with the highest sustained rate.
Needs pyte (`pip install pyte`), like ../shared/tools/pty-latency.py.
"""
import argparse, fcntl, json, os, pty, re, select, signal, struct, subprocess, sys, tempfile, termios, time

try:
    import pyte
except ImportError:
    sys.exit("gate-scan: needs the terminal emulator pyte: pip install pyte")

MANIFEST = 5000


def release_binary():
    """The binary as the package ships it, built if need be (scripts/release-binary.sh)."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "release-binary.sh")
    return subprocess.run([script], check=True, stdout=subprocess.PIPE, text=True).stdout.strip()


class Dashboard:
    """The dashboard on a pty, its screen kept by pyte, its event file tailed."""

    def __init__(self, binary, file, cols, rows):
        self.file, self.offset, self.partial = file, 0, b""
        self.appended = {}      # reference -> monotonic time its line was seen in the file
        self.order = []         # references in file order (every passenger.checked)
        self.visible_count = 0  # the gate line's checked count, as last shown
        self.visible_at = []    # monotonic time the count first reached n (index n - 1)
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
            os.execv(binary, [binary, "run", file, "--write", file, "--operator", "gate-bench", "--lang", "en", "--zone", "WITA"])
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def text(self):
        return "\n".join(self.screen.display)

    def pump(self, timeout):
        """Read what the dashboard wrote within `timeout`, tail the file, note the count."""
        r, _, _ = select.select([self.fd], [], [], timeout)
        got = False
        while r:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                break
            if not data:
                break
            self.stream.feed(data)
            got = True
            r, _, _ = select.select([self.fd], [], [], 0)
        now = time.monotonic()
        self.tail(now)
        if got:
            m = re.search(r"GATE.*?\b(\d+)/%d\b" % MANIFEST, self.text())
            if m:
                n = int(m.group(1))
                while len(self.visible_at) < n:
                    self.visible_at.append(now)
                self.visible_count = max(self.visible_count, n)

    def tail(self, now):
        with open(self.file, "rb") as f:
            f.seek(self.offset)
            data = f.read()
        self.offset += len(data)
        lines = (self.partial + data).split(b"\n")
        self.partial = lines.pop()
        for line in lines:
            event = json.loads(line)
            if event.get("type") == "passenger.checked":
                ref = event["passenger"]
                self.order.append(ref)
                self.appended.setdefault(ref, now)

    def wait_for(self, pattern, limit=30):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            self.pump(0.05)
            if re.search(pattern, self.text()):
                return True
        sys.exit("gate-scan: the screen never showed %r:\n%s" % (pattern, self.text()))

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except OSError:
            pass


def scanner(fd, refs, rate, log):
    """The second process: types each reference and Enter at `rate` a second, as a wedge
    scanner does (one burst per reference), and logs when each Enter went out."""
    pid = os.fork()
    if pid:
        return pid
    start = time.monotonic()
    with open(log, "w") as out:
        for i, ref in enumerate(refs):
            due = start + i / rate
            while (left := due - time.monotonic()) > 0:
                time.sleep(left)
            os.write(fd, ref.encode() + b"\r")
            out.write("%s %.6f\n" % (ref, time.monotonic()))
    os._exit(0)


def quantile(values, p):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(p * len(values)))], 2) if values else None


def run(dash, name, rate, seconds, workdir):
    """One run at `rate` for `seconds`: the references typed, the file checked, the figures."""
    first = len(dash.order)
    refs = ["%s-%05d" % (name, i) for i in range(int(rate * seconds))]
    log = os.path.join(workdir, name + ".log")
    child = scanner(dash.fd, refs, rate, log)
    while os.waitpid(child, os.WNOHANG) == (0, 0):
        dash.pump(0.002)
    # Let the last ones arrive (at most 10 s), then read what was typed when.
    end = time.monotonic() + 10
    while time.monotonic() < end and (len(dash.order) < first + len(refs) or dash.visible_count < first + len(refs)):
        dash.pump(0.01)
    entered = {}
    for line in open(log):
        ref, t = line.split()
        entered[ref] = float(t)
    recorded = dash.order[first:]
    to_file = [(dash.appended[r] - entered[r]) * 1000 for r in refs if r in dash.appended]
    visible = [(dash.visible_at[first + i] - dash.appended[r]) * 1000
               for i, r in enumerate(refs) if r in dash.appended and first + i < len(dash.visible_at)]
    times = [dash.appended[r] for r in refs if r in dash.appended]
    span = (max(times) - entered[refs[0]]) if times else 0
    lag_last = (dash.appended[refs[-1]] - entered[refs[-1]]) if refs[-1] in dash.appended else None
    result = {
        "run": name, "rate_typed_per_s": rate, "references": len(refs),
        "recorded": len(set(recorded) & set(refs)), "twice": len(recorded) - len(set(recorded)),
        "in_order": recorded == refs, "missing": len(set(refs) - set(recorded)),
        "recorded_per_s": round(len(times) / span, 1) if span > 0 else None,
        "enter_to_file_ms": {"p50": quantile(to_file, 0.5), "p99": quantile(to_file, 0.99), "max": quantile(to_file, 1.0)},
        "append_to_visible_ms": {"p50": quantile(visible, 0.5), "p99": quantile(visible, 0.99), "max": quantile(visible, 1.0)},
        "last_enter_to_file_s": None if lag_last is None else round(lag_last, 3),
    }
    result["sustained"] = (result["recorded"] == len(refs) and result["twice"] == 0 and result["in_order"]
                           and lag_last is not None and lag_last < 1.0)
    print(json.dumps(result), flush=True)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", help="the borderdesk binary (default: the release build's)")
    ap.add_argument("--rate", type=float, default=10)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--ramp", default="20,50,100,200,400", help="rates to try after the first run, each for --ramp-seconds")
    ap.add_argument("--ramp-seconds", type=float, default=5)
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    a = ap.parse_args()
    binary = os.path.abspath(a.bin) if a.bin else release_binary()
    workdir = tempfile.mkdtemp(prefix="gate-scan-")
    file = os.path.join(workdir, "gate.jsonl")
    opened = subprocess.run([binary, "append", file, "--type", "voyage.opened", "--post", "nunukan", "--zone", "WITA",
                             "--field", "voyage=bench", "--field", "vessel=KM. Bench", "--field", "from=Nunukan",
                             "--field", "to=Tawau", "--field", "departs=23.59", "--field", "manifest=%d" % MANIFEST],
                            capture_output=True, text=True, cwd=workdir)
    if opened.returncode != 0:
        sys.exit("gate-scan: " + opened.stderr)
    dash = Dashboard(binary, file, a.cols, a.rows)
    try:
        dash.wait_for(r"KM\. Bench")
        os.write(dash.fd, b"\r")  # open the voyage (pane 1's first)
        time.sleep(0.3)
        os.write(dash.fd, b"g")   # gate mode
        dash.wait_for(r"GATE.*\b0/%d\b" % MANIFEST)
        results = [run(dash, "scan%d" % int(a.rate), a.rate, a.seconds, workdir)]
        for rate in [float(r) for r in a.ramp.split(",") if r]:
            results.append(run(dash, "ramp%d" % int(rate), rate, a.ramp_seconds, workdir))
        sustained = [r["rate_typed_per_s"] for r in results if r["sustained"]]
        print(json.dumps({"highest_sustained_rate_per_s": max(sustained) if sustained else None,
                          "first_run_ok": results[0]["sustained"]}))
    finally:
        dash.stop()
        subprocess.run(["rm", "-rf", workdir])


if __name__ == "__main__":
    main()
