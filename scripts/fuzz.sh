#!/usr/bin/env bash
# Builds the libFuzzer targets with clang + ASan + UBSan into ./build-fuzz and runs each
# for a set time (docs/robustness.md). Any crash, sanitizer report, leak, timeout or
# out-of-memory stops that target and makes this script fail; the input is saved in
# build-fuzz/findings/<target>/ — add it to tests/fuzz/corpus/<target>/ once fixed.
#
#   scripts/fuzz.sh [--seconds N] [--build-only] [--tests] [--plain] [TARGET...]
#     --seconds N   run each target N seconds (default 60)
#     --build-only  build, do not run
#     --tests       also build and run the core, sim, report and CLI tests under ASan+UBSan
#     --plain       no clang build: the normal build's test_fuzz_corpus --mutate (random
#                   mutation, no coverage guidance, no sanitizers), two targets at a time
#   targets: project events_csv paths_csv ojf segment_sql merge export (default: all)
#   FUZZ_BUILD_DIR  build folder (default build-fuzz)
# Needs clang-14, libFuzzer and compiler-rt (scripts/install-deps.sh installs them); a
# missing one ends it with status 77 (scripts/test.sh: a warning, a failure in CI). Prints the time of each phase (build, tests, replay, fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
build_only=0
with_tests=0
plain=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --build-only) build_only=1; shift ;;
        --tests) with_tests=1; shift ;;
        --plain) plain=1; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=(project events_csv paths_csv ojf segment_sql merge export)

build=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=$(nproc 2>/dev/null || echo 2)
started=$SECONDS
phase() { echo "== [$((SECONDS - started)) s] $*"; }

if [ "$plain" = 1 ]; then
    # MUTATE_BUILD_DIR: the build whose test_fuzz_corpus mutates (scripts/test.sh: build-asan).
    mbuild=${MUTATE_BUILD_DIR:-build}
    replay=$mbuild/tests/fuzz/test_fuzz_corpus
    [ -x "$replay" ] || { echo "fuzz.sh: $replay not built (scripts/build.sh)" >&2; exit 1; }
    phase "${#targets[@]} targets, plain mutation, ${seconds}s each, $jobs at a time"
    mkdir -p "$mbuild/fuzz-findings"
    pids=()
    for t in "${targets[@]}"; do
        while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
        # A finding aborts and leaves the input in build/fuzz-findings/fuzz-finding-<target>;
        # an input that hangs is killed two minutes after the run should have ended.
        (cd "$mbuild/fuzz-findings" && QT_QPA_PLATFORM=offscreen \
            timeout -s KILL $((seconds + 120)) "../tests/fuzz/test_fuzz_corpus" --mutate "$seconds" "$t" \
            >"plain-$t.log" 2>&1) &
        pids+=("$!")
    done
    status=0
    for i in "${!targets[@]}"; do
        if wait "${pids[$i]}"; then
            grep -F "${targets[$i]}:" "$mbuild/fuzz-findings/plain-${targets[$i]}.log" | tail -1
        else
            echo "fuzz.sh: ${targets[$i]}: FINDING ($mbuild/fuzz-findings/fuzz-finding-${targets[$i]})"
            tail -20 "$mbuild/fuzz-findings/plain-${targets[$i]}.log"
            status=1
        fi
    done
    phase "done, status $status"
    exit $status
fi

# A machine without the clang toolchain cannot run this stage: say what is missing.
missing=()
command -v clang++-14 >/dev/null || missing+=(clang-14)
ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing+=(libfuzzer-14-dev)
ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.asan-x86_64.a >/dev/null 2>&1 || missing+=(libclang-rt-14-dev)
if [ ${#missing[@]} -gt 0 ]; then
    echo "fuzz.sh: missing ${missing[*]} (run scripts/install-deps.sh)" >&2
    exit 77
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# lld links the sanitized programs several times faster than ld.bfd.
linker=()
command -v ld.lld-14 >/dev/null && linker=("-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld-14")
# -O1: sanitizer builds at -O2 take much longer to compile for little more speed; line
# tables only (-g1), enough for the file:line of a finding's stack trace.
phase "configure $build"
# Unity build, as scripts/build.sh: half the CPU of a file-by-file build.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_UNITY_BUILD=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DOMNIMAP_FUZZ=ON -DOMNIMAP_WERROR=OFF \
    "${launcher[@]}" "${linker[@]}" >/dev/null
build_targets=(fuzz_replay)
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
sanitized_tests=(test_core test_sim test_report test_cli test_robustness)
[ "$with_tests" = 1 ] && build_targets+=("${sanitized_tests[@]}" omnimap-cli)
phase "build ${build_targets[*]}"
cmake --build "$build" -j"$jobs" --target "${build_targets[@]}"
phase "built"
# The code version of each target built, which scripts/fuzz-campaign.sh counts runs by
# (committed sources only): lines "TARGET VERSION".
source scripts/lib/fuzz-seeds.sh
for t in "${targets[@]}"; do echo "$t $(fuzz_code_version "$t")"; done >"$build/fuzz-code-version" 2>/dev/null || true
[ "$build_only" = 1 ] && exit 0

export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1 LC_ALL=C.UTF-8
# Leak checking is off: Qt and fontconfig keep process-lifetime caches that LeakSanitizer
# reports, and a suppression broad enough for them would hide Omnimap's own leaks too.
# Growth per input is still caught by libFuzzer's -rss_limit_mb (docs/robustness.md).
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

status=0
if [ "$with_tests" = 1 ]; then
    phase "${sanitized_tests[*]} under ASan+UBSan"
    regex="^($(IFS='|'; echo "${sanitized_tests[*]}"))\$"
    (cd "$build" && ctest -R "$regex" -j"$jobs" --output-on-failure) || status=1
fi

phase "corpus replay under ASan+UBSan"
"$build/tests/fuzz/fuzz_replay" 2>/dev/null || status=1

# One target per core at a time: on CI's two cores seven one-minute targets take four.
run_target() {
    local t="$1" work="$build/corpus/$1" findings="$build/findings/$1" log="$build/fuzz_$1.log"
    mkdir -p "$work" "$findings"
    local seeds
    read -r -a seeds <<<"$(fuzz_seeds_of "$t")"
    if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -detect_leaks=0 \
        -max_len=131072 -artifact_prefix="$findings/" -print_final_stats=1 \
        -dict=tests/fuzz/omnimap.dict "$work" "${seeds[@]}" >"$log" 2>&1; then
        { echo "fuzz_$t: FINDING (see $log and $findings/)"; tail -40 "$log"; } >"$log.summary"
        return 1
    fi
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec" "$log" | sed "s/^/fuzz_$t: /" >"$log.summary" || true
}

phase "${#targets[@]} fuzz targets, ${seconds}s each, $jobs at a time"
pids=()
for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    run_target "$t" &
    pids+=("$!")
done
for i in "${!targets[@]}"; do
    wait "${pids[$i]}" || status=1
    cat "$build/fuzz_${targets[$i]}.log.summary" 2>/dev/null || true
done
phase "done, status $status"
exit $status
