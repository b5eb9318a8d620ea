/**
 * A small logistic-regression model that says where reported content ends when no hard rule stops it:
 * "she demanded detailed analyses before speaking events[ - and her management ...]", "showed no sign of
 * backing down[ on Tuesday]". PolNeAR is not consistent on such tails, so a word list that always cuts
 * (or never does) loses either way; the model learns from the gold which contexts usually end content.
 * It is read as a hazard: scanning right from the content start, content stops before the first
 * candidate token whose probability reaches the threshold. Weights are data learned by
 * scripts/train-content-model.mjs (see docs/models.md).
 */
import type { Token } from '../../model/types.js';
import { CONTENT_MODEL_BIAS, CONTENT_MODEL_THRESHOLD, CONTENT_MODEL_WEIGHTS } from './content-model.data.js';
import { CHANNEL_LEADS, CHANNEL_PLACES, CHANNEL_PLATFORMS, TIME_LEADS, TIME_WORDS } from './words.data.js';
import { CHANNEL_NOUNS } from './cues.data.js';

/** Tags whose words are named in features; other words are represented by their tag. */
const CLOSED_TAGS = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADP', 'PRON', 'DET', 'PART', 'AUX']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'as']);

/** What the content scan knows when it reaches a candidate. */
export interface ScanState {
  /** Token index where the content starts. */
  first: number;
  /** Token index of the sentence end (exclusive). */
  end: number;
  /** The content so far holds a verb. */
  sawVerb: boolean;
  /** The cue takes a noun-phrase object rather than a clause. */
  objectFrame: boolean;
  /** The hand-written sign of a clause end at this token, if any (content.ts). */
  sign: string | null;
  /** The form of the cue's verb ("past", "s", "ing", "base"), if the cue is a verb. */
  cueForm: string | null;
  /** The lemma of the cue's verb, if the cue is a verb ("say", "endorse"). */
  cueLemma?: string | null;
  /** The content opened with "that" (a reported clause). */
  startsClause?: boolean;
  /** The form of the content's first verb, once the scan has seen one. */
  verbForm: string | null;
}

/**
 * A verb's inflection: "ing", "s" (third person present), "base", or "past" for any other form of a
 * verb whose lemma differs ("said", "wrote", "voted").
 */
export function verbForm(token: Token): string {
  if (/ing$/u.test(token.lower)) return 'ing';
  if (token.lower === token.lemma) return 'base';
  if (/s$/u.test(token.lower) && token.lower.startsWith(token.lemma.slice(0, -1))) return 's';
  return 'past';
}

/**
 * Whether content may end before token k: at punctuation, a conjunction, a preposition, a relative, or a
 * time phrase with no preposition ("endorsed Mrs. Clinton[ this month]", "backed the plan[ Saturday]").
 */
export function isEndCandidate(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  return token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'SCONJ' || token.pos === 'ADP' || RELATIVES.has(token.lower) || startsBareTime(tokens, k);
}

/** A time phrase that starts at k without a preposition or determiner of its own before it. */
function startsBareTime(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.pos === 'VERB' || token.pos === 'AUX' || !isTimeWord(token, tokens[k + 1])) return false;
  const before = tokens[k - 1];
  return before !== undefined && before.pos !== 'ADP' && before.pos !== 'DET' && !TIME_WORDS.has(before.lower);
}

/**
 * Whether a channel phrase starts at preposition k: "in a tweet", "on its website", "via Facebook"
 * (a circumstance of the saying, not part of what was said).
 */
function startsChannel(tokens: readonly Token[], k: number, end: number): boolean {
  if (!CHANNEL_LEADS.has(tokens[k]!.lower)) return false;
  const next = k + 1 < end ? tokens[k + 1]! : undefined;
  if (next === undefined) return false;
  if (CHANNEL_PLATFORMS.has(next.lower)) return true;
  if (next.pos !== 'DET' && next.pos !== 'PRON') return false;
  for (let j = k + 2; j < Math.min(end, k + 6); j++) {
    const token = tokens[j]!;
    if ((CHANNEL_NOUNS.has(token.lower) || CHANNEL_PLACES.has(token.lower)) && token.pos !== 'VERB') return true;
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(token.pos) && token.text !== '-') return false;
  }
  return false;
}

function word(token: Token | undefined): string {
  if (!token) return 'END';
  return CLOSED_TAGS.has(token.pos) || RELATIVES.has(token.lower) ? token.lower : token.pos;
}

/** Whether a time phrase starts at `token` ("February", "last week", "2014", "early September"). */
function isTimeWord(token: Token, next: Token | undefined): boolean {
  if (TIME_WORDS.has(token.lower) && !TIME_LEADS.has(token.lower)) return true;
  if (/^(1[89]|20)\d\d$/u.test(token.text)) return true;
  return TIME_LEADS.has(token.lower) && next !== undefined && TIME_WORDS.has(next.lower);
}

function bucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '>20';
}

/**
 * A feature template ("wn": this word and the next) with its subtree of the weight tree, found once
 * here rather than looked up by name for each of the ~25 features of every candidate.
 */
interface Template {
  name: string;
  weights: WeightNode | undefined;
}

/** Receives one feature: its template and one to three values ("wn", ",", "but"). */
type FeatureSink = (template: Template, a: string, b?: string, c?: string) => void;

/**
 * The weights again, as a tree keyed by template and then by each value, so that scoring a candidate
 * looks up existing strings instead of building ~20 feature names per candidate (the look-ups were
 * the claims stage's largest cost). Same sums, in the same order, as endProbability(endFeatures()).
 */
interface WeightNode {
  weight: number;
  next: Map<string, WeightNode>;
}
const WEIGHT_TREE = new Map<string, WeightNode>();
for (const [name, weight] of CONTENT_MODEL_WEIGHTS) {
  const equals = name.indexOf('=');
  let level = WEIGHT_TREE;
  let node: WeightNode | undefined;
  for (const part of [name.slice(0, equals), ...name.slice(equals + 1).split('|')]) {
    node = level.get(part);
    if (!node) level.set(part, (node = { weight: 0, next: new Map() }));
    level = node.next;
  }
  node!.weight = weight;
}

/** The template called `name`, with its weights (none if the model never learned one for it). */
function template(name: string): Template {
  return { name, weights: WEIGHT_TREE.get(name) };
}

/** Every template emitFeatures uses, by name. */
const T = {
  andv: template('andv'),
  bare: template('bare'),
  chan: template('chan'),
  cl: template('cl'),
  clause: template('clause'),
  cn: template('cn'),
  left: template('left'),
  len: template('len'),
  n: template('n'),
  obj: template('obj'),
  open: template('open'),
  p: template('p'),
  pw: template('pw'),
  sign: template('sign'),
  th: template('th'),
  time: template('time'),
  verb: template('verb'),
  w: template('w'),
  wclause: template('wclause'),
  wlen: template('wlen'),
  wn: template('wn'),
  wnn: template('wnn'),
  wobj: template('wobj'),
  wverb: template('wverb'),
} as const;

/** Emits the features of "content ends before token k", always in the same order. */
function emitFeatures(tokens: readonly Token[], k: number, state: ScanState, emit: FeatureSink): void {
  const token = tokens[k]!;
  const next = k + 1 < state.end ? tokens[k + 1] : undefined;
  const next2 = k + 2 < state.end ? tokens[k + 2] : undefined;
  const w = word(token);
  const n = word(next);
  const p = word(tokens[k - 1]);
  // Does a verb follow before the next punctuation? A clause after a comma is more often a comment.
  let clause = false;
  for (let j = k + 1; j < state.end && tokens[j]!.pos !== 'PUNCT'; j++) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') {
      clause = true;
      break;
    }
  }
  const length = bucket(k - state.first);
  const sawVerb = String(state.sawVerb);
  const objectFrame = String(state.objectFrame);
  const clauseAfter = String(clause);
  emit(T.w, w);
  emit(T.n, n);
  emit(T.wn, w, n);
  emit(T.wnn, w, n, word(next2));
  emit(T.p, p);
  emit(T.pw, p, w);
  emit(T.len, length);
  emit(T.wlen, w, length);
  emit(T.left, bucket(state.end - k));
  emit(T.verb, sawVerb);
  emit(T.wverb, w, sawVerb);
  emit(T.clause, clauseAfter);
  emit(T.wclause, w, clauseAfter);
  emit(T.obj, objectFrame);
  emit(T.wobj, w, objectFrame);
  emit(T.open, word(tokens[state.first]));
  if (state.cueLemma) emit(T.cl, state.cueLemma, w);
  emit(T.th, String(state.startsClause === true), w, sawVerb);
  if (token.text === ',' && next) emit(T.cn, n, clauseAfter);
  // "endorsed Cruz in November", "announced a settlement in early September": a time after the object.
  if (next && isTimeWord(next, next2)) {
    emit(T.time, w);
    emit(T.time, w, objectFrame);
  }
  if (startsBareTime(tokens, k)) emit(T.bare, objectFrame, sawVerb);
  if (startsChannel(tokens, k, state.end)) emit(T.chan, objectFrame, sawVerb);
  // "said he voted for Obama and wrote in Ron Paul" (the content goes on) against "said he would run
  // and announced ..." (a second act of the speaker): a coordinated verb in the cue's form more often
  // belongs to the speaker, one in the content verb's form to the content.
  if (token.pos === 'CCONJ') {
    let v = k + 1;
    while (v < state.end && tokens[v]!.pos === 'ADV') v++;
    const coordinated = v < state.end ? tokens[v]! : undefined;
    if (coordinated && coordinated.pos === 'VERB') {
      const form = verbForm(coordinated);
      emit(T.andv, state.cueForm === null ? 'N' : String(form === state.cueForm), state.verbForm === null ? 'N' : String(form === state.verbForm));
    }
  }
  if (state.sign) {
    emit(T.sign, state.sign);
    emit(T.sign, state.sign, sawVerb);
  }
}

/** The feature names for "content ends before token k" (as stored in content-model.data.ts). */
export function endFeatures(tokens: readonly Token[], k: number, state: ScanState): string[] {
  const features: string[] = [];
  emitFeatures(tokens, k, state, (template, a, b, c) => features.push(featureName(template.name, a, b, c)));
  return features;
}

function featureName(template: string, a: string, b?: string, c?: string): string {
  return `${template}=${a}${b === undefined ? '' : `|${b}`}${c === undefined ? '' : `|${c}`}`;
}

/** The model's probability that content ends before the candidate. */
export function endProbability(features: readonly string[]): number {
  let score = CONTENT_MODEL_BIAS;
  for (const feature of features) score += CONTENT_MODEL_WEIGHTS.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-score));
}

function weightOf(template: Template, a: string, b?: string, c?: string): number {
  let node = template.weights?.next.get(a);
  if (b !== undefined) node = node?.next.get(b);
  if (c !== undefined) node = node?.next.get(c);
  return node?.weight ?? 0;
}

/** The running sum of one candidate's weights (module state: scoring never nests or interleaves). */
let score = 0;
const addWeight: FeatureSink = (template, a, b, c) => {
  score += weightOf(template, a, b, c);
};

/** endProbability(endFeatures(tokens, k, state)), without building the feature names. */
export function endProbabilityAt(tokens: readonly Token[], k: number, state: ScanState): number {
  // A token "|" would be read as a separator in the tree: such rare candidates use the names.
  if (tokens[k - 1]?.text === '|' || tokens[k]!.text === '|' || tokens[k + 1]?.text === '|' || tokens[k + 2]?.text === '|' || tokens[state.first]!.text === '|') {
    return endProbability(endFeatures(tokens, k, state));
  }
  score = CONTENT_MODEL_BIAS;
  emitFeatures(tokens, k, state, addWeight);
  return 1 / (1 + Math.exp(-score));
}

/**
 * Set by scripts/train-content-model.mjs to collect every candidate the scan reaches (the model is
 * then not applied, so the scan runs to where the rules alone stop).
 */
export let contentTrace: ((first: number, k: number, features: string[]) => void) | null = null;

export function setContentTrace(trace: typeof contentTrace): void {
  contentTrace = trace;
}

/** Whether content stops before candidate k. */
export function endsBefore(tokens: readonly Token[], k: number, state: ScanState): boolean {
  if (contentTrace) {
    contentTrace(state.first, k, endFeatures(tokens, k, state));
    return false;
  }
  if (CONTENT_MODEL_WEIGHTS.size === 0) return false;
  return endProbabilityAt(tokens, k, state) >= CONTENT_MODEL_THRESHOLD;
}
