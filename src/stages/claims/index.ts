/**
 * Claims stage: one record per attribution — speaker, cue, content, verbatim quotes, kind, act,
 * target, channel — found by rules over the segmented, entity-tagged document. The cue tables are
 * data (cues.data.ts); cue finding (cues.ts, signatures.ts), planning (plan.ts), phrases, content,
 * resolution and record building each live in their own file.
 */
import type { StageOptions } from '../../config/schema.js';
import type { Stage, StageFactory } from '../../pipeline/stage.js';
import type { Claim, Doc, Span, Token } from '../../model/types.js';
import { textSpan } from '../../model/offsets.js';
import { buildClaim, cueConfidence, ruleName } from './build.js';
import { findChannel } from './channel.js';
import type { ContentContext } from './content.js';
import { findCues } from './cues.js';
import { continuationFragments, openingClauseEnd, planCue, type Plan } from './plan.js';
import { subjectBefore } from './phrases.js';
import { DAY_NAMES, DAY_PARTS, TRAILING_TIMES } from './words.data.js';
import { findQuotations, QuoteIndex } from './quotes.js';
import { EntityResolver } from './resolve.js';
import { findColonCue, findDashCue, findHeadlineColonCue, findIntroCue, findListColonCue } from './signatures.js';

export type { Plan } from './plan.js';

/** Factor on the confidence of a claim whose cue lies inside another claim's content. */
const NESTED_CONFIDENCE = 0.45;

/** Runs the rules over every body sentence of the document. */
function extractClaims(doc: Doc, options: StageOptions['claims']): void {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const quotes = new QuoteIndex(findQuotations(text, doc.paragraphs), text);
  const resolver = new EntityResolver(text, tokens, doc.mentions);
  let covered = -1; // end offset of the last continuation quote consumed
  for (const sentence of doc.sentences) {
    // Titles carry attributions ("Clinton calls on U.S. to lead"); section headings never do.
    if (sentence.kind === 'heading' || sentence.end <= covered) continue;
    let cues = findCues(tokens, sentence.tokenStart, sentence.tokenEnd).filter((cue) => quotes.containing(tokens[cue.head]!.start) === null);
    // "Clinton to Planned Parenthood: ...": a headline's topic before its colon holds no cue of its own.
    const headline = findHeadlineColonCue(tokens, sentence);
    if (headline) cues = cues.filter((cue) => cue.first >= headline.last);
    const colon = headline ?? findColonCue(tokens, sentence, resolver, doc.paragraphs[sentence.paragraph]!) ?? findListColonCue(tokens, sentence, quotes);
    if (colon && !cues.some((cue) => cue.first < colon.last)) cues.unshift(colon);
    const dash = findDashCue(tokens, sentence);
    if (dash && !cues.some((cue) => cue.first <= dash.first && cue.last > dash.first)) cues.push(dash);
    if (cues.length === 0) {
      const intro = findIntroCue(tokens, sentence, doc.sentences, quotes);
      if (intro) cues.push(intro);
      else continue;
    }
    const stops = new Set<number>();
    // "While rivals called for X, Trump hewed ...": an opening subordinate clause ends at its comma, and
    // so does an opening phrase wink starts with a preposition ("Although in September she said ...,").
    const opener = tokens[sentence.tokenStart];
    const opening = openingClauseEnd(tokens, sentence.tokenStart, sentence.tokenEnd);
    if (opener && (opener.pos === 'SCONJ' || opener.pos === 'ADP') && opening > sentence.tokenStart) stops.add(opening - 1);
    const context: ContentContext = { text, tokens, quotes, sentence, sentences: doc.sentences, stops };
    // A later cue's own clause (", he said", ", stating that") bounds the content of earlier ones.
    for (const cue of cues) {
      // A cue too weak to make a claim of its own ("he would impose", a learned verb at 0.27) does not
      // end what an earlier cue reports.
      if (cueConfidence(ruleName(cue, false), cue.lemma, cue.weight) < options.minConfidence) continue;
      if (cue.participial || cue.shape === 'according') stops.add(cue.first - 1);
      // ('“New York values,” saying ...': the comma is inside the quotation, so the stop is the participle.)
      if (cue.participial) stops.add(cue.first);
      const resumed = mainVerbAfterRelative(tokens, cue.first, cue.last, sentence.tokenEnd);
      if (resumed >= 0) stops.add(resumed);
      // "Merrill says Machado promised ... and said she would": the coordinated cue ends the first content.
      if (tokens[cue.first - 1]?.lower === 'and' || tokens[cue.first - 1]?.lower === 'but') stops.add(cue.first - 1);
      const subject = subjectBefore(tokens, cue.first, sentence.tokenStart);
      // "Mr. Hill, who estimated that a third were Trump supporters, said he ...": the comma that closes
      // the speaker's description before the verb ends what the description reports.
      if (subject && subject.parts.length > 1 && tokens[cue.first - 1]?.text === ',') stops.add(cue.first - 1);
      if (!subject || subject.first - 1 <= sentence.tokenStart) continue;
      const joiner = tokens[subject.first - 1]!;
      // "found that, relative to two years earlier, many voters said ...": the comma closes an aside
      // inside the earlier content, so the later clause is part of what was found.
      if (joiner.text === ',' && closesAsideAfterThat(tokens, subject.first - 1, sentence.tokenStart)) continue;
      // ", he said" and "... and Democrats accused ...": a later clause with its own speaker.
      // ("... sounded equivocal: Jane Harman called it ...": a colon before the later speaker too.)
      if (joiner.text === ',' || joiner.text === ':' || ((joiner.lower === 'and' || joiner.lower === 'but' || joiner.lower === 'while') && tokens[subject.first - 2]?.text !== ',')) stops.add(subject.first - 1);
      else if (joiner.lower === 'and' || joiner.lower === 'but' || joiner.lower === 'while') stops.add(subject.first - 2);
    }
    const plans: Plan[] = [];
    for (const cue of cues) {
      const planned = planCue(context, cue, plans, doc.claims);
      if (!planned) continue;
      const plan = withTrailingTime(tokens, planned, sentence.tokenEnd);
      if (plan.trailing || (plan.fragments[0] && quotes.startingAt(plan.fragments[0].start))) {
        const more = continuationFragments(context, plan, doc.sentences);
        plan.fragments.push(...more);
        if (more.length > 0) covered = Math.max(covered, more[more.length - 1]!.end);
      }
      const claim = buildClaim({ text, tokens, quotes, resolver, sentence, plan, claims: doc.claims, options });
      // A plan whose claim is dropped must not bound the content of later cues in the sentence.
      if (!claim || claim.confidence < options.minConfidence) continue;
      // "issued a statement saying ...": the whole phrase is one cue, so the claim made of "issued"
      // alone (content "a statement saying ...") goes.
      if (plan.cue.first < cue.first) dropCuesWithin(doc, plans, claim, sentence.index);
      plans.push(plan);
      doc.claims.push(claim);
    }
  }
  discountNested(doc, options.minConfidence);
  attachChannels(doc);
}

/**
 * Whether a span lies inside what `outer` reports: its content, or for a direct quotation only the
 * quoted words (“A,” he said, referring to X, “B.” does not report the aside).
 */
function reports(outer: Claim, span: Span): boolean {
  if (span.start < outer.content.start || span.end > outer.content.end) return false;
  return outer.kind !== 'direct' || outer.quotes.some((quote) => quote.start <= span.start && span.end <= quote.end);
}

/** "condemned what he described as a coordinated effort": a free relative names the words it reports. */
function namesWhatWasSaid(doc: Doc, claim: Claim): boolean {
  if (!claim.speaker) return false;
  const before = doc.article.text.slice(Math.max(0, claim.speaker.start - 6), claim.speaker.start);
  return /\bwhat\s+$/iu.test(before);
}

/**
 * A cue inside another claim's content ("said he believed ...", "asked whether she thought ...") is
 * an attribution within reported words; PolNeAR annotates few of them (21% of such claims linked on
 * the dev set, against 68% overall), so their confidence is scaled down and the threshold applied again.
 */
function discountNested(doc: Doc, minConfidence: number): void {
  // Outer candidates by where their content starts; only those starting within the longest content's
  // reach before a cue can hold it, so the search stays linear in practice on long articles.
  const outers = doc.claims.filter((claim) => claim.speaker !== null).sort((a, b) => a.content.start - b.content.start);
  const reach = outers.reduce((longest, claim) => Math.max(longest, claim.content.end - claim.content.start), 0);
  const holds = (claim: Claim): boolean => {
    const cue = claim.cue!;
    let lo = 0;
    let hi = outers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (outers[mid]!.content.start <= cue.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && outers[i]!.content.start >= cue.start - reach; i--) {
      if (outers[i] !== claim && reports(outers[i]!, cue)) return true;
    }
    return false;
  };
  // "according to" names its own source inside any clause, so it is never discounted.
  const nested = doc.claims.filter((claim) => claim.cue !== null && claim.cue.lemma !== 'according to' && !namesWhatWasSaid(doc, claim) && holds(claim));
  for (const claim of nested) claim.confidence = Math.round(claim.confidence * NESTED_CONFIDENCE * 100) / 100;
  if (nested.length === 0) return;
  const kept = doc.claims.filter((claim) => claim.confidence >= minConfidence);
  doc.claims.length = 0;
  doc.claims.push(...kept);
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

/** Whether the comma at `comma` closes an aside that opened with "that," earlier in the sentence. */
function closesAsideAfterThat(tokens: readonly Token[], comma: number, floor: number): boolean {
  for (let k = comma - 1; k > floor && k > comma - 12; k--) {
    if (tokens[k]!.text !== ',') continue;
    return tokens[k - 1]?.lower === 'that';
  }
  return false;
}

/**
 * "“...,” Trump said Tuesday.": after a trailing attribution whose speaker comes first, a bare day
 * that ends the sentence is part of the cue, as PolNeAR marks it more often than not (26 of 45 on the
 * dev set; before forward content, "said Tuesday that", only half the time, so it is left out there).
 */
function withTrailingTime(tokens: readonly Token[], plan: Plan, end: number): Plan {
  const time = tokens[plan.cue.last];
  const after = tokens[plan.cue.last + 1];
  if (!plan.speaker || plan.speaker.last > plan.cue.first || !time || plan.cue.last >= end || !TRAILING_TIMES.has(time.lower)) return plan;
  const endsSentence = !after || plan.cue.last + 1 >= end || /^[.!?]$/u.test(after.text);
  // A day right after the cue is the cue's in most other places too: before forward content
  // ("said Sunday it would", "announced Tuesday that ..."; PolNeAR dev 32 of 49 across verbs) and
  // before more circumstance of a trailing attribution ("Rubio said Friday in Virginia"; 6 of 6).
  const day = DAY_NAMES.has(time.lower) && after !== undefined && after.text !== ',';
  if (!(plan.trailing && endsSentence) && !day) return plan;
  // ("tweeted Wednesday morning": the part of the day goes with it.)
  const part = day && DAY_PARTS.has(after!.lower) && plan.cue.last + 1 < end ? 1 : 0;
  return { ...plan, cue: { ...plan.cue, last: plan.cue.last + 1 + part } };
}

/**
 * "Clinton, who announced a $275 billion plan on Monday, plans to focus on jobs": a cue in a relative
 * clause set off by commas reports up to the comma before the main clause's verb. Returns that
 * comma's index, or -1.
 */
function mainVerbAfterRelative(tokens: readonly Token[], first: number, last: number, end: number): number {
  const relative = tokens[first - 1];
  if (!relative || (relative.lower !== 'who' && relative.lower !== 'which') || tokens[first - 2]?.text !== ',') return -1;
  for (let k = last; k < end - 1; k++) {
    if (tokens[k]!.text !== ',') continue;
    let v = k + 1;
    while (v < end && tokens[v]!.pos === 'ADV') v++;
    const verb = tokens[v];
    if (verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/u.test(verb.lower)))) return k;
  }
  return -1;
}

/** Removes this sentence's earlier claims (and plans) whose cue lies inside `claim`'s wider cue. */
function dropCuesWithin(doc: Doc, plans: Plan[], claim: Claim, sentence: number): void {
  const cue = claim.cue;
  if (!cue) return;
  const dropped = new Set<number>();
  // This sentence's claims are the last ones pushed: look no further back (linear over a document).
  for (let k = doc.claims.length - 1; k >= 0 && doc.claims[k]!.sentence === sentence; k--) {
    const other = doc.claims[k]!;
    if (other.cue === null || other.cue.start < cue.start || other.cue.end > cue.end) continue;
    dropped.add(other.cue.start);
    doc.claims.splice(k, 1);
  }
  for (let k = plans.length - 1; k >= 0; k--) if (dropped.has(doc.tokens[plans[k]!.cue.first]!.start)) plans.splice(k, 1);
}
