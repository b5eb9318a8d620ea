#!/usr/bin/env node
// Calibrates claim confidence per cue: runs the built stages (npm run build first) over PolNeAR gold
// (default ../shared/eval/polnear-dev.jsonl) with no confidence threshold, links the claims to gold the
// way `claims eval` does, and writes, for each cue (shape + lemma) seen at least MIN_SEEN times, how
// many of its claims linked to a gold attribution. src/stages/claims/build.ts turns these counts into
// a smoothed precision. See docs/models.md.
import { writeFileSync } from 'node:fs';

// The calibration measures the uncalibrated weights, so it is switched off before the stages load
// (build.ts reads the switch once, when it is imported).
process.env.CLAIMS_UNCALIBRATED = '1';
const { parseConfig } = await import('../dist/config/load.js');
const { evaluateAttributions, predictionFromClaim, readGoldFile } = await import('../dist/eval/index.js');
const { createDoc } = await import('../dist/model/types.js');
const { buildStages } = await import('../dist/pipeline/registry.js');

const MIN_SEEN = 5;
const file = process.argv[2] ?? new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url).pathname;
const out = new URL('../src/stages/claims/cues.calibrated.data.ts', import.meta.url).pathname;
const config = parseConfig({ stages: { claims: { minConfidence: 0 } } });
const stages = buildStages(config.stages);
const docs = await readGoldFile(file);
const claimsByDoc = new Map();
const predictions = new Map();
for (const gold of docs) {
  const doc = createDoc({ id: gold.id, title: null, text: gold.text, url: null, source: null, publishedAt: null, language: null, origin: { file, format: 'jsonl' }, titleSpan: null });
  for (const stage of stages) stage.run(doc);
  claimsByDoc.set(gold.id, doc.claims);
  predictions.set(gold.id, doc.claims.map(predictionFromClaim));
}
const result = evaluateAttributions(docs, predictions);
const counts = new Map();
for (const docResult of result.perDoc) {
  const claims = claimsByDoc.get(docResult.docId) ?? [];
  const linked = new Set(docResult.pairs.map((pair) => pair.predicted));
  claims.forEach((claim, index) => {
    const key = `${claim.rule}:${claim.cue?.lemma ?? ''}`;
    const entry = counts.get(key) ?? [0, 0];
    entry[1]++;
    if (linked.has(index)) entry[0]++;
    counts.set(key, entry);
  });
}
const rows = [...counts].filter(([, [, seen]]) => seen >= MIN_SEEN).sort(([a], [b]) => a.localeCompare(b));
writeFileSync(out, `/**
 * Per-cue calibration learned by scripts/calibrate-cues.mjs from ${docs.length} PolNeAR documents: for each
 * cue (rule:lemma) with at least ${MIN_SEEN} claims, [claims linked to a gold attribution, claims made].
 * Generated: do not edit by hand; see docs/models.md to rebuild.
 */
export const CUE_CALIBRATION: ReadonlyMap<string, readonly [number, number]> = new Map([
${rows.map(([key, [linked, seen]]) => `  [${JSON.stringify(key)}, [${linked}, ${seen}]],`).join('\n')}
]);
`);
console.error(`${rows.length} cues calibrated from ${docs.length} documents -> ${out}`);
