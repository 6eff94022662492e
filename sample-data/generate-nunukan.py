#!/usr/bin/env python3
"""Write sample-data/nunukan-2024-11-20.jsonl: Scenario A, "Nunukan, Rabu 20 Nov 2024".

Sourced frame (seed S1 in the domain notes): a morning Rapat Timpora chaired by the Kakanim
Nunukan, then an operasi gabungan from 13.00 WITA at Pelabuhan Tunon Taka that opened with an apel
bersama in the lobi keberangkatan ("cermat namun tetap humanis") and checked the identity of 326
passengers of KM. Thalia bound for Pare-Pare, with no immigration violations and nothing suspicious
involving foreigners. Everything else (times, agenda, teams, document mix, officer ids, KPI counts,
the ETD 17.00) is invented to fill the frame. Not marked `exercise`: this is the sourced real-day
frame.

Events follow spec/event-format.md version 1. Standard library only and deterministic: a fixed
seed and only random.random() draws, so re-running rewrites a byte-identical file.

  python3 sample-data/generate-nunukan.py [OUTPUT]
"""
import json
import math
import os
import random
import sys

SEED = 20241120
POST = "nunukan"
DAY = "2024-11-20"
ID_PREFIX = "nnk-20241120-"
OUT_NAME = "nunukan-2024-11-20.jsonl"

MEETING = "timpora-nnk-20241120"
OP = "opgab-tunontaka-20241120"
VOYAGE = "thalia-20241120"
CHECKLIST = "cl-opgab-tunontaka-20241120"

SECRETARIAT = "imigrasi-inteldakim-02"   # Sekretariat Timpora, notulen of the meeting
COMMAND = "imigrasi-inteldakim-01"       # posko of the operation at Tunon Taka
DESK = "desk-nunukan-01"                 # Satgas Koordinasi Pencegahan, Nunukan desk
OFFICERS = ("imigrasi-07", "imigrasi-08", "imigrasi-11")

events = []  # (ts, by, type, fields) in the order written for equal timestamps


def ts(hms, day=DAY):
    return f"{day}T{hms}+08:00"


def hms(seconds):
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def sec(hms_text):
    h, m, s = (int(x) for x in hms_text.split(":"))
    return h * 3600 + m * 60 + s


def add(when, by, typ, **fields):
    events.append((when, by, typ, fields))


# ---------------------------------------------------------------- Rapat Timpora (08.30-11.45)
AGENDA = [
    # item, title, owner, discussing from, done at
    ("i01", "Registrasi dan absensi", "imigrasi", "08:30:00", "08:58:00"),
    ("i02", "Pembukaan dan sambutan Ketua Timpora", "imigrasi", "09:00:00", "09:14:00"),
    ("i03", "Laporan situasi WNA dan perlintasan Tunon Taka", "imigrasi", "09:15:00", "09:34:00"),
    ("i04", "Pengawasan jalur ilegal", "lanal-nunukan", "09:35:00", "09:54:00"),
    ("i05", "PMI non-prosedural dan CPMI di pelabuhan", "bp2mi", "09:55:00", "10:14:00"),
    ("i06", "Pengawasan pelabuhan dan bandara; barang bawaan", "ksop", "10:15:00", "10:34:00"),
    ("i07", "Pemanfaatan AI untuk deteksi pelintas batas ilegal", "imigrasi", "10:35:00", "10:49:00"),
    ("i08", "Potensi identitas ganda Pilkada 2024", "kesbangpol", "10:50:00", "11:04:00"),
    ("i09", "Diskusi dan rekomendasi", "imigrasi", "11:05:00", "11:29:00"),
    ("i10", "Kesimpulan dan rencana operasi gabungan 13.00 WITA", "imigrasi", "11:30:00", "11:39:00"),
    ("i11", "Penutup", "imigrasi", "11:40:00", "11:44:00"),
]

ACTIONS = [
    # action suffix, title, owner, due, item, assigned at
    ("A1", "Laksanakan operasi gabungan KM. Thalia 13.00 WITA", "imigrasi",
     ts("13:00:00"), "i10", "11:32:00"),
    ("A2", "Kirim data manifes KM. Thalia", "ksop", ts("12:30:00"), "i10", "11:32:40"),
    ("A3", "Siagakan petugas serah-terima CPMI", "bp3mi", ts("13:00:00"), "i05", "11:33:30"),
    ("A4", "X-ray barang penumpang (bersama KP3)", "bea-cukai", ts("13:00:00"), "i06", "11:34:10"),
    ("A5", "Imbauan publik identitas ganda jelang Pilkada", "kesbangpol", "2024-11-26", "i08",
     "11:35:20"),
    ("A6", "Kajian pemanfaatan AI deteksi pelintas ilegal", "imigrasi", "2024-12-18", "i07",
     "11:36:30"),
    ("A7", "Aktifkan grup WhatsApp Timpora Nunukan (Sekretariat)", "imigrasi", "2024-11-22", "i09",
     "11:37:20"),
]


def action_id(suffix):
    return f"{MEETING}-{suffix}"


add(ts("08:30:00"), SECRETARIAT, "meeting.opened", meeting=MEETING,
    title="Rapat Tim Pengawasan Orang Asing (Timpora) Kabupaten Nunukan",
    chair="Adrian Soetrisno, Kepala Kantor Imigrasi Nunukan",
    location="Kantor Imigrasi Kelas II TPI Nunukan",
    attendees=["imigrasi", "bp2mi", "lanal-nunukan", "ksop", "bea-cukai", "kesbangpol", "bin",
               "bais"])
for item, title, owner, _, _ in AGENDA:
    add(ts("08:30:00"), SECRETARIAT, "agenda.item", meeting=MEETING, item=item, title=title,
        owner=owner, state="pending")
for item, title, owner, start, done in AGENDA:
    add(ts(start), SECRETARIAT, "agenda.item", meeting=MEETING, item=item, title=title,
        owner=owner, state="discussing")
    add(ts(done), SECRETARIAT, "agenda.item", meeting=MEETING, item=item, title=title,
        owner=owner, state="done")
for suffix, title, owner, due, item, at in ACTIONS:
    add(ts(at), SECRETARIAT, "action.assigned", meeting=MEETING, action=action_id(suffix),
        title=title, owner=owner, due=due, item=item)
add(ts("11:45:00"), SECRETARIAT, "meeting.closed", meeting=MEETING)

# ---------------------------------------------------------------- KM. Thalia and the operation
add(ts("12:15:00"), COMMAND, "voyage.opened", voyage=VOYAGE, vessel="KM. Thalia", **{"from": "Nunukan"},
    to="Pare-Pare", departs=ts("17:00:00"), manifest=326, checkpoint="Pelabuhan Tunon Taka")

add(ts("12:30:00"), COMMAND, "op.planned", op=OP,
    title="Operasi gabungan Timpora Pelabuhan Tunon Taka", location="Pelabuhan Tunon Taka",
    lead="imigrasi", agencies=["imigrasi", "bea-cukai", "lanal-nunukan", "kp3", "ksop", "bp3mi"],
    starts=ts("13:00:00"))

# Borderdesk's optional `phase` on each step (docs/event-format.md): the four phases of §9.
PHASES = {"a": "persiapan", "b": "apel", "c": "pelaksanaan", "d": "evaluasi"}

STEPS = [
    ("a1", "Surat perintah ditandatangani"),
    ("a2", "Kapal dan manifes dikonfirmasi ke KSOP"),
    ("a3", "Undangan instansi dikonfirmasi"),
    ("a4", "Peralatan siap (BCM, forensik, HT, X-ray)"),
    ("a5", "Tata letak titik periksa disepakati"),
    ("b6", "Registrasi peserta per instansi"),
    ("b7", "Apel bersama di lobi keberangkatan"),
    ("b8", "Arahan Kakanim: cermat namun humanis"),
    ("b9", "Tim, koordinator titik, kanal radio"),
    ("c10", "Titik periksa dibuka"),
    ("c11", "Pemeriksaan identitas sesuai manifes"),
    ("c12", "Identifikasi WNA, cek paspor/ITAS dan BCM"),
    ("c13", "CPMI non-prosedural: tunda, serah ke BP3MI"),
    ("c14", "X-ray barang penumpang"),
    ("c15", "Rekap berjalan: diperiksa/manifes/sisa"),
    ("c16", "Boarding ditutup, jumlah direkonsiliasi"),
    ("c17", "Titik periksa ditutup"),
    ("d18", "Evaluasi (debrief) per instansi"),
    ("d19", "Temuan difinalkan, BAP bila perlu"),
    ("d20", "Laporan hasil operasi dan rilis Humas"),
    ("d21", "Tindak lanjut dicatat, operasi ditutup"),
]
add(ts("12:30:30"), COMMAND, "checklist.started", checklist=CHECKLIST, op=OP,
    title="Daftar periksa operasi gabungan Pelabuhan Tunon Taka",
    steps=[{"step": s, "title": t, "phase": PHASES[s[0]]} for s, t in STEPS])


def step(at, by, step_id, state="done", note=None):
    fields = {"checklist": CHECKLIST, "step": step_id, "state": state}
    if note is not None:
        fields["note"] = note
    add(ts(at), by, "checklist.step", **fields)


step("12:31:40", COMMAND, "a1", note="Surat perintah Pengawasan Keimigrasian; rujukan rakor Timpora pagi")
step("12:34:10", COMMAND, "a2", note="KM. Thalia Nunukan-Pare-Pare, ETD 17.00 WITA, manifes 326")
step("12:38:25", SECRETARIAT, "a3")
step("12:47:50", COMMAND, "a4", note="BCM, kit forensik dokumen, HT dan X-ray siap")
step("12:52:05", COMMAND, "a5", note="Pintu terminal, lobi keberangkatan, X-ray barang, gangway")
step("12:58:30", SECRETARIAT, "b6",
     note="Imigrasi 12, Bea Cukai 4, Lanal 4, KP3 6, BP3MI 2, KSOP 2")
step("13:06:00", COMMAND, "b7", note="Dipimpin Kakanim Adrian Soetrisno")
step("13:10:30", COMMAND, "b8", note="Cermat namun tetap humanis; sasaran WNA, dokumen, CPMI")
step("13:14:00", COMMAND, "b9")
step("13:18:40", COMMAND, "c10", note="Pintu terminal, X-ray barang, gangway")

add(ts("12:55:00"), SECRETARIAT, "action.state", action=action_id("A3"), state="done")

TEAMS = [
    # team, agency, location
    ("tim-pintu-terminal", "imigrasi", "Pintu masuk terminal"),
    ("tim-xray", "bea-cukai", "X-ray barang"),
    ("tim-kp3", "kp3", "X-ray barang"),
    ("tim-gangway", "lanal-nunukan", "Gangway dermaga"),
    ("tim-bp3mi", "bp3mi", "Lobi keberangkatan"),
    ("tim-ksop", "ksop", "Dermaga, pos manifes"),
]
TEAM_TIMES = {  # status -> first team's time; later teams follow a few seconds apart
    "standby": sec("12:50:00"),
    "deployed": sec("13:15:00"),
    "checking": sec("13:19:00"),
    "returned": sec("16:24:00"),
}
for status, base in TEAM_TIMES.items():
    for n, (team, agency, location) in enumerate(TEAMS):
        add(ts(hms(base + 20 * n)), COMMAND, "op.team", op=OP, team=team, agency=agency,
            status=status, location=location)

add(ts("13:00:00"), COMMAND, "op.phase", op=OP, phase="briefing",
    note="Apel bersama di lobi keberangkatan dipimpin Kakanim Nunukan; "
         "arahan: cermat namun tetap humanis")
add(ts("13:15:00"), COMMAND, "op.phase", op=OP, phase="deployed",
    note="Tim menempati titik periksa")
add(ts("13:20:00"), COMMAND, "op.phase", op=OP, phase="checking",
    note="Pemeriksaan identitas penumpang KM. Thalia tujuan Pare-Pare")
add(ts("13:21:30"), SECRETARIAT, "action.state", action=action_id("A4"), state="done")

# ---------------------------------------------------------------- 326 passenger checks (13.20-15.50)
rng = random.Random(SEED)
N = 326
FIRST, LAST = sec("13:20:20"), sec("15:49:40")

raw = []
for _ in range(N - 1):
    u = rng.random()
    if u < 0.22:      # a family or group at the counter: quick succession
        raw.append(3.0 + 6.0 * rng.random())
    elif u < 0.92:    # ordinary flow
        raw.append(12.0 - 18.0 * math.log(1.0 - rng.random()))
    else:             # a lull at the terminal door
        raw.append(60.0 + 120.0 * rng.random())
scale = (LAST - FIRST) / sum(raw)
times, cum = [FIRST], 0.0
for g in raw:
    cum += g
    t = FIRST + int(round(cum * scale))
    times.append(max(t, times[-1] + 1))


def pick_distinct(count, population, exclude=()):
    chosen = []
    while len(chosen) < count:
        i = int(rng.random() * population)
        if i not in chosen and i not in exclude:
            chosen.append(i)
    return chosen


passports = pick_distinct(5, N)
OTHER_NOTES = ["KIA (anak)", "Akta kelahiran (anak)", "Suket Dukcapil pengganti KTP-el", "SIM"]
others = pick_distinct(len(OTHER_NOTES), N, exclude=passports)
other_note = dict(zip(sorted(others), OTHER_NOTES))

for i in range(N):
    u = rng.random()
    by = OFFICERS[0] if u < 0.36 else OFFICERS[1] if u < 0.70 else OFFICERS[2]
    fields = {"voyage": VOYAGE, "passenger": f"p-{i + 1:04d}"}
    if i in passports:
        fields.update(doc="passport", nationality="IDN", result="cleared",
                      note="Paspor RI; BCM tanpa hit cekal")
    elif i in other_note:
        fields.update(doc="other", nationality="IDN", result="cleared", note=other_note[i])
    else:
        fields.update(doc="ktp", nationality="IDN", result="cleared")
    add(ts(hms(times[i])), by, "passenger.checked", **fields)

# ---------------------------------------------------------------- wrap-up
step("15:51:10", COMMAND, "c11", note="326 dari 326 penumpang diperiksa, seluruhnya lolos")
step("15:53:00", COMMAND, "c12", note="Tidak ada WNA; 5 paspor RI dicek BCM, tanpa hit cekal")
step("15:54:20", COMMAND, "c13", state="skipped",
     note="Tidak ada CPMI non-prosedural terindikasi; tidak ada serah-terima ke BP3MI")
step("15:56:00", COMMAND, "c14", note="Seluruh barang melalui X-ray; nihil barang mencurigakan")
step("15:58:30", COMMAND, "c15", note="Diperiksa 326 / manifes 326 / sisa 0")
step("16:20:00", COMMAND, "c16", note="Boarding ditutup; 326/326, tanpa no-show")
step("16:23:00", COMMAND, "c17")
add(ts("16:30:00"), COMMAND, "op.phase", op=OP, phase="debrief",
    note="326 penumpang diperiksa, seluruhnya lolos; tidak ditemukan pelanggaran keimigrasian "
         "maupun hal mencurigakan terkait orang asing")
step("16:40:00", COMMAND, "d18")
step("16:42:00", COMMAND, "d19", note="Nihil temuan; tidak ada BAP")
step("16:44:00", SECRETARIAT, "d20", note="Laporan ke Kakanim; rilis Humas disiapkan")
add(ts("16:45:00"), COMMAND, "op.phase", op=OP, phase="closed",
    note="Operasi selesai tanpa temuan")
step("16:45:30", SECRETARIAT, "d21", note="Tindak lanjut A1, A2 dicatat di daftar aksi Timpora")
add(ts("17:02:00"), COMMAND, "voyage.closed", voyage=VOYAGE, departed=ts("17:00:00"))

# ---------------------------------------------------------------- desk KPIs for the day (18.00)
KPIS = [
    ("lanal-nunukan", "patrol", 2),
    ("bea-cukai", "patrol", 1),
    ("polres-nunukan", "patrol", 1),
    ("polres-nunukan", "sambang", 3),
    ("lanal-nunukan", "sambang", 1),
    ("bea-cukai", "routine_check", 6),
    ("imigrasi", "routine_check", 1),
    ("bea-cukai", "socialisation", 1),
    ("polres-nunukan", "socialisation", 1),
]
for n, (agency, metric, count) in enumerate(KPIS):
    add(ts(hms(sec("18:00:00") + 30 * n)), DESK, "kpi.reported", date=DAY, agency=agency,
        metric=metric, count=count)

# ---------------------------------------------------------------- next morning: A1, A2 done
add(ts("09:00:00", "2024-11-21"), SECRETARIAT, "action.state", action=action_id("A1"), state="done")
add(ts("09:00:00", "2024-11-21"), SECRETARIAT, "action.state", action=action_id("A2"), state="done")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    # All stamps share the +08:00 offset and one format, so text order is time order; the sort is
    # stable, so events with the same stamp keep the order they were added in.
    ordered = sorted(events, key=lambda e: e[0])
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (when, by, typ, fields) in enumerate(ordered, 1):
            obj = {"id": f"{ID_PREFIX}{n:04d}", "ts": when, "type": typ, "post": POST, "by": by}
            obj.update(fields)
            f.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{out}: {len(ordered)} events")


if __name__ == "__main__":
    main()
