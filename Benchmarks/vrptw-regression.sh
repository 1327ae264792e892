#!/usr/bin/env bash
# Regression run of the VRPTW solver: builds giro in release mode, then runs
# `giro bench vrptw` on every Solomon instance with seed 1 and a fixed budget
# of 2,000 ruin-and-recreate steps and no time limit. The plans do not
# depend on the machine's speed, so two commits can be compared by their
# results.csv; only the seconds column varies.
#
# Usage: Benchmarks/vrptw-regression.sh [OUT]
#   OUT  folder for results.csv, summary.md and convergence.csv
#        (default: .build/vrptw-regression); created when missing
#
# Environment: GIRO_DATASETS is the datasets folder with solomon/*.txt and
# solomon/solomon_bks_distance_only.csv (default: ../shared/datasets beside
# the repository). Extra giro options, such as --operators none, can follow
# OUT; they are passed to giro bench vrptw.
set -euo pipefail
cd "$(dirname "$0")/.."

output=${1:-.build/vrptw-regression}
shift || true
datasets=${GIRO_DATASETS:-../shared/datasets}
instances="$datasets/solomon"
bks="$instances/solomon_bks_distance_only.csv"

if ! ls "$instances"/*.txt >/dev/null 2>&1; then
    echo "vrptw-regression.sh: no Solomon instances in $instances; set GIRO_DATASETS to the datasets folder" >&2
    exit 2
fi
if [ ! -f "$bks" ]; then
    echo "vrptw-regression.sh: best-known values $bks not found; set GIRO_DATASETS to the datasets folder" >&2
    exit 2
fi

swift build -c release --product giro
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "vrptw-regression.sh: commit $commit, $(date -u +%Y-%m-%dT%H:%MZ), output $output" >&2
.build/release/giro bench vrptw --dir "$instances" --bks "$bks" --seeds 1 --iterations 2000 \
    --output "$output" "$@"
