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
import { report, trainLogistic, weightEntries } from './lib/logistic.mjs';

const args = process.argv.slice(2);
const holdoutAt = args.indexOf('--holdout');
const holdout = holdoutAt >= 0 ? args.splice(holdoutAt, 2)[1] : null;
const file = args[0] ?? new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url).pathname;
const out = new URL('../src/stages/claims/cue-model.data.ts', import.meta.url).pathname;
// Averaged SGD over 16 epochs (the mean of the weights after each epoch): eight-fold CV source 70.95 ->
// 71.15, cue 68.85 -> 69.21, content 58.07 -> 58.32, linked 65.15 -> 65.36 over the last epoch's
// weights after 8 (docs/models.md).
const EPOCHS = 16, RATE = 0.1, L2 = 1e-5, MIN_FEATURE_COUNT = 2, AVERAGE = true, THRESHOLD = Number(process.env.THRESHOLD ?? 0.45);
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
const model = trainLogistic(train, { epochs: EPOCHS, rate: RATE, l2: L2, minCount: MIN_FEATURE_COUNT, average: AVERAGE });
const { bias } = model;
report(model, train, THRESHOLD, 'train', 'verbs');
if (holdout) report(model, await examples(holdout), THRESHOLD, 'holdout', 'verbs');
const kept = weightEntries(model);
writeFileSync(out, `/**
 * Weights of the cue model (src/stages/claims/cue-model.ts), learned by scripts/train-cue-model.mjs
 * from ${train.length} verbs of PolNeAR gold. Generated: do not edit by hand; see docs/models.md.
 */
export const CUE_MODEL_BIAS = ${bias.toFixed(4)};
export const CUE_MODEL_WEIGHTS: ReadonlyMap<string, number> = new Map([
${kept.join('\n')}
]);
/** Probability from which an unlisted verb counts as a cue. */
export const CUE_MODEL_THRESHOLD = ${THRESHOLD};
`);
console.error(`${kept.length} weights -> ${out}`);
