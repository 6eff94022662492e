#!/usr/bin/env python3
"""Write sample-data/tawau-ferry-morning.jsonl: Scenario B, "Ferry Tawau morning" (domain §11.2).

Entirely fictional and pattern-based, so every event carries `"exercise": true`. Pelabuhan Tunon
Taka (post `nunukan`), Selasa 17 Desember 2024: an operasi gabungan around two morning departures
to Tawau, KM. Purnama (manifest 210, ETD 09.30 WITA) and Labuan Express V (manifest 190, ETD
11.30 WITA). The vessel names are real ferries on the route (domain §3.4); the schedules, counts,
people and findings are invented. The pattern copies the press reports in domain §3.3: passengers
checked one by one, four suspected non-procedural migrant workers (CPMI) postponed and handed to
BP3MI (4 on 17 Dec 2024 is the count reported by benuanta/VOICEIndonesia, the rest is invented),
one passenger refused departure on a BCM cekal hit, and a critical finding at the baggage X-ray:
sabu ±0,5 kg, one suspect, handed to Bea Cukai, recorded by the desk in the evening as a seizure.

Events follow spec/event-format.md version 1 (plus Borderdesk's optional `phase` on checklist
steps). Standard library only and deterministic: a fixed seed and only random.random() draws, so
re-running rewrites a byte-identical file.

  python3 sample-data/generate-tawau.py [OUTPUT]
"""
import json
import math
import os
import random
import sys

SEED = 20241217
POST = "nunukan"
DAY = "2024-12-17"
ID_PREFIX = "tw-20241217-"
OUT_NAME = "tawau-ferry-morning.jsonl"

OP = "opgab-tunontaka-20241217"
CHECKLIST = "cl-opgab-tunontaka-20241217"   # the dashboard's own `cl-OP` naming
PURNAMA = "purnama-20241217"
LABUAN = "labuanexp5-20241217"
CHECKPOINT = "TPI Pelabuhan Tunon Taka"

COMMAND = "imigrasi-inteldakim-01"   # posko of the operation
XRAY = "bea-cukai-p2-04"             # Bea Cukai officer at the baggage X-ray
BP3MI = "bp3mi-kaltara-02"           # BP3MI Kaltara officer at the serah-terima desk
DESK = "desk-nunukan-01"             # Satgas Koordinasi Pencegahan, Nunukan desk
OFFICERS = ("imigrasi-03", "imigrasi-05", "imigrasi-09", "imigrasi-12")

CPMI_NOTE = "dugaan CPMI non-prosedural, diserahkan ke BP3MI"

events = []  # (ts, by, type, fields) in the order written for equal timestamps


def ts(hms_text, day=DAY):
    return f"{day}T{hms_text}+08:00"


def hms(seconds):
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def sec(hms_text):
    h, m, s = (int(x) for x in hms_text.split(":"))
    return h * 3600 + m * 60 + s


def add(when, by, typ, **fields):
    events.append((when, by, typ, fields))


rng = random.Random(SEED)

# ---------------------------------------------------------------- plan, checklist, apel (06.30-07.35)
add(ts("06:30:00"), COMMAND, "op.planned", op=OP,
    title="Operasi gabungan keberangkatan kapal ke Tawau, Pelabuhan Tunon Taka",
    location="Pelabuhan Tunon Taka", lead="imigrasi",
    agencies=["imigrasi", "bea-cukai", "kp3", "bp3mi", "ksop", "lanal-nunukan"],
    starts=ts("07:00:00"))

# A short checklist: twelve of the 21 template steps (checklists/opgab-tunontaka.toml), same ids,
# titles and phases, so the dashboard groups them the same way.
STEPS = [
    ("a1", "persiapan", "Surat perintah ditandatangani dan bernomor (Ps 30)"),
    ("a2", "persiapan", "Kapal dikonfirmasi dengan KSOP: nama, rute, ETD, jumlah manifes"),
    ("a4", "persiapan", "Peralatan siap: BCM/APK, kit forensik, HT, X-ray, formulir"),
    ("b7", "apel", "Apel bersama di lobi keberangkatan"),
    ("b8", "apel", "Arahan: cermat namun humanis; sasaran WNA, dokumen, CPMI"),
    ("c10", "pelaksanaan", "Titik periksa dibuka dan dilaporkan"),
    ("c11", "pelaksanaan", "Pemeriksaan identitas penumpang terhadap manifes"),
    ("c13", "pelaksanaan", "Dugaan CPMI non-prosedural: ditunda, serah-terima ke BP3MI"),
    ("c14", "pelaksanaan", "X-ray barang oleh Bea Cukai/KP3"),
    ("c16", "pelaksanaan", "Boarding ditutup; jumlah direkonsiliasi"),
    ("d18", "evaluasi", "Debrief: hasil per instansi, kendala, pelajaran"),
    ("d20", "evaluasi", "Laporan hasil operasi dikirim; rilis Humas"),
]
add(ts("06:30:30"), COMMAND, "checklist.started", checklist=CHECKLIST, op=OP,
    title="Daftar periksa operasi gabungan keberangkatan Tawau",
    steps=[{"step": s, "title": t, "phase": p} for s, p, t in STEPS])


def step(at, by, step_id, state="done", note=None):
    fields = {"checklist": CHECKLIST, "step": step_id, "state": state}
    if note is not None:
        fields["note"] = note
    add(ts(at), by, "checklist.step", **fields)


step("06:36:20", COMMAND, "a1", note="Surat perintah Pengawasan Keimigrasian untuk dua keberangkatan ke Tawau")
step("06:44:50", COMMAND, "a2",
     note="KM. Purnama ETD 09.30 WITA manifes 210; Labuan Express V ETD 11.30 WITA manifes 190")
step("06:53:10", COMMAND, "a4", note="BCM, kit forensik dokumen, HT dan X-ray siap")

TEAMS = [
    # team, agency, location
    ("tim-konter", "imigrasi", "Konter keberangkatan internasional"),
    ("tim-xray", "bea-cukai", "X-ray barang"),
    ("tim-kp3", "kp3", "X-ray barang"),
    ("tim-bp3mi", "bp3mi", "Meja serah-terima, lobi keberangkatan"),
    ("tim-ksop", "ksop", "Dermaga, pos manifes"),
    ("tim-gangway", "lanal-nunukan", "Gangway dermaga"),
]
TEAM_TIMES = {  # status -> first team's time; later teams follow a few seconds apart
    "standby": sec("06:50:00"),
    "deployed": sec("07:18:00"),
    "checking": sec("07:36:00"),
    "returned": sec("11:42:00"),
}
for status, base in TEAM_TIMES.items():
    for n, (team, agency, location) in enumerate(TEAMS):
        add(ts(hms(base + 15 * n)), COMMAND, "op.team", op=OP, team=team, agency=agency,
            status=status, location=location)

add(ts("07:00:00"), COMMAND, "op.phase", op=OP, phase="briefing",
    note="Apel bersama di lobi keberangkatan; arahan: cermat namun tetap humanis, "
         "waspadai CPMI non-prosedural dan barang terlarang")
step("07:08:00", COMMAND, "b7", note="Imigrasi 10, Bea Cukai 4, KP3 5, BP3MI 3, KSOP 2, Lanal 3")
step("07:12:30", COMMAND, "b8")
add(ts("07:18:00"), COMMAND, "op.phase", op=OP, phase="deployed", note="Tim menempati titik periksa")

add(ts("07:30:00"), COMMAND, "voyage.opened", voyage=PURNAMA, vessel="KM. Purnama",
    **{"from": "Nunukan"}, to="Tawau", departs=ts("09:30:00"), manifest=210, checkpoint=CHECKPOINT)
add(ts("07:30:00"), COMMAND, "voyage.opened", voyage=LABUAN, vessel="Labuan Express V",
    **{"from": "Nunukan"}, to="Tawau", departs=ts("11:30:00"), manifest=190, checkpoint=CHECKPOINT)

add(ts("07:35:00"), COMMAND, "op.phase", op=OP, phase="checking",
    note="Pemeriksaan dokumen dan wawancara singkat penumpang KM. Purnama tujuan Tawau")
step("07:37:10", COMMAND, "c10", note="Konter keberangkatan, X-ray barang, gangway")


# ---------------------------------------------------------------- passenger checks
def arrival_times(n, first, last):
    """n strictly increasing second-of-day stamps from first to last, bunched like a queue."""
    raw = []
    for _ in range(n - 1):
        u = rng.random()
        if u < 0.25:      # a family or group at the counter
            raw.append(4.0 + 6.0 * rng.random())
        elif u < 0.93:    # ordinary flow: document check and a short interview
            raw.append(14.0 - 16.0 * math.log(1.0 - rng.random()))
        else:             # a lull
            raw.append(50.0 + 90.0 * rng.random())
    scale = (last - first) / sum(raw)
    out, cum = [first], 0.0
    for g in raw:
        cum += g
        out.append(max(first + int(round(cum * scale)), out[-1] + 1))
    return out


def nearest(times, target, taken):
    """Index of the check closest to `target` (seconds) not yet given a special outcome."""
    best = None
    for i, t in enumerate(times):
        if i in taken:
            continue
        if best is None or abs(t - target) < abs(times[best] - target):
            best = i
    taken.add(best)
    return best


def ordinary_doc():
    u = rng.random()
    if u < 0.73:
        return {"doc": "passport", "nationality": "IDN"}
    if u < 0.85:
        return {"doc": "plb", "nationality": "IDN"}
    if u < 0.96:
        return {"doc": "passport", "nationality": "MYS"}
    return {"doc": "plb", "nationality": "MYS"}


def officer():
    u = rng.random()
    return OFFICERS[min(int(u * len(OFFICERS)), len(OFFICERS) - 1)]


# voyage, checked (manifest minus no-shows), first and last check, first passenger number
PURNAMA_CHECKED, LABUAN_CHECKED = 207, 188
p_times = arrival_times(PURNAMA_CHECKED, sec("07:40:15"), sec("09:14:40"))
l_times = arrival_times(LABUAN_CHECKED, sec("09:40:10"), sec("11:16:30"))

# Special outcomes, placed at the check nearest to the time the story wants them.
p_taken, l_taken = set(), set()
p_cpmi = [nearest(p_times, sec("08:11:00"), p_taken), nearest(p_times, sec("08:13:30"), p_taken)]
p_sabu = nearest(p_times, sec("08:44:00"), p_taken)
p_recheck = nearest(p_times, sec("08:25:00"), p_taken)
l_cpmi = [nearest(l_times, sec("10:18:00"), l_taken), nearest(l_times, sec("10:41:00"), l_taken)]
l_denied = nearest(l_times, sec("10:02:00"), l_taken)

special = {}   # (voyage, index) -> fields replacing the ordinary ones
for i in p_cpmi:
    special[(PURNAMA, i)] = {"doc": "passport", "nationality": "IDN", "result": "postponed",
                             "note": CPMI_NOTE}
for i in l_cpmi:
    special[(LABUAN, i)] = {"doc": "passport", "nationality": "IDN", "result": "postponed",
                            "note": CPMI_NOTE}
special[(PURNAMA, p_sabu)] = {
    "doc": "passport", "nationality": "IDN", "result": "referred",
    "note": "X-ray: benda mencurigakan di tas bawaan; penumpang dan barang diserahkan ke Bea Cukai"}
special[(PURNAMA, p_recheck)] = {
    "doc": "plb", "nationality": "IDN", "result": "referred",
    "note": "PLB diragukan; dirujuk ke Inteldakim untuk pemeriksaan forensik dokumen"}
special[(LABUAN, l_denied)] = {
    "doc": "passport", "nationality": "IDN", "result": "denied",
    "note": "BCM: hit daftar cegah; keberangkatan ditolak, diserahkan ke Inteldakim"}

passenger_no = 0
refs = {}
for voyage, times in ((PURNAMA, p_times), (LABUAN, l_times)):
    for i, t in enumerate(times):
        passenger_no += 1
        ref = f"p-{passenger_no:04d}"
        refs[(voyage, i)] = ref
        by = officer()
        fields = {"voyage": voyage, "passenger": ref}
        doc = ordinary_doc()
        if (voyage, i) in special:
            fields.update(special[(voyage, i)])
        else:
            fields.update(doc, result="cleared")
        add(ts(hms(t)), by, "passenger.checked", **fields)

# The PLB referred for a forensic look comes back genuine: a re-check clears the same passenger.
add(ts(hms(p_times[p_recheck] + 7 * 60 + 20)), "imigrasi-inteldakim-03", "passenger.checked",
    voyage=PURNAMA, passenger=refs[(PURNAMA, p_recheck)], doc="plb", nationality="IDN",
    result="cleared", note="PLB asli setelah diperiksa alat forensik dokumen; lanjut berangkat")

# ---------------------------------------------------------------- findings
PMI_FINDING = "f-pmi-20241217"
SABU_FINDING = "f-sabu-20241217"
t_pmi = max(p_times[i] for i in p_cpmi) + 6 * 60
add(ts(hms(t_pmi)), COMMAND, "op.finding", op=OP, finding=PMI_FINDING, category="pmi",
    severity="warning",
    summary="2 penumpang KM. Purnama dugaan CPMI non-prosedural; keberangkatan ditunda, "
            "diserahkan ke BP3MI")
add(ts(hms(t_pmi + 4 * 60)), BP3MI, "checklist.step", checklist=CHECKLIST, step="c13",
    state="done", note="Serah-terima 2 CPMI KM. Purnama ke BP3MI Kaltara")

t_sabu = p_times[p_sabu] + 3 * 60
add(ts(hms(t_sabu)), XRAY, "op.finding", op=OP, finding=SABU_FINDING, category="smuggling",
    severity="warning",
    summary="X-ray: benda mencurigakan di tas penumpang KM. Purnama, diperiksa Bea Cukai")
add(ts(hms(t_sabu + 19 * 60)), XRAY, "op.finding", op=OP, finding=SABU_FINDING,
    category="smuggling", severity="critical",
    summary="sabu ±0,5 kg di X-ray, 1 tersangka, diserahkan ke Bea Cukai")

t_pmi2 = max(l_times[i] for i in l_cpmi) + 5 * 60
add(ts(hms(t_pmi2)), COMMAND, "op.finding", op=OP, finding=PMI_FINDING, category="pmi",
    severity="warning",
    summary="4 penumpang dugaan CPMI non-prosedural (2 KM. Purnama, 2 Labuan Express V); "
            "keberangkatan ditunda, diserahkan ke BP3MI")
add(ts(hms(t_pmi2 + 3 * 60)), BP3MI, "checklist.step", checklist=CHECKLIST, step="c13",
    state="done", note="Serah-terima 4 CPMI ke BP3MI Kaltara (2 KM. Purnama, 2 Labuan Express V)")

# ---------------------------------------------------------------- departures and wrap-up
add(ts("09:20:00"), COMMAND, "op.phase", op=OP, phase="checking",
    note="KM. Purnama selesai diperiksa; lanjut penumpang Labuan Express V")
add(ts("09:36:00"), COMMAND, "voyage.closed", voyage=PURNAMA, departed=ts("09:34:00"))
step("11:18:30", COMMAND, "c11",
     note="395 penumpang diperiksa: 389 lolos, 4 ditunda (CPMI), 1 dirujuk, 1 ditolak")
step("11:20:00", XRAY, "c14", note="Seluruh barang melalui X-ray; 1 temuan sabu ±0,5 kg")
step("11:24:00", COMMAND, "c16",
     note="KM. Purnama 207/210, Labuan Express V 188/190; 5 tidak hadir (no-show)")
add(ts("11:33:00"), COMMAND, "voyage.closed", voyage=LABUAN, departed=ts("11:31:00"))
add(ts("11:50:00"), COMMAND, "op.phase", op=OP, phase="debrief",
    note="395 penumpang diperiksa; 4 CPMI ke BP3MI, 1 tersangka sabu ke Bea Cukai, "
         "1 ditolak (cekal)")
step("12:05:00", COMMAND, "d18")
step("12:20:00", COMMAND, "d20", note="Laporan ke Kakanim; rilis Humas disiapkan")
add(ts("12:30:00"), COMMAND, "op.phase", op=OP, phase="closed",
    note="Operasi selesai; temuan diteruskan ke BP3MI dan Bea Cukai")

# ---------------------------------------------------------------- desk: KPIs and the seizure
# Day totals match domain §11.2 (patroli 2, sambang 3, pemeriksaan rutin 6, sosialisasi 1).
KPIS = [
    ("bea-cukai", {"patrol": 1, "sambang": 0, "routine_check": 4, "socialisation": 0}),
    ("lanal-nunukan", {"patrol": 1, "sambang": 1, "routine_check": 0, "socialisation": 0}),
    ("polres-nunukan", {"patrol": 0, "sambang": 2, "routine_check": 2, "socialisation": 1}),
]
n = 0
for agency, counts in KPIS:
    for metric, count in counts.items():
        add(ts(hms(sec("18:00:00") + 20 * n)), DESK, "kpi.reported", date=DAY, agency=agency,
            metric=metric, count=count)
        n += 1
add(ts("18:30:00"), DESK, "seizure.recorded", case="sz-nnk-20241217-01", commodity="narcotics",
    value_idr=750000000, suspects=1, agency="bea-cukai")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    # One offset and one format, so text order is time order; the stable sort keeps the order
    # of events added with the same stamp.
    ordered = sorted(events, key=lambda e: e[0])
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (when, by, typ, fields) in enumerate(ordered, 1):
            obj = {"id": f"{ID_PREFIX}{n:04d}", "ts": when, "type": typ, "post": POST, "by": by,
                   "exercise": True}
            obj.update(fields)
            f.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{out}: {len(ordered)} events")


if __name__ == "__main__":
    main()
