#!/usr/bin/env python3
"""Compare Giro's VRPTW benchmark results with the peer solvers' results.

Reads one or several `giro bench vrptw` output folders (one per time limit,
each with results.csv and summary.md), the JSONL files that peers-vrptw.sh
writes, and a BKS CSV file (header instance,vehicles,distance). Prints a
Markdown table with one line per solver and time limit: the mean gap to the
best-known distance by instance class (C1, C2, R1, R2, RC1, RC2) and over all
instances, and how many instances have a complete run.

Gaps are (distance - best known) / best known x 100. For each instance the
median over its seeds comes first, then the mean over the instances of a
class. Only complete runs count. A Giro run is complete when the validator
accepts the plan and no customer is unplanned. A peer run is complete when
the solution serves every customer and passes both the runner's check and
the re-check of run_check.py. Peer
distances are taken under the convention they were run with (exact or
truncated to one decimal), so use the BKS file of the same convention.

Usage:
  compare-vrptw.py --bks FILE [--giro DIR ...] [--peers FILE_OR_DIR ...]
"""

import argparse
import csv
import json
import math
import os
import re
import statistics
import sys

CLASSES = ["C1", "C2", "R1", "R2", "RC1", "RC2"]



def percent(value):
    """Formats a gap with two decimals; a gap that rounds to zero has no sign."""
    text = f"{value:.2f}"
    if text in ("-0.00", "0.00"):
        text = "0.00"
    return f"{text} %"

def instance_class(name):
    """Return the class of an instance name, such as C1 for C101 or c1_2_1."""
    match = re.match(r"(RC|R|C)([12])", name.upper())
    return match.group(1) + match.group(2) if match else "other"


def read_bks(path):
    """Return best-known distances by upper-case instance name."""
    values = {}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"instance", "distance"} - set(reader.fieldnames or [])
        if missing:
            sys.exit(f"compare-vrptw.py: {path}: the header has no column {', '.join(sorted(missing))}")
        for row_number, row in enumerate(reader, start=2):
            try:
                distance = float(row["distance"])
            except (TypeError, ValueError):
                sys.exit(f"compare-vrptw.py: {path}: row {row_number}: distance {row['distance']!r} is not a number")
            values[row["instance"].strip().upper()] = distance
    return values


def giro_time_limit(folder):
    """Return the time limit written in summary.md, such as '1.000 s', or '?'."""
    path = os.path.join(folder, "summary.md")
    if not os.path.exists(path):
        return "?"
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("- time limit per run:"):
                limit = line.split(":", 1)[1].strip()
                if limit.endswith(" s"):
                    return f"{float(limit[:-2]):g} s"
                return limit
    return "?"


def read_giro(folder):
    """Return Giro's runs from results.csv as (solver, limit, instance, distance or None)."""
    path = os.path.join(folder, "results.csv")
    if not os.path.exists(path):
        sys.exit(f"compare-vrptw.py: {path} not found; give a folder written by 'giro bench vrptw'")
    limit = giro_time_limit(folder)
    runs = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            complete = row["validator"] == "valid" and int(row["unplanned"]) == 0
            runs.append(("giro", limit, row["instance"], float(row["distance"]) if complete else None))
    return runs


def jsonl_files(paths):
    """Expand folders into their *.jsonl files."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, name) for name in os.listdir(path) if name.endswith(".jsonl"))
        elif os.path.exists(path):
            files.append(path)
        else:
            sys.exit(f"compare-vrptw.py: {path} not found; give a JSONL file or folder written by peers-vrptw.sh")
    return files


def read_peers(path):
    """Return the peers' runs from a JSONL file as (solver, limit, instance, distance or None)."""
    runs = []
    with open(path, encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                result = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"compare-vrptw.py: {path}: line {line_number} is not JSON: {error}")
            complete = result.get("feasible") is True and result.get("recheck_feasible") is True
            convention = result.get("dist_convention", "exact")
            distance = result.get("distance") if convention == "exact" else result.get("distance_convention")
            limit = result.get("time_limit")
            label = f"{float(limit):g} s" if limit is not None else "?"
            runs.append((result.get("solver", "?"), label, result.get("instance", "?"),
                         distance if complete and distance is not None else None))
    return runs


def summarise(runs, bks):
    """Return, per (solver, limit), the mean gaps by class and the instance counts."""
    by_key = {}
    for solver, limit, instance, distance in runs:
        by_key.setdefault((solver, limit), {}).setdefault(instance, []).append(distance)

    table = {}
    for key, instances in by_key.items():
        gaps_by_class = {}
        complete = 0
        for instance, distances in instances.items():
            best = bks.get(instance.upper())
            if best is None:
                sys.exit(f"compare-vrptw.py: no best-known value for {instance}; give the BKS file of this family")
            counted = [d for d in distances if d is not None]
            if not counted:
                continue
            complete += 1
            gap = statistics.median((d - best) / best * 100 for d in counted)
            gaps_by_class.setdefault(instance_class(instance), []).append(gap)
        table[key] = (gaps_by_class, complete, len(instances))
    return table


def time_limit_order(label):
    """Sort time-limit labels such as '1 s' numerically, unknown limits last."""
    try:
        return float(label.split()[0])
    except (ValueError, IndexError):
        return math.inf


def print_table(table):
    classes = CLASSES + (["other"] if any("other" in gaps for gaps, _, _ in table.values()) else [])
    print("| solver | time limit | " + " | ".join(classes) + " | all | complete instances |")
    print("|---|---|" + "---|" * len(classes) + "---|---|")
    for solver, limit in sorted(table, key=lambda key: (key[0] != "giro", key[0], time_limit_order(key[1]))):
        gaps_by_class, complete, total = table[(solver, limit)]
        cells = []
        for name in classes:
            gaps = gaps_by_class.get(name)
            cells.append(percent(statistics.mean(gaps)) if gaps else "-")
        every_gap = [gap for gaps in gaps_by_class.values() for gap in gaps]
        overall = percent(statistics.mean(every_gap)) if every_gap else "-"
        print(f"| {solver} | {limit} | " + " | ".join(cells) + f" | {overall} | {complete} of {total} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bks", required=True, help="CSV file of best-known values")
    parser.add_argument("--giro", nargs="*", default=[], help="folders written by 'giro bench vrptw'")
    parser.add_argument("--peers", nargs="*", default=[], help="JSONL files or folders from peers-vrptw.sh")
    args = parser.parse_args()

    if not os.path.exists(args.bks):
        sys.exit(f"compare-vrptw.py: BKS file {args.bks} not found; check the path or fetch the datasets")
    if not args.giro and not args.peers:
        sys.exit("compare-vrptw.py: nothing to compare; give --giro folders, --peers files, or both")

    runs = []
    for folder in args.giro:
        runs += read_giro(folder)
    for path in jsonl_files(args.peers):
        runs += read_peers(path)

    print_table(summarise(runs, read_bks(args.bks)))
    print()
    print("Mean over instances of the median gap over seeds; only complete, checked runs count. "
          "Classes compare only when the complete instances match.")


if __name__ == "__main__":
    main()
