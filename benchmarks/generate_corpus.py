#!/usr/bin/env python3
"""Writes a seeded synthetic plan set of realistic csi files for the benchmarks.

Each file is one team's plan (about 200 lines): vision, strategy, goals, a process with its
roles, should-measures with targets and baselines, a source, steps 3-6, accepted gaps and a
CSI register. Files refer to a shared package (roles, services) and to the previous team's
goals and measures by qualified name, so linking crosses files everywhere.

usage: generate_corpus.py OUTPUT_DIR LINES [SEED]
"""
import os
import random
import sys

FREQUENCIES = ["day", "week", "month", "quarter"]
UNITS = ["hours", "minutes", "%", "tickets", "days"]
DIMENSIONS = ["service", "priority", "channel", "region", "team"]
STATUSES = ["new", "accepted", "in-progress", "on-hold", "monitoring", "closed", "cancelled"]
WORDS = ("restore incident change request problem outage capacity backlog knowledge article customer "
         "satisfaction availability latency release deployment review approval escalation").split()


def phrase(rnd, n):
    return " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize()


def shared(out):
    lines = ["// Roles and services every team refers to.", "package bench.shared", ""]
    for i in range(20):
        lines.append('role Shared%d "Shared role %d"' % (i, i))
    for i in range(10):
        lines.append('service Svc%d "Service %d"' % (i, i))
    write(out, "shared.csi", lines)
    return len(lines)


def team(rnd, k):
    p = "bench.team%05d" % k
    prev = "bench.team%05d" % (k - 1) if k > 0 else None
    L = []
    add = L.append
    add("// Improvement plan of team %d." % k)
    add("package " + p)
    add("")
    add("import bench.shared.*")
    add("")
    add('plan Plan%d "%s"' % (k, phrase(rnd, 4)))
    add("    period 2027-01-01 to 2027-12-31")
    add("    owner Owner")
    add("")
    add('vision Vision "%s"' % phrase(rnd, 6))
    add('strategy Strategy "%s" supports Vision' % phrase(rnd, 5))
    for t in range(3):
        add('tactical goal Tactical%d "%s" supports Strategy' % (t, phrase(rnd, 6)))
    for o in range(6):
        add('operational goal Op%d "%s" refines Tactical%d' % (o, phrase(rnd, 6), o % 3))
    add("")
    add('process Proc "%s" for Svc%d, Svc%d' % (phrase(rnd, 2), k % 10, (k + 3) % 10))
    add("")
    add('role Owner "Process owner" process-owner of Proc')
    add('role Manager "Process manager" process-manager of Proc')
    add('role Analyst "Analyst" practitioner in Proc')
    add("")
    add('csf Csf "%s" for Proc' % phrase(rnd, 5))
    measures = 8
    for m in range(measures):
        add("")
        unit = rnd.choice(UNITS)
        freq = rnd.choice(FREQUENCIES)
        add('should measure M%d "%s"' % (m, phrase(rnd, 5)))
        add("    serves Op%d" % (m % 6))
        if m < 4:
            add("    kpi of Csf")
        add("    kind process")
        add("    unit " + unit)
        add("    %s is better" % rnd.choice(["higher", "lower"]))
        add("    target %d%s" % (rnd.randint(1, 99), "%" if unit == "%" else " " + unit))
        add("    tolerance %d%s" % (rnd.randint(1, 9), "%" if unit == "%" else " " + unit))
        add("    every " + freq)
        add("    per " + ", ".join(rnd.sample(DIMENSIONS, 2)))
        add("    baseline %d.%d%s as of 2026-12-31" % (rnd.randint(1, 99), rnd.randint(0, 9), "%" if unit == "%" else " " + unit))
    add("")
    add('source Src "%s"' % phrase(rnd, 3))
    add("    owner Analyst")
    for m in range(measures):
        add("    provides M%d every %s per %s" % (m, rnd.choice(FREQUENCIES), ", ".join(rnd.sample(DIMENSIONS, 3))))
    for m in range(measures):
        add("")
        add("gather M%d from Src every month by Analyst" % m)
        add('    check "%s"' % phrase(rnd, 4))
        add('process M%d as "mean(%s)" with "Spreadsheet"' % (m, rnd.choice(WORDS)))
        add("analyse M%d against target and baseline trend over 6 periods by Manager" % m)
        add("present M%d to Owner, Shared%d as dashboard every month" % (m, k % 20))
    for m in range(0, measures, 2):
        add("")
        add("accept frequency gap of M%d by Owner because \"%s\"" % (m, phrase(rnd, 6)))
    for a in range(6):
        add("")
        add('action Action%d "%s"' % (a, phrase(rnd, 5)))
        target = ("%s.M%d" % (prev, a)) if prev and a % 2 == 0 else "M%d" % a
        add("    addresses " + target)
        add("    owner Analyst")
        add("    raised by Owner on 2026-1%d-0%d" % (rnd.randint(0, 2), rnd.randint(1, 9)))
        add("    due 2027-0%d-1%d" % (rnd.randint(1, 9), rnd.randint(0, 9)))
        add("    priority " + rnd.choice(["critical", "high", "medium", "low"]))
        add("    status " + rnd.choice(STATUSES))
        add('    justification "%s"' % phrase(rnd, 7))
    return L


def write(out, name, lines):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    out, target = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    total = shared(out)
    k = 0
    while total < target:
        lines = team(rnd, k)
        sub = os.path.join(out, "team%03d" % (k // 100))
        os.makedirs(sub, exist_ok=True)
        write(sub, "team%05d.csi" % k, lines)
        total += len(lines)
        k += 1
    print("%d files, %d lines" % (k + 1, total))


if __name__ == "__main__":
    main()
