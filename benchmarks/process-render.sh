#!/usr/bin/env bash
# Whole-process timing of `slate render` on big-fish.fountain (about 120 pages) beside afterwriting
# 1.17.3 in the same run: what a user waits for, JVM and Node start-up included, each command run
# the way its users run it, in interleaved rounds. Prints each command's median, each Slate command's
# as a share of afterwriting's, and the peak memory of each.
#
# Needs GNU time, node and npm (Debian: time nodejs npm) and a built cli/target/slate.jar with its
# class-data archive (mvn -B -q package -DskipTests). afterwriting is installed with npm into a folder
# of its own (AFTERWRITING_DIR, default a folder under TMPDIR), never into the project;
# AFTERWRITING="COMMAND with {script} and {out}" runs another command instead.
# Where a Java 25 or later is installed (JAVA25_HOME, else the first /usr/lib/jvm/*25* with a release
# file saying 25), bin/slate runs once more with JAVA_HOME pointing at it, with its JDK 25 AOT cache.
# RUNS (default 10) rounds, after 2 warm-up runs of each; each bin/slate makes its archive before the timing.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/slate.jar
shared=${SLATE_SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$shared/corpus/fountain/big-fish.fountain" "$work/big-fish.fountain"
for i in $(seq 10); do cat "$work/big-fish.fountain"; printf '\n\n'; done > "$work/big-fish-x10.fountain"

if [ -z "${AFTERWRITING:-}" ]; then
  aw_dir=${AFTERWRITING_DIR:-${TMPDIR:-/tmp}/slate-afterwriting-1.17.3}
  if [ ! -f "$aw_dir/node_modules/afterwriting/awc.js" ]; then
    mkdir -p "$aw_dir"
    (cd "$aw_dir" && npm install --no-audit --no-fund --silent afterwriting@1.17.3 >/dev/null)
  fi
  AFTERWRITING="node $aw_dir/node_modules/afterwriting/awc.js --source {script} --pdf {out} --overwrite"
fi
aw=${AFTERWRITING//\{script\}/$work/big-fish.fountain}
aw=${aw//\{out\}/$work/aw.pdf}

java25=${JAVA25_HOME:-}
if [ -z "$java25" ]; then
  for home in /usr/lib/jvm/*25*; do
    if grep -q '^JAVA_VERSION="25' "$home/release" 2>/dev/null && [ -x "$home/bin/java" ]; then java25=$home; break; fi
  done
fi

runs=(
  "$aw"
  "java -jar $jar render $work/big-fish.fountain --pdf $work/out.pdf"
  "bin/slate render $work/big-fish.fountain --pdf $work/out.pdf"
  "bin/slate render $work/big-fish-x10.fountain --pdf $work/out10.pdf"
)
if [ -n "$java25" ]; then
  runs+=("env JAVA_HOME=$java25 bin/slate render $work/big-fish.fountain --pdf $work/out.pdf")
fi
# The first render of each Java makes bin/slate's archive for it (a checkout's build made the build Java's).
bin/slate render "$work/big-fish.fountain" --pdf "$work/out.pdf" 2>/dev/null
[ -z "$java25" ] || JAVA_HOME=$java25 bin/slate render "$work/big-fish.fountain" --pdf "$work/out.pdf" 2>/dev/null
# Interleaved rounds, each running every command once in turn: a machine whose speed drifts during
# the run (a shared host does) slows both programs alike, and the ratio stays fair. hyperfine runs
# one command's runs after another's, which turns such a drift into a false ratio.
for run in "${runs[@]}"; do
  # shellcheck disable=SC2086 # each run is a command line
  for i in 1 2; do $run >/dev/null 2>&1; done # warm-up: the file cache and the archives
done
: > "$work/times.tsv"
for round in $(seq "${RUNS:-10}"); do
  k=0
  for run in "${runs[@]}"; do
    k=$((k + 1))
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    $run >/dev/null 2>&1
    end=$(date +%s%N)
    printf '%s\t%s\n' "$k" "$(( (end - start) / 1000 ))" >> "$work/times.tsv"
  done
done

echo "Whole-process time, median of ${RUNS:-10} interleaved rounds (min, max), and as a share of afterwriting's median (goal 0.5 or less):"
k=0
for run in "${runs[@]}"; do
  k=$((k + 1))
  awk -F '\t' -v k="$k" '$1 == k { print $2 }' "$work/times.tsv" | sort -n \
    | awk -v run="$run" -v k="$k" -v file="$work/aw.median" '
        { t[NR] = $1 }
        END {
          m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          if (k == 1) { print m > file; close(file); share = "     " }
          else { getline aw < file; share = sprintf("%.2f ", m / aw) }
          printf "  %s %.3f s (%.3f-%.3f)  %s\n", share, m / 1e6, t[1] / 1e6, t[NR] / 1e6, run
        }'
done

echo
echo "Peak resident memory (GNU time, KiB):"
for run in "${runs[@]}"; do
  # shellcheck disable=SC2086 # each run is a command line
  printf '%8s  %s\n' "$(/usr/bin/time -f %M $run 2>&1 >/dev/null | tail -1)" "$run"
done
