#!/usr/bin/env bash
# Whole-process timing of `slate render` on big-fish.fountain (about 120 pages): what a user waits
# for, JVM start-up included. Needs hyperfine and GNU time (Debian: hyperfine, time) and a built
# cli/target/slate.jar (mvn -B -q package -DskipTests). Compare with afterwriting by passing its
# command line in AFTERWRITING, e.g.
#   AFTERWRITING="node node_modules/afterwriting/awc.js --source {script} --pdf {out} --overwrite"
set -euo pipefail
cd "$(dirname "$0")/.."
jar=cli/target/slate.jar
shared=${SLATE_SHARED:-../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$shared/corpus/fountain/big-fish.fountain" "$work/big-fish.fountain"
for i in $(seq 10); do cat "$work/big-fish.fountain"; printf '\n\n'; done > "$work/big-fish-x10.fountain"

runs=(
  "java -jar $jar render $work/big-fish.fountain --pdf $work/out.pdf"
  "bin/slate render $work/big-fish.fountain --pdf $work/out.pdf"
  "bin/slate render $work/big-fish-x10.fountain --pdf $work/out10.pdf"
)
if [ -n "${AFTERWRITING:-}" ]; then
  aw=${AFTERWRITING//\{script\}/$work/big-fish.fountain}
  runs+=("${aw//\{out\}/$work/aw.pdf}")
fi
hyperfine --warmup 2 --runs "${RUNS:-10}" "${runs[@]}"

echo
echo "Peak resident memory (GNU time, KiB):"
for run in "${runs[@]}"; do
  printf '%8s  %s\n' "$(/usr/bin/time -f %M $run 2>&1 >/dev/null | tail -1)" "$run"
done
