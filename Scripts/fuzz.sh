#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/Harnesses and runs each for a fixed
# time, one after the other. Every harness feeds arbitrary bytes to one
# reader; a crash, a failed precondition or an AddressSanitizer report stops
# it and leaves the input in .build/fuzz/crashes.
#
# Usage: Scripts/fuzz.sh [--seconds N] [--merge] [HARNESS ...]
#   --seconds N  run time per harness (default 600)
#   --merge      afterwards, add the inputs that reach new code to the
#                harness's corpus in Fuzz/Corpus, minimised by libFuzzer
#   HARNESS      names from Fuzz/Harnesses without .swift (default: all)
#
# The library modules are compiled once with coverage instrumentation and
# AddressSanitizer (swiftc -sanitize=fuzzer,address, optimised) into
# .build/fuzz, and each harness is linked against them. The last line per
# harness gives its executions and whether it crashed; docs/reliability.md
# records the runs.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "fuzz.sh: $*" >&2
    exit 2
}

seconds=600 merge=false harnesses=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
        --merge) merge=true; shift ;;
        --help | -h) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) fail "unknown option '$1'; run with --help for the options" ;;
        *) harnesses+=("$1"); shift ;;
    esac
done
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || fail "--seconds must be a whole number of at least 1, not '$seconds'"
if [ ${#harnesses[@]} -eq 0 ]; then
    for file in Fuzz/Harnesses/*.swift; do
        harnesses+=("$(basename "$file" .swift)")
    done
fi
for name in "${harnesses[@]}"; do
    [ -f "Fuzz/Harnesses/$name.swift" ] || fail "no harness Fuzz/Harnesses/$name.swift; see that folder for the names"
done

build=.build/fuzz
mkdir -p "$build/modules" "$build/objects" "$build/crashes" "$build/corpus"
flags=(-swift-version 6 -package-name giro -parse-as-library -O -sanitize=fuzzer,address -I "$build/modules")

# The modules the readers need, in dependency order.
modules=(GiroModel GiroTravel GiroSchedule GiroSolver GiroValidator GiroCompany GiroGenerator GiroFormats GiroReports GiroBenchmark)
for module in "${modules[@]}"; do
    object="$build/objects/$module.o"
    sources=$(find "Sources/$module" -name '*.swift' | sort)
    # Rebuild a module when one of its sources, or a module before it, is newer.
    if [ -f "$object" ] && [ -z "$(find "Sources/$module" -name '*.swift' -newer "$object")" ] \
        && [ "${rebuilt:-false}" = false ]; then
        continue
    fi
    rebuilt=true
    echo "fuzz.sh: compiling $module" >&2
    # shellcheck disable=SC2086
    swiftc "${flags[@]}" -module-name "$module" -wmo -c $sources -o "$object" \
        -emit-module -emit-module-path "$build/modules/$module.swiftmodule"
done

echo "fuzz.sh: $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $seconds s per harness"
for name in "${harnesses[@]}"; do
    binary="$build/$name"
    echo "fuzz.sh: linking $name" >&2
    # The linker warns about every AddressSanitizer helper symbol; keep its
    # output out of sight unless the link fails.
    swiftc "${flags[@]}" "Fuzz/Harnesses/$name.swift" "$build"/objects/*.o -o "$binary" \
        2>"$build/$name.link.log" || { cat "$build/$name.link.log" >&2; fail "linking $name failed"; }

    work="$build/corpus/$name"
    mkdir -p "$work" "Fuzz/Corpus/$name"
    log="$build/$name.log"
    echo "fuzz.sh: running $name for $seconds s" >&2
    status=0
    started=$(date +%s)
    "$binary" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$build/crashes/$name-" \
        -timeout=10 -rss_limit_mb=4096 "$work" "Fuzz/Corpus/$name" >"$log" 2>&1 || status=$?

    elapsed=$(($(date +%s) - started))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ "$status" -eq 0 ]; then
        echo "$name: ${elapsed} s, ${runs:-?} executions, no crash"
    else
        echo "$name: stopped with status $status after ${elapsed} s and ${runs:-?} executions; see $log and $build/crashes"
    fi

    if $merge; then
        "$binary" -merge=1 "Fuzz/Corpus/$name" "$work" >>"$log" 2>&1 || true
    fi
done
