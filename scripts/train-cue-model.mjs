#!/usr/bin/env node
// Trains src/stages/claims/cue-model.data.ts: logistic regression (SGD, L2) over the features of
// src/stages/claims/cue-model.ts, on every verb outside quotation marks in PolNeAR gold (default
// ../shared/eval/polnear-dev.jsonl); label: the verb lies inside a gold cue span. Needs a build first.
// `--holdout FILE` also reports precision/recall on another gold file. See docs/models.md.
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { segmentStage } from '../dist/stages/segment/index.js';
import { cueFeatures } from '../dist/stages/claims/cue-model.js';
import { findQuotations, QuoteIndex } from '../dist/stages/claims/quotes.js';
import { createDoc } from '../dist/model/types.js';

const args = process.argv.slice(2);
const holdoutAt = args.indexOf('--holdout');
const holdout = holdoutAt >= 0 ? args.splice(holdoutAt, 2)[1] : null;
const file = args[0] ?? new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url).pathname;
const out = new URL('../src/stages/claims/cue-model.data.ts', import.meta.url).pathname;
const EPOCHS = 8, RATE = 0.1, L2 = 1e-5, MIN_FEATURE_COUNT = 2, THRESHOLD = Number(process.env.THRESHOLD ?? 0.45);
const segment = segmentStage.create({});

async function examples(path) {
  const rows = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line);
    if (!gold.quotes) continue;
    const doc = createDoc({ id: gold.id, title: null, text: gold.text, url: null, source: null, publishedAt: null, language: null, origin: { file: path, format: 'jsonl' }, titleSpan: null });
    segment.run(doc);
    const quotes = new QuoteIndex(findQuotations(gold.text, doc.paragraphs), gold.text);
    const cues = gold.quotes.filter((q) => q.cue_start !== null).map((q) => [q.cue_start, q.cue_end]);
    for (const sentence of doc.sentences) {
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        const token = doc.tokens[i];
        if (token.pos !== 'VERB' || quotes.containing(token.start)) continue;
        let first = i;
        while (first - 1 >= sentence.tokenStart && ['AUX', 'PART', 'ADV'].includes(doc.tokens[first - 1].pos) && doc.tokens[first - 1].lower !== 'to') first--;
        const label = cues.some(([s, e]) => token.start >= s && token.start < e) ? 1 : 0;
        rows.push({ features: cueFeatures(doc.tokens, i, first, sentence.tokenStart, sentence.tokenEnd), label });
      }
    }
  }
  return rows;
}

const train = await examples(file);
const counts = new Map();
for (const row of train) for (const f of row.features) counts.set(f, (counts.get(f) ?? 0) + 1);
const weights = new Map();
let bias = 0;
// Deterministic shuffle (LCG) so the model is the same on every rebuild.
let seed = 12345;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const order = train.map((_, i) => i);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  for (const index of order) {
    const row = train[index];
    const features = row.features.filter((f) => counts.get(f) >= MIN_FEATURE_COUNT);
    let score = bias;
    for (const f of features) score += weights.get(f) ?? 0;
    const p = 1 / (1 + Math.exp(-score));
    const gradient = row.label - p;
    bias += RATE * gradient;
    for (const f of features) { const w = weights.get(f) ?? 0; weights.set(f, w + RATE * (gradient - L2 * w)); }
  }
}
function evaluate(rows, name) {
  let tp = 0, fp = 0, fn = 0;
  for (const row of rows) {
    let score = bias;
    for (const f of row.features) score += weights.get(f) ?? 0;
    const yes = 1 / (1 + Math.exp(-score)) >= THRESHOLD;
    if (yes && row.label) tp++; else if (yes) fp++; else if (row.label) fn++;
  }
  console.error(`${name}: ${rows.length} verbs, cue P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`);
}
evaluate(train, 'train');
if (holdout) evaluate(await examples(holdout), 'holdout');
const kept = [...weights].filter(([, w]) => Math.abs(w) >= 0.01).sort(([a], [b]) => a.localeCompare(b));
writeFileSync(out, `/**
 * Weights of the cue model (src/stages/claims/cue-model.ts), learned by scripts/train-cue-model.mjs
 * from ${train.length} verbs of PolNeAR gold. Generated: do not edit by hand; see docs/models.md.
 */
export const CUE_MODEL_BIAS = ${bias.toFixed(4)};
export const CUE_MODEL_WEIGHTS: ReadonlyMap<string, number> = new Map([
${kept.map(([f, w]) => `  [${JSON.stringify(f)}, ${w.toFixed(4)}],`).join('\n')}
]);
/** Probability from which an unlisted verb counts as a cue. */
export const CUE_MODEL_THRESHOLD = ${THRESHOLD};
`);
console.error(`${kept.length} weights -> ${out}`);
