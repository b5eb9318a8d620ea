/**
 * Finds cues in a sentence: reporting verbs with their auxiliaries and adverbs ("has also called
 * for"), light-verb + noun cues ("issued a call on Friday for", "expressed strong condemnation of"),
 * and "according to". Which words are cues is data (cues.data.ts); this file is the matching.
 */
import type { Token } from '../../model/types.js';
import {
  CLAUSE_ONLY_CUES, CUE_NOUN_PREPOSITIONS, FINDING_SUBJECTS, CUE_NOUNS, CUE_VERBS, GROUP_ADVERBS, LIGHT_VERBS, NON_CUE_PHRASES, NOUN_TAGGED_VERBS, PHRASAL_CUES, PHRASAL_ONLY,
  LIGHT_VERB_NOUNS, OWNED_CUE_NOUNS, PARTICIPLE_ONLY, POSSESSIVE_CUE_NOUNS, STANCE_ADJECTIVES, STANCE_NOUNS,
  type CueFrame, type CueVerb,
} from './cues.data.js';
import { LEARNED_CUE_VERBS } from './cues.learned.data.js';
import { cueFeatures, cueProbability } from './cue-model.js';
import { CUE_MODEL_THRESHOLD } from './cue-model.data.js';
import { AS_NOT_ROLE, AS_VERB_FORMS, AS_VERBS, ASPECTUAL_VERBS, CATENATIVES, CONTROL_ADJECTIVES, CUE_CHANNELS, FLOATING_QUANTIFIERS, PARTICIPLE_LEADS, POLL_NOUNS, RESPONSE_OBJECTS, SEEM_VERBS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_PARTICLES } from './words.data.js';
import { CLOSING_MARKS, NP_STARTS, OPENING_MARKS } from './content.js';
import { isAgentNoun } from './people.js';
import { isNameWill, POSSESSIVE_DETERMINERS } from './phrases.js';

/** Lemmas the learned lexicon must not add: handled elsewhere ("according to") or too general. */
const NOT_LEARNED = new Set(['accord', 'be', 'have', 'do', 'get', 'make', 'go', 'take']);

/** A hand-listed cue verb, else one from the lexicon learned from PolNeAR (weight = its precision there). */
function cueVerb(lemma: string): CueVerb | undefined {
  const listed = CUE_VERBS.get(lemma);
  if (listed) return listed;
  const weight = LEARNED_CUE_VERBS.get(lemma);
  if (weight === undefined || NOT_LEARNED.has(lemma)) return undefined;
  // Learned cues are mostly transitive ("slammed the deal", "hailed the ruling"): their object is the content.
  return { act: 'assertion', frame: 'target', weight };
}

export type CueShape = 'verb' | 'noun' | 'according' | 'possessive' | 'colon' | 'dash' | 'sourceless';

/** One cue occurrence; token indices are into Doc.tokens. */
export interface CueMatch {
  shape: CueShape;
  /** First token of the cue span (auxiliaries included). */
  first: number;
  /** One past the last token of the cue span (particle or preposition included). */
  last: number;
  /** The reporting verb or cue noun. */
  head: number;
  /** The verb that carries the subject (the light verb for noun cues). */
  verb: number;
  lemma: string;
  act: string;
  frame: CueFrame;
  weight: number;
  /** A present participle after a comma ("..., stating that"): its subject is the clause's subject. */
  participial: boolean;
}

const MAX_NOUN_GAP = 3;
const ARTICLES = new Set(['a', 'an', 'the']);
const GOVERNED_PREPOSITIONS = new Set(['about', 'with', 'on', 'of', 'over', 'against', 'for', 'as']);
/** Speech verbs whose following preposition starts a circumstance ("said on Tuesday"), not an argument. */
const BARE_SPEECH_VERBS = new Set(['say', 'tell', 'write', 'note', 'state', 'report', 'add', 'explain', 'claim', 'argue', 'announce', 'declare', 'tweet', 'post', 'testify', 'insist']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being', "'s", '’s', "'re", '’re', 'am']);

/** A passive group ("was requested", "is expected"): its subject is not the speaker, so it is no cue. */
function isPassive(tokens: readonly Token[], first: number, head: number): boolean {
  if (/ing$/u.test(tokens[head]!.lower)) return false;
  // "are likely to say": only the auxiliaries after a catenative's "to" belong to the cue verb.
  let from = first;
  for (let i = first; i < head; i++) if (tokens[i]!.lower === 'to') from = i + 1;
  for (let i = from; i < head; i++) if (BE_FORMS.has(tokens[i]!.lower) && tokens[i]!.pos === 'AUX') return true;
  return false;
}
const MAX_PREP_GAP = 4;

/** The start of a prepositional phrase ending at `last` that follows an auxiliary, or -1. */
function insertedPhraseStart(tokens: readonly Token[], last: number, floor: number): number {
  let k = last;
  while (k >= floor && k > last - 3 && INSERTED_WORDS.has(tokens[k]!.pos)) k--;
  const preposition = tokens[k];
  if (k === last || k - 1 < floor || !preposition || preposition.pos !== 'ADP' || !INSERTING_PREPOSITIONS.has(preposition.lower)) return -1;
  return tokens[k - 1]!.pos === 'AUX' ? k : -1;
}
const INSERTED_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADV']);
/** The most words of an aside between commas inside a verb group ("have, in fact, praised"). */
const MAX_GROUP_ASIDE = 4;

/** The auxiliary before ", ASIDE," that ends at the comma `close`, or -1. */
function commaAsideStart(tokens: readonly Token[], close: number, floor: number): number {
  if (tokens[close]?.text !== ',') return -1;
  let k = close - 1;
  while (k > floor && close - k <= MAX_GROUP_ASIDE && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'VERB') k--;
  if (k <= floor || k === close - 1 || tokens[k]!.text !== ',') return -1;
  return tokens[k - 1]!.pos === 'AUX' ? k - 1 : -1;
}
const INSERTING_PREPOSITIONS = new Set(['in', 'for', 'on', 'at', 'over', 'since']);

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
const PARTICIPLE_DASHES = new Set(['-', '—', '–', '--']);

/** Extends a verb group leftwards over auxiliaries, negation and group adverbs. */
function groupStart(tokens: readonly Token[], head: number, floor: number): number {
  let first = head;
  while (first - 1 >= floor) {
    const token = tokens[first - 1]!;
    // "went on to say": the infinitive marker, a particle and the catenative verb join the group.
    if (token.lower === 'to' && first - 2 >= floor) {
      let k = first - 2;
      if (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'ADV') k--;
      const verb = tokens[k];
      if (verb && k >= floor && (verb.pos === 'VERB' || verb.pos === 'AUX') && CATENATIVES.has(verb.lemma)) {
        first = k;
        continue;
      }
      // "are slightly more likely to say", "was quick to embrace": be + adjective controls the verb.
      let be = k - 1;
      while (be >= floor && tokens[be]!.pos === 'ADV') be--;
      if (verb && k >= floor && CONTROL_ADJECTIVES.has(verb.lower) && be >= floor && BE_FORMS.has(tokens[be]!.lower)) {
        first = k;
        continue;
      }
      break;
    }
    // ("Trump then accused": "then" right after the subject is the group's; ", then said" coordinates.)
    const subjectThen = token.lower === 'then' && first - 2 >= floor && NOMINAL_TAGS.has(tokens[first - 2]!.pos);
    const adverb = GROUP_ADVERBS.has(token.lower) || (token.pos === 'ADV' && /^\p{Ll}/u.test(token.text) && token.lower !== 'so' && token.lower !== 'then') || subjectThen;
    // "kept asking her why", "began calling for": an aspectual verb before the gerund joins the group.
    if (token.pos === 'VERB' && ASPECTUAL_VERBS.has(token.lemma) && /ing$/u.test(tokens[head]!.lower) && first === head) {
      first--;
      continue;
    }
    // "The lawmakers all agreed", "have both urged": a floating quantifier after the subject is the cue's.
    const holder = tokens[first - 2];
    const floating = FLOATING_QUANTIFIERS.has(token.lower) && holder !== undefined && first - 2 >= floor && (NOMINAL_TAGS.has(holder.pos) || holder.pos === 'AUX');
    if (((token.pos === 'AUX' && !isNameWill(tokens, first - 1)) || (token.pos === 'PART' && token.lower !== 'to' && token.lower !== "'s" && token.lower !== '’s') || adverb || floating)) {
      first--;
      continue;
    }
    // "have in the past said", "has for years argued": a short time phrase between auxiliary and verb.
    const inserted = insertedPhraseStart(tokens, first - 1, floor);
    if (inserted >= 0) {
      first = inserted;
      continue;
    }
    // "have, in fact, praised": a short aside between commas inside the verb group.
    const aside = commaAsideStart(tokens, first - 1, floor);
    if (aside >= 0) {
      first = aside;
      continue;
    }
    break;
  }
  return first;
}

/** Whether a verb is an -ing form after a comma or at the start of a clause. */
function isParticipial(tokens: readonly Token[], first: number, head: number, floor: number): boolean {
  const token = tokens[head]!;
  if (!/ing$/u.test(token.lower)) return false;
  // (", even suggesting", ", also calling on": adverbs may come before the participle, no auxiliary.)
  for (let k = first; k < head; k++) if (tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'PART') return false;
  const before = tokens[first - 1];
  // (", saying" or ',” saying' after a quotation that closes over the comma, also with two
  // apostrophes for the mark: ",'' adding".)
  let mark = first - 1;
  while (mark > floor && first - mark <= 2 && CLOSING_MARKS.has(tokens[mark]!.text)) mark--;
  const quotedComma = mark < first - 1 && tokens[mark]?.text === ',' && mark > floor;
  // ("... within two years - implying that ...": a dash opens the participle's clause too.)
  const dash = before !== undefined && PARTICIPLE_DASHES.has(before.text) && tokens[first - 2] !== undefined && tokens[first - 2]!.end < before.start;
  return first > floor && before !== undefined && (before.text === ',' || PARTICIPLE_LEADS.has(before.lower) || quotedComma || dash);
}

/** A light verb + cue noun at `verb`, e.g. "issued a call on Friday for". */
function matchNounCue(tokens: readonly Token[], verb: number, end: number, floor: number): CueMatch | null {
  let i = verb + 1;
  let gap = 0;
  // ("threw their support behind": with a light verb of its own nouns, a possessive may stand before the noun.)
  const owning = LIGHT_VERB_NOUNS.has(tokens[verb]!.lemma);
  while (i < end && gap < MAX_NOUN_GAP && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'NUM' || tokens[i]!.lower === 'it' || (owning && POSSESSIVE_DETERMINERS.has(tokens[i]!.lower)) || (tokens[i]!.pos === 'ADJ' && !CUE_NOUNS.has(tokens[i]!.lower)))) {
    i++;
    gap++;
  }
  const noun = tokens[i];
  if (!noun || i >= end) return null;
  const act = CUE_NOUNS.get(noun.lower);
  const own = LIGHT_VERB_NOUNS.get(tokens[verb]!.lemma);
  if (act === undefined || (own ? !own.has(noun.lower) : OWNED_CUE_NOUNS.has(noun.lower))) return null;
  // The preposition may follow a short time or place phrase ("a call on Friday for").
  let prep = i + 1;
  let found = -1;
  for (let k = 0; k <= MAX_PREP_GAP && prep + k < end; k++) {
    const token = tokens[prep + k]!;
    if (CUE_NOUN_PREPOSITIONS.has(token.lower) && (k === 0 || token.lower === 'for' || token.lower === 'of' || token.lower === 'that')) {
      const next = tokens[prep + k + 1];
      // "on Friday" is not the cue's preposition when a better one follows.
      if (k === 0 && token.lower === 'on' && next && /^\p{Lu}/u.test(next.text) && tokens.slice(prep + 1, Math.min(end, prep + MAX_PREP_GAP + 1)).some((t) => t.lower === 'for')) continue;
      found = prep + k;
      break;
    }
    if (token.pos === 'PUNCT' || token.pos === 'VERB') break;
  }
  // "made it clear Monday they have no plans": "clear" needs no preposition before its clause.
  if (found < 0 && noun.lower === 'clear' && i + 1 < end && tokens[i + 1]!.pos !== 'PUNCT') {
    return { shape: 'noun', first: groupStart(tokens, verb, floor), last: i + 1, head: i, verb, lemma: noun.lemma, act, frame: 'content', weight: 0.9, participial: false };
  }
  if (found < 0) return null;
  // "made clear that ...": the complementiser starts the content, it is not part of the cue.
  prep = tokens[found]!.lower === 'that' ? found - 1 : found;
  return {
    shape: 'noun', first: groupStart(tokens, verb, floor), last: prep + 1, head: i, verb, lemma: noun.lemma, act,
    frame: 'content', weight: 0.9, participial: false,
  };
}

/** The longest object phrase searched for a word that names something said ("a request for comment"). */
const MAX_RESPONSE_OBJECT = 5;

/** Whether the object at `from` names words one can respond to: a request, a question, reports, remarks. */
function answersWords(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + MAX_RESPONSE_OBJECT); k++) {
    if (RESPONSE_OBJECTS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "said flatly", "acknowledged privately", "responded pointedly": a manner adverb right after the verb
 * belongs to the cue, as PolNeAR marks it (24 of 39 on the dev set), unless it modifies the word after
 * it ("said relatively little").
 */
function mannerExtension(tokens: readonly Token[], last: number, end: number): number {
  const adverb = tokens[last];
  const next = tokens[last + 1];
  if (!adverb || last >= end || adverb.pos !== 'ADV' || !/ly$/u.test(adverb.lower)) return last;
  return next && last + 1 < end && (next.pos === 'ADJ' || next.pos === 'ADV' || next.pos === 'NUM') ? last : last + 1;
}

/** Particles of phrasal cues that a governed preposition may follow ("open up about", "weigh in on"). */
const VERB_PARTICLES_AND_IN = new Set([...VERB_PARTICLES, 'in']);

/**
 * Whether what follows a verb at `k` is a reported clause or nothing (a trailing attribution): "that",
 * "whether", a name, a number, punctuation, or a subject pronoun with its verb ("found they could").
 */
function clauseOrEndAfter(tokens: readonly Token[], from: number, end: number): boolean {
  // ("found last week that ...": a time before the clause.)
  let k = from;
  while (k < end && (TIME_WORDS.has(tokens[k]!.lower) || /^(on|in)$/u.test(tokens[k]!.lower)) && k < from + 3) k++;
  const next = tokens[k];
  if (!next || k >= end || next.pos === 'SCONJ' || next.pos === 'PROPN' || next.pos === 'NUM' || next.pos === 'PUNCT') return true;
  const verb = tokens[k + 1];
  return SUBJECT_PRONOUNS.has(next.lower) && verb !== undefined && k + 1 < end && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/**
 * The token after verb i that may be its preposition or particle: the next one, or the one after one
 * or two manner adverbs ("spoke briefly about", "speak more loudly about") when a preposition follows them.
 */
function prepositionAfterAdverbs(tokens: readonly Token[], i: number, end: number): number {
  let k = i + 1;
  while (k < end && k <= i + 2 && tokens[k]!.pos === 'ADV' && (/ly$/u.test(tokens[k]!.lower) || tokens[k]!.lower === 'more')) k++;
  return k > i + 1 && k < end && tokens[k]!.pos === 'ADP' ? k : i + 1;
}

/** The most words between a verb and the colon that introduces its quotation ("explained it this way:"). */
const MAX_COLON_GAP = 4;

/** The index of a colon at or shortly after `from` that a quotation mark follows, or -1. */
function colonBeforeQuote(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < Math.min(end - 1, from + MAX_COLON_GAP + 1); k++) {
    const token = tokens[k]!;
    if (token.text === ':') return OPENING_MARKS.has(tokens[k + 1]!.text) ? k : -1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.pos === 'SCONJ' || token.lower === 'that') return -1;
  }
  return -1;
}

/**
 * A verb of the learned lexicon (not hand-listed) after a holder of views weighs as much as the cue
 * model gives it in this context, not its average precision: "support" is a cue in 67 of 268 uses on PolNeAR dev, and the
 * context ("voters support the ban" against "support for the ban") tells them apart better.
 */
function contextWeighted(listed: CueVerb | undefined, phrasal: boolean, tokens: readonly Token[], i: number, first: number, start: number, end: number): CueVerb | undefined {
  const lemma = tokens[i]!.lemma;
  if (!listed || phrasal || CUE_VERBS.has(lemma) || !LEARNED_CUE_VERBS.has(lemma) || !holderBefore(tokens, first, start)) return listed;
  return { ...listed, weight: cueProbability(cueFeatures(tokens, i, first, start, end)) };
}

/**
 * Whether the verb group at `first` has a study, poll or report as its subject: the word before it,
 * or the head before a modifier ("A study by the Pew Research Center found", "A poll released in
 * late August found", "the report's authors found").
 */
function findingSubjectBefore(tokens: readonly Token[], first: number, start: number): boolean {
  for (let k = first - 1; k >= Math.max(start, first - 10); k--) {
    const token = tokens[k]!;
    if (FINDING_SUBJECTS.has(token.lower)) return true;
    const participle = token.pos === 'VERB' && /ed$/u.test(token.lower);
    if (!participle && !['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'ADP', 'PART'].includes(token.pos)) return false;
  }
  return false;
}

/**
 * Whether the word before a verb group can hold a view: a name, a pronoun or a noun for people
 * ("officials", "the group"). "meltwater now supplies ..." reports nothing.
 */
function holderBefore(tokens: readonly Token[], first: number, start: number): boolean {
  const subject = tokens[first - 1];
  return subject !== undefined && first - 1 >= start && (subject.pos === 'PROPN' || subject.pos === 'PRON' || (subject.pos === 'NOUN' && isAgentNoun(subject.lower)));
}

/** The cue the learned model makes of an unlisted verb, or undefined below its threshold. */
function modelCue(tokens: readonly Token[], head: number, first: number, start: number, end: number): CueVerb | undefined {
  if (tokens[head]!.pos !== 'VERB' || !holderBefore(tokens, first, start)) return undefined;
  const probability = cueProbability(cueFeatures(tokens, head, first, start, end));
  return probability >= CUE_MODEL_THRESHOLD ? { act: 'assertion', frame: 'target', weight: probability } : undefined;
}

/**
 * "Ben Carson appears to be slipping", "The American economy seemed impervious to shocks": how
 * things seem, held by no one named. PolNeAR marks it (86 of 99 gold "seem"/"appear" cues on the dev
 * set) with no source; the subject and the complement are the content. "seemed to suggest" is left to
 * the reporting verb it takes, and "appeared on Fox News" is no appearance of anything.
 */
function seemCue(tokens: readonly Token[], i: number, start: number, end: number): CueMatch | null {
  const token = tokens[i]!;
  if (token.pos !== 'VERB' || !SEEM_VERBS.has(token.lemma) || i + 1 >= end) return null;
  let k = i + 1;
  while (k < end && tokens[k]!.pos === 'ADV') k++;
  const next = tokens[k];
  if (!next || k >= end) return null;
  if (next.lower === 'to') {
    const verb = tokens[k + 1];
    if (!verb || k + 1 >= end || (verb.pos !== 'AUX' && verb.pos !== 'VERB') || (verb.pos === 'VERB' && cueVerb(verb.lemma) !== undefined)) return null;
  } else {
    // An adjective, "like", or a participle ("seemed taken aback", "appeared headed for a contest").
    const participle = next.pos === 'VERB' && /(ed|en)$/u.test(next.lower);
    if (next.pos !== 'ADJ' && next.lower !== 'like' && !participle) return null;
  }
  const first = groupStart(tokens, i, start);
  if (first <= start) return null;
  // "seems like a long shot": PolNeAR's cue takes the "like" (11 of 16 on the dev set).
  const last = next.lower === 'like' && k === i + 1 ? k + 1 : i + 1;
  return { shape: 'sourceless', first, last, head: i, verb: i, lemma: token.lemma, act: 'belief', frame: 'content', weight: 0.6, participial: false };
}

/**
 * "The Fed is not expected to change rates": an expectation with no one named as holding it. PolNeAR
 * marks it (46 of 53 "be expected to" on the dev set) with no source; the subject and the infinitive
 * are the content.
 */
function expectedCue(tokens: readonly Token[], i: number, start: number, end: number): CueMatch | null {
  if (tokens[i]!.lower !== 'expected' || tokens[i + 1]?.lower !== 'to' || i + 2 >= end) return null;
  let first = i;
  while (first - 1 >= start && (tokens[first - 1]!.pos === 'ADV' || tokens[first - 1]!.pos === 'PART')) first--;
  const be = tokens[first - 1];
  if (!be || first - 1 < start || !BE_FORMS.has(be.lower.replace(/n[’']t$/u, '').replace(/^isn$/u, 'is').replace(/^aren$/u, 'are').replace(/^wasn$/u, 'was'))) return null;
  return { shape: 'sourceless', first: auxiliariesBefore(tokens, first - 1, start), last: i + 1, head: i, verb: i, lemma: 'expect', act: 'belief', frame: 'content', weight: 0.8, participial: false };
}

/**
 * "Sanders was asked to name a decision ...", "When Flynn was asked whether ...": a question put by
 * no one named. PolNeAR marks it (19 of 27 passive "asked" on the dev set) with no source; the
 * subject and the question are the content.
 */
function passiveAskedCue(tokens: readonly Token[], i: number, start: number, end: number): CueMatch | null {
  if (tokens[i]!.lower !== 'asked' || i + 1 >= end) return null;
  let first = i;
  while (first - 1 >= start && (tokens[first - 1]!.pos === 'ADV' || tokens[first - 1]!.pos === 'PART')) first--;
  const be = tokens[first - 1];
  if (!be || first - 1 <= start || !BE_FORMS.has(be.lower)) return null;
  return { shape: 'sourceless', first: auxiliariesBefore(tokens, first - 1, start), last: i + 1, head: i, verb: i, lemma: 'be asked', act: 'question', frame: 'content', weight: 0.7, participial: false };
}

/**
 * Where the passive group of the participle at i starts ("has long been considered", "were widely
 * seen"), or -1 when no full "be" form comes before it (a contracted "'s" is as often "has").
 */
function passiveGroupStart(tokens: readonly Token[], i: number, start: number): number {
  let first = i;
  while (first - 1 >= start && (tokens[first - 1]!.pos === 'ADV' || tokens[first - 1]!.pos === 'PART')) first--;
  const be = tokens[first - 1];
  if (!be || first - 1 <= start || !isFullBe(be)) return -1;
  return auxiliariesBefore(tokens, first - 1, start);
}

/** A form of "be" that is surely one: a contracted "'s" is as often "has". */
function isFullBe(token: Token): boolean {
  return BE_FORMS.has(token.lower) && token.lower !== "'s" && token.lower !== '’s';
}

/** Copulas that carry an attitude adjective ("is critical of", "remain confident that"). */
const STANCE_COPULAS = new Set(['remain', 'remains', 'remained', 'become', 'became', 'becomes']);

/**
 * "Republicans have been critical of Clinton's use of email", "labor leaders remain confident that
 * ...", "Mr. Hurt is eager to get the book out": an attitude of the subject towards what follows. The
 * cue is the verb group and the adjective, with the preposition it takes ("critical of"); "that" and
 * an infinitive's "to" open the content. "quick to" takes its verb into the cue ("was quick to embrace"),
 * as PolNeAR does.
 */
function stanceCue(tokens: readonly Token[], i: number, start: number, end: number): CueMatch | null {
  const token = tokens[i]!;
  const allowed = STANCE_ADJECTIVES.get(token.lower);
  if (allowed === undefined || (token.pos !== 'ADJ' && token.pos !== 'VERB') || i + 2 >= end) return null;
  const next = tokens[i + 1]!;
  if (!allowed.has(next.lower)) return null;
  let first = i;
  while (first - 1 >= start && tokens[first - 1]!.pos === 'ADV') first--;
  const copula = tokens[first - 1];
  if (!copula || first - 1 <= start || !(isFullBe(copula) || STANCE_COPULAS.has(copula.lower))) return null;
  const infinitive = next.lower === 'to' && (tokens[i + 2]!.pos === 'AUX' || (tokens[i + 2]!.pos === 'VERB' && !/ing$/u.test(tokens[i + 2]!.lower)));
  const last = next.lower === 'that' ? i + 1 : infinitive ? (token.lower === 'quick' ? i + 3 : i + 1) : i + 2;
  if (last >= end) return null;
  return { shape: 'verb', first: auxiliariesBefore(tokens, first - 1, start), last, head: i, verb: i, lemma: token.lower, act: 'belief', frame: 'content', weight: 0.5, participial: false };
}

/**
 * "Mr. Ryan is a vocal advocate of trade deals", "he's been an outspoken critic of ...": the subject's
 * side, named by a noun after "be" or "remain" with "of" or "for" (11 of 22 such phrases are PolNeAR
 * cues on the dev set, the whole "is a vocal advocate of"). The cue runs from the verb group to the
 * preposition; its object is the content.
 */
function advocateCue(tokens: readonly Token[], i: number, start: number, end: number): CueMatch | null {
  const copula = tokens[i]!;
  if (!(isFullBe(copula) || STANCE_COPULAS.has(copula.lower)) || i <= start) return null;
  let k = i + 1;
  if (k < end && (tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an' || tokens[k]!.lower === 'the')) k++;
  while (k < end && k < i + 5 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')) k++;
  const noun = tokens[k];
  if (!noun || k + 2 >= end || k === i + 1 || !STANCE_NOUNS.has(noun.lower) || (tokens[k + 1]!.lower !== 'of' && tokens[k + 1]!.lower !== 'for')) return null;
  return { shape: 'verb', first: auxiliariesBefore(tokens, i, start), last: k + 2, head: k, verb: i, lemma: `be ${noun.lower}`, act: 'belief', frame: 'content', weight: 0.5, participial: false };
}

/** Passive verbs of view and the words after them that PolNeAR takes into the cue ("is known for"). */
const VIEW_PASSIVES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['known', new Set(['as', 'for'])],
  ['regarded', new Set(['as'])],
  ['viewed', new Set(['as'])],
  ['perceived', new Set(['as'])],
  ['seen', new Set()],
  ['considered', new Set()],
  ['deemed', new Set()],
]);
/** Those that report a view only with "as" ("is seen as a threat"; "was seen leaving" is no view). */
const VIEW_AS_ONLY = new Set(['regarded', 'viewed', 'perceived', 'seen']);
/** Those that take a bare complement ("is considered a top contender", "was deemed ineligible"). */
const VIEW_COMPLEMENTED = new Set(['considered', 'deemed']);

/**
 * "Ginsburg is known for her liberal bent", "The union is widely regarded as one of the more liberal",
 * "Charleston's base has long been considered a top contender": a view held by no one named. PolNeAR
 * marks it with no source (46 of 58 such cues on the dev set); the subject and the complement are the
 * content. A view with its holder ("is seen by other leaders as") and a clause ("is considered whether")
 * are left to other rules.
 */
function passiveViewCue(tokens: readonly Token[], i: number, start: number, end: number): CueMatch | null {
  const token = tokens[i]!;
  const taken = VIEW_PASSIVES.get(token.lower);
  if (taken === undefined || i + 1 >= end) return null;
  const first = passiveGroupStart(tokens, i, start);
  if (first < 0) return null;
  const next = tokens[i + 1]!;
  if (next.lower === 'by' || next.pos === 'SCONJ' || next.pos === 'PUNCT' || next.lower === 'that') return null;
  if (VIEW_AS_ONLY.has(token.lower) && next.lower !== 'as') return null;
  if (VIEW_COMPLEMENTED.has(token.lower) && !['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'].includes(next.pos) && next.lower !== 'to') return null;
  const last = taken.has(next.lower) ? i + 2 : i + 1;
  return { shape: 'sourceless', first, last, head: i, verb: i, lemma: `be ${token.lower}`, act: 'belief', frame: 'content', weight: 0.6, participial: false };
}

/** Passive verbs of criticism and praise: "was criticized for", "have been blamed for". */
const JUDGING_PASSIVES: ReadonlyMap<string, string> = new Map([
  ['criticized', 'criticize'], ['criticised', 'criticize'], ['blamed', 'blame'], ['accused', 'accuse'], ['challenged', 'challenge'],
  ['attacked', 'attack'], ['rebuked', 'rebuke'], ['derided', 'deride'], ['lambasted', 'lambaste'], ['condemned', 'condemn'],
  ['denounced', 'denounce'], ['mocked', 'mock'], ['ridiculed', 'ridicule'], ['slammed', 'slam'], ['faulted', 'fault'],
  ['chastised', 'chastise'], ['castigated', 'castigate'], ['assailed', 'assail'], ['praised', 'praise'], ['applauded', 'applaud'],
  ['hailed', 'hail'],
]);

/**
 * "Mr. Reagan was criticized for trading ...", "Trump has been criticized by some of his rivals for
 * failing ...": a judgement of the subject, by no one named or by the agent after "by". PolNeAR marks
 * 27 of 43 such passives on the dev set, the subject and the rest of the clause as content; the
 * preposition the verb governs ("accused of", "blamed for") joins the cue, as "is known for" does.
 */
function judgedCue(tokens: readonly Token[], i: number, start: number, end: number): CueMatch | null {
  const lemma = JUDGING_PASSIVES.get(tokens[i]!.lower);
  if (lemma === undefined || i + 1 >= end) return null;
  const first = passiveGroupStart(tokens, i, start);
  if (first < 0) return null;
  const next = tokens[i + 1]!.lower;
  const last = (next === 'of' && lemma === 'accuse') || (next === 'for' && lemma === 'blame') || (next === 'as' && lemma !== 'accuse') ? i + 2 : i + 1;
  return { shape: 'sourceless', first, last, head: i, verb: i, lemma: `be ${lemma}`, act: 'criticism', frame: 'content', weight: 0.6, participial: false };
}

/**
 * Where a passive group ending in the "be" form at `be` starts: "had been expected", "could be
 * expected", "will probably be said" (auxiliaries and adverbs before it belong to the group).
 */
function auxiliariesBefore(tokens: readonly Token[], be: number, start: number): number {
  let first = be;
  while (first - 1 >= start && (tokens[first - 1]!.pos === 'AUX' || (tokens[first - 1]!.pos === 'ADV' && /^\p{Ll}/u.test(tokens[first - 1]!.text)) || tokens[first - 1]!.pos === 'PART') && tokens[first - 1]!.lower !== 'to') first--;
  return first;
}

/**
 * "Priebus was said to be “furious”", "it is said, local racists once ...": a report no one is named
 * for. PolNeAR marks each such passive "said" on the dev set (6 of 6) with no source.
 */
function passiveSaidCue(tokens: readonly Token[], i: number, start: number): CueMatch | null {
  if (tokens[i]!.lower !== 'said') return null;
  let first = i;
  while (first - 1 >= start && tokens[first - 1]!.pos === 'ADV') first--;
  const be = tokens[first - 1];
  if (!be || first - 1 <= start || !BE_FORMS.has(be.lower) || be.lower === "'s" || be.lower === '’s') return null;
  return { shape: 'sourceless', first: auxiliariesBefore(tokens, first - 1, start), last: i + 1, head: i, verb: i, lemma: 'be said', act: 'assertion', frame: 'content', weight: 0.8, participial: false };
}

/**
 * "In a CNN/ORC poll released Monday, 31% of Republicans ...": a sentence that opens with a poll
 * reports it, like "according to" (10 of 13 such openings are marked on PolNeAR dev; "in the polls"
 * inside a sentence only 30%, so it is left alone).
 */
function pollCue(tokens: readonly Token[], i: number, end: number): CueMatch | null {
  if (tokens[i]!.lower !== 'in') return null;
  for (let k = i + 1; k < Math.min(end, i + 12); k++) {
    if (tokens[k]!.text === ',' || (tokens[k]!.pos === 'VERB' && !/ed$/u.test(tokens[k]!.lower))) return null;
    if (POLL_NOUNS.has(tokens[k]!.lower) && (tokens[k]!.pos === 'NOUN' || (tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text)))) {
      return { shape: 'according', first: i, last: i + 1, head: i, verb: i, lemma: 'in', act: 'assertion', frame: 'content', weight: 0.8, participial: false };
    }
  }
  return null;
}

/** "Trump reportedly told aides ...": a report with no one named (13 of 15 on PolNeAR dev). */
function reportedlyCue(tokens: readonly Token[], i: number, start: number): CueMatch | null {
  if (tokens[i]!.lower !== 'reportedly' || i <= start) return null;
  return { shape: 'sourceless', first: i, last: i + 1, head: i, verb: i, lemma: 'reportedly', act: 'assertion', frame: 'content', weight: 0.8, participial: false };
}

/**
 * "said in a statement": PolNeAR marks the statement as part of the cue (29 of 45 times on the dev
 * set; "in an interview" only half the time, so it stays out). Returns the cue's new end.
 */
function channelExtension(tokens: readonly Token[], last: number, end: number): number {
  let k = last;
  if (tokens[k]?.lower !== 'in' || k + 2 >= end) return last;
  k++;
  if (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'PRON') k++;
  while (k < end - 1 && tokens[k]!.pos === 'ADJ') k++;
  return k < end && CUE_CHANNELS.has(tokens[k]!.lower) ? k + 1 : last;
}

/** "The board saw Fiorina as the perfect driver", "Israel regards Jerusalem as its capital": a view. */
const SEE_AS: CueVerb = { act: 'belief', frame: 'content', weight: 0.6 };
/** The longest object between "saw" and "as". */
const MAX_AS_OBJECT = 8;

/** Whether a short noun-phrase object at `from` is followed by "as" ("saw Fiorina as ..."). */
function objectThenAs(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end - 1, from + MAX_AS_OBJECT + 1); k++) {
    const token = tokens[k]!;
    if (token.lower === 'as') return k > from && !AS_NOT_ROLE.has(tokens[k + 1]!.lower);
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.pos === 'SCONJ') return false;
  }
  return false;
}

/** "called it a “fundamental mistake”": call + object + what it was called reports an opinion. */
const CALL_AS: CueVerb = { act: 'criticism', frame: 'target', weight: 0.7 };
const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'himself', 'herself', 'themselves', 'us', 'me']);

function callsSomething(tokens: readonly Token[], i: number, end: number): boolean {
  const object = tokens[i + 1];
  if (!object || i + 1 >= end) return false;
  // "called his rival ''totally scripted''", "what she called a “rant”": a quotation after a short
  // object (or none) is what something was called.
  for (let k = i + 1; k < Math.min(end, i + 10); k++) {
    const token = tokens[k]!;
    // (Archive texts write '' as two apostrophe tokens.)
    const doubled = token.text === "'" && tokens[k + 1]?.text === "'" && tokens[k + 1]!.start === token.end;
    if (/^(“|''|"|‘)$/u.test(token.text) || doubled) return k > i + 1 || object.text !== '"' || tokens[k + 1]?.pos !== 'PUNCT';
    if (token.pos === 'VERB' || token.pos === 'AUX' || /^[.;:!?]$/u.test(token.text)) break;
  }
  if (!OBJECT_PRONOUNS.has(object.lower) && object.pos !== 'PROPN') return false;
  let k = i + 2;
  while (k < end && k < i + 5 && tokens[k]!.pos === 'PROPN') k++;
  const complement = tokens[k];
  return complement !== undefined && k < end && (complement.pos === 'DET' || complement.pos === 'ADJ' || /^[“"‘']$/u.test(complement.text));
}

function isSubjectLike(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN';
}

/** Quantifiers that stand alone as a subject ("Some say", "Most say"), whatever wink tags them. */
const COUNTING_SUBJECTS = new Set(['some', 'most', 'many', 'few', 'others', 'several', 'all', 'both', 'half']);

/**
 * Whether the word before i can be the subject of a verb wink tagged as a noun: a noun or name
 * ("Polls show"), a quantifier on its own ("Some say"), or a share of a poll ("Six in 10 say").
 */
function subjectBeforeMistag(tokens: readonly Token[], i: number, start: number): boolean {
  const before = tokens[i - 1]!;
  if (isSubjectLike(before) || before.lower === 'who') return true;
  if (COUNTING_SUBJECTS.has(before.lower) && (i - 1 === start || !isSubjectLike(tokens[i - 2]!))) return true;
  return before.pos === 'NUM' && i - 3 >= start && tokens[i - 2]!.lower === 'in' && tokens[i - 3]!.pos === 'NUM';
}

/**
 * ", FEC records show.": a trailing attribution whose verb wink tagged as a noun. The word ends the
 * sentence and a short noun phrase after a comma leads up to it.
 */
function endsTrailingAttribution(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  // ("... in 2011, records show, and aviation experts say ...": mid-sentence, between commas, when
  // the word agrees with its subject as a verb would: "records show", "the poll shows".)
  const inserted = i + 1 < end && tokens[i + 1]!.text === ',' && /[^s]s$/u.test(tokens[i - 1]!.lower) !== /s$/u.test(tokens[i]!.lower);
  if (i + 1 < end && !/^[.!?]$/u.test(tokens[i + 1]!.text) && !inserted) return false;
  for (let k = i - 1; k >= Math.max(start, i - 5); k--) {
    if (tokens[k]!.text === ',') return k < i - 1;
    if (!isSubjectLike(tokens[k]!) && tokens[k]!.pos !== 'DET' && tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'PART') return false;
  }
  return false;
}

/**
 * "Polls show voters trust ...", "Public records show little evidence ...", "women who claim he ...":
 * a base form after a plural subject or "who" agrees with it as a verb, so an adjective or a plural
 * noun after it opens its complement.
 */
function pluralAgrees(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1]!;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  if (!next || /s$/u.test(token.lower) || !(before.lower === 'who' || (isSubjectLike(before) && /[^s]s$/u.test(before.lower)))) return false;
  return startsComplement(next) || next.pos === 'ADJ' || (next.pos === 'NOUN' && /[^s]s$/u.test(next.lower));
}

function startsComplement(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'DET' || token.pos === 'PRON' || token.pos === 'PROPN' || token.pos === 'NUM' || token.lower === 'that');
}

/** Whether most words of [start, end) are capitalised, as in a headline ("Bush Super PAC Chief Praises ..."). */
function isTitleCase(tokens: readonly Token[], start: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = start; k < end; k++) {
    const text = tokens[k]!.text;
    if (!/^\p{L}/u.test(text)) continue;
    words++;
    if (/^\p{Lu}/u.test(text)) capitalised++;
  }
  return words >= 4 && capitalised >= words * 0.7;
}

/**
 * "Jeb Bush Super PAC Chief Praises Marco Rubio ...": in a title-case headline wink tags the verb as
 * a name. A present-tense "-s" word whose base form is a listed cue, between a name and more words,
 * is read as the verb.
 */
function headlineVerb(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  const token = tokens[i]!;
  if ((token.pos !== 'PROPN' && token.pos !== 'NOUN') || i <= start || i + 1 >= end || !/^\p{Lu}\p{Ll}+s$/u.test(token.text) || /ss$/u.test(token.lower)) return false;
  const before = tokens[i - 1]!;
  const after = tokens[i + 1]!;
  return (before.pos === 'PROPN' || before.pos === 'NOUN') && after.pos !== 'PUNCT' && cueVerb(verbLemma(token.lower)) !== undefined;
}

/** "Rose Bowl skywriters blast Trump": a listed cue's base form after a plural subject, before its object. */
function bareVerbAsNoun(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'NOUN' || i <= start || i + 1 >= end || !CUE_VERBS.has(token.lower)) return false;
  const before = tokens[i - 1]!;
  const plural = (before.pos === 'NOUN' && /s$/u.test(before.lower)) || before.pos === 'PROPN';
  return plural && startsComplement(tokens[i + 1]);
}

/** The base form of a verb that wink mistook for a noun ("shows" -> "show", "warning" -> "warn"). */
function verbLemma(form: string): string {
  if (form === 'found') return 'find';
  if (form === 'showed') return 'show';
  if (form.endsWith('ing') && form.length > 5) {
    const stem = form.slice(0, -3);
    // "warning" -> "warn", "promising" -> "promise", "admitting" -> "admit".
    for (const base of [stem, `${stem}e`, stem.slice(0, -1)]) if (CUE_VERBS.has(base)) return base;
    return stem;
  }
  return form.endsWith('s') && !form.endsWith('ss') ? form.slice(0, -1) : form;
}

/**
 * ", warning that control of Congress ...", ", promising to campaign ...": a participle after a comma
 * that wink tags as a noun or adjective, when it is a listed cue verb's and a clause or object follows.
 */
function participleAsNoun(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  const token = tokens[i]!;
  if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || !/ing$/u.test(token.lower) || i <= start || i + 1 >= end || tokens[i - 1]!.text !== ',') return false;
  const next = tokens[i + 1]!;
  return CUE_VERBS.has(verbLemma(token.lower)) && (next.lower === 'that' || next.lower === 'to' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET');
}

/** "Trump's claim that ...", "her criticism of the deal": a possessor, a cue noun, then its content. */
function matchPossessiveCue(tokens: readonly Token[], i: number, end: number): CueMatch | null {
  const token = tokens[i]!;
  const act = POSSESSIVE_CUE_NOUNS.get(token.lower);
  if (act === undefined || token.pos !== 'NOUN') return null;
  const before = tokens[i - 1];
  const possessed = before && (before.lower === "'s" || before.lower === '’s' || /^(his|her|their|its)$/u.test(before.lower));
  if (!possessed) return null;
  const prep = tokens[i + 1];
  if (!prep || i + 1 >= end || !(prep.lower === 'that' || prep.lower === 'of' || prep.lower === 'for' || prep.lower === 'to' || prep.lower === 'about')) return null;
  const ownsPreposition = prep.lower !== 'that' && prep.lower !== 'to';
  return { shape: 'possessive', first: i, last: ownsPreposition ? i + 2 : i + 1, head: i, verb: i, lemma: token.lemma, act, frame: 'content', weight: 0.6, participial: false };
}

/** All cues in the token range [start, end) of one sentence, in text order, not overlapping. */
export function findCues(tokens: readonly Token[], start: number, end: number): CueMatch[] {
  const cues: CueMatch[] = [];
  // Whether the sentence is a title-case headline: worked out only when a word could be a headline verb.
  let titleCase: boolean | undefined;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to' && i + 1 < end) {
      cues.push({ shape: 'according', first: i, last: i + 2, head: i, verb: i, lemma: 'according to', act: 'assertion', frame: 'content', weight: 1, participial: false });
      i++;
      continue;
    }
    const poll = i === start ? pollCue(tokens, i, end) : null;
    if (poll) {
      cues.push(poll);
      continue;
    }
    const possessive = matchPossessiveCue(tokens, i, end);
    if (possessive) {
      cues.push(possessive);
      i = possessive.last - 1;
      continue;
    }
    const sourceless = expectedCue(tokens, i, start, end) ?? reportedlyCue(tokens, i, start) ?? passiveAskedCue(tokens, i, start, end) ?? passiveSaidCue(tokens, i, start) ?? seemCue(tokens, i, start, end) ?? passiveViewCue(tokens, i, start, end) ?? judgedCue(tokens, i, start, end);
    if (sourceless) {
      cues.push(sourceless);
      i = sourceless.last - 1;
      continue;
    }
    const stance = stanceCue(tokens, i, start, end) ?? advocateCue(tokens, i, start, end);
    if (stance) {
      cues.push(stance);
      i = stance.last - 1;
      continue;
    }
    const mistagged = (token.pos === 'NOUN' && NOUN_TAGGED_VERBS.has(token.lower) && i > start && subjectBeforeMistag(tokens, i, start) && (startsComplement(tokens[i + 1]) || pluralAgrees(tokens, i, end) || endsTrailingAttribution(tokens, i, start, end))) ||
      (headlineVerb(tokens, i, start, end) && (titleCase ??= isTitleCase(tokens, start, end))) || bareVerbAsNoun(tokens, i, start, end) || participleAsNoun(tokens, i, start, end);
    // "The board saw Fiorina as ...", "Israel regards Jerusalem as ...": wink tags some of these as nouns.
    const seenAs = token.pos === 'NOUN' && AS_VERB_FORMS.has(token.lower) && i > start && (isSubjectLike(tokens[i - 1]!) || tokens[i - 1]!.pos === 'PRON' || tokens[i - 1]!.pos === 'DET') && objectThenAs(tokens, i + 1, end);
    if (token.pos !== 'VERB' && !mistagged && !seenAs) continue;
    // "self-described", "so-called": a verb inside a hyphenated modifier reports nothing.
    const previousToken = tokens[i - 1];
    if (previousToken && previousToken.text === '-' && previousToken.end === token.start) continue;
    // "Additional reporting by", "Breitbart's reporting team": a gerund after an adjective, a
    // determiner or a possessive is a noun, not a reporting verb.
    if (previousToken && i > start && /ing$/u.test(token.lower) && (previousToken.pos === 'ADJ' || previousToken.pos === 'DET' || (previousToken.pos === 'PART' && (previousToken.lower === "'s" || previousToken.lower === '’s')))) continue;
    // "an estimated $10 million", "the proposed ban": a participle after a determiner is an adjective.
    if (previousToken && i > start && /ed$/u.test(token.lower) && ARTICLES.has(previousToken.lower)) continue;
    // "300 pledged delegates", "more pledged delegates": a participle between a modifier and its noun.
    if (previousToken && i > start && /ed$/u.test(token.lower) && (previousToken.pos === 'NUM' || previousToken.pos === 'ADJ') && tokens[i + 1]?.pos === 'NOUN' && i + 1 < end) continue;
    // "Their shows rose", "the claims": any other form after an article or a possessive is a noun wink
    // mis-tagged ("her" is left out: "told her" has it as an object).
    if (previousToken && i > start && (ARTICLES.has(previousToken.lower) || (previousToken.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(previousToken.lower) && previousToken.lower !== 'her'))) continue;
    // "(Reporting by Jane Roe; Editing by ...)": a gerund with its agent is a credit line.
    if (/ing$/u.test(token.lower) && tokens[i + 1]?.lower === 'by' && tokens[i + 2]?.pos === 'PROPN') continue;
    const lemma = token.lemma;
    if (LIGHT_VERBS.has(lemma)) {
      const noun = matchNounCue(tokens, i, end, start);
      if (noun) {
        cues.push(noun);
        i = noun.last - 1;
        continue;
      }
    }
    // "spoke briefly about", "talked more about": a manner adverb may stand before the cue's preposition.
    const at = prepositionAfterAdverbs(tokens, i, end);
    const next = tokens[at];
    if (next && NON_CUE_PHRASES.has(`${lemma} ${next.lower}`)) continue;
    // "did not respond to requests for comment", "responded to reports that ...": a response to
    // words; "forces responded to the attacks with strikes" is none.
    if (lemma === 'respond' && next?.lower === 'to' && !answersWords(tokens, at + 1, end)) continue;
    const phrasal = next && at < end ? PHRASAL_CUES.get(`${lemma} ${next.lower}`) : undefined;
    // "as Professor Foner put it: ..." reports words; "put it that way", "put it into play" do not.
    if (phrasal && lemma === 'put' && !(tokens[at + 1]?.pos === 'PUNCT' || tokens[at + 1]?.lower === 'in')) continue;
    const viewedAs = seenAs || (AS_VERBS.has(lemma) && objectThenAs(tokens, i + 1, end)) ? SEE_AS : undefined;
    const listed = phrasal ?? (lemma === 'call' && callsSomething(tokens, i, end) ? CALL_AS : undefined) ?? viewedAs ?? (PHRASAL_ONLY.has(lemma) ? undefined : cueVerb(mistagged ? verbLemma(token.lower) : lemma));
    const first = groupStart(tokens, i, start);
    if (first === i && PARTICIPLE_ONLY.has(token.lower)) continue;
    // "Pence continued: “...”", "the supporter retorted: “...”", "scolded him: “...”": a verb and a
    // colon before a quotation introduce it, whatever the verb.
    const colon = colonBeforeQuote(tokens, i + 1, end);
    if (colon > 0 && first > start && !/ing$/u.test(token.lower) && !isPassive(tokens, first, i)) {
      cues.push({ shape: 'colon', first, last: colon + 1, head: i, verb: i, lemma, act: listed?.act ?? 'assertion', frame: 'content', weight: 0.9, participial: false });
      i = colon;
      continue;
    }
    // A verb no table lists may still report an attribution; the learned model decides from context.
    const entry = contextWeighted(listed, phrasal !== undefined, tokens, i, first, start, end) ?? modelCue(tokens, i, first, start, end);
    if (!entry) continue;
    if (isPassive(tokens, first, i)) continue;
    if (CLAUSE_ONLY_CUES.has(lemma) && !clauseOrEndAfter(tokens, at, end) && !findingSubjectBefore(tokens, first, start)) continue;
    // "talked about", "agreed with": the governed preposition belongs to the cue (as PolNeAR marks it).
    const governs = !phrasal && next && at < end && GOVERNED_PREPOSITIONS.has(next.lower) && next.pos === 'ADP' && !BARE_SPEECH_VERBS.has(lemma);
    // "brushed off the concerns", "called out the press": a particle before the object is the cue's.
    const object = tokens[i + 2];
    const particle = !phrasal && !governs && at === i + 1 && next && i + 2 < end && VERB_PARTICLES.has(next.lower) && next.pos !== 'VERB' && object !== undefined && NP_STARTS.has(object.pos) && object.lower !== 'that';
    // "opened up about", "weighed in on", "lashed out at": a preposition after a phrasal cue's particle is the cue's too.
    const afterParticle = phrasal && VERB_PARTICLES_AND_IN.has(next!.lower) && at + 1 < end && (GOVERNED_PREPOSITIONS.has(tokens[at + 1]!.lower) || tokens[at + 1]!.lower === 'at') && (tokens[at + 1]!.pos === 'ADP' || (tokens[at + 1]!.lower === 'about' && tokens[at + 2]?.pos !== 'NUM'));
    // "voted 6-1 for the resolution": a vote's tally, and the preposition after it, are the cue's (PolNeAR).
    const tally = lemma === 'vote' && !phrasal && !governs && !particle && next !== undefined && at < end && /^\d+-\d+$/u.test(next.text);
    const tallied = tally && tokens[i + 2] !== undefined && i + 2 < end && (tokens[i + 2]!.lower === 'for' || tokens[i + 2]!.lower === 'against') ? i + 3 : i + 2;
    const last = tally ? tallied : mannerExtension(tokens, channelExtension(tokens, afterParticle ? at + 2 : phrasal || governs ? at + 1 : particle ? i + 2 : i + 1, end), end);
    cues.push({
      shape: 'verb', first, last, head: i, verb: i, lemma: phrasal ? `${lemma} ${next!.lower}` : seenAs ? AS_VERB_FORMS.get(token.lower)! : mistagged ? verbLemma(token.lower) : lemma,
      act: entry.act, frame: entry.frame, weight: entry.weight, participial: isParticipial(tokens, first, i, start),
    });
    i = last - 1;
  }
  // "continued to question": a catenative that is a cue itself ("continue") is part of the next cue's
  // group, which reports the attribution; the catenative alone would report "to question ..." again.
  return cues.filter((cue, k) => {
    const next = cues[k + 1];
    if (!next || cue.shape !== 'verb' || next.first > cue.first || cue.last > next.last) return true;
    for (let t = cue.last; t < next.head; t++) if (tokens[t]!.lower === 'to') return false;
    return true;
  });
}
