#!/usr/bin/env python3
"""Write sample-data/tarakan-2025-06.jsonl: "Tarakan, 18-19 Juni 2025" (seed S0).

Sourced frame (seed S0 in the domain notes): on Rabu 18/06/2025 Bea Cukai Tarakan attended a
coordination meeting held by BNNP Kalimantan Utara in the Pelabuhan Tarakan area on preventing and
eradicating narcotics, the port being a "titik rawan" for cross-border smuggling by sea; on Kamis
19/06 Bea Cukai Tarakan received a working visit of the Staf Ahli Panglima TNI Bidang Hubungan
Internasional about border security (Indonesia-Malaysia, logistics, resources, intelligence).
Planned next steps: pelatihan bersama, operasi gabungan, peningkatan kapasitas personel di
wilayah rawan. Everything else (times, attendee list beyond Bea Cukai/BNNP/TNI, agenda, owners,
due dates, the two quick wins done in June) is invented to fill the frame. Not `exercise`.

Events follow spec/event-format.md version 1. Standard library only, no randomness: re-running
rewrites a byte-identical file.

  python3 sample-data/generate-tarakan.py [OUTPUT]
"""
import json
import os
import sys

POST = "tarakan"
ID_PREFIX = "trk-202506-"
OUT_NAME = "tarakan-2025-06.jsonl"

RAKOR = "rakor-bnnp-tarakan-20250618"
KUNKER = "kunker-sahli-panglima-20250619"

BNNP_NOTULEN = "bnnp-kaltara-sekretariat-01"   # notulen of the rakor
BC_PLI = "bea-cukai-tarakan-pli-01"             # Seksi Penyuluhan dan Layanan Informasi

events = []  # (ts, by, type, fields) in the order written for equal timestamps


def ts(day, hm):
    return f"2025-06-{day:02d}T{hm}:00+08:00"


def add(when, by, typ, **fields):
    events.append((when, by, typ, fields))


def meeting(day, meeting_id, by, opened, closed, title, chair, location, attendees, agenda,
            actions):
    """agenda: (item, title, owner, start, end, final state); actions: (suffix, title, owner, due,
    item, assigned at)."""
    add(ts(day, opened), by, "meeting.opened", meeting=meeting_id, title=title, chair=chair,
        location=location, attendees=attendees)
    for item, title, owner, _, _, _ in agenda:
        add(ts(day, opened), by, "agenda.item", meeting=meeting_id, item=item, title=title,
            owner=owner, state="pending")
    for item, title, owner, start, end, final in agenda:
        add(ts(day, start), by, "agenda.item", meeting=meeting_id, item=item, title=title,
            owner=owner, state="discussing")
        add(ts(day, end), by, "agenda.item", meeting=meeting_id, item=item, title=title,
            owner=owner, state=final)
    for suffix, title, owner, due, item, at in actions:
        add(ts(day, at), by, "action.assigned", meeting=meeting_id,
            action=f"{meeting_id}-{suffix}", title=title, owner=owner, due=due, item=item)
    add(ts(day, closed), by, "meeting.closed", meeting=meeting_id)


# ---------------------------------------------------------------- Rabu 18 Juni: rakor BNNP Kaltara
meeting(
    18, RAKOR, BNNP_NOTULEN, "08:45", "12:00",
    title="Rapat koordinasi pencegahan dan pemberantasan narkoba di kawasan Pelabuhan Tarakan",
    chair="Kepala BNNP Kalimantan Utara",
    location="Kawasan Pelabuhan Tarakan",
    attendees=["bnnp-kaltara", "bea-cukai", "tni", "ksop", "polres-tarakan", "imigrasi"],
    agenda=[
        ("i01", "Registrasi dan absensi", "bnnp-kaltara", "08:45", "09:00", "done"),
        ("i02", "Pembukaan oleh Kepala BNNP Kalimantan Utara", "bnnp-kaltara",
         "09:00", "09:15", "done"),
        ("i03", "Situasi peredaran narkotika di Kalimantan Utara", "bnnp-kaltara",
         "09:15", "09:40", "done"),
        ("i04", "Pelabuhan sebagai titik rawan penyelundupan narkotika lintas negara",
         "bea-cukai", "09:40", "10:00", "done"),
        ("i05", "Pengawasan kapal, penumpang dan barang di Pelabuhan Tarakan", "ksop",
         "10:00", "10:15", "done"),
        ("i06", "Pengawasan perairan dan jalur laut Kalimantan Utara", "tni",
         "10:15", "10:30", "done"),
        ("i07", "Pengungkapan jaringan dan penegakan hukum", "polres-tarakan",
         "10:30", "10:45", "done"),
        ("i08", "Pengawasan perlintasan orang di pelabuhan", "imigrasi", "10:45", "11:00", "done"),
        ("i09", "Deteksi dini dan pertukaran informasi antarinstansi", "bnnp-kaltara",
         "11:00", "11:18", "done"),
        ("i10", "Usulan X-ray tambahan di terminal penumpang", "ksop", "11:18", "11:27",
         "deferred"),
        ("i11", "Rencana tindak lanjut: pelatihan bersama, operasi gabungan, "
                "peningkatan kapasitas personel", "bnnp-kaltara", "11:27", "11:50", "done"),
        ("i12", "Penutup", "bnnp-kaltara", "11:50", "11:57", "done"),
    ],
    actions=[
        ("A1", "Pelatihan bersama deteksi narkotika bagi petugas pelabuhan", "bnnp-kaltara",
         "2025-07-31", "i11", "11:31"),
        ("A2", "Operasi gabungan pengawasan penumpang dan barang di Pelabuhan Tarakan",
         "bea-cukai", "2025-08-29", "i11", "11:35"),
        ("A3", "Peningkatan kapasitas personel di wilayah rawan", "tni", "2025-09-30", "i11",
         "11:39"),
        ("A4", "Bentuk grup pertukaran informasi deteksi dini antarinstansi", "bnnp-kaltara",
         "2025-07-04", "i09", "11:42"),
        ("A5", "Bagikan jadwal sandar kapal dari Nunukan dan Tawau setiap minggu", "ksop",
         "2025-07-04", "i05", "11:44"),
        ("A6", "Pemetaan dermaga rakyat dan jalur laut rawan di sekitar Tarakan", "tni",
         "2025-08-15", "i06", "11:46"),
        ("A7", "Sosialisasi bahaya narkoba bagi penumpang dan awak kapal di terminal",
         "polres-tarakan", "2025-07-25", "i07", "11:48"),
    ],
)

# ---------------------------------------------------------------- Kamis 19 Juni: kunjungan kerja
meeting(
    19, KUNKER, BC_PLI, "09:30", "11:30",
    title="Kunjungan kerja Staf Ahli Panglima TNI Bidang Hubungan Internasional",
    chair="Kepala Kantor Bea Cukai Tarakan",
    location="Kantor Bea Cukai Tarakan",
    attendees=["bea-cukai", "tni"],
    agenda=[
        ("i01", "Penyambutan dan perkenalan", "bea-cukai", "09:30", "09:40", "done"),
        ("i02", "Paparan pengawasan Bea Cukai Tarakan di pelabuhan dan perairan", "bea-cukai",
         "09:40", "10:05", "done"),
        ("i03", "Tantangan operasional: titik rawan penyelundupan di perbatasan "
                "Indonesia-Malaysia", "tni", "10:05", "10:35", "done"),
        ("i04", "Keselarasan strategi Bea Cukai-TNI: logistik, sumber daya, intelijen",
         "bea-cukai", "10:35", "11:10", "done"),
        ("i05", "Penutup dan foto bersama", "bea-cukai", "11:10", "11:25", "done"),
    ],
    actions=[
        ("B1", "Susun mekanisme pertukaran informasi intelijen Bea Cukai-TNI", "bea-cukai",
         "2025-08-29", "i04", "11:02"),
        ("B2", "Dukungan sarana patroli laut bersama di titik rawan perbatasan", "tni",
         "2025-09-30", "i03", "11:05"),
        ("B3", "Laporan hasil kunjungan kerja ke Kanwil Bea Cukai", "bea-cukai", "2025-07-04",
         "i05", "11:20"),
    ],
)

# ---------------------------------------------------------------- the quick wins, later in June
add(ts(20, "16:10"), BNNP_NOTULEN, "action.state", action=f"{RAKOR}-A4", state="done")
add(ts(24, "08:30"), BNNP_NOTULEN, "action.state", action=f"{RAKOR}-A5", state="done")
add(ts(26, "15:00"), BC_PLI, "action.state", action=f"{KUNKER}-B3", state="done")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    ordered = sorted(events, key=lambda e: e[0])   # stable: same stamp keeps the order added
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (when, by, typ, fields) in enumerate(ordered, 1):
            obj = {"id": f"{ID_PREFIX}{n:04d}", "ts": when, "type": typ, "post": POST, "by": by}
            obj.update(fields)
            f.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{out}: {len(ordered)} events")


if __name__ == "__main__":
    main()
