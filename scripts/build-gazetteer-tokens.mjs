#!/usr/bin/env node
/**
 * Rewrites src/stages/entities/gazetteer-tokens.data.ts: the gazetteer aliases that wink-nlp does
 * not split at their spaces alone ("al-Qaeda", "U.S."), with the tokens it makes of them. Every
 * alias is read in the order the gazetteer is built, by one wink instance that knows no word
 * beyond its shipped lexicon at the start, as the gazetteer read them itself before this file
 * existed (aliasTokens in src/stages/entities/gazetteer.ts explains why it no longer does).
 *
 *   npm run build && node scripts/build-gazetteer-tokens.mjs && npm run build
 *
 * Run it after changing a gazetteer table or upgrading wink-nlp or its model;
 * tests/stages/entities/gazetteer.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aliasRows } from '../dist/stages/entities/gazetteer.js';
import { forgetLearnedWords, getWink } from '../dist/stages/segment/wink.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'src/stages/entities/gazetteer-tokens.data.ts');
const require = createRequire(import.meta.url);
const versions = ['wink-nlp', 'wink-eng-lite-web-model'].map((name) => `${name} ${require(`${name}/package.json`).version}`).join(', ');

const wink = getWink();
const tokensBySpelling = new Map();
let aliases = 0;
for (const { spelling } of aliasRows()) {
  aliases++;
  const tokens = wink.readDoc(spelling).tokens().out().filter((token) => token.trim() !== '');
  const earlier = tokensBySpelling.get(spelling);
  if (earlier && JSON.stringify(earlier) !== JSON.stringify(tokens)) {
    throw new Error(`wink splits ${JSON.stringify(spelling)} differently the second time (${JSON.stringify(earlier)}, ${JSON.stringify(tokens)}): a list keyed by spelling cannot hold it`);
  }
  tokensBySpelling.set(spelling, tokens);
}
forgetLearnedWords();

const bySpaces = (spelling) => spelling.split(' ').filter((word) => word !== '');
const exceptions = [...tokensBySpelling].filter(([spelling, tokens]) => JSON.stringify(tokens) !== JSON.stringify(bySpaces(spelling)));
const lines = [
  '/**',
  ' * The gazetteer aliases that wink-nlp does not split at their spaces alone, with the tokens it',
  ' * makes of them (every other alias is its space-separated words), as read by',
  ` * ${versions}.`,
  ' * Written by scripts/build-gazetteer-tokens.mjs; do not edit (tests/stages/entities/gazetteer.test.ts',
  ' * checks it).',
  ' */',
  'export const ALIAS_TOKENS: ReadonlyMap<string, readonly string[]> = new Map([',
  ...exceptions.map(([spelling, tokens]) => `  [${JSON.stringify(spelling)}, ${JSON.stringify(tokens)}],`),
  ']);',
  '',
];
writeFileSync(out, lines.join('\n'));
console.log(`${out}: ${exceptions.length} of ${tokensBySpelling.size} spellings (${aliases} aliases) split otherwise than at spaces`);
