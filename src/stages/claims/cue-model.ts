/**
 * A small logistic-regression model that says whether a verb the cue tables do not list reports an
 * attribution ("has held positions on", "took offense when"), from the verb and its context. Its
 * weights are data learned from PolNeAR by scripts/train-cue-model.mjs (see docs/models.md).
 */
import type { Token } from '../../model/types.js';
import { CUE_MODEL_BIAS, CUE_MODEL_WEIGHTS } from './cue-model.data.js';
import { verbClasses } from './verb-classes.js';

const FUNCTION_WORDS = new Set([
  'that', 'to', 'about', 'on', 'for', 'of', 'with', 'as', 'in', 'whether', 'if', ':', ',', 'how', 'what', 'why', 'against', 'by', 'the', 'a', 'his', 'her', 'their',
]);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'should', 'may', 'might']);

/** The feature names of the verb at `head`, whose verb group starts at `first`, within [start, end). */
export function cueFeatures(tokens: readonly Token[], head: number, first: number, start: number, end: number): string[] {
  const token = tokens[head]!;
  const next = head + 1 < end ? tokens[head + 1] : undefined;
  const next2 = head + 2 < end ? tokens[head + 2] : undefined;
  const before = first - 1 >= start ? tokens[first - 1] : undefined;
  const lemma = token.lemma;
  const features = [`l=${lemma}`, `np=${next?.pos ?? 'END'}`, `n2p=${next2?.pos ?? 'END'}`, `bp=${before?.pos ?? 'START'}`];
  if (next && FUNCTION_WORDS.has(next.lower)) features.push(`nx=${next.lower}`, `ln=${lemma}|${next.lower}`);
  if (before && FUNCTION_WORDS.has(before.lower)) features.push(`bx=${before.lower}`);
  if (before) features.push(`lb=${lemma}|${before.pos}`);
  const form = /ing$/u.test(token.lower) ? 'ing' : /ed$/u.test(token.lower) ? 'ed' : /s$/u.test(token.lower) ? 's' : 'base';
  features.push(`f=${form}`);
  for (let i = first; i < head; i++) if (AUXILIARIES.has(tokens[i]!.lower)) features.push(`aux=${tokens[i]!.lower}`);
  if (before && (before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NOUN')) features.push(`subj=${before.pos}`, `ls=${lemma}|${before.pos}`);
  if (head - start > 25) features.push('far');
  // WordNet's class of the verb, alone and with the word after it, stands in for a lemma the
  // training articles never showed ("opined that" reads like "argued that").
  const classes = verbClasses(lemma);
  const usual = classes?.[0] ?? 'none';
  features.push(`wc=${usual}`);
  if (classes) for (let c = 1; c < classes.length; c++) features.push(`wx=${classes[c]}`);
  if (next && FUNCTION_WORDS.has(next.lower)) features.push(`wn=${usual}|${next.lower}`);
  return features;
}

/** The model's probability that the verb is a cue. */
export function cueProbability(features: readonly string[]): number {
  let score = CUE_MODEL_BIAS;
  for (const feature of features) score += CUE_MODEL_WEIGHTS.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-score));
}
