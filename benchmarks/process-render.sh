#!/usr/bin/env bash
# Whole-process timing of `slate render` on big-fish.fountain (about 120 pages) beside afterwriting
# 1.17.3 in the same run: what a user waits for, JVM and Node start-up included, each command run
# the way its users run it. Prints hyperfine's table, each Slate command's median as a share of
# afterwriting's, and the peak memory of each.
#
# Needs hyperfine, GNU time, node and npm (Debian: hyperfine time nodejs npm) and a built
# cli/target/slate.jar with its class-data archive (mvn -B -q package -DskipTests). afterwriting is
# installed with npm into a folder of its own (AFTERWRITING_DIR, default a folder under TMPDIR),
# never into the project; AFTERWRITING="COMMAND with {script} and {out}" runs another command instead.
# Where a Java 25 or later is installed (JAVA25_HOME, else the first /usr/lib/jvm/*25* with a release
# file saying 25), bin/slate runs once more with JAVA_HOME pointing at it, with its JDK 25 AOT cache.
# RUNS (default 10) runs of each, after 2 warm-up runs; each bin/slate makes its archive before the timing.
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
hyperfine --warmup 2 --runs "${RUNS:-10}" --export-csv "$work/times.csv" "${runs[@]}"

echo
echo "Median whole-process time as a share of afterwriting's (same run; goal 0.5 or less):"
# hyperfine's CSV: command,mean,stddev,median,user,system,min,max
awk -F, 'NR == 2 { aw = $4; awcpu = $5 + $6 } NR > 2 { printf "  %.2f  (%.3f s against %.3f s; CPU %.2f of afterwriting'"'"'s)  %s\n", $4 / aw, $4, aw, ($5 + $6) / awcpu, $1 }' "$work/times.csv"

echo
echo "Peak resident memory (GNU time, KiB):"
for run in "${runs[@]}"; do
  # shellcheck disable=SC2086 # each run is a command line
  printf '%8s  %s\n' "$(/usr/bin/time -f %M $run 2>&1 >/dev/null | tail -1)" "$run"
done
