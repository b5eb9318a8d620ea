#!/usr/bin/env node
/**
 * Rewrites src/stages/entities/compromise-lexicon.data.ts from the installed compromise: the class
 * of each single word of its lexicon and its organisation and place head words, as the entity
 * tagger uses them (readCompromiseLexicon in src/stages/entities/lexicon.ts). The stage reads that
 * file instead of loading compromise, which cost every worker 100-200 ms of CPU at start-up.
 *
 *   npm run build && node scripts/build-compromise-lexicon.mjs && npm run build
 *
 * Run it after upgrading compromise; tests/stages/entities/lexicon.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompromiseLexicon } from '../dist/stages/entities/lexicon.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'src/stages/entities/compromise-lexicon.data.ts');
const require = createRequire(import.meta.url);
const { version } = require('compromise');

const lexicon = readCompromiseLexicon();
const byClass = new Map();
for (const [word, lexiconClass] of lexicon.classes) {
  if (word.includes(' ') || word === '') throw new Error(`cannot store the word ${JSON.stringify(word)} space-separated`);
  if (!byClass.has(lexiconClass)) byClass.set(lexiconClass, []);
  byClass.get(lexiconClass).push(word);
}
const literal = (words) => JSON.stringify(words.join(' '));
const lines = [
  '/**',
  ` * compromise ${version}'s lexicon as the entity tagger uses it: for each class, the single words`,
  ' * compromise lists with that class, then its organisation and place head words, space-separated.',
  ' * Written by scripts/build-compromise-lexicon.mjs; do not edit (tests/stages/entities/lexicon.test.ts',
  ' * checks it against the installed compromise).',
  ' */',
  "import type { LexiconClass } from './lexicon.js';",
  '',
  'export const COMPROMISE_WORDS: Readonly<Partial<Record<LexiconClass, string>>> = {',
  ...[...byClass].map(([lexiconClass, words]) => `  ${lexiconClass}: ${literal(words)},`),
  '};',
  '',
  `export const COMPROMISE_ORG_WORDS = ${literal([...lexicon.orgWords])};`,
  '',
  `export const COMPROMISE_PLACE_WORDS = ${literal([...lexicon.placeWords])};`,
  '',
];
writeFileSync(out, lines.join('\n'));
console.log(`${out}: ${lexicon.classes.size} words in ${byClass.size} classes, ${lexicon.orgWords.size} org and ${lexicon.placeWords.size} place head words`);
