#!/usr/bin/env bash
# Runs the VRPTW comparison of docs/benchmarks.md for one instance family and
# one time limit. It runs giro bench vrptw with seeds 1 to K, then the peer
# solvers (PyVRP, OR-Tools, VROOM at exploration 5) with seed 1, one run
# after the other. Then it prints the side-by-side table of compare-vrptw.py.
#
# Usage: Benchmarks/vrptw-compare.sh solomon|gh200 SECONDS [SEEDS] [OUT]
#   solomon  56 Solomon instances, exact distances, distance-only values
#   gh200    60 Gehring-Homberger instances of 200 customers, DIMACS
#            convention (arcs truncated to one decimal), DIMACS values
#   SECONDS  time limit per run, for Giro and the peers
#   SEEDS    Giro seeds 1 to SEEDS (default 3)
#   OUT      results folder (default .build/vrptw-compare); it gets
#            giro-FAMILY-SECONDSs/ and peers-FAMILY/peers-SECONDSs.jsonl
#
# Environment: GIRO_DATASETS (default ../shared/datasets beside the
# repository), GIRO_PEERS and GIRO_PEER_VENV as for peers-vrptw.sh, and
# GIRO_PEER_SOLVERS (default pyvrp,ortools,vroom). Run nothing else that is
# CPU-heavy meanwhile: every run is timed on one thread.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "vrptw-compare.sh: $*" >&2
    exit 2
}

family=${1:-}
seconds=${2:-}
seeds=${3:-3}
output=${4:-.build/vrptw-compare}
[[ "$seconds" =~ ^[0-9]+([.][0-9]+)?$ ]] || fail "give the time limit in seconds as the second argument, not '$seconds'"
[[ "$seeds" =~ ^[1-9][0-9]*$ ]] || fail "SEEDS must be a whole number of at least 1, not '$seeds'"

datasets=${GIRO_DATASETS:-../shared/datasets}
case "$family" in
    solomon)
        instances="$datasets/solomon"
        bks="$instances/solomon_bks_distance_only.csv"
        convention=()
        ;;
    gh200)
        instances="$datasets/gehring-homberger-200"
        bks="$instances/gh200_bks_distance_dimacs.csv"
        convention=(--dimacs)
        ;;
    *) fail "unknown family '$family'; accepted: solomon, gh200" ;;
esac
ls "$instances"/*.txt >/dev/null 2>&1 || fail "no instances in $instances; set GIRO_DATASETS to the datasets folder"
[ -f "$bks" ] || fail "best-known values $bks not found; set GIRO_DATASETS to the datasets folder"

giro_output="$output/giro-$family-${seconds}s"
peers_output="$output/peers-$family"
[ ! -e "$giro_output" ] || fail "'$giro_output' exists; remove it or choose another OUT"

swift build -c release --product giro
echo "vrptw-compare.sh: commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%MZ)" >&2
.build/release/giro bench vrptw --dir "$instances" --bks "$bks" "${convention[@]}" --time-limit "$seconds" \
    --seeds "$seeds" --output "$giro_output" --quiet
Benchmarks/peers-vrptw.sh --dir "$instances" --output "$peers_output" "${convention[@]}" \
    --solvers "${GIRO_PEER_SOLVERS:-pyvrp,ortools,vroom}" --time-limit "$seconds" --seeds 1
python3 Benchmarks/compare-vrptw.py --bks "$bks" --giro "$giro_output" \
    --peers "$peers_output/peers-${seconds}s.jsonl"
