#!/usr/bin/env node
/**
 * Rebuilds src/stages/entities/model.data.ts, the entity tagger's weights, from the CoNLL-2003
 * training documents (../shared/eval/conllpp-train.jsonl). See docs/models.md.
 *
 *   npm run build && node scripts/build-lexicons.mjs            # train on all of it, write the model
 *   npm run build && node scripts/build-lexicons.mjs --validate # 5-fold cross-validation, nothing written
 *
 * Options: --train FILE, --epochs N (default 12), --seed N, --out FILE. Training is deterministic
 * for a given seed. The features come from dist/stages/entities/features.js, the same code the
 * stage runs, so build first whenever features.ts or a *.data.ts gazetteer changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDoc } from '../dist/model/types.js';
import { segmentStage } from '../dist/stages/segment/index.js';
import { buildWords } from '../dist/stages/entities/words.js';
import { buildContexts, tagDocument } from '../dist/stages/entities/tagger.js';
import { getNameLexicon } from '../dist/stages/entities/lexicon.js';
import { LinearModel, TAGS, TAG_COUNT } from '../dist/stages/entities/perceptron.js';
import { TEMPLATE_NAMES } from '../dist/stages/entities/features.js';
import { createRecognizer } from '../dist/stages/entities/recognizer.js';
import { conllLabel, formatErrors, formatScores, scoreNer } from './ner-metrics.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    train: { type: 'string', default: resolve(root, '../shared/eval/conllpp-train.jsonl') },
    epochs: { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: resolve(root, 'src/stages/entities/model.data.ts') },
    validate: { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    errors: { type: 'string', default: '0' },
  },
});

const GOLD_TYPES = { PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const TAG_INDEX = new Map(TAGS.map((tag, i) => [tag, i]));

/** A small deterministic PRNG (mulberry32), so a rebuild gives the same model. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Segments one gold document and returns its tag contexts with the gold BIO tag of every word. */
function prepare(gold, segment, lexicon) {
  const doc = createDoc({
    id: gold.id, title: null, text: gold.text, url: null, source: null, publishedAt: null, language: 'en',
    origin: { file: 'train', format: 'jsonl' }, titleSpan: null,
  });
  segment.run(doc);
  const contexts = buildContexts(buildWords(doc), doc.tokens, lexicon);
  const goldTags = new Map();
  const entities = [...gold.entities].sort((a, b) => a.start - b.start);
  for (const context of contexts) {
    for (const word of context.sentence.words) {
      const entity = entities.find((e) => e.start <= word.start && word.start < e.end);
      const type = entity ? GOLD_TYPES[entity.label] : null;
      const tag = !type ? 'O' : `${entity.start === word.start ? 'B' : 'I'}-${type}`;
      goldTags.set(word, TAG_INDEX.get(tag));
    }
  }
  return { gold, doc, contexts, goldTags };
}

/** Averaged perceptron training over prepared documents (Collins 2002, with lazy averaging). */
function train(prepared, epochs, seed) {
  const model = new LinearModel(TEMPLATE_NAMES);
  let totals = new Float64Array(1 << 16);
  let stamps = new Float64Array(1 << 16);
  let step = 0;
  const bump = (template, value, k, delta) => {
    const row = model.ensureRow(template, value);
    if (row + TAG_COUNT > totals.length) {
      const size = Math.max(totals.length * 2, row + TAG_COUNT);
      const grownTotals = new Float64Array(size);
      grownTotals.set(totals);
      totals = grownTotals;
      const grownStamps = new Float64Array(size);
      grownStamps.set(stamps);
      stamps = grownStamps;
    }
    const weights = model.weights;
    totals[row + k] += (step - stamps[row + k]) * weights[row + k];
    stamps[row + k] = step;
    weights[row + k] += delta;
  };
  const rand = random(seed);
  const order = prepared.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let seen = 0;
    for (const index of order) {
      const { contexts, goldTags } = prepared[index];
      tagDocument(contexts, model, (lists, guess, word) => {
        step++;
        seen++;
        const truth = goldTags.get(word);
        if (truth === guess) return;
        errors++;
        for (const list of lists) {
          for (let f = 0; f < list.templates.length; f++) {
            bump(list.templates[f], list.values[f], truth, 1);
            bump(list.templates[f], list.values[f], guess, -1);
          }
        }
      });
    }
    if (process.env.VERBOSE) console.error(`epoch ${epoch + 1}: ${errors} errors in ${seen} scored words (${((100 * errors) / seen).toFixed(2)}%)`);
  }
  // Average: each weight's value integrated over all steps, divided by the number of steps.
  const averaged = new LinearModel(TEMPLATE_NAMES, model.size + 1);
  const templateIndex = new Map(TEMPLATE_NAMES.map((name, i) => [name, i]));
  for (const [name, value, row] of model.entries()) {
    const target = averaged.ensureRow(templateIndex.get(name), value);
    for (let k = 0; k < TAG_COUNT; k++) {
      averaged.weights[target + k] = (totals[row + k] + (step - stamps[row + k]) * model.weights[row + k]) / step;
    }
  }
  return averaged;
}

/** The model as the text LinearModel.parse reads: weights in thousandths, zero weights left out. */
function serialise(model) {
  const lines = [];
  for (const [name, value, row] of model.entries()) {
    const cells = [];
    for (let k = 0; k < TAG_COUNT; k++) {
      const weight = Math.round(model.weights[row + k] * 1000);
      if (weight !== 0) cells.push(`${k}:${weight}`);
    }
    if (cells.length > 0 && !/[\t\n]/.test(value)) lines.push(`${name}\t${value}\t${cells.join(' ')}`);
  }
  return lines.sort().join('\n');
}

/** Runs the full recogniser (tagger + rules) over prepared documents, for scoring. */
function scoreDocs(model, lexicon, prepared) {
  const recognize = createRecognizer(model, lexicon);
  return prepared.map(({ gold, doc }) => ({
    text: gold.text,
    gold: gold.entities.map((e) => ({ start: e.start, end: e.end, label: e.label })),
    predicted: recognize(doc)
      .map((m) => ({ start: m.start, end: m.end, label: conllLabel(m.label), source: m.source }))
      .filter((m) => m.label !== null),
  }));
}

const lexicon = getNameLexicon();
const segment = segmentStage.create({});
const golds = readFileSync(args.train, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const prepared = golds.map((gold) => prepare(gold, segment, lexicon));
const epochs = Number(args.epochs);
const seed = Number(args.seed);

if (args.validate) {
  // k-fold cross-validation over the training documents: every document is scored once, by a
  // model that never saw it.
  const folds = Number(args.folds);
  const scored = [];
  for (let fold = 0; fold < folds; fold++) {
    const held = prepared.filter((_, i) => i % folds === fold);
    const model = train(prepared.filter((_, i) => i % folds !== fold), epochs, seed);
    scored.push(...scoreDocs(model, lexicon, held));
  }
  console.log(`${folds}-fold cross-validation over ${prepared.length} training documents:`);
  console.log(formatScores(scoreNer(scored)));
  if (Number(args.errors) > 0) console.log(formatErrors(scored, Number(args.errors)));
} else {
  const model = train(prepared, epochs, seed);
  const body = serialise(model);
  const header =
    '/**\n * GENERATED by scripts/build-lexicons.mjs from ../shared/eval/conllpp-train.jsonl; do not edit.\n' +
    ' * The tagger\'s averaged-perceptron weights: one feature a line, "feature\\ttag:weight…", weights\n' +
    ' * in thousandths (see docs/models.md).\n */\n';
  writeFileSync(args.out, `${header}export const TAGGER_MODEL = ${JSON.stringify(body)};\n`);
  console.log(`wrote ${args.out}: ${model.size} features, ${(body.length / 1024).toFixed(0)} KiB`);
}
