#!/usr/bin/env bash
# Runs `giro solve` on every Solomon instance and prints one line per
# instance: name, vehicles, distance, unplanned count, seconds, validator
# verdict and exit status; then the mean gap to the distance-only best-known
# values.
#
# Usage: Benchmarks/solomon-construction.sh [DATASETS_DIR]
# (default ../shared/datasets). Build first: swift build -c release --product giro
set -euo pipefail
cd "$(dirname "$0")/.."

datasets=${1:-../shared/datasets}
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
    report=$("$binary" solve --format solomon "$file" --quiet)
    status=$?
    set -e
    echo "$(basename "$file" .txt) $(echo "$report" | awk '
        /^vehicles/ { v = $2 } /^distance/ { d = $2 } /^unplanned/ { u = $2 }
        /^seconds/ { s = $2 } /^validator/ { ok = $2 }
        END { print v, d, u, s, ok }') exit=$status" | tee -a "$results"
done

awk -v bks="$datasets/solomon/solomon_bks_distance_only.csv" '
    BEGIN { FS = ","; while ((getline line < bks) > 0) { split(line, f, ","); best[f[1]] = f[3] } FS = " " }
    { n++; vehicles += $2; distance += $3; gap += ($3 / best[$1] - 1) * 100; if ($6 == "valid" && $7 == "exit=0") valid++ }
    END { printf "instances %d, valid and complete %d, mean vehicles %.2f, mean distance %.2f, mean gap %.2f %%\n",
          n, valid, vehicles / n, distance / n, gap / n }' "$results"
rm -f "$results"
