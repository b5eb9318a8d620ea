#!/usr/bin/env node
// Learns the reporting-verb lexicon src/stages/claims/cues.learned.data.ts from PolNeAR gold
// (default ../shared/eval/polnear-dev.jsonl): for every verb lemma, how often an occurrence of it heads
// a gold cue. Lemmas seen as cue heads at least MIN_COUNT times with precision >= MIN_PRECISION are
// kept, with that precision as their weight. Needs a build first (npm run build). See docs/models.md.
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { segmentStage } from '../dist/stages/segment/index.js';
import { createDoc } from '../dist/model/types.js';
import { verbClasses } from '../dist/stages/claims/verb-classes.js';

const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const MIN_PRECISION = Number(process.env.MIN_PRECISION ?? 0.25);
/** Seen fewer times, a lemma still counts when WordNet's usual sense of it is saying or thinking. */
const MIN_COUNT_CLASSED = Number(process.env.MIN_COUNT_CLASSED ?? 1);
const SAYING_OR_THINKING = new Set(['m', 'g']);
const file = process.argv[2] ?? new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url).pathname;
const out = new URL('../src/stages/claims/cues.learned.data.ts', import.meta.url).pathname;
const segment = segmentStage.create({});
const asCue = new Map();
const total = new Map();
let docs = 0;
for await (const line of createInterface({ input: createReadStream(file) })) {
  if (!line.trim()) continue;
  const gold = JSON.parse(line);
  if (!gold.quotes) continue;
  docs++;
  const doc = createDoc({ id: gold.id, title: null, text: gold.text, url: null, source: null, publishedAt: null, language: null, origin: { file, format: 'jsonl' }, titleSpan: null });
  segment.run(doc);
  const heads = new Set();
  for (const quote of gold.quotes) {
    if (quote.cue_start === null) continue;
    // The head of a cue is its last verb ("has also called" -> "called").
    let head = -1;
    for (let i = 0; i < doc.tokens.length; i++) {
      const token = doc.tokens[i];
      if (token.start >= quote.cue_end) break;
      if (token.start >= quote.cue_start && token.pos === 'VERB') head = i;
    }
    if (head >= 0) heads.add(head);
  }
  doc.tokens.forEach((token, i) => {
    if (token.pos !== 'VERB') return;
    total.set(token.lemma, (total.get(token.lemma) ?? 0) + 1);
    if (heads.has(i)) asCue.set(token.lemma, (asCue.get(token.lemma) ?? 0) + 1);
  });
}
const rows = [...asCue]
  .map(([lemma, count]) => ({ lemma, count, precision: count / total.get(lemma) }))
  .filter((row) => row.count >= (SAYING_OR_THINKING.has(verbClasses(row.lemma)?.[0]) ? MIN_COUNT_CLASSED : MIN_COUNT) && row.precision >= MIN_PRECISION && /^[a-z-]+$/.test(row.lemma))
  .sort((a, b) => a.lemma.localeCompare(b.lemma));
const body = rows.map((row) => `  ['${row.lemma}', ${row.precision.toFixed(2)}], // ${row.count} of ${total.get(row.lemma)}`).join('\n');
writeFileSync(out, `/**
 * Reporting verbs learned from PolNeAR gold by scripts/learn-cues.mjs (${docs} documents): each verb
 * lemma that headed a gold cue at least ${MIN_COUNT} times, with the share of its occurrences that did
 * (used as the cue's weight). Generated: do not edit by hand; see docs/models.md to rebuild.
 */
export const LEARNED_CUE_VERBS: ReadonlyMap<string, number> = new Map([
${body}
]);
`);
console.error(`${rows.length} cue verbs from ${docs} documents -> ${out}`);
