#!/usr/bin/env bash
# K-fold cross-validation of everything learned from PolNeAR (docs/quality.md), pooled: line i of the
# gold file goes to fold i mod K; for each fold the cue lexicon, the cue model, the content-end model
# and the cue calibration are learned on the other K-1 folds and the fold is scored with `claims eval`.
# The folds' true positives, predictions and gold counts are summed, so every article is scored once,
# by files that never saw it, and learned from (K-1)/K of the articles: with K = 8 that is close to
# what the shipped files learn from all of them. The learned data files are restored afterwards.
# Usage: scripts/cross-validate-k.sh [K] [GOLD.jsonl]   (defaults 8, ../shared/eval/polnear-dev.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
k="${1:-8}"
gold="${2:-../shared/eval/polnear-dev.jsonl}"
work="$(mktemp -d)"
DATA="src/stages/claims/cues.learned.data.ts src/stages/claims/cue-model.data.ts src/stages/claims/content-model.data.ts src/stages/claims/cues.calibrated.data.ts"
trap 'for f in $DATA; do cp "$work/keep/$(basename "$f")" "$f"; done; npx tsc -p . ; rm -rf "$work"' EXIT
mkdir -p "$work/keep" && cp $DATA "$work/keep/"
npx tsc -p .
for ((fold = 0; fold < k; fold++)); do
  awk -v k="$k" -v f="$fold" '(NR - 1) % k != f' "$gold" > "$work/learn.jsonl"
  awk -v k="$k" -v f="$fold" '(NR - 1) % k == f' "$gold" > "$work/score.jsonl"
  node scripts/learn-cues.mjs "$work/learn.jsonl" 2>/dev/null && npx tsc -p .
  node scripts/train-cue-model.mjs "$work/learn.jsonl" 2>/dev/null && npx tsc -p .
  node scripts/train-content-model.mjs "$work/learn.jsonl" 2>/dev/null && npx tsc -p .
  node scripts/calibrate-cues.mjs "$work/learn.jsonl" 2>/dev/null && npx tsc -p .
  node dist/cli/index.js eval "$work/score.jsonl" --json ${EVAL_ARGS:-} ${KEEP_DB:+--db "$KEEP_DB-$fold.sqlite"} > "$work/fold-$fold.json" 2>/dev/null
  echo "fold $((fold + 1)) of $k scored" >&2
done
node scripts/lib/pool-folds.mjs "$work"/fold-*.json
