#!/usr/bin/env node
/**
 * Scores the built segment + entities stages against CoNLL-style NER gold and measures their speed.
 *
 *   npm run build && node scripts/eval-ner.mjs [--file ../shared/eval/conllpp-dev.jsonl] [--errors N]
 *
 * Prints exact span + label P/R/F1 overall and per label (GPE scored as LOC, NORP as MISC, DATE and
 * CARDINAL not scored), span-only F1, and tokens per second of segment alone and segment + entities
 * (best of --runs passes after a warm-up pass, by wall clock and by this process's CPU time). --errors N
 * prints N wrong and missed spans; --no-compromise runs without compromise's word lists.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc } from '../dist/model/types.js';
import { segmentStage } from '../dist/stages/segment/index.js';
import { entitiesStage } from '../dist/stages/entities/index.js';
import { conllLabel, formatErrors, formatScores, scoreNer } from './ner-metrics.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    file: { type: 'string', default: resolve(root, '../shared/eval/conllpp-dev.jsonl') },
    errors: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
    'no-compromise': { type: 'boolean', default: false },
  },
});

const options = { entities: { useCompromise: !args['no-compromise'] }, claims: { minConfidence: 0.3, resolvePronouns: true } };
const segment = segmentStage.create(options);
const entities = entitiesStage.create(options);
const golds = readFileSync(args.file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));

/** A fresh Doc for a gold record (no title span: these files have no title line). */
function docOf(gold) {
  return createDoc({
    id: gold.id, title: null, text: gold.text, url: null, source: null, publishedAt: null, language: 'en',
    origin: { file: args.file, format: 'jsonl' }, titleSpan: null,
  });
}

/**
 * Wall-clock and CPU milliseconds for one pass over every document, running `entities` after
 * segment when asked. CPU time (this process's threads only) is steadier on a busy machine.
 */
function timePass(withEntities) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const gold of golds) {
    const doc = docOf(gold);
    segment.run(doc);
    if (withEntities) entities.run(doc);
  }
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

const scored = [];
let tokenCount = 0;
for (const gold of golds) {
  const doc = docOf(gold);
  segment.run(doc);
  entities.run(doc);
  tokenCount += doc.tokens.length;
  for (const mention of doc.mentions) {
    if (mention.text !== gold.text.slice(mention.start, mention.end)) throw new Error(`${gold.id}: mention text does not match its offsets`);
  }
  scored.push({
    gold: (gold.entities ?? []).map((e) => ({ start: e.start, end: e.end, label: conllLabel(e.label) })),
    predicted: doc.mentions.map((m) => ({ start: m.start, end: m.end, label: conllLabel(m.label), text: m.text, source: m.source })).filter((m) => m.label),
    text: gold.text,
    id: gold.id,
  });
}

const scores = scoreNer(scored);
console.log(`${args.file}: ${golds.length} documents, ${tokenCount} tokens`);
console.log(formatScores(scores));

const runs = Number(args.runs);
timePass(true); // warm-up: JIT, lexicon and model loading
const best = { segment: { wall: Infinity, cpu: Infinity }, both: { wall: Infinity, cpu: Infinity } };
for (let r = 0; r < runs; r++) {
  for (const [key, withEntities] of [['segment', false], ['both', true]]) {
    const pass = timePass(withEntities);
    best[key].wall = Math.min(best[key].wall, pass.wall);
    best[key].cpu = Math.min(best[key].cpu, pass.cpu);
  }
}
const rate = (ms) => Math.round(tokenCount / (ms / 1000)).toLocaleString('en-US');
for (const clock of ['wall', 'cpu']) {
  const share = ((best.both[clock] - best.segment[clock]) / best.both[clock]) * 100;
  console.log(
    `speed (${clock}, best of ${runs}): segment ${rate(best.segment[clock])} tokens/s; segment + entities ${rate(best.both[clock])} tokens/s ` +
      `(entities ${share.toFixed(0)}% of the time)`,
  );
}

const errorCount = Number(args.errors);
if (errorCount > 0) console.log(formatErrors(scored, errorCount));
