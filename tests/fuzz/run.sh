#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (clang 14, ASan + UBSan), gathers
# their corpus and runs each one in turn; exits 1 if any of them found a
# crash, a hang (an input slower than -timeout), a leak, an out-of-memory or
# a sanitizer report. Called by ./kiosk.sh fuzz.
#   tests/fuzz/run.sh [SECONDS]   each target for SECONDS (default 30)
#   FUZZ_RUNS=1000000 tests/fuzz/run.sh   each target for that many runs instead
#   FUZZ_TARGETS="fuzz_fhir" ...          only these targets
# What a failing input was: build-fuzz/artifacts/<target>/. Keep it as
# tests/fuzz/regressions/<target>/<name> (replayed by the core test suite).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-30}
targets=${FUZZ_TARGETS:-"fuzz_config fuzz_answers fuzz_fhir fuzz_expression"}
out=build-fuzz

# Longest input each target tries. An answers file is ~1.5 kB, a FHIR one
# ~4 kB, an expression one line (at most 4 000 bytes); the shipped
# questionnaire is 42 kB but is fuzzed by its first 8 kB (the tests' mini
# questionnaire, a seed too, holds every section): whole-file inputs would run
# ten times slower and 10^6 runs would take hours.
max_len() {
  case "$1" in
    fuzz_config|fuzz_fhir) echo 8192 ;;
    fuzz_answers|fuzz_expression) echo 4096 ;;
  esac
}

CC=clang-14 CXX=clang++-14 cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKIOSK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$out" -j "$(nproc 2>/dev/null || echo 2)" --target fuzz_seeds $targets

# Seeds: generated from the shipped config, plus the hand-written ones and
# every saved regression input. Each target's own corpus grows in
# build-fuzz/corpus/<target> from one run to the next.
rm -rf "$out/seeds"
"$out/tests/fuzz/fuzz_seeds" "$out/seeds"

# A smaller quarantine and no fill of fresh blocks: about twice the runs a
# second (use-after-free is still caught within the last 16 MB freed).
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16:max_malloc_fill_size=0:malloc_context_size=5}
export UBSAN_OPTIONS=print_stacktrace=1
failed=()
for t in $targets; do
  name=${t#fuzz_}
  mkdir -p "$out/corpus/$t" "$out/artifacts/$t"
  dirs=("$out/corpus/$t" "$out/seeds/$name")
  for d in "tests/fuzz/seeds/$name" "tests/fuzz/regressions/$name"; do
    [ -d "$d" ] && dirs+=("$d")
  done
  dict="tests/fuzz/dicts/$name.dict"
  budget=(-max_total_time="$seconds")
  [ -n "${FUZZ_RUNS:-}" ] && budget=(-runs="$FUZZ_RUNS")
  echo "== $t: ${FUZZ_RUNS:-$seconds s}${FUZZ_RUNS:+ runs}"
  log="$out/artifacts/$t/last.log"
  start=$(date +%s)
  if "$out/tests/fuzz/$t" "${budget[@]}" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
       -dict="$dict" -artifact_prefix="$out/artifacts/$t/" -print_final_stats=1 "${dirs[@]}" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "   ok: $runs runs in $(($(date +%s) - start)) s ($(sed -n 's/^stat::average_exec_per_sec: *//p' "$log") exec/s)"
  else
    echo "   FAILED (log: $log):"
    grep -E '^==[0-9]+==ERROR|SUMMARY|runtime error|Test unit written|ALARM|out-of-memory' "$log" | head -20 | sed 's/^/   /'
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${failed[*]} failed" >&2
  exit 1
fi
echo "fuzz: every target ran clean"
