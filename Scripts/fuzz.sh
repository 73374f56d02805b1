#!/usr/bin/env bash
# Builds the libFuzzer target and runs it for SECONDS (default 60) on one core.
#
#   Scripts/fuzz.sh 900            # 15 minutes
#   Scripts/fuzz.sh 60 -seed=1     # extra arguments go to libFuzzer
#
# Exit status: 0 when the run ends without a finding, 1 when libFuzzer found a crash, hang, leak or
# timeout (the input is saved in .build-fuzz/artifacts/), 2 when the fuzz build is not supported here.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
scratch=.build-fuzz
# libFuzzer and ASan print the stack of a crash; the Swift backtracer would only add a slow second one.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"

mkdir -p "$scratch"
if ! swift build -c debug --product ChronicleFuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCHRONICLE_FUZZING \
        --scratch-path "$scratch" >"$scratch/build.log" 2>&1; then
    grep -v "Cannot export local symbol" "$scratch/build.log" | tail -5
    echo "fuzz.sh: the fuzz build failed (toolchain without libFuzzer?); see $scratch/build.log" >&2
    exit 2
fi

binary="$(swift build -c debug --product ChronicleFuzz --scratch-path "$scratch" --show-bin-path)/ChronicleFuzz"
mkdir -p "$scratch/corpus" "$scratch/artifacts"
# New inputs go to the first (scratch) folder; the committed seeds in Fuzz/corpus stay untouched.
"$binary" "$scratch/corpus" Fuzz/corpus \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$scratch/artifacts/" -print_final_stats=1 "$@"
status=$?
if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: libFuzzer found a problem (exit $status); reproducer in $scratch/artifacts/" >&2
    exit 1
fi
echo "fuzz.sh: no finding in ${seconds}s"
