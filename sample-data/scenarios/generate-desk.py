#!/usr/bin/env python3
"""Write sample-data/desk-2025-q3.jsonl: the smuggling-prevention desk, 28 Jul - 31 Aug 2025 (seed S3).

Sourced frame (seed S3 in the domain notes): the Kemenko Polkam Desk Pencegahan dan Pemberantasan
Penyelundupan agreed on 24/7/2025 that the Satgas Koordinasi Pencegahan reports four KPIs every
day (patroli, sambang, pemeriksaan rutin/pengawasan administratif, sosialisasi), and Bakamla
announced a 55-day joint patrol from 28 Jul 2025 that includes socialisation. The dominant
evidence is narkoba, rokok/tembakau, benih lobster, elektronik, alkohol, benih tanaman, satwa liar.
Everything here is invented within that frame: the contributing agencies per post, every daily
count, and every seizure (date, commodity, value, suspects). Values are rough market estimates
(sabu about Rp1,5 juta per gram, rokok ilegal about Rp1.400 per batang, benih bening lobster about
Rp150.000 per ekor). Not `exercise`.

Each evening each post's desk files, per contributing agency, one `kpi.reported` per metric (all
four, zero included). Seizures are recorded when they happen; one case is recorded again two days
later with one more suspect (the latest record of a case wins).

Events follow spec/event-format.md version 1. Standard library only and deterministic: a fixed
seed and only random.random() draws, so re-running rewrites a byte-identical file.

  python3 sample-data/generate-desk.py [OUTPUT]
"""
import datetime
import json
import os
import random
import sys

SEED = 2025728
ID_PREFIX = "desk-2025q3-"
OUT_NAME = "desk-2025-q3.jsonl"
FIRST_DAY = datetime.date(2025, 7, 28)   # Bakamla's 55-day joint patrol starts (S3)
LAST_DAY = datetime.date(2025, 8, 31)

DESKS = {"nunukan": "desk-nunukan-01", "tarakan": "desk-tarakan-01"}
METRICS = ("patrol", "sambang", "routine_check", "socialisation")

# post -> (report time, [(agency, {metric: (low, high)})]); counts are drawn uniformly in
# [low, high] on weekdays and scaled down on Sundays and on 17 August.
AGENCIES = {
    "nunukan": ("18:00:00", [
        ("bea-cukai", {"patrol": (0, 2), "sambang": (0, 1), "routine_check": (3, 9),
                       "socialisation": (0, 1)}),
        ("lanal-nunukan", {"patrol": (1, 3), "sambang": (0, 2), "routine_check": (0, 2),
                           "socialisation": (0, 1)}),
        ("polres-nunukan", {"patrol": (1, 3), "sambang": (2, 5), "routine_check": (0, 2),
                            "socialisation": (0, 2)}),
        ("bakamla", {"patrol": (1, 2), "sambang": (0, 1), "routine_check": (0, 2),
                     "socialisation": (0, 2)}),
    ]),
    "tarakan": ("19:00:00", [
        ("bea-cukai", {"patrol": (0, 2), "sambang": (0, 1), "routine_check": (4, 10),
                       "socialisation": (0, 1)}),
        ("bnnp-kaltara", {"patrol": (0, 1), "sambang": (1, 3), "routine_check": (0, 2),
                          "socialisation": (1, 3)}),
    ]),
}

# Seizures: (date, time, post, commodity, value_idr, suspects, agency); case id sz-POST-DATE-01
SEIZURES = [
    ("2025-07-29", "02:40:00", "nunukan", "lobster_seed", 3600000000, 2, "bakamla"),       # 24.000 ekor BBL
    ("2025-07-30", "14:10:00", "tarakan", "narcotics", 630000000, 1, "bea-cukai"),         # sabu 420 g
    ("2025-08-01", "21:15:00", "nunukan", "tobacco", 672000000, 0, "bea-cukai"),           # 480.000 batang
    ("2025-08-03", "05:50:00", "nunukan", "alcohol", 216000000, 1, "lanal-nunukan"),       # 1.200 botol
    ("2025-08-05", "10:30:00", "tarakan", "electronics", 465000000, 1, "bea-cukai"),       # 310 ponsel
    ("2025-08-06", "23:20:00", "nunukan", "narcotics", 1800000000, 2, "polres-nunukan"),   # sabu 1,2 kg
    ("2025-08-08", "16:00:00", "tarakan", "wildlife", 480000000, 1, "bea-cukai"),          # sisik trenggiling
    ("2025-08-09", "03:15:00", "nunukan", "tobacco", 1540000000, 2, "lanal-nunukan"),      # 1,1 juta batang
    ("2025-08-11", "13:40:00", "nunukan", "plant_seed", 180000000, 1, "bea-cukai"),        # kecambah sawit
    ("2025-08-12", "20:05:00", "tarakan", "narcotics", 3750000000, 3, "bnnp-kaltara"),     # sabu 2,5 kg
    ("2025-08-14", "07:30:00", "nunukan", "other", 320000000, 0, "bea-cukai"),             # pakaian bekas
    ("2025-08-16", "01:50:00", "nunukan", "lobster_seed", 1425000000, 1, "lanal-nunukan"), # 9.500 ekor BBL
    ("2025-08-19", "15:25:00", "tarakan", "tobacco", 364000000, 1, "bea-cukai"),           # 260.000 batang
    ("2025-08-20", "22:40:00", "nunukan", "narcotics", 1020000000, 1, "bea-cukai"),        # sabu 680 g
    ("2025-08-22", "11:10:00", "nunukan", "electronics", 238000000, 0, "bea-cukai"),       # 140 ponsel
    ("2025-08-24", "04:20:00", "nunukan", "alcohol", 153000000, 2, "polres-nunukan"),      # 850 botol
    ("2025-08-26", "09:00:00", "tarakan", "narcotics", 4650000000, 2, "bea-cukai"),        # sabu 3,1 kg
    ("2025-08-27", "18:30:00", "nunukan", "wildlife", 360000000, 1, "bakamla"),            # burung kicau
    ("2025-08-29", "02:10:00", "nunukan", "tobacco", 1008000000, 3, "bakamla"),            # 720.000 batang
    ("2025-08-30", "13:00:00", "tarakan", "other", 216000000, 1, "bea-cukai"),             # gula pasir
    ("2025-08-31", "20:45:00", "nunukan", "narcotics", 2550000000, 4, "lanal-nunukan"),    # sabu 1,7 kg
]
# The 6 August sabu case: two days later the network's receiver is caught (2 -> 3 suspects).
UPDATES = [("2025-08-08", "10:15:00", "2025-08-06", 3)]   # (date, time, case date, suspects)

POST_CODE = {"nunukan": "nnk", "tarakan": "trk"}

events = []  # (ts, post, by, type, fields) in the order written for equal timestamps


def ts(day, hms_text):
    return f"{day}T{hms_text}+08:00"


def add(when, post, by, typ, **fields):
    events.append((when, post, by, typ, fields))


def hms_plus(hms_text, seconds):
    h, m, s = (int(x) for x in hms_text.split(":"))
    t = h * 3600 + m * 60 + s + seconds
    return f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"


rng = random.Random(SEED)

# ---------------------------------------------------------------- daily KPIs
day = FIRST_DAY
while day <= LAST_DAY:
    quiet = day.weekday() == 6 or (day.month, day.day) == (8, 17)   # Sunday, HUT RI
    for post in ("nunukan", "tarakan"):
        at, agencies = AGENCIES[post]
        n = 0
        for agency, ranges in agencies:
            for metric in METRICS:
                low, high = ranges[metric]
                count = low + min(int(rng.random() * (high - low + 1)), high - low)
                if quiet:
                    count = count // 2
                delay = 15 * n + int(rng.random() * 10)
                add(ts(day.isoformat(), hms_plus(at, delay)), post, DESKS[post], "kpi.reported",
                    date=day.isoformat(), agency=agency, metric=metric, count=count)
                n += 1
    day += datetime.timedelta(days=1)

# ---------------------------------------------------------------- seizures
case_ids = {}
for date, at, post, commodity, value, suspects, agency in SEIZURES:
    case = f"sz-{POST_CODE[post]}-{date.replace('-', '')}-01"
    case_ids[date] = (case, post, commodity, value, agency)
    add(ts(date, at), post, DESKS[post], "seizure.recorded", case=case, commodity=commodity,
        value_idr=value, suspects=suspects, agency=agency)
for date, at, case_date, suspects in UPDATES:
    case, post, commodity, value, agency = case_ids[case_date]
    add(ts(date, at), post, DESKS[post], "seizure.recorded", case=case, commodity=commodity,
        value_idr=value, suspects=suspects, agency=agency)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    ordered = sorted(events, key=lambda e: e[0])   # stable: same stamp keeps the order added
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (when, post, by, typ, fields) in enumerate(ordered, 1):
            obj = {"id": f"{ID_PREFIX}{n:04d}", "ts": when, "type": typ, "post": post, "by": by}
            obj.update(fields)
            f.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{out}: {len(ordered)} events")


if __name__ == "__main__":
    main()
