#!/usr/bin/env bash
# Soak test (not run by CI): N rounds of `intake-kiosk submit`, each with a
# fresh submission_id, killed with SIGKILL after a random short delay. A
# submission is acknowledged when the process printed its id (it prints only
# after the commit returned). At the end every acknowledged id must be stored
# exactly once, PRAGMA integrity_check must say ok and `audit verify` must pass.
#
# Usage: tests/soak/kill9_submits.sh [ROUNDS]        (default 10000)
# Environment:
#   KIOSK_EXE        the executable (default: build/app/intake-kiosk)
#   KIOSK_CONFIG     the config directory (default: kiosk-config)
#   SOAK_DIR         where to keep the data (default: a fresh mktemp -d, kept)
#   SOAK_MAX_DELAY_MS  longest delay before the kill (default: 1.5 x the time
#                    an unkilled submit takes here, so most rounds die mid-way
#                    and some finish)
# Prints progress every 100 rounds on stderr and the figures at the end;
# exits 0 only when nothing acknowledged was lost or doubled and both checks pass.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${1:-10000}
exe=${KIOSK_EXE:-$root/build/app/intake-kiosk}
config=${KIOSK_CONFIG:-$root/kiosk-config}
work=${SOAK_DIR:-$(mktemp -d /tmp/kiosk-soak.XXXXXX)}
data=$work/data
template=$here/clear_client.json

[[ -x $exe ]] || { echo "kill9_submits: no executable at $exe (set KIOSK_EXE)" >&2; exit 2; }
[[ $rounds =~ ^[0-9]+$ && $rounds -gt 0 ]] || { echo "kill9_submits: ROUNDS must be a positive number" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "kill9_submits: needs the sqlite3 command (apt-get install sqlite3)" >&2; exit 2; }
mkdir -p "$work"
[[ ! -e $data ]] || { echo "kill9_submits: $data already exists; use a fresh SOAK_DIR" >&2; exit 2; }

printf 'soak test passphrase\n' >"$work/pass"
"$exe" init --data "$data" --practitioner Soak --passphrase-file "$work/pass" >/dev/null

acked=$work/acknowledged.txt     # one id per line
attempted=$work/attempted.txt
: >"$acked"
: >"$attempted"
answers=$work/answers.json
out=$work/out.txt
err=$work/err.txt

write_answers() {  # $1: the submission id
    local t
    t=$(<"$template")
    printf '%s\n' "${t//@ID@/$1}" >"$answers"
}

now_ms() { date +%s%3N; }

# How long an unkilled submit takes here (median of 5; these count as rounds'
# acknowledgements too, not as rounds).
warmup=0
if [[ -z ${SOAK_MAX_DELAY_MS:-} ]]; then
    warmup=5
    times=()
    for _ in 1 2 3 4 5; do
        id=$(</proc/sys/kernel/random/uuid)
        write_answers "$id"
        t0=$(now_ms)
        "$exe" submit --config "$config" --data "$data" --answers "$answers" >"$out"
        times+=($(($(now_ms) - t0)))
        echo "$id" >>"$attempted"
        grep -qx "$id" "$out" && echo "$id" >>"$acked"
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    SOAK_MAX_DELAY_MS=$((median * 3 / 2 + 1))
    echo "kill9_submits: an unkilled submit takes ${median} ms here; killing after 0..${SOAK_MAX_DELAY_MS} ms" >&2
fi

started=$(date +%s)
finished=0 killed=0 failed=0
for ((round = 1; round <= rounds; ++round)); do
    id=$(</proc/sys/kernel/random/uuid)
    write_answers "$id"
    echo "$id" >>"$attempted"
    "$exe" submit --config "$config" --data "$data" --answers "$answers" >"$out" 2>"$err" &
    pid=$!
    delay=$((RANDOM % (SOAK_MAX_DELAY_MS + 1)))
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -9 "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?  # 2>/dev/null: no "Killed" notice from bash
    # Only a whole line counts: the id followed by its newline.
    if grep -qx "$id" "$out"; then echo "$id" >>"$acked"; fi
    case $status in
        0) finished=$((finished + 1)) ;;
        137) killed=$((killed + 1)) ;;
        3) echo "kill9_submits: round $round: the database is reported damaged:" >&2
           cat "$err" >&2
           failed=$((failed + 1))
           break ;;
        *) failed=$((failed + 1))
           [[ $failed -le 5 ]] && { echo "kill9_submits: round $round exited $status:" >&2; cat "$err" >&2; } ;;
    esac
    if ((round % 100 == 0)); then
        echo "kill9_submits: $round/$rounds rounds, $(wc -l <"$acked") acknowledged, $(($(date +%s) - started)) s" >&2
    fi
done
elapsed=$(($(date +%s) - started))
rounds_run=$((round > rounds ? rounds : round))

# The checks, through the kiosk's own commands and the sqlite3 shell.
db=$data/kiosk.db
integrity=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1 | head -5 | tr '\n' ' ')
audit_status=0
"$exe" audit verify --data "$data" >"$work/audit.txt" 2>&1 || audit_status=$?
sqlite3 "$db" 'SELECT id FROM submissions' | sort >"$work/stored.txt"
sort "$acked" >"$work/acked.sorted"
acknowledged=$(wc -l <"$work/acked.sorted")
stored=$(wc -l <"$work/stored.txt")
lost=$(comm -23 "$work/acked.sorted" <(sort -u "$work/stored.txt") | wc -l)
doubled=$(uniq -d "$work/stored.txt" | wc -l)
# Stored without an acknowledgement: killed after the commit, before the print.
unacked=$(comm -13 "$work/acked.sorted" <(sort -u "$work/stored.txt") | wc -l)
# Stored but never attempted: must be none.
strangers=$(comm -13 <(sort "$attempted") <(sort -u "$work/stored.txt") | wc -l)

cat <<EOF
rounds:        $rounds_run ($killed killed, $finished finished before the kill, $failed failed otherwise; $warmup unkilled first, to time a submit)
acknowledged:  $acknowledged
stored:        $stored ($unacked committed but killed before printing)
lost:          $lost
doubled:       $doubled
unknown ids:   $strangers
integrity:     $integrity
audit verify:  exit $audit_status ($(head -1 "$work/audit.txt"))
time:          ${elapsed} s (max delay ${SOAK_MAX_DELAY_MS} ms)
data:          $work
EOF

[[ $lost -eq 0 && $doubled -eq 0 && $strangers -eq 0 && $integrity == "ok " && $audit_status -eq 0 && $failed -eq 0 ]]
