#!/usr/bin/env bash
# Runs `giro solve` with a construction heuristic alone (no local search, no
# ruin-and-recreate) on every Solomon instance and prints one line per
# instance: name, vehicles, distance, unplanned count, seconds, validator
# verdict and exit status. Then it prints the overall line and a Markdown
# table per instance class (C1, C2, R1, R2, RC1, RC2 and all) with the means
# of vehicles, distance, gap to the distance-only best-known values and
# seconds, as docs/benchmarks.md shows it. The seconds are those that
# `giro solve` prints: building the travel matrix and planning, without
# reading the file or validating.
#
# Usage: Benchmarks/solomon-construction.sh [DATASETS_DIR] [HEURISTIC]
# (defaults ../shared/datasets and regret; HEURISTIC is any name that
# `giro solve --construction` accepts). Build first: swift build -c release
# --product giro
set -euo pipefail
cd "$(dirname "$0")/.."

datasets=${1:-../shared/datasets}
heuristic=${2:-regret}
binary=.build/release/giro
if [ ! -x "$binary" ]; then
    echo "error: $binary is missing; run 'make release' first" >&2
    exit 2
fi
if [ ! -d "$datasets/solomon" ]; then
    echo "error: no Solomon instances in $datasets/solomon" >&2
    exit 2
fi

results=$(mktemp)
for file in "$datasets"/solomon/*.txt; do
    set +e
    report=$("$binary" solve --format solomon "$file" --construction "$heuristic" --operators none \
        --metaheuristic none --quiet)
    status=$?
    set -e
    echo "$(basename "$file" .txt) $(echo "$report" | awk '
        /^vehicles/ { v = $2 } /^distance/ { d = $2 } /^unplanned/ { u = $2 }
        /^seconds/ { s = $2 } /^validator/ { ok = $2 }
        END { print v, d, u, s, ok }') exit=$status" | tee -a "$results"
done

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git diff --quiet HEAD -- Sources Package.swift 2>/dev/null; then
    commit="$commit with uncommitted changes in Sources"
fi
echo
echo "commit $commit, $(date -u +%Y-%m-%d), construction $heuristic"
awk -v bks="$datasets/solomon/solomon_bks_distance_only.csv" '
    BEGIN { FS = ","; while ((getline line < bks) > 0) { split(line, f, ","); best[f[1]] = f[3] } FS = " " }
    {
        # The class is the name up to its first digit: C1 for C101, RC2 for RC201.
        match($1, /^[A-Z]+[0-9]/)
        class = substr($1, 1, RLENGTH)
        gap = ($3 / best[$1] - 1) * 100
        for (i = 0; i < 2; i++) {
            key = i == 0 ? class : "all"
            n[key]++; vehicles[key] += $2; distance[key] += $3; gaps[key] += gap; seconds[key] += $5
        }
        if ($6 == "valid" && $7 == "exit=0") valid++
    }
    END {
        printf "instances %d, valid and complete %d, mean vehicles %.2f, mean distance %.2f, mean gap %.2f %%\n",
            n["all"], valid, vehicles["all"] / n["all"], distance["all"] / n["all"], gaps["all"] / n["all"]
        print ""
        print "| class | instances | mean vehicles | mean distance | mean gap to best known | mean seconds |"
        print "| --- | --- | --- | --- | --- | --- |"
        split("C1 C2 R1 R2 RC1 RC2 all", order, " ")
        for (i = 1; i <= 7; i++) {
            key = order[i]
            if (!(key in n)) continue
            printf "| %s | %d | %.2f | %.2f | %.2f %% | %.3f |\n",
                key, n[key], vehicles[key] / n[key], distance[key] / n[key], gaps[key] / n[key], seconds[key] / n[key]
        }
    }' "$results"
rm -f "$results"
