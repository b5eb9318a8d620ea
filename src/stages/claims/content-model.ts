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
import { TIME_LEADS, TIME_WORDS } from './words.data.js';

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
}

/** Whether content may end before token k: at punctuation, a conjunction, a preposition or a relative. */
export function isEndCandidate(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  return token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'SCONJ' || token.pos === 'ADP' || RELATIVES.has(token.lower);
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

/** The feature names for "content ends before token k". */
export function endFeatures(tokens: readonly Token[], k: number, state: ScanState): string[] {
  const token = tokens[k]!;
  const next = k + 1 < state.end ? tokens[k + 1] : undefined;
  const next2 = k + 2 < state.end ? tokens[k + 2] : undefined;
  const previous = tokens[k - 1];
  const w = word(token);
  const n = word(next);
  const first = tokens[state.first]!;
  // Does a verb follow before the next punctuation? A clause after a comma is more often a comment.
  let clause = false;
  for (let j = k + 1; j < state.end && tokens[j]!.pos !== 'PUNCT'; j++) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') {
      clause = true;
      break;
    }
  }
  const features = [
    `w=${w}`, `n=${n}`, `wn=${w}|${n}`, `wnn=${w}|${n}|${word(next2)}`, `p=${word(previous)}`, `pw=${word(previous)}|${w}`,
    `len=${bucket(k - state.first)}`, `wlen=${w}|${bucket(k - state.first)}`, `left=${bucket(state.end - k)}`,
    `verb=${state.sawVerb}`, `wverb=${w}|${state.sawVerb}`, `clause=${clause}`, `wclause=${w}|${clause}`,
    `obj=${state.objectFrame}`, `wobj=${w}|${state.objectFrame}`, `open=${word(first)}`,
  ];
  if (token.text === ',' && next) features.push(`cn=${n}|${clause}`);
  // "endorsed Cruz in November", "announced a settlement in early September": a time after the object.
  if (next && isTimeWord(next, next2)) features.push(`time=${w}`, `time=${w}|${state.objectFrame}`);
  if (state.sign) features.push(`sign=${state.sign}`, `sign=${state.sign}|${state.sawVerb}`);
  return features;
}

/** The model's probability that content ends before the candidate. */
export function endProbability(features: readonly string[]): number {
  let score = CONTENT_MODEL_BIAS;
  for (const feature of features) score += CONTENT_MODEL_WEIGHTS.get(feature) ?? 0;
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
  return endProbability(endFeatures(tokens, k, state)) >= CONTENT_MODEL_THRESHOLD;
}
