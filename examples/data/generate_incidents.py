#!/usr/bin/env python3
"""Writes a seeded, realistic incident export of a hospital service desk, as a ticket tool
exports it: one row per incident with when it was opened and resolved, its priority, service,
assignment group, how often it was reassigned, the channel, whether the SLA was met and whether
the first line resolved it at the first contact.

    generate_incidents.py OUT.csv [ROWS] [SEED] [START] [END]

Defaults: 12,000 rows, seed 42, incidents opened from 2024-12-01 to 2026-11-30. The same
arguments always give the same bytes. Two years of a desk whose first line starts using resolution
scripts on 2026-04-01 (action FirstLineScripts): from then on about 9 more contacts in 100 are
resolved at the first contact. March 2026 is a migration month: P1 incidents take longer and fewer
contacts are resolved first time. Otherwise only noise.
"""
import csv
import random
import sys
from datetime import datetime, timedelta

SERVICES = ["EHR", "PACS", "Lab", "Email", "Network", "Workstations"]
GROUPS = {"EHR": "Clinical Apps", "PACS": "Imaging", "Lab": "Clinical Apps", "Email": "Messaging",
          "Network": "Infrastructure", "Workstations": "Field Support"}
CHANNELS = ["phone", "portal", "chat", "walk-in"]
PRIORITIES = [("P1", 0.04), ("P2", 0.16), ("P3", 0.5), ("P4", 0.3)]
SLA_HOURS = {"P1": 4, "P2": 8, "P3": 24, "P4": 72}
SCRIPTS = datetime(2026, 4, 1)


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 12000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
    start = datetime.fromisoformat(sys.argv[4] if len(sys.argv) > 4 else "2024-12-01")
    end = datetime.fromisoformat(sys.argv[5] if len(sys.argv) > 5 else "2026-11-30")
    rng = random.Random(seed)
    span = (end - start).total_seconds()
    opened_times = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(rows))
    with open(out, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "opened", "resolved", "priority", "service", "assignment_group", "reassignments",
                         "channel", "sla_met", "first_contact"])
        for number, opened in enumerate(opened_times, 1):
            progress = (opened - start).total_seconds() / span  # 0 at the start of the year, 1 at its end
            bad_month = opened.year == 2026 and opened.month == 3  # a migration month: everything is slower
            scripts = opened >= SCRIPTS  # the first line has resolution scripts
            roll = rng.random()
            priority = "P4"
            for name, share in PRIORITIES:
                if roll < share:
                    priority = name
                    break
                roll -= share
            service = rng.choice(SERVICES)
            channel = rng.choices(CHANNELS, weights=[5, 3, 2, 1])[0]
            if priority == "P1":
                mean_hours = 5.0 + (2.0 if bad_month else 0)
            else:
                mean_hours = SLA_HOURS[priority] * (0.6 - 0.15 * progress)
            hours = max(0.25, rng.gauss(mean_hours, mean_hours * 0.3))
            resolved = opened + timedelta(hours=hours)
            first_contact = rng.random() < 0.57 + (0.09 if scripts else 0) - (0.05 if bad_month else 0)
            reassignments = 0 if first_contact else min(6, int(rng.expovariate(0.9)) + 1)
            unresolved = rng.random() < 0.002  # a few tickets lack a resolution time
            writer.writerow([f"INC{number:07d}", opened.strftime("%Y-%m-%d %H:%M:%S"),
                             "" if unresolved else resolved.strftime("%Y-%m-%d %H:%M:%S"), priority, service,
                             GROUPS[service], reassignments, channel,
                             "true" if hours <= SLA_HOURS[priority] else "false", "true" if first_contact else "false"])


if __name__ == "__main__":
    main()
