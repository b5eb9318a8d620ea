#!/usr/bin/env node
// Trains src/stages/claims/content-model.data.ts: where reported content ends (see
// src/stages/claims/content-model.ts). Runs the pipeline over PolNeAR gold (default
// ../shared/eval/polnear-dev.jsonl) with the model switched off, so that every candidate the rules reach
// is traced; a scan whose start matches a gold content start (lenient) gives one example per candidate up
// to the gold end: label 1 where the gold content ends, 0 before. Needs a build first.
// `--holdout FILE` also reports precision/recall on another gold file. See docs/models.md.
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { buildStages } from '../dist/pipeline/registry.js';
import { parseConfig } from '../dist/config/load.js';
import { setContentTrace } from '../dist/stages/claims/content-model.js';
import { trimLenient } from '../dist/eval/index.js';
import { createDoc } from '../dist/model/types.js';
import { report, trainLogistic, weightEntries } from './lib/logistic.mjs';

const args = process.argv.slice(2);
const holdoutAt = args.indexOf('--holdout');
const holdout = holdoutAt >= 0 ? args.splice(holdoutAt, 2)[1] : null;
const file = args[0] ?? new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url).pathname;
const out = new URL('../src/stages/claims/content-model.data.ts', import.meta.url).pathname;
const THRESHOLD = Number(process.env.CONTENT_THRESHOLD ?? 0.5);
const stages = buildStages(parseConfig({}).stages);

async function examples(path) {
  const rows = [];
  let scans = 0, matched = 0;
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line);
    if (!gold.quotes) continue;
    const text = gold.text;
    // Gold content spans (first fragment start to last fragment end) that follow their cue.
    const ends = new Map();
    const byAttribution = new Map();
    for (const q of gold.quotes) {
      const a = byAttribution.get(q.attribution_id) ?? { start: q.start, end: q.end, cue: q.cue_end };
      a.start = Math.min(a.start, q.start); a.end = Math.max(a.end, q.end);
      byAttribution.set(q.attribution_id, a);
    }
    for (const a of byAttribution.values()) {
      if (a.cue === null || a.cue > a.start) continue;
      const span = trimLenient(text, a, true);
      if (!ends.has(span.start)) ends.set(span.start, span.end);
    }
    const traced = new Map();
    setContentTrace((first, k, features) => {
      const scan = traced.get(first) ?? new Map();
      if (!scan.has(k)) scan.set(k, features);
      traced.set(first, scan);
    });
    const doc = createDoc({ id: gold.id, title: null, text, url: null, source: null, publishedAt: null, language: null, origin: { file: path, format: 'jsonl' }, titleSpan: null });
    for (const stage of stages) stage.run(doc);
    setContentTrace(null);
    for (const [first, scan] of traced) {
      scans++;
      const start = trimLenient(text, { start: doc.tokens[first].start, end: doc.tokens[first].end + 1000 }, true).start;
      const goldEnd = ends.get(start);
      if (goldEnd === undefined) continue;
      matched++;
      for (const [k, features] of [...scan].sort((a, b) => a[0] - b[0])) {
        const end = trimLenient(text, { start: doc.tokens[first].start, end: doc.tokens[k - 1].end }, true).end;
        if (end > goldEnd) break;
        rows.push({ features, label: end === goldEnd ? 1 : 0 });
        if (end === goldEnd) break;
      }
    }
  }
  console.error(`${path}: ${scans} scans, ${matched} start where gold content starts`);
  return rows;
}

const train = await examples(file);
const drop = (process.env.DROP ?? '').split(',').filter(Boolean);
if (drop.length) for (const row of train) row.features = row.features.filter((f) => !drop.some((d) => f.startsWith(d)));
const model = trainLogistic(train, { epochs: Number(process.env.EPOCHS ?? 30), rate: Number(process.env.RATE ?? 0.02), l2: Number(process.env.L2 ?? 1e-5), minCount: Number(process.env.MINC ?? 3), average: process.env.AVERAGE !== '0' });
report(model, train, THRESHOLD, 'train', 'candidates');
if (holdout) report(model, await examples(holdout), THRESHOLD, 'holdout', 'candidates');
const kept = weightEntries(model);
writeFileSync(out, `/**
 * Weights of the content-end model (src/stages/claims/content-model.ts), learned by
 * scripts/train-content-model.mjs from ${train.length} candidate ends of PolNeAR gold. Generated: do not
 * edit by hand; see docs/models.md.
 */
export const CONTENT_MODEL_BIAS = ${model.bias.toFixed(4)};
export const CONTENT_MODEL_WEIGHTS: ReadonlyMap<string, number> = new Map([
${kept.join('\n')}
]);
/** Probability from which content ends before a candidate. */
export const CONTENT_MODEL_THRESHOLD = ${THRESHOLD};
`);
console.error(`${kept.length} weights -> ${out}`);
