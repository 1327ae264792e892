#!/usr/bin/env bash
# Runs the whole test suite under one sanitizer, in a build folder of its own
# so that the normal debug build stays as it is.
#
# Usage: Scripts/sanitize.sh address|thread [SWIFT TEST OPTIONS ...]
#   address  AddressSanitizer with LeakSanitizer; the leaks that the Swift
#            toolchain's own libraries make are listed in
#            Scripts/sanitizers/leaks.supp and not reported
#   thread   ThreadSanitizer
#
# Environment: GIRO_SANITIZER_BUILD is the build folder (default
# .build/sanitize-address or .build/sanitize-thread). Exits with the status
# of swift test: 0 when every test passed and the sanitizer reported nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizer=${1:-}
case "$sanitizer" in
    address | thread) shift ;;
    *)
        echo "sanitize.sh: give the sanitizer, address or thread, not '${sanitizer}'" >&2
        exit 2
        ;;
esac

build=${GIRO_SANITIZER_BUILD:-.build/sanitize-$sanitizer}
export LSAN_OPTIONS="suppressions=$PWD/Scripts/sanitizers/leaks.supp:print_suppressions=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
exec swift test --sanitize="$sanitizer" --scratch-path "$build" "$@"
