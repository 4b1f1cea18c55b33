#!/usr/bin/env bash
# The one entry point: installs what the build needs on Debian 12, then builds
# and either runs the kiosk or runs the tests.
#   ./kiosk.sh run  [kiosk args...]   build and start the kiosk on kiosk-config/
#   ./kiosk.sh test                   build and pass the test suite
#   ./kiosk.sh test-asan              the suite again under ASan+UBSan
#   ./kiosk.sh bench                  build and run the benchmarks
#   ./kiosk.sh demo                   a scripted intake under Xvfb; a PNG of every screen in shots/
#   ./kiosk.sh fuzz [SECONDS]         each libFuzzer target SECONDS (default 30); fails on any finding
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  g++ cmake make pkg-config
  libimgui-dev libstb-dev libglfw3-dev libgl-dev libfreetype-dev
  libsqlite3-dev libsodium-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev
  libcairo2-dev libpango1.0-dev fonts-inter
  libgtest-dev libgmock-dev libbenchmark-dev
  libre2-dev tzdata
  clang libclang-rt-14-dev libfuzzer-14-dev
  xvfb xauth poppler-utils
)

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs() { nproc 2>/dev/null || echo 2; }

build() { # build DIR [cmake args...]
  local dir=$1; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j "$(jobs)"
}

# The answers file of a demo client: every medical question "no" except the
# item ids given after the name.
demo_answers() { # FIRST LAST [YES_ITEM...]
  local first=$1 last=$2 id out=""
  shift 2
  local yes=" $* "
  for id in skin_infection_active cold_sore_active cold_sore_history acne_active keloid_history \
            eczema_psoriasis_flare sunburn_active open_wounds_in_area skin_cancer_in_area retinoids_recent \
            recent_laser_or_peel recent_injectables diabetes bleeding_disorder anticoagulants \
            pregnant_or_breastfeeding metal_allergy autoimmune_disease immunosuppressed anesthetic_allergy; do
    if [[ $yes == *" $id "* ]]; then out+="\"$id\": true, "; else out+="\"$id\": false, "; fi
  done
  printf '{"questionnaire": "microneedling", "language": "en", "answers": {"first_name": "%s", "last_name": "%s", "dob": "1988-03-14", "treatment_areas": ["face", "neck"], %s"consent_risks": true, "consent_aftercare": true, "photo_consent": false, "printed_name": "%s %s", "signature": {"strokes": [[[0.08, 0.62], [0.2, 0.35], [0.3, 0.7], [0.45, 0.4], [0.6, 0.66], [0.9, 0.45]]]}}}\n' \
    "$first" "$last" "$out" "$first" "$last"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    install_packages
    build build
    data_dir=${KIOSK_DATA:-"${XDG_DATA_HOME:-$HOME/.local/share}/intake-kiosk"}
    exec ./build/app/intake-kiosk --config kiosk-config --data "$data_dir" "$@"
    ;;
  test)
    install_packages
    build build -DKIOSK_WARNINGS_AS_ERRORS=ON
    ctest --test-dir build --output-on-failure -j "$(jobs)"
    ;;
  test-asan)
    install_packages
    build build-asan -DKIOSK_WARNINGS_AS_ERRORS=ON -DKIOSK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      ctest --test-dir build-asan --output-on-failure -j "$(jobs)"
    ;;
  bench)
    install_packages
    build build-release -DCMAKE_BUILD_TYPE=Release -DKIOSK_BENCHMARKS=ON
    for b in build-release/tests/bench/bench_*; do
      [ -x "$b" ] || continue
      case "$b" in
        */bench_window) xvfb-run -a -s "-screen 0 1280x800x24" "$b" "$@" ;;  # needs a display
        *) "$b" "$@" ;;
      esac
    done
    ;;
  demo)
    install_packages
    build build
    demo=$(mktemp -d)
    printf 'demo passphrase 2026\n' > "$demo/pass"
    ./build/app/intake-kiosk init --data "$demo/data" --practitioner Demo --passphrase-file "$demo/pass" >/dev/null
    mkdir -p shots
    xvfb-run -a -s "-screen 0 1280x800x24" ./build/app/intake-kiosk --windowed --config kiosk-config \
      --data "$demo/data" --replay tests/e2e/demo.replay --screenshots shots
    # A few more clients, then the practitioner's side: unlock, queue, a
    # submission, the decision dialog.
    demo_answers "Hannah" "Okafor" | ./build/app/intake-kiosk submit --config kiosk-config --data "$demo/data" --answers - >/dev/null
    demo_answers "Margaret" "Chen" anticoagulants | ./build/app/intake-kiosk submit --config kiosk-config --data "$demo/data" --answers - >/dev/null
    demo_answers "Daniel" "Brooks" keloid_history | ./build/app/intake-kiosk submit --config kiosk-config --data "$demo/data" --answers - >/dev/null
    demo_answers "Sofia" "Rossi" cold_sore_active cold_sore_history retinoids_recent | ./build/app/intake-kiosk submit --config kiosk-config --data "$demo/data" --answers - >/dev/null
    xvfb-run -a -s "-screen 0 1280x800x24" ./build/app/intake-kiosk --windowed --config kiosk-config \
      --data "$demo/data" --replay tests/e2e/demo-practitioner.replay --screenshots shots
    ./build/app/intake-kiosk list --data "$demo/data"
    rm -rf "$demo"
    echo "Screenshots: $(ls shots/*.png | wc -l) PNGs in shots/"
    ;;
  fuzz)
    install_packages
    tests/fuzz/run.sh "$@"
    ;;
  *)
    echo "usage: $0 run [kiosk args...] | test | test-asan | bench | demo | fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
