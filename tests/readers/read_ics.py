"""The milestones' iCalendar file read by Python's `icalendar` (RFC 5545): every event is an
all-day event on a dated milestone's last day, as the CSV of the same plans says.

Usage: read_ics.py MILESTONES.ics MILESTONES.csv
"""
import csv
import datetime
import sys

import icalendar

ics_path, csv_path = sys.argv[1], sys.argv[2]
cal = icalendar.Calendar.from_ical(open(ics_path, "rb").read())
events = list(cal.walk("VEVENT"))
with open(csv_path, newline="", encoding="utf-8") as f:
    rows = [r for r in csv.DictReader(f) if r["by"]]
assert len(events) == len(rows) > 0, (len(events), len(rows))
for event, row in zip(events, rows):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    assert type(start) is datetime.date, start
    assert start.isoformat() == row["by"], (start, row["by"])
    assert end - start == datetime.timedelta(days=1), (start, end)
    summary = str(event.get("SUMMARY"))
    assert summary.startswith(row["what"]) and row["deadline"] in summary, summary
    assert row["quote"] in str(event.get("DESCRIPTION")), event.get("DESCRIPTION")
assert len({str(e.get("UID")) for e in events}) == len(events)
print(f"read_ics: {len(events)} events, each on its milestone's day")
