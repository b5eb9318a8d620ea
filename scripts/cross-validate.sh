#!/usr/bin/env bash
# Two-fold cross-validation of everything learned from PolNeAR (docs/quality.md): splits the gold file
# into odd and even lines, learns the cue lexicon, the cue model, the content-end model and the cue
# calibration on one half, scores the other with `claims eval`, and the other way round. The learned
# data files are restored afterwards (and rebuilt), so the working tree ends as it started.
# Usage: scripts/cross-validate.sh [GOLD.jsonl]   (default ../shared/eval/polnear-dev.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/eval/polnear-dev.jsonl}"
work="$(mktemp -d)"
trap 'for f in $DATA; do cp "$work/keep/$(basename "$f")" "$f"; done; npx tsc -p . ; rm -rf "$work"' EXIT
DATA="src/stages/claims/cues.learned.data.ts src/stages/claims/cue-model.data.ts src/stages/claims/content-model.data.ts src/stages/claims/cues.calibrated.data.ts"
mkdir -p "$work/keep" && cp $DATA "$work/keep/"
awk 'NR % 2 == 1' "$gold" > "$work/odd.jsonl"
awk 'NR % 2 == 0' "$gold" > "$work/even.jsonl"
npx tsc -p .
for fold in "odd even" "even odd"; do
  set -- $fold
  node scripts/learn-cues.mjs "$work/$1.jsonl" 2>/dev/null && npx tsc -p .
  node scripts/train-cue-model.mjs "$work/$1.jsonl" 2>/dev/null && npx tsc -p .
  node scripts/train-content-model.mjs "$work/$1.jsonl" 2>/dev/null && npx tsc -p .
  node scripts/calibrate-cues.mjs "$work/$1.jsonl" 2>/dev/null && npx tsc -p .
  echo "== learned on the $1 lines, scored on the $2 lines"
  node dist/cli/index.js eval "$work/$2.jsonl" 2>/dev/null | grep -E "^(source|cue|content|linked)|lenient|token overlap|direct quotes"
done
