#!/usr/bin/env bash
# Two-fold cross-validation of everything learned from PolNeAR (docs/quality.md): learns the cue
# lexicon, the cue model, the content-end model and the cue calibration on the odd lines of the gold
# file, scores the even lines with `claims eval`, and the other way round; prints each fold and the
# pooled figures. It is scripts/cross-validate-k.sh with K = 2 (fold 0 is the odd lines).
# Usage: scripts/cross-validate.sh [GOLD.jsonl]   (default ../shared/eval/polnear-dev.jsonl)
exec "$(dirname "$0")/cross-validate-k.sh" 2 "$@"
