#!/usr/bin/env bash
# Checks that giro plan keeps its time limit on field territories. For each
# generator preset and each limit, it plans once and compares the time that
# giro plan reports with the allowance: the limit plus 5 % plus 100 ms. That
# time ("Planned in") covers the travel matrix, construction and search, but
# not reading the file or validating. A limit of 0.01 s, below what any
# preset needs, shows the least time that a territory takes: the travel
# matrix and one pass that places every appointment, reservation and due
# customer.
#
# Usage: Benchmarks/time-limit.sh [LIMITS] [PRESETS]
#   LIMITS   time limits in seconds, separated by commas (default
#            0.01,1,2,5,10). A limit below 0.1 s measures the least time.
#   PRESETS  generator presets, separated by commas (default: every preset of
#            giro generate --list-presets)
#
# Prints a Markdown table and exits with status 1 when a limit of 0.1 s or
# more was exceeded by more than its allowance. Run nothing else that is CPU-heavy
# meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "time-limit.sh: $*" >&2
    exit 2
}

limits=${1:-0.01,1,2,5,10}
[[ "$limits" =~ ^[0-9]+([.][0-9]+)?(,[0-9]+([.][0-9]+)?)*$ ]] \
    || fail "give the limits as seconds separated by commas, such as 0.01,1,2, not '$limits'"

swift build -c release --product giro >&2
giro=.build/release/giro
if [ $# -ge 2 ]; then
    presets=${2//,/ }
else
    presets=$("$giro" generate --list-presets | awk '{ print $1 }')
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| preset | customers | limit | planned in | allowed | within |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
status=0
for preset in $presets; do
    territory="$work/$preset.json"
    summary=$("$giro" generate --preset "$preset" --output "$territory") \
        || fail "giro generate --preset $preset failed"
    customers=$(sed -n 's/.* \([0-9][0-9]*\) customers.*/\1/p' <<<"$summary" | head -1)
    for limit in ${limits//,/ }; do
        planned=$("$giro" plan "$territory" --time-limit "$limit" --quiet 2>"$work/error.txt" \
            | sed -n 's/^Planned in \([0-9.]*\) s\.$/\1/p') || true
        if [ -z "$planned" ]; then
            # A territory too large to plan as one problem, such as a
            # hundred reps, is rejected up front at every limit, so the
            # table shows it once.
            echo "| $preset | $customers | $limit s | – | – | not planned: $(head -1 "$work/error.txt") |"
            break
        fi
        read -r allowed within < <(awk -v limit="$limit" -v planned="$planned" 'BEGIN {
            allowed = limit * 1.05 + 0.1
            if (limit < 0.1) verdict = "(least time)"
            else if (planned <= allowed) verdict = "yes"
            else verdict = "NO"
            printf "%.3f %s\n", allowed, verdict
        }')
        [ "$within" = NO ] && status=1
        echo "| $preset | $customers | $limit s | $planned s | $allowed s | $within |"
    done
done
exit $status
