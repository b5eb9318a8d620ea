/** Turns a planned attribution into a Claim record: spans with text, entity links, kind, confidence. */
import type { StageOptions } from '../../config/schema.js';
import type { Claim, ClaimKind, Sentence, Span, Speaker, Target, Token } from '../../model/types.js';
import { textSpan } from '../../model/offsets.js';
import type { Plan } from './plan.js';
import type { Phrase } from './phrases.js';
import type { QuoteIndex } from './quotes.js';
import type { EntityResolver } from './resolve.js';
import { CUE_CALIBRATION } from './cues.calibrated.data.js';

const WH_WORDS = new Set(['when', 'where', 'whenever']);

/** How many pseudo-observations of the hand-set weight the measured precision is blended with. */
const CALIBRATION_PRIOR = 4;
// The calibration script measures the uncalibrated weights, so it switches calibration off.
const calibrate = process.env.CLAIMS_UNCALIBRATED !== '1';

/**
 * A cue's base confidence: its measured precision on PolNeAR for this rule (plain, trailing "..., he
 * said", participial), smoothed towards its listed weight.
 */
export function cueConfidence(rule: string, lemma: string, weight: number): number {
  const measured = calibrate ? CUE_CALIBRATION.get(`${rule}:${lemma}`) : undefined;
  if (!measured) return weight;
  const [linked, seen] = measured;
  return (linked + CALIBRATION_PRIOR * weight) / (seen + CALIBRATION_PRIOR);
}

/** The rule a claim is made by, as calibration keys it: the cue's shape, participial, trailing. */
export function ruleName(cue: Plan['cue'], trailing: boolean): string {
  return `${cue.shape}${cue.participial ? '-participial' : ''}${trailing ? '-trailing' : ''}`;
}

export interface BuildInput {
  text: string;
  tokens: readonly Token[];
  quotes: QuoteIndex;
  resolver: EntityResolver;
  sentence: Sentence;
  plan: Plan;
  claims: readonly Claim[];
  options: StageOptions['claims'];
}

function phraseSpan(tokens: readonly Token[], phrase: Phrase): Span {
  return { start: tokens[phrase.first]!.start, end: tokens[phrase.last - 1]!.end };
}

/**
 * Direct when the content is nothing but quotation (marks and punctuation aside), mixed when it
 * holds a quotation among reported words, indirect otherwise.
 */
export function classifyKind(text: string, content: Span, quotes: readonly Span[], exclude: readonly Span[]): ClaimKind {
  if (quotes.length === 0) return 'indirect';
  let outside = '';
  let cursor = content.start;
  const holes = [...quotes, ...exclude].sort((a, b) => a.start - b.start);
  for (const hole of holes) {
    if (hole.start > cursor) outside += text.slice(cursor, hole.start);
    cursor = Math.max(cursor, hole.end);
  }
  if (cursor < content.end) outside += text.slice(cursor, content.end);
  return /[\p{L}\p{N}]/u.test(outside) ? 'mixed' : 'direct';
}

/** The Claim for a plan, or null when its spans are degenerate. */
export function buildClaim(input: BuildInput): Claim | null {
  const { text, tokens, quotes, resolver, sentence, plan, claims, options } = input;
  const { cue } = plan;
  const first = plan.fragments[0];
  const last = plan.fragments[plan.fragments.length - 1];
  if (!first || !last) return null;
  const content = textSpan(text, first.start, last.end);
  // Verbatim pieces inside the content, in order, each once (fragments may touch the same quotation).
  const seen = new Set<number>();
  const verbatim = plan.fragments
    .flatMap((fragment) => quotes.fragmentsWithin(fragment))
    .filter((span) => span.start >= content.start && span.end <= content.end && !seen.has(span.start) && seen.add(span.start))
    .sort((a, b) => a.start - b.start);

  let speaker: Speaker | null = null;
  if (plan.speaker) {
    const span = phraseSpan(tokens, plan.speaker);
    const resolution = options.resolvePronouns
      ? resolver.resolveSpeaker(plan.speaker, sentence.index, claims)
      : resolver.resolvePhrase(plan.speaker);
    // Built field by field in the order the spreads gave ({ ...textSpan, ...resolution }): V8 copies a
    // spread of two sources on a slow path, which made this line a quarter of buildClaim's time.
    speaker = { start: span.start, end: span.end, text: text.slice(span.start, span.end), entity: resolution.entity, entityType: resolution.entityType, role: resolution.role };
  } else if (plan.inherited?.speaker) {
    speaker = { ...plan.inherited.speaker };
  }
  // "when asked about": the wh-word stays in the verb group (it tells the plan a question was put)
  // but not in the cue span, which PolNeAR starts at the verb (7 of 7 on the dev set).
  const wh = cue.last - cue.first > 1 && WH_WORDS.has(tokens[cue.first]!.lower);
  const cueSpan = { start: tokens[wh ? cue.first + 1 : cue.first]!.start, end: tokens[cue.last - 1]!.end };
  let target: Target | null = null;
  if (plan.target) {
    const span = phraseSpan(tokens, plan.target);
    const resolution = resolver.resolvePhrase(plan.target);
    target = { start: span.start, end: span.end, text: text.slice(span.start, span.end), entity: resolution.entity, role: resolution.role };
  }
  // Speaker and cue inside the content span ("“A,” he said, “B.”") do not make a quote mixed.
  const inside = [cueSpan, ...(speaker ? [speaker] : [])].filter((span) => span.start >= content.start && span.end <= content.end);
  // Two-apostrophe marks ('') are an archive transcription of quotation marks: they bound verbatim
  // words but, as in PolNeAR's derived types, do not by themselves make a claim direct or mixed.
  const typographic = verbatim.filter((span) => text.slice(span.start - 2, span.start) !== "''");
  const kind = classifyKind(text, content, typographic, [...inside, ...plan.fragments.slice(1).map((f, i) => ({ start: plan.fragments[i]!.end, end: f.start }))]);

  const rule = ruleName(cue, plan.trailing);
  let confidence = cueConfidence(rule, cue.lemma, cue.weight);
  if (!speaker) confidence *= 0.7;
  // "that" as a speaker is more often a misread complementiser than a relative pronoun (23% linked).
  else if (!speaker.entity) confidence *= /^that$/iu.test(speaker.text) ? 0.5 : /^(he|she|they|it|who|which|we|i|you)$/iu.test(speaker.text) ? 0.75 : 0.85;
  if (kind === 'direct') confidence = Math.min(1, confidence + 0.1);
  return {
    speaker,
    cue: { start: cueSpan.start, end: cueSpan.end, text: text.slice(cueSpan.start, cueSpan.end), lemma: cue.lemma },
    content,
    quotes: verbatim.map((span) => textSpan(text, span.start, span.end)),
    kind,
    act: cue.act,
    target,
    channel: null,
    sentence: sentence.index,
    confidence: Math.round(confidence * 100) / 100,
    rule,
  };
}
