#!/usr/bin/env bash
# Runs the peer VRPTW solvers (PyVRP, OR-Tools, VROOM) on every instance of a
# folder through the peers' bench.py, one run after the other, and writes
# their JSON lines into OUT/peers-LIMITs.jsonl for compare-vrptw.py.
#
# Usage: Benchmarks/peers-vrptw.sh --dir DIR --output OUT [--solvers LIST]
#            [--time-limit SECONDS] [--seeds K] [--dimacs] [--instances LIST]
#
#   --dir DIR            folder of Solomon-format instances (*.txt)
#   --output OUT         folder for the JSONL file; created when missing
#   --solvers LIST       comma-separated: pyvrp, ortools, vroom (default: all three)
#   --time-limit SECONDS wall-clock limit per run (default: 10)
#   --seeds K            seeds 1 to K (default: 1); OR-Tools and VROOM take no seed
#   --dimacs             distances truncated to one decimal (bench.py --dist trunc10)
#   --instances LIST     comma-separated instance names, such as C101,R201
#                        (default: every *.txt file of DIR)
#
# Environment: GIRO_PEERS is the folder of bench.py (default: ../shared/peers
# beside the repository); GIRO_PEER_VENV is the virtual environment with the
# solvers (default: ~/.cache/peer-solvers-venv).
set -euo pipefail
repository=$(cd "$(dirname "$0")/.." && pwd)

usage() {
    sed -n '6,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
}

fail() {
    echo "peers-vrptw.sh: $*" >&2
    exit 2
}

dir="" output="" solvers="pyvrp,ortools,vroom" time_limit=10 seeds=1 dist=exact instances=""
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
        --output) output=${2:?--output needs a folder}; shift 2 ;;
        --solvers) solvers=${2:?--solvers needs a list}; shift 2 ;;
        --time-limit) time_limit=${2:?--time-limit needs seconds}; shift 2 ;;
        --seeds) seeds=${2:?--seeds needs a number}; shift 2 ;;
        --instances) instances=${2:?--instances needs a list}; shift 2 ;;
        --dimacs) dist=trunc10; shift ;;
        --help | -h) usage ;;
        *) fail "unknown argument '$1'; run with --help for the options" ;;
    esac
done

[ -n "$dir" ] || fail "missing --dir DIR, the folder of instance files"
[ -n "$output" ] || fail "missing --output OUT, the folder for the JSONL file"
[ -d "$dir" ] || fail "instance folder '$dir' not found; check the path or fetch the datasets"
[[ "$seeds" =~ ^[1-9][0-9]*$ ]] || fail "--seeds must be a whole number of at least 1, not '$seeds'"
[[ "$time_limit" =~ ^[0-9]+([.][0-9]+)?$ ]] || fail "--time-limit must be a number of seconds, not '$time_limit'"
for solver in ${solvers//,/ }; do
    case "$solver" in
        pyvrp | ortools | vroom) ;;
        *) fail "unknown solver '$solver' in --solvers; accepted: pyvrp, ortools, vroom" ;;
    esac
done

peers=${GIRO_PEERS:-$repository/../shared/peers}
[ -f "$peers/bench.py" ] || fail "no bench.py in '$peers'; set GIRO_PEERS to the folder of the peer scripts"
venv=${GIRO_PEER_VENV:-$HOME/.cache/peer-solvers-venv}
python="$venv/bin/python"
[ -x "$python" ] || fail "no Python in '$venv'; create the venv with the peers' setup_venv.sh or set GIRO_PEER_VENV"
modules=${solvers//,/, }
if ! "$python" -c "import ${modules}" 2>/dev/null; then
    fail "the venv '$venv' cannot import ${modules}; install the peer solvers into it (setup_venv.sh)"
fi

files=()
if [ -n "$instances" ]; then
    for name in ${instances//,/ }; do
        file=$(find "$dir" -maxdepth 1 -iname "$name.txt" | head -n 1)
        [ -n "$file" ] || fail "instance '$name' not found in '$dir' (looked for $name.txt)"
        files+=("$file")
    done
else
    while IFS= read -r file; do
        files+=("$file")
    done < <(find "$dir" -maxdepth 1 -name '*.txt' | sort)
fi
[ ${#files[@]} -gt 0 ] || fail "no instance files (*.txt) in '$dir'"

mkdir -p "$output"
jsonl="$output/peers-${time_limit}s.jsonl"
[ ! -e "$jsonl" ] || fail "'$jsonl' exists; bench.py appends to it, so remove it or choose another --output"

seed_list=$(seq -s, 1 "$seeds")
echo "peers-vrptw.sh: ${#files[@]} instances, solvers $solvers, ${time_limit} s, seeds $seed_list, distances $dist" >&2
"$python" "$peers/bench.py" "${files[@]}" --solvers "$solvers" --time-limit "$time_limit" \
    --seeds "$seed_list" --dist "$dist" --out "$jsonl"
echo "peers-vrptw.sh: results in $jsonl" >&2
