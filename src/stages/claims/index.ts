/**
 * Claims stage: one record per attribution — speaker, cue, content, verbatim quotes, kind, act,
 * target, channel — found by rules over the segmented, entity-tagged document. The cue tables are
 * data (cues.data.ts); phrase, content and resolution logic each live in their own file.
 */
import type { StageOptions } from '../../config/schema.js';
import type { Stage, StageFactory } from '../../pipeline/stage.js';
import type { Claim, Doc, Sentence, Span } from '../../model/types.js';
import { textSpan } from '../../model/offsets.js';
import { findChannel } from './channel.js';
import { contentAfter, contentBefore, opensQuote, tokenAfter, type ContentContext } from './content.js';
import { findCues, type CueMatch } from './cues.js';
import { phraseStartingAt, subjectBefore, type Phrase } from './phrases.js';
import { findQuotations, QuoteIndex } from './quotes.js';
import { EntityResolver } from './resolve.js';
import { buildClaim } from './build.js';

const BOUNDARY_MARKS = new Set([',', '”', '"', '»', '—', '–']);

/** A cue with its speaker and content decided. */
export interface Plan {
  cue: CueMatch;
  speaker: Phrase | null;
  /** Speaker copied from an earlier claim in the sentence (participial cues: ", stating that"). */
  inherited: Claim | null;
  fragments: Span[];
  target: Phrase | null;
  /** Whether the content comes before the cue ("“...,” he said"). */
  trailing: boolean;
}

/** Whether the words after a trailing attribution are only modifiers ("said on Thursday."). */
function onlyModifiersFrom(context: ContentContext, k: number): boolean {
  const { tokens, sentence } = context;
  if (k >= sentence.tokenEnd) return true;
  const token = tokens[k]!;
  if (token.lower === 'that' || token.text === ':') return false;
  if (token.pos === 'PUNCT') return true;
  return (token.pos === 'ADP' || token.pos === 'ADV') && !opensQuote(context, k);
}

/** Decides speaker, layout and content for one cue, or null when it has no usable attribution. */
function planCue(context: ContentContext, cue: CueMatch, earlier: readonly Plan[], claims: readonly Claim[]): Plan | null {
  const { tokens, sentence } = context;
  const floor = sentence.tokenStart;
  const end = sentence.tokenEnd;
  const base = { cue, inherited: null, target: null, trailing: false };

  if (cue.shape === 'according') {
    const speaker = phraseStartingAt(tokens, cue.last, end, true);
    if (!speaker) return null;
    const atStart = cue.first === floor || tokens[cue.first - 1]!.pos === 'PUNCT' && cue.first - 1 === floor;
    const content = atStart ? contentAfter(context, speaker.last) : contentBefore(context, cue.first - 1, floor);
    return content ? { ...base, speaker, fragments: [content], trailing: !atStart } : null;
  }

  if (cue.participial) {
    const previous = earlier[earlier.length - 1];
    const inherited = previous ? claims.find((claim) => claim.cue?.start === tokens[previous.cue.first]!.start) ?? null : null;
    const content = contentAfter(context, cue.last);
    if (!inherited?.speaker || !content) return null;
    return { ...base, speaker: null, inherited, fragments: [content] };
  }

  const subject = subjectBefore(tokens, cue.first, floor);
  if (subject) {
    const before = tokens[subject.first - 1];
    const afterCue = cue.frame === 'addressee' ? phraseStartingAt(tokens, cue.last, end)?.last ?? cue.last : cue.last;
    if (subject.first > floor && before && BOUNDARY_MARKS.has(before.text) && onlyModifiersFrom(context, afterCue)) {
      const content = contentBefore(context, subject.first - 1, floor);
      if (!content) return null;
      return { ...base, speaker: subject, fragments: [content], trailing: true };
    }
    return planRight(context, cue, subject);
  }
  // Inverted: "“...,” said Jane Doe, a spokeswoman."
  const before = tokens[cue.first - 1];
  if (cue.first > floor && before && BOUNDARY_MARKS.has(before.text)) {
    const speaker = phraseStartingAt(tokens, cue.last, end, true);
    if (!speaker || !onlyModifiersFrom(context, speaker.last)) return null;
    const content = contentBefore(context, cue.first - 1, floor);
    return content ? { ...base, speaker, fragments: [content], trailing: true } : null;
  }
  return null;
}

/** Content to the right of the cue, by the cue's frame (addressee, target or plain content). */
function planRight(context: ContentContext, cue: CueMatch, speaker: Phrase): Plan | null {
  const { tokens, sentence } = context;
  let from = cue.last;
  let target: Phrase | null = null;
  if (cue.shape === 'verb' && cue.frame !== 'content') {
    const object = opensQuote(context, cue.last) ? null : phraseStartingAt(tokens, cue.last, sentence.tokenEnd);
    if (object && tokens[object.first]!.lower !== 'that') {
      target = object;
      // "told Reuters that ...": the addressee is not part of what was said.
      if (cue.frame === 'addressee') from = object.last;
    }
  }
  const content = contentAfter(context, from);
  if (!content) return null;
  return { cue, speaker, inherited: null, fragments: [content], target, trailing: false };
}

/**
 * Quotations that continue a trailing attribution: “A,” he said, “B.” and the quote-only sentences
 * that follow it in the same paragraph.
 */
function continuationFragments(context: ContentContext, plan: Plan, sentences: readonly Sentence[]): Span[] {
  const { tokens, quotes, sentence } = context;
  const out: Span[] = [];
  const after = plan.speaker && plan.speaker.last > plan.cue.last ? plan.speaker.last : plan.cue.last;
  for (let k = after; k < sentence.tokenEnd; k++) {
    if (opensQuote(context, k)) {
      const quote = quotes.startingAt(tokens[k]!.start)!;
      out.push({ start: quote.start, end: quote.end });
      break;
    }
    if (tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'ADP' && tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN' && tokens[k]!.pos !== 'DET' && tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NUM') break;
  }
  let reach = out.length > 0 ? out[out.length - 1]!.end : sentence.end;
  for (let s = sentence.index + 1; s < sentences.length; s++) {
    const next = sentences[s]!;
    if (next.paragraph !== sentence.paragraph || next.kind !== 'body') break;
    if (next.end <= reach) continue;
    const first = next.tokenStart;
    if (!opensQuote(context, first)) break;
    const quote = quotes.startingAt(tokens[first]!.start)!;
    // Only a quotation that is the whole sentence continues; "“...” she said." is its own claim.
    const closeToken = tokenAfter(tokens, quote.end);
    const endsSentence =
      closeToken === null || tokens[closeToken]!.sentence !== tokens[closeToken - 1]!.sentence || /^[.!?]$/u.test(tokens[closeToken]!.text);
    if (!endsSentence) break;
    out.push({ start: quote.start, end: quote.end });
    reach = quote.end;
  }
  return out;
}

/** Runs the rules over every body sentence of the document. */
function extractClaims(doc: Doc, options: StageOptions['claims']): void {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const quotes = new QuoteIndex(findQuotations(text, doc.paragraphs));
  const resolver = new EntityResolver(text, tokens, doc.mentions);
  let covered = -1; // end offset of the last continuation quote consumed
  for (const sentence of doc.sentences) {
    if (sentence.kind !== 'body' || sentence.end <= covered) continue;
    const cues = findCues(tokens, sentence.tokenStart, sentence.tokenEnd).filter((cue) => quotes.containing(tokens[cue.head]!.start) === null);
    if (cues.length === 0) continue;
    const stops = new Set<number>();
    const context: ContentContext = { text, tokens, quotes, sentence, stops };
    // A later cue's own clause (", he said", ", stating that") bounds the content of earlier ones.
    for (const cue of cues) {
      if (cue.participial || cue.shape === 'according') stops.add(cue.first - 1);
      const subject = subjectBefore(tokens, cue.first, sentence.tokenStart);
      if (subject && subject.first - 1 > sentence.tokenStart && tokens[subject.first - 1]!.text === ',') stops.add(subject.first - 1);
    }
    const plans: Plan[] = [];
    for (const cue of cues) {
      const plan = planCue(context, cue, plans, doc.claims);
      if (!plan) continue;
      if (plan.trailing || (plan.fragments[0] && quotes.startingAt(plan.fragments[0].start))) {
        const more = continuationFragments(context, plan, doc.sentences);
        plan.fragments.push(...more);
        if (more.length > 0) covered = Math.max(covered, more[more.length - 1]!.end);
      }
      plans.push(plan);
      const claim = buildClaim({ text, tokens, quotes, resolver, sentence, plan, claims: doc.claims, options });
      if (claim && claim.confidence >= options.minConfidence) doc.claims.push(claim);
    }
  }
  attachChannels(doc);
}

/** Adds the channel ("a press release") of each claim found in its sentence outside its content. */
function attachChannels(doc: Doc): void {
  for (const claim of doc.claims) {
    const sentence = doc.sentences[claim.sentence]!;
    const span = findChannel(doc.tokens, sentence.tokenStart, sentence.tokenEnd, claim.content);
    claim.channel = span ? textSpan(doc.article.text, span.start, span.end) : null;
  }
}

export const claimsStage: StageFactory = {
  name: 'claims',
  requires: ['sentences', 'tokens', 'mentions'],
  provides: ['claims'],
  create(options: StageOptions): Stage {
    const claimOptions = options.claims;
    return { name: 'claims', requires: this.requires, provides: this.provides, run: (doc) => extractClaims(doc, claimOptions) };
  },
};
