/**
 * Planning one attribution: from a cue, find its speaker (before it, after it, or inherited), decide
 * whether the content comes before or after it, and collect the content fragments.
 */
import type { Claim, Sentence, Span, Token } from '../../model/types.js';
import { CLOSING_MARKS, contentAfter, contentBefore, hasVerb, OPENING_MARKS, opensQuote, tokenAfter, type ContentContext } from './content.js';
import { findCues, type CueMatch } from './cues.js';
import { bareTimeFrom, phraseEndingAt, phraseStartingAt, POSSESSIVE_DETERMINERS, subjectBefore, type Phrase } from './phrases.js';
import { HEADLINE_LINKS, lastTokenOfParagraph } from './signatures.js';
import { CAUSATIVES, EXPLETIVES, OBJECT_RELATIVES, PARTICIPLE_LEADS, QUESTION_OPENERS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_PARTICLES } from './words.data.js';
import { UNMARKED_PLURALS } from './speakers.data.js';

const BOUNDARY_MARKS = new Set([',', '”', '"', '»', '—', '–', "'", '--']);

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

/**
 * The claim whose cue starts at `start`, a cue of the sentence starting at `sentenceStart`. Searched
 * from the newest claim back to the sentence's first: scanning every claim of the document made the
 * stage quadratic in article length (a 4 MB article: 1.4 s in this search alone).
 */
function claimWithCueAt(claims: readonly Claim[], start: number, sentenceStart: number): Claim | null {
  for (let i = claims.length - 1; i >= 0; i--) {
    const cue = claims[i]!.cue;
    if (cue?.start === start) return claims[i]!;
    if (cue && cue.start < sentenceStart) return null;
  }
  return null;
}

/** Whether the words after a trailing attribution are only modifiers ("said on Thursday."). */
function onlyModifiersFrom(context: ContentContext, k: number): boolean {
  const { tokens, sentence } = context;
  while (k < sentence.tokenEnd && (TIME_WORDS.has(tokens[k]!.lower) || tokens[k]!.pos === 'NUM')) k++;
  if (k >= sentence.tokenEnd) return true;
  const token = tokens[k]!;
  if (token.lower === 'that' || token.text === ':') return false;
  // "she said “I stood up ...”": a quotation after the cue is what was said, not a modifier.
  if (opensQuote(context, k)) return false;
  if (token.pos === 'PUNCT') return true;
  if (!(token.pos === 'ADP' || token.pos === 'ADV') || opensQuote(context, k)) return false;
  // "said earlier on Friday during a news conference that he may wait": the circumstances may come
  // before the reported clause; a "that" followed by its own subject opens it.
  for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + 15); j++) {
    const word = tokens[j]!;
    if (word.lower === 'that') return tokens[j + 1] === undefined || tokens[j + 1]!.pos === 'VERB' || tokens[j + 1]!.pos === 'AUX';
    if (!MODIFIER_TAGS.has(word.pos)) return true;
  }
  return true;
}

/** Tags of the words of a circumstance phrase after a cue ("earlier on Friday during a news conference"). */
const MODIFIER_TAGS = new Set(['ADP', 'ADV', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** The part of `content` before the first auxiliary or finite verb that follows a noun. */
function objectBeforeVerb(context: ContentContext, content: Span, skip = 0): Span {
  const { tokens, quotes } = context;
  const first = tokenAfter(tokens, content.start);
  if (first === null) return content;
  let left = skip;
  for (let k = first + 1; k < tokens.length && tokens[k]!.end <= content.end; k++) {
    const token = tokens[k]!;
    const previous = tokens[k - 1]!;
    if (quotes.containing(token.start)) continue;
    const finite = token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/u.test(token.lower));
    if (!finite || !(previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'NUM' || previous.pos === 'PRON')) continue;
    if (left-- > 0) continue;
    return { start: content.start, end: previous.end };
  }
  return content;
}

/** Whether token k starts reported content of its own: "that", a colon or a quotation. */
function opensContentAt(context: ContentContext, k: number): boolean {
  const token = context.tokens[k];
  if (!token || k >= context.sentence.tokenEnd) return false;
  return token.lower === 'that' || token.text === ':' || opensQuote(context, k) || (token.text === ',' && opensQuote(context, k + 1));
}

/**
 * The quotation that closes right before this sentence (“Why not?” / Rubio said.): wink ends a
 * sentence at a quoted question, so the attribution starts the next one.
 */
function quoteBefore(context: ContentContext): Span | null {
  const { tokens, sentence, quotes } = context;
  const previous = tokens[sentence.tokenStart - 1];
  if (!previous) return null;
  const quote = quotes.endingAt(previous.end);
  const previousSentence = context.sentences[previous.sentence];
  // Only inside one paragraph: a quote that ends a paragraph is not attributed by the next one.
  if (!quote || !previousSentence || previousSentence.paragraph !== sentence.paragraph) return null;
  return { start: quote.start, end: quote.end };
}

/** The subject of the first verb group of the clause in [floor, before): "Fields" in "Fields later tweeted ... and said". */
function clauseSubject(tokens: readonly Token[], floor: number, before: number): Phrase | null {
  // "While most of his competitors called for ..., Trump hewed ..., noting": an opening subordinate
  // clause has its own subject; the main clause starts after its comma.
  const from = openingClauseEnd(tokens, floor, before);
  const found = firstClauseSubject(tokens, from, before, floor);
  if (!found) return null;
  // "It was at the conference that Swanson delivered his tirade ..., pointing to": an expletive "it"
  // or "there" is nobody's; the clause after it has the subject.
  if (EXPLETIVES.has(tokens[found.subject.first]!.lower) && found.subject.last - found.subject.first === 1 && tokens[found.verb]!.lemma === 'be') {
    const later = firstClauseSubject(tokens, found.verb + 1, before);
    if (later) return later.subject;
  }
  // "It’s a big if, but Sanders was in San Diego ..., emphasizing": the participle follows the last
  // of coordinated clauses, when a conjunction opens one with its own subject.
  for (let j = found.verb + 1; j < before; j++) {
    if (tokens[j]!.pos !== 'CCONJ' || (tokens[j]!.lower !== 'but' && tokens[j]!.lower !== 'and')) continue;
    const later = firstClauseSubject(tokens, j + 1, before);
    if (later && later.subject.first === j + 1 && !SUBJECT_PRONOUNS.has(tokens[j + 1]!.lower)) return later.subject;
  }
  return found.subject;
}

/** The subject of the first verb in [from, before), with the verb's index. */
function firstClauseSubject(tokens: readonly Token[], from: number, before: number, floor = from): { subject: Phrase; verb: number } | null {
  for (let i = from; i < before; i++) {
    const token = tokens[i]!;
    // ("Cruz belittled the issue", "Mr. Clyburn cast their arguments": wink tags some past tenses
    // after a name as adjectives or nouns.)
    const previous = i > from ? tokens[i - 1]! : undefined;
    const afterName = previous !== undefined && (previous.pos === 'PROPN' || SUBJECT_PRONOUNS.has(previous.lower));
    const next = tokens[i + 1];
    const misTagged = afterName && ((token.pos === 'ADJ' && /ed$/u.test(token.lower)) || (token.pos === 'NOUN' && next !== undefined && (next.pos === 'DET' || (next.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(next.lower)))));
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && !misTagged) continue;
    // An infinitive ("the agreement to restructure") is not the clause's own verb.
    if (tokens[i - 1]?.lower === 'to' && tokens[i - 1]!.pos === 'PART') continue;
    let start = i;
    while (start - 1 >= floor && (tokens[start - 1]!.pos === 'AUX' || tokens[start - 1]!.pos === 'ADV' || tokens[start - 1]!.pos === 'PART')) start--;
    const subject = subjectBefore(tokens, start, from);
    return subject ? { subject, verb: i } : null;
  }
  return null;
}

/**
 * Who does what an infinitive at `to` + 1 reports: the object of a causative verb ("led many to
 * assume", "prompting Republicans to rebuke"), else the subject of the clause ("Other leaders used
 * blunt language to denounce ...", "Keyworth rushed to meet Fiorina to discuss ...").
 */
function infinitiveSpeaker(tokens: readonly Token[], to: number, floor: number): Phrase | null {
  const object = phraseEndingAt(tokens, to, floor);
  const verb = object ? tokens[object.first - 1] : undefined;
  if (object && verb && object.first - 1 >= floor && verb.pos === 'VERB' && CAUSATIVES.has(verb.lemma)) return { ...object, parts: [object] };
  return null;
}

/**
 * Where the main clause starts when the sentence opens with a subordinate clause, a prepositional or a
 * participle phrase ("While ..., ", "In a September debate, ", "Walking to the next address, "): after
 * its comma (before `before`), else `floor`.
 */
export function openingClauseEnd(tokens: readonly Token[], floor: number, before: number): number {
  const opener = tokens[floor];
  // "Walking to the next address, Ebeling reminisced ...": an opening participle phrase too.
  const participle = opener !== undefined && opener.pos === 'VERB' && /ing$/u.test(opener.lower);
  if (!opener || !(opener.pos === 'ADP' || isSubordinator(opener) || participle)) return floor;
  for (let k = floor + 1; k < before; k++) if (tokens[k]!.text === ',') return k + 1;
  return floor;
}

/** Whether tokens [from, to) are only conjunctions, adverbs and punctuation ("But,", "And yet,"). */
function onlyConnectives(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = tokens[k]!.pos;
    if (pos !== 'CCONJ' && pos !== 'ADV' && pos !== 'PUNCT') return false;
  }
  return true;
}

/** Words that open a subordinate clause at the start of a sentence. */
const SUBORDINATORS = new Set(['while', 'when', 'as', 'after', 'before', 'although', 'though', 'if', 'since', 'because', 'once', 'until', 'whereas']);

/** Whether a token opens a subordinate clause ("While ...", "After saying ..."). */
function isSubordinator(token: Token): boolean {
  return token.pos === 'SCONJ' || SUBORDINATORS.has(token.lower);
}

/** Whether a plan's cue lies in the forward content of another earlier plan of the sentence. */
function nestedPlan(tokens: readonly Token[], plan: Plan, earlier: readonly Plan[]): boolean {
  const cue = tokens[plan.cue.first]!;
  return earlier.some((outer) => outer !== plan && !outer.trailing && outer.fragments.some((f) => f.start <= cue.start && cue.end <= f.end));
}

/** Words that may open a sentence before a speakerless "asked" ("When asked whether ..."). */
const ASKED_LEADS = new Set(['when', 'after', 'once', 'if', 'as', 'while', 'before']);

/** Words that join a second verb to the clause's subject: "called it careless but said ...". */
const COORDINATORS = new Set(['and', 'then', 'but', 'yet']);
/** Tags that can start an inverted speaker's phrase. */
const NP_OPENERS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);

/** "but in a later interview said", "and, on Tuesday, said": a coordinator, then a short aside. */
function coordinatedAfterAside(tokens: readonly Token[], first: number, floor: number): boolean {
  for (let k = first - 1; k >= Math.max(floor, first - 8); k--) {
    const token = tokens[k]!;
    if (COORDINATORS.has(token.lower)) {
      if (k >= first - 1) return false;
      const opener = tokens[k + 1]!;
      // "and, on Tuesday, said": an aside between commas; "but in a later interview said": a bare
      // prepositional phrase (a comma or a name inside would make it "and in May, Ross said").
      if (opener.text === ',') return tokens[first - 1]!.text === ',';
      return opener.pos === 'ADP' && tokens.slice(k + 1, first).every((t) => t.text !== ',' && t.pos !== 'PROPN');
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PRON' || /^[.!?;:“”"]$/u.test(token.text)) return false;
  }
  return false;
}

/**
 * "“...,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing, said":
 * after a quotation closed with a comma, everything up to the verb names the speaker, however many
 * appositives it has; the subject search alone stops at the last one.
 */
function speakerAfterQuotation(context: ContentContext, subject: Phrase, floor: number): Phrase {
  const { tokens, quotes } = context;
  // ("“...,” Warren, who has not endorsed anyone, said": the relative clause's own subject is "who".)
  if (tokens[subject.first - 1]?.text !== ',' || OBJECT_RELATIVES.has(tokens[subject.first]!.lower)) return subject;
  for (let k = subject.first - 2; k > floor && k >= subject.first - 30; k--) {
    const token = tokens[k]!;
    const quote = CLOSING_MARKS.has(token.text) || token.text === '’' ? quotes.endingAt(token.end) : null;
    if (quote) {
      // Only a quotation that opens the sentence ("... on CNN’s “New Day,” Sen. X, ..., told" is a title).
      if (quote.start > tokens[floor]!.start) return subject;
      const first = k + 1;
      const lead = tokens[first];
      // The closing mark must end the quotation's own sentence part (“...,”), and a name must follow.
      if (!lead || first >= subject.first - 1 || !(/^[,.!?]$/u.test(tokens[k - 1]?.text ?? '') || /^[,.!?]/u.test(token.text)) || !/^\p{Lu}/u.test(lead.text)) return subject;
      return { first, last: subject.last, parts: [{ first, last: subject.last }] };
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || /^[.!?;:]$/u.test(token.text) || (OPENING_MARKS.has(token.text) && quotes.startingAt(token.start) !== null)) return subject;
  }
  return subject;
}

/**
 * "“...,” From said.": between a closed quotation and its cue, a capitalised word is a name whatever
 * tag wink gave it (Al From; "Will", "Read").
 */
function nameAfterQuotation(context: ContentContext, cueFirst: number): Phrase | null {
  const { tokens, quotes } = context;
  const name = tokens[cueFirst - 1];
  const mark = tokens[cueFirst - 2];
  if (!name || !mark || !/^\p{Lu}\p{Ll}/u.test(name.text) || !CLOSING_MARKS.has(mark.text) || quotes.endingAt(mark.end) === null) return null;
  return { first: cueFirst - 1, last: cueFirst, parts: [{ first: cueFirst - 1, last: cueFirst }] };
}

/** Prepositions that attach a phrase to the noun before it inside a subject ("the silencing of ..."). */
const SUBJECT_PREPOSITIONS = new Set(['of', 'over', 'in', 'for', 'on', 'about', 'with', 'from', 'behind', 'against', 'to']);
const NP_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * Where a subject really starts when the phrase found is the object of a preposition inside it: "The
 * silencing of [Justice Scalia's voice] seemed", "the idea of reinstating [Glass-Steagall] seems".
 */
function headedSubjectStart(tokens: readonly Token[], first: number, floor: number): number {
  let start = first;
  for (let guard = 0; guard < 3; guard++) {
    // ("the idea of reinstating Glass-Steagall": the phrase found is a gerund's object.)
    const verb = tokens[start - 1];
    if (verb && start - 2 >= floor && verb.pos === 'VERB' && /ing$/u.test(verb.lower) && SUBJECT_PREPOSITIONS.has(tokens[start - 2]!.lower)) start--;
    const preposition = tokens[start - 1];
    const head = tokens[start - 2];
    if (!preposition || !head || start - 2 < floor || !SUBJECT_PREPOSITIONS.has(preposition.lower) || preposition.pos !== 'ADP') break;
    const gerund = head.pos === 'VERB' && /ing$/u.test(head.lower);
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !gerund) break;
    // The noun phrase the preposition hangs on: its head and the determiners, adjectives and
    // possessors before it ("The final shuttering", "investor concern", "Clinton’s strategy").
    let k = start - 2;
    if (gerund && tokens[k - 1]?.pos === 'ADP' && tokens[k - 1]!.lower === 'of') {
      start = k;
      continue;
    }
    while (k - 1 >= floor && (NP_WORDS.has(tokens[k - 1]!.pos) || POSSESSIVE_DETERMINERS.has(tokens[k - 1]!.lower) || /^['’]s$/u.test(tokens[k - 1]!.text))) k--;
    start = k;
  }
  return start;
}

/** Each document's tokens with the words after "according to" read as nouns (see nominalAfterAccording). */
const accordingViews = new WeakMap<readonly Token[], readonly Token[]>();

/**
 * wink reads "to" in "according to" as an infinitive marker and tags the next word a verb ("according
 * to polls", "to sources", "to complete but unofficial returns"), so no noun phrase was found there.
 * What follows "according to" is its source: those words are given back a nominal tag, in a copy of
 * the document's tokens made once per document (the copy only feeds the source's phrase).
 */
function nominalAfterAccording(tokens: readonly Token[], at: number): readonly Token[] {
  const token = tokens[at];
  if (!token || token.pos !== 'VERB' || /ing$/u.test(token.lower)) return tokens;
  let view = accordingViews.get(tokens);
  if (!view) {
    view = tokens.map((t, i) => {
      if (t.pos !== 'VERB' || /ing$/u.test(t.lower) || tokens[i - 1]?.lower !== 'to' || tokens[i - 2]?.lower !== 'according') return t;
      // ("according to complete but unofficial returns": a modifier; "to people familiar with": a noun.)
      return { ...t, pos: /s$/u.test(t.lower) || UNMARKED_PLURALS.has(t.lower) ? 'NOUN' : 'ADJ' };
    });
    accordingViews.set(tokens, view);
  }
  return view;
}

/** Decides speaker, layout and content for one cue, or null when it has no usable attribution. */
export function planCue(context: ContentContext, cue: CueMatch, earlier: readonly Plan[], claims: readonly Claim[]): Plan | null {
  const { tokens, sentence } = context;
  // Content before this cue starts after the previous trailing attribution's own words in the
  // sentence ("“A,” he said, and “B,” she said"). An earlier cue whose content runs forward is nested
  // in this one's content: "He warned that X, the official said" reports the whole warning.
  const previous = [...earlier].reverse().find((plan) => plan.trailing);
  const previousEnd = previous ? tokenAfter(tokens, previous.fragments[previous.fragments.length - 1]!.end) ?? sentence.tokenEnd : sentence.tokenStart;
  const contentFloor = previous ? Math.min(sentence.tokenEnd - 1, Math.max(previous.cue.last, previous.speaker?.last ?? 0, previousEnd)) : sentence.tokenStart;
  const floor = sentence.tokenStart;
  const end = sentence.tokenEnd;
  let base = { cue, inherited: null, target: null, trailing: false };

  if (cue.shape === 'according') {
    // "The AP reported that, according to an analysis, 85 of ...": after a complementiser the source
    // opens the reported clause as it would open a sentence.
    const afterThat = tokens[cue.first - 1]?.lower === 'that' || (tokens[cue.first - 1]?.text === ',' && tokens[cue.first - 2]?.lower === 'that');
    const atStart = cue.first === floor || (tokens[cue.first - 1]!.pos === 'PUNCT' && cue.first - 1 === floor) || afterThat;
    // At the start the content follows the source's comma, so no appositive may swallow it; nor
    // mid-sentence when a clause follows the source's comma ("At the heart of it, according to Ross,
    // a former envoy, was ...").
    const sourceTokens = nominalAfterAccording(tokens, cue.last);
    const closed = phraseStartingAt(sourceTokens, cue.last, end, 'closed');
    const clauseAfter = closed !== null && tokens[closed.last]?.text === ',' && !hasVerb(tokens, floor, cue.first - 1) && hasVerb(tokens, closed.last + 1, end - 1);
    const speaker = atStart || clauseAfter ? closed : phraseStartingAt(sourceTokens, cue.last, end, 'open');
    if (!speaker) return null;
    if (atStart) {
      // "According to a poll released on Monday, CONTENT": the content starts after the first comma.
      let comma = speaker.last;
      while (comma < end && tokens[comma]!.text !== ',') comma++;
      const content = comma < end ? contentAfter(context, comma + 1) : null;
      return content ? { ...base, speaker, fragments: [content] } : null;
    }
    // "according to" vouches for the whole clause before it, whatever other cues that clause holds.
    const before = contentBefore(context, cue.first - 1, floor);
    // "X, according to Y, was Z": the reported content is the whole clause around the attribution.
    const after = tokens[speaker.last]?.text === ',' ? contentAfter(context, speaker.last + 1) : null;
    if (!before) {
      // "At the heart of the trouble, according to Ross, was ...": a phrase, not a clause, before it;
      // "But, according to the poll, 46 percent ...": only a conjunction.
      if (!after) return null;
      const lead = contentBefore(context, cue.first - 1, floor, true);
      const fragment = lead !== null && tokens.slice(tokenAfter(tokens, lead.start) ?? 0, cue.first).some((t) => t.pos !== 'CCONJ' && t.pos !== 'ADV' && t.pos !== 'PUNCT');
      return { ...base, speaker, fragments: [fragment ? { start: lead!.start, end: after.end } : after], trailing: true };
    }
    const content = after ? { start: before.start, end: after.end } : before;
    return { ...base, speaker, fragments: [content], trailing: true };
  }

  // "Asked whether he would run, Reid said ...": who asked is not said; the question is the content.
  // "When asked whether ..., he said": a time conjunction may come first.
  const askedAt = cue.first === floor || (cue.first === floor + 1 && ASKED_LEADS.has(tokens[floor]!.lower));
  if (cue.shape === 'verb' && askedAt && tokens[cue.head]!.lower === 'asked') {
    let comma = cue.last;
    while (comma < end && tokens[comma]!.text !== ',') comma++;
    if (comma >= end || comma === cue.last) return null;
    // "Asked by Thrush if Clinton gets it, Sharpton said": the asker is named after "by".
    const asker = tokens[cue.last]?.lower === 'by' ? phraseStartingAt(tokens, cue.last + 1, comma) : null;
    const from = asker ? asker.last : cue.last;
    if (from >= comma) return null;
    const content = { start: tokens[from]!.start, end: tokens[comma - 1]!.end };
    return { ...base, speaker: asker, fragments: [content] };
  }

  if (cue.shape === 'sourceless') {
    // "The Fed is not expected to change rates", "Trump reportedly told aides ...": no one holds the
    // expectation or made the report; the subject and the rest of the clause make the content.
    const subject = subjectBefore(tokens, cue.first, floor);
    const rest = contentAfter(context, cue.last);
    if (!subject || !rest) return null;
    // "was criticized by some of his rivals for failing ...": the agent of a passive judgement holds it.
    const agent = cue.act === 'criticism' && tokens[cue.last]?.lower === 'by' ? phraseStartingAt(tokens, cue.last + 1, end) : null;
    if (agent) return { ...base, speaker: agent, fragments: [{ start: tokens[headedSubjectStart(tokens, subject.first, floor)]!.start, end: rest.end }] };
    // "it is said that ...", "it was said, ...": a dummy subject is no part of what is said.
    if (subject.last - subject.first === 1 && tokens[subject.first]!.lower === 'it') return { ...base, speaker: null, fragments: [rest] };
    return { ...base, speaker: null, fragments: [{ start: tokens[headedSubjectStart(tokens, subject.first, floor)]!.start, end: rest.end }] };
  }

  if (cue.shape === 'colon') {
    // "Bernie Sanders: ‘It Is Not A Radical Idea’", "FALLIN: Well, I think ...": the name is the speaker.
    // "From the report:": the preposition introduces the source, it is not part of it.
    // ("... contests - Philip Bump: “...”": a signature inside the sentence starts where its cue says.)
    let named = cue.verb < cue.first && cue.verb > floor && !HEADLINE_LINKS.has(tokens[cue.verb]!.lower) ? cue.verb : tokens[floor]!.pos === 'ADP' && cue.first > floor + 1 ? floor + 1 : floor;
    for (let k = cue.first - 2; k > named; k--) if (/^[—―–-]$/u.test(tokens[k]!.text) && tokens[k - 1]!.end !== tokens[k]!.start) named = Math.max(named, k + 1);
    // "..., President Clinton released the following statement:": a verb's subject.
    const verbal = tokens[cue.first]!.pos === 'VERB';
    // ("Clinton to Planned Parenthood: ...": a headline's name ends before its preposition.)
    const nameEnd = HEADLINE_LINKS.has(tokens[cue.verb]!.lower) && cue.verb > named && cue.verb < cue.first ? cue.verb : cue.first;
    const speaker: Phrase | null = verbal ? subjectBefore(tokens, cue.first, floor) : { first: named, last: nameEnd, parts: [{ first: named, last: nameEnd }] };
    if (!speaker) return null;
    const after = cue.last;
    if (opensQuote(context, after)) {
      const quote = context.quotes.startingAt(tokens[after]!.start)!;
      return { ...base, speaker, fragments: [{ start: quote.start, end: quote.end }] };
    }
    const transcript = cue.weight < 1;
    const last = transcript ? lastTokenOfParagraph(context) : end - 1;
    let stop = last;
    while (stop > after && /^[.!?]$/u.test(tokens[stop]!.text)) stop--;
    // "Twitter: @Milbank": a handle or a single word after the colon is a label, not something said.
    if (stop < after || stop - after < 1 || !/[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]+/u.test(context.text.slice(tokens[after]!.start, tokens[stop]!.end))) return null;
    return { ...base, speaker, fragments: [{ start: tokens[after]!.start, end: tokens[stop]!.end }] };
  }

  if (cue.shape === 'dash') {
    // "“He represents our greatest shame.” ― Sonya Herridge" and a tweet signed "— Name (@handle)".
    const speaker = phraseStartingAt(tokens, cue.last, end);
    if (!speaker) return null;
    const quote = context.quotes.endingAt(tokens[cue.first - 1]!.end);
    if (quote) return { ...base, speaker, fragments: [{ start: quote.start, end: quote.end }], trailing: true };
    const paragraph = context.sentences.find((s) => s.paragraph === sentence.paragraph)!;
    let first = paragraph.tokenStart;
    // Skip markup a feed left in the text ("<tweet author=...>").
    for (let k = first; k < cue.first; k++) if (tokens[k]!.text === '>') first = k + 1;
    if (first >= cue.first - 1) return null;
    return { ...base, speaker, fragments: [{ start: tokens[first]!.start, end: tokens[cue.first - 1]!.end }], trailing: true };
  }

  if (cue.shape === 'possessive') {
    // The possessor is the speaker: "Trump" in "Trump's claim", "his" in "his criticism".
    const owner = tokens[cue.first - 1]!;
    const range = owner.pos === 'PRON' ? { first: cue.first - 1, last: cue.first } : phraseEndingAt(tokens, cue.first - 1, floor);
    const speaker: Phrase | null = range ? { ...range, parts: [range] } : null;
    const content = contentAfter(context, cue.last);
    if (!speaker || !content) return null;
    // "His support for scrapping superdelegates isn't shared ...": after a preposition the content is
    // its object, which ends where the sentence's own verb begins.
    // "Trump's claim that Mexico will pay drew criticism": a that-clause keeps its own verb and ends
    // at the sentence's.
    const clause = tokens[cue.last]?.lower === 'that' || tokens[cue.last - 1]!.lower === 'that';
    const objectOnly = objectBeforeVerb(context, content, clause ? 1 : 0);
    return { ...base, speaker, fragments: [objectOnly] };
  }

  // "..., saying that" and "X tweeted a photo and said ...": the subject is the clause's subject.
  const coordinated = COORDINATORS.has(tokens[cue.first - 1]?.lower ?? '') || coordinatedAfterAside(tokens, cue.first, floor);
  // "But, said Solovey, “I don't want ...”": after a lone conjunction and a comma, an inverted speaker
  // and another comma open the quotation; PolNeAR's content runs from the conjunction.
  if (cue.shape === 'verb' && cue.first > floor && tokens[cue.first - 1]!.text === ',' && onlyConnectives(tokens, floor, cue.first)) {
    const speaker = phraseStartingAt(tokens, cue.last, end, 'open');
    if (speaker && tokens[speaker.last]?.text === ',' && opensQuote(context, speaker.last + 1)) {
      const said = context.quotes.startingAt(tokens[speaker.last + 1]!.start)!;
      return { ...base, speaker, fragments: [{ start: tokens[floor]!.start, end: said.end }] };
    }
  }
  // "After saying he was nervous, the man asked ...": a participle that opens the sentence belongs to
  // the main clause's subject, after the comma that closes the opening phrase ("By saying ..." is a means, not this).
  if (cue.participial && cue.first - 1 === floor && PARTICIPLE_LEADS.has(tokens[floor]!.lower) && tokens[floor]!.lower !== 'by') {
    const opening = openingClauseEnd(tokens, floor, end);
    const subject = opening > floor ? phraseStartingAt(tokens, opening, end) : null;
    const content = contentAfter(context, cue.last);
    if (!subject || !content) return null;
    const comma = tokens[opening - 1]!;
    const bounded = content.end > comma.start ? { start: content.start, end: tokens[opening - 2]!.end } : content;
    return bounded.end > bounded.start ? { ...base, speaker: subject, fragments: [bounded] } : null;
  }
  if (cue.participial || coordinated) {
    // The nearest earlier claim lends its speaker, unless it is nested in another one's content:
    // "Strategists fear that Clinton has missed a chance and warn that ..." continues "fear".
    const previous = [...earlier].reverse().find((plan) => !nestedPlan(tokens, plan, earlier));
    const inherited = previous ? claimWithCueAt(claims, tokens[previous.cue.first]!.start, sentence.start) : null;
    const content = contentAfter(context, cue.last);
    if (!content) return null;
    // A claim inside an opening subordinate clause ("While rivals called for X, Trump hewed ...,
    // noting") does not lend its speaker to the main clause's participle.
    const opening = openingClauseEnd(tokens, floor, cue.first);
    if (inherited?.speaker && !(previous && previous.cue.first < opening)) return { ...base, speaker: null, inherited, fragments: [content] };
    const subject = clauseSubject(tokens, floor, cue.first);
    return subject ? { ...base, speaker: subject, fragments: [content] } : null;
  }

  let subject = subjectBefore(tokens, cue.first, floor) ?? nameAfterQuotation(context, cue.first);
  if (!subject && cue.shape === 'verb' && tokens[cue.first - 1]?.lower === 'to' && !cue.participial) {
    const controlled = infinitiveSpeaker(tokens, cue.first - 1, floor);
    if (controlled) {
      // PolNeAR's cue is "to deny": the infinitive marker with its verb.
      cue = { ...cue, first: cue.first - 1 };
      base = { ...base, cue };
      subject = controlled;
    }
  }
  // "The campaign issued a statement saying ...", "protesters carried signs saying ...": a participle
  // right after a verb's object reports what the clause's subject said through it.
  // ("put out a statement saying": a particle may stand between the verb and its object.)
  const verbBefore = (k: number): boolean => tokens[k]?.pos === 'VERB' || (VERB_PARTICLES.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.pos === 'VERB');
  if (subject && cue.first === cue.head && /ing$/u.test(tokens[cue.head]!.lower) && subject.parts.length === 1 && verbBefore(subject.first - 1)) {
    const owner = clauseSubject(tokens, floor, subject.first);
    if (owner) {
      // PolNeAR's cue is the whole "issued a statement saying": the verb, its object and the participle.
      let verb = tokens[subject.first - 1]!.pos === 'VERB' ? subject.first - 1 : subject.first - 2;
      while (verb - 1 > owner.last - 1 && (tokens[verb - 1]!.pos === 'AUX' || tokens[verb - 1]!.pos === 'ADV')) verb--;
      cue = { ...cue, first: verb };
      base = { ...base, cue };
      subject = owner;
    }
  }
  if (subject) subject = speakerAfterQuotation(context, subject, floor);
  if (subject) {
    const aside = asClausePlan(context, base, subject, contentFloor);
    if (aside) return aside;
    const before = tokens[subject.first - 1];
    // "“...,” Boyle asked Trump.": an object after the cue is still part of the attribution.
    const afterCue = cue.frame !== 'content' && !opensQuote(context, cue.last) ? phraseStartingAt(tokens, cue.last, end)?.last ?? cue.last : cue.last;
    // "When it comes up, she characterizes herself as ...": a target after the cue is the content,
    // so the opening clause is not (an addressee, as in "“...,” Boyle asked Trump.", is no content).
    const hasTarget = (cue.frame === 'target' || cue.frame === 'target-of') && afterCue > cue.last;
    // "“...,” Tusk said as he entered the talks.": after a quotation closed right before the speaker,
    // whatever follows the cue is circumstance unless it opens content of its own (that, a colon, a quote).
    const afterQuotation = before !== undefined && context.quotes.endingAt(before.end) !== null && !opensContentAt(context, afterCue);
    if (subject.first > floor && before && BOUNDARY_MARKS.has(before.text) && !hasTarget && (afterQuotation || onlyModifiersFrom(context, afterCue))) {
      const before = contentBefore(context, subject.first - 1, contentFloor, true);
      // "Emphasizing the urgency, Trump said, “If we ...”": no quotation before, one after: it is what was said.
      const quoteAfter = /^[,—:]$/u.test(tokens[afterCue]?.text ?? '') && opensQuote(context, afterCue + 1);
      const content = before && !(quoteAfter && !context.quotes.endingAt(before.end)) ? withParenthetical(context, before, afterCue) : null;
      // Words before ", he said" are content only if they make a clause, alone or with what follows.
      // "After saying her foot was swollen, she laughed": an opening subordinate clause is circumstance.
      // ("If we lose, it is over, he said" has its main clause after the comma, so it stays content.)
      const opener = before ? tokens[tokenAfter(tokens, before.start) ?? 0] : undefined;
      const subordinate = before !== null && opener !== undefined && isSubordinator(opener) && !context.quotes.endingAt(before.end) && !context.text.slice(before.start, before.end).includes(',');
      // "In an interview on CBS's “Face the Nation,” Ryan said ...": a quoted title inside an opening
      // prepositional phrase is no quotation of what was said.
      const closing = before ? context.quotes.endingAt(before.end) : null;
      const quoted = closing !== null && !(opener?.pos === 'ADP' && closing.start > before!.start);
      const clause = content && !subordinate && (content !== before || quoted || hasVerb(tokens, tokenAfter(tokens, before.start) ?? 0, (tokenAfter(tokens, before.end) ?? tokens.length) - 1));
      if (content && clause) return { ...base, speaker: subject, fragments: [content], trailing: true };
    }
    const interrupted = interruptedContent(context, subject, cue.last, contentFloor);
    if (interrupted) return { ...base, speaker: subject, fragments: [interrupted], trailing: true };
    const previousQuote = subject.first === floor ? quoteBefore(context) : null;
    if (previousQuote && onlyModifiersFrom(context, afterCue)) return { ...base, speaker: subject, fragments: [previousQuote], trailing: true };
    const right = planRight(context, cue, subject);
    if (right) return withRelativeBefore(context, right, subject, cue);
    return relativeObjectPlan(context, cue, subject);
  }
  // Inverted: "“...,” said Jane Doe, a spokeswoman."
  const before = tokens[cue.first - 1];
  if (cue.first === floor) {
    const quote = quoteBefore(context);
    const speaker = quote ? phraseStartingAt(tokens, cue.last, end, 'open') : null;
    if (quote && speaker && onlyModifiersFrom(context, speaker.last)) return { ...base, speaker, fragments: [quote], trailing: true };
    // "Said Comey, “The thought that ...”": the inverted speaker, a comma, then what was said.
    const named = phraseStartingAt(tokens, cue.last, end, 'open');
    const comma = named ? tokens[named.last] : undefined;
    if (named && comma?.text === ',' && opensQuote(context, named.last + 1)) {
      const said = context.quotes.startingAt(tokens[named.last + 1]!.start)!;
      return { ...base, speaker: named, fragments: [{ start: said.start, end: said.end }] };
    }
  }
  if (cue.first > floor && before && BOUNDARY_MARKS.has(before.text)) {
    const speaker = phraseStartingAt(tokens, cue.last, end, 'open');
    // ", said last week that ...": a time after the cue is not an inverted speaker.
    if (!speaker || bareTimeFrom(tokens, speaker.first, speaker.parts[0]!.last)) return null;
    if (!onlyModifiersFrom(context, speaker.last)) {
      // "The contrast with Trump, said Doyle and others, would be clear": the attribution interrupts
      // the clause, which runs on after the speaker's comma with its verb.
      // ("said Sunshine, who remains friendly with him, doesn't forgive": the speaker's description
      // runs to the comma before the verb.)
      let comma = cue.last + 1;
      while (comma < Math.min(end - 1, cue.last + 25) && !(tokens[comma]!.text === ',' && (tokens[comma + 1]!.pos === 'AUX' || tokens[comma + 1]!.pos === 'VERB'))) comma++;
      const resumes = comma < end - 1 && tokens[comma]!.text === ',' && NP_OPENERS.has(tokens[cue.last]!.pos);
      const lead = resumes ? contentBefore(context, cue.first - 1, contentFloor, true) : null;
      const rest = resumes ? contentAfter(context, comma + 1) : null;
      const described: Phrase = { first: cue.last, last: comma, parts: [{ first: cue.last, last: comma }] };
      return lead && rest ? { ...base, speaker: described, fragments: [{ start: lead.start, end: rest.end }], trailing: true } : null;
    }
    const content = contentBefore(context, cue.first - 1, contentFloor);
    return content ? { ...base, speaker, fragments: [content], trailing: true } : null;
  }
  return null;
}

/**
 * "Hawaii, as one of Obama's advisers pointed out, normally does not get ...", "Clinton is the top
 * recipient, as The Huffington Post reported.": an "as" clause inside or after the clause it vouches
 * for. The content is that clause, on both sides of the aside.
 */
function asClausePlan(context: ContentContext, base: Omit<Plan, 'speaker' | 'fragments'>, subject: Phrase, contentFloor: number): Plan | null {
  const { tokens, sentence } = context;
  const cue = base.cue;
  if (tokens[subject.first - 1]?.lower !== 'as' || tokens[subject.first - 2]?.text !== ',' || subject.last !== cue.first) return null;
  const left = contentBefore(context, subject.first - 2, contentFloor, true);
  if (!left) return null;
  let after = cue.last;
  while (after < sentence.tokenEnd && /^[.!?]$/u.test(tokens[after]!.text)) after++;
  if (after >= sentence.tokenEnd) return { ...base, speaker: subject, fragments: [left], trailing: true };
  if (tokens[after]!.text !== ',') return null;
  const right = contentAfter(context, after + 1);
  return right ? { ...base, speaker: subject, fragments: [{ start: left.start, end: right.end }], trailing: true } : null;
}

/**
 * "a wall, which he said Mexico should pay for", "what she called a “rant,”": when the speaker opens
 * a relative clause, the relative pronoun stands for part of what was said, and PolNeAR's content
 * starts at it (86 such attributions on the dev set).
 */
function withRelativeBefore(context: ContentContext, plan: Plan, subject: Phrase, cue: CueMatch): Plan {
  const { tokens, sentence } = context;
  const relative = tokens[subject.first - 1];
  const first = plan.fragments[0];
  if (!relative || subject.first - 1 < sentence.tokenStart || subject.last !== cue.first || !first || first.start < tokens[cue.last - 1]!.end) return plan;
  const opens = OBJECT_RELATIVES.has(relative.lower) || (relative.lower === 'that' && tokens[subject.first - 2]?.pos === 'NOUN');
  if (opens && tokens[subject.first]!.lower !== relative.lower) return { ...plan, fragments: [{ start: relative.start, end: first.end }, ...plan.fragments.slice(1)] };
  // "a decision they say allowed terrorist activity to multiply": with no relative pronoun, a noun
  // phrase right before the speaker fills the subject missing from what follows the cue.
  const gap = tokenAfter(tokens, first.start);
  const filler = relative.pos === 'NOUN' && gap !== null && gap === cue.last && (tokens[gap]!.pos === 'VERB' || tokens[gap]!.pos === 'AUX') ? phraseEndingAt(tokens, subject.first, sentence.tokenStart) : null;
  return filler ? { ...plan, fragments: [{ start: tokens[filler.first]!.start, end: first.end }, ...plan.fragments.slice(1)] } : plan;
}

/**
 * "the trade agreement, which Mr. Putin vehemently opposed." / "a charge the company denied.": a cue
 * with nothing after it, in a relative clause, reports the noun phrase the clause describes.
 */
function relativeObjectPlan(context: ContentContext, cue: CueMatch, subject: Phrase): Plan | null {
  const { tokens, sentence } = context;
  if (!onlyModifiersFrom(context, cue.last)) return null;
  let k = subject.first - 1;
  if (k < sentence.tokenStart) return null;
  const relative = tokens[k]!.lower === 'which' || tokens[k]!.lower === 'that' || tokens[k]!.lower === 'whom';
  if (relative) k--;
  if (k >= sentence.tokenStart && tokens[k]!.text === ',') k--;
  if (k < sentence.tokenStart || (!relative && tokens[k]!.pos !== 'NOUN')) return null;
  const object = phraseEndingAt(tokens, k + 1, sentence.tokenStart);
  if (!object || tokens[object.last - 1]!.pos === 'PRON') return null;
  const content = { start: tokens[object.first]!.start, end: tokens[object.last - 1]!.end };
  return { cue, speaker: subject, inherited: null, fragments: [content], target: null, trailing: true };
}

/**
 * "After small increases in deficits, the budget office said, they will go up ...", "If whites were
 * moving his way, Cohn wrote, “the assumption that ...”": an attribution set off by commas on both
 * sides interrupts one reported sentence, which runs from before the speaker to the end of what
 * follows (PolNeAR dev: 9 of 10 with plain words after the second comma). A quotation opened after
 * the comma is that sentence's rest only when it starts in lower case; a capitalised one ("In a
 * statement, X said, “While ...”") is usually the whole content on its own.
 */
function interruptedContent(context: ContentContext, subject: Phrase, cueLast: number, floor: number): Span | null {
  const { tokens, sentence } = context;
  const comma = tokens[cueLast];
  if (subject.first <= floor || tokens[subject.first - 1]?.text !== ',' || comma?.text !== ',' || cueLast + 1 >= sentence.tokenEnd) return null;
  const next = tokens[cueLast + 1]!;
  if (next.pos === 'PUNCT' && !opensQuote(context, cueLast + 1)) return null;
  if (opensQuote(context, cueLast + 1) && !/^\p{Ll}/u.test(tokens[cueLast + 2]?.text ?? '')) return null;
  // "..., saying": a participle after the comma is another attribution, not the sentence's rest.
  if (/ing$/u.test(next.lower) && next.pos === 'VERB') return null;
  // "... in 2011, records show, and experts say ...": a conjunction after the comma opens a clause of its own.
  if (next.pos === 'CCONJ') return null;
  const front = contentBefore(context, subject.first - 1, floor, true);
  if (!front || context.quotes.endingAt(front.end)) return null;
  const rest = contentAfter(context, cueLast + 1);
  return rest ? { start: front.start, end: rest.end } : null;
}

/**
 * "An ambassador's job, he said, should be to ...": when a comma after the attribution is followed by
 * more of the same clause (not a quotation, not a participial cue), the content runs on to its end.
 */
function withParenthetical(context: ContentContext, content: Span, afterCue: number): Span {
  const { tokens, sentence } = context;
  let k = afterCue;
  while (k < sentence.tokenEnd && tokens[k]!.text !== ',' && !/^[.!?;:]$/u.test(tokens[k]!.text)) k++;
  if (k >= sentence.tokenEnd || tokens[k]!.text !== ',' || context.stops.has(k)) return content;
  const next = tokens[k + 1];
  if (!next || opensQuote(context, k + 1) || /ing$/u.test(next.lower) || next.pos === 'PUNCT') return content;
  // The part before the attribution must not be a whole sentence in quotes ("“...,” he said, and ...").
  // (A mixed clause that ends in a quotation, 'Nancy's "most defining role was helping,"' goes on.)
  const closing = context.quotes.endingAt(content.end);
  if (closing && closing.start <= content.start) return content;
  const rest = contentAfter(context, k + 1);
  return rest ? { start: content.start, end: rest.end } : content;
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
      const after = tokens[object.last];
      // "told Reuters that ...": the addressee is not part of what was said; nor is it in
      // "asked Carson about his ties" or "asked him whether ...".
      if (cue.frame === 'addressee') from = object.last;
      else if (after && object.last < sentence.tokenEnd && QUESTION_OPENERS.has(after.lower)) from = after.lower === 'about' ? object.last + 1 : object.last;
    }
  }
  const content = contentAfter(context, from, cue.frame === 'target' || cue.frame === 'target-of');
  if (!content) return null;
  return { cue, speaker, inherited: null, fragments: [content], target, trailing: false };
}

/**
 * Quotations that continue a trailing attribution: “A,” he said, “B.” and the quote-only sentences
 * that follow it in the same paragraph.
 */
export function continuationFragments(context: ContentContext, plan: Plan, sentences: readonly Sentence[]): Span[] {
  const { tokens, quotes, sentence } = context;
  const out: Span[] = [];
  // Look for more only after the attribution and after what is already content (never re-add it).
  const lastFragment = plan.fragments[plan.fragments.length - 1];
  const afterContent = lastFragment ? tokenAfter(tokens, lastFragment.end) ?? sentence.tokenEnd : 0;
  const after = Math.max(plan.cue.last, plan.speaker?.last ?? 0, afterContent);
  for (let k = after; k < sentence.tokenEnd; k++) {
    // "“A,” Trump said, adding, “B”": "B" is the participle's own claim.
    if (context.stops.has(k)) break;
    if (opensQuote(context, k)) {
      // "“A,” he said on Tuesday, “B.”": the rest of the quotation follows a comma or colon; in “...,”
      // Cruz said after a brief “I'm sorry” the words after "a brief" are something else.
      const quote = quotes.startingAt(tokens[k]!.start)!;
      if (k === after || /^[,:—–-]$/u.test(tokens[k - 1]!.text)) out.push({ start: quote.start, end: quote.end });
      break;
    }
    if (tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'ADP' && tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN' && tokens[k]!.pos !== 'DET' && tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NUM') {
      // “A,” Tester said, referring to the excuse, “B.”: an aside between the attribution and the rest
      // of the quotation (no "that", no new sentence) still leaves "B" to the same speaker.
      const resumed = resumedQuote(context, k);
      if (resumed) out.push(resumed);
      break;
    }
  }
  let reach = out.length > 0 ? out[out.length - 1]!.end : sentence.end;
  for (let s = sentence.index + 1; s < sentences.length; s++) {
    const next = sentences[s]!;
    if (next.kind !== 'body') break;
    if (next.end <= reach) continue;
    // "“...,” he said. But “...”": a conjunction may open the continuing quotation.
    const first = COORDINATORS.has(tokens[next.tokenStart]!.lower) && opensQuote(context, next.tokenStart + 1) ? next.tokenStart + 1 : next.tokenStart;
    if (!opensQuote(context, first)) break;
    // A new paragraph continues the speaker's quotes only if it is all quotation (no new cue).
    if (next.paragraph !== sentence.paragraph && !wholeParagraphQuote(context, next, sentences)) break;
    const quote = quotes.startingAt(tokens[first]!.start)!;
    // Only a quotation that is the whole sentence continues; "“...” she said." is its own claim.
    const closeToken = tokenAfter(tokens, quote.end);
    const endsSentence =
      closeToken === null || tokens[closeToken]!.sentence !== tokens[closeToken - 1]!.sentence || /^[.!?]$/u.test(tokens[closeToken]!.text);
    if (!endsSentence) {
      // "“I think what they care about is ...” and other pocketbook issues.": the rest of a sentence
      // with no cue of its own is still the speaker's point.
      if (closeToken === null || findCues(tokens, closeToken, next.tokenEnd).length > 0) break;
      let last = next.tokenEnd - 1;
      while (last > closeToken && /^[.!?]$/u.test(tokens[last]!.text)) last--;
      out.push({ start: quote.start, end: tokens[last]!.end });
      reach = tokens[last]!.end;
      break;
    }
    out.push({ start: quote.start, end: quote.end });
    reach = quote.end;
  }
  return out;
}

/** The quotation that resumes after an aside starting at token `from`: ", ASIDE, “...”" in one sentence. */
function resumedQuote(context: ContentContext, from: number): Span | null {
  const { tokens, quotes, sentence } = context;
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 20); k++) {
    const token = tokens[k]!;
    if (token.lower === 'that' || /^[.!?;:]$/u.test(token.text)) return null;
    if (opensQuote(context, k)) {
      // ", “B.”" or ", and “B.”"
      const joined = tokens[k - 1]?.text === ',' || ((tokens[k - 1]?.lower === 'and' || tokens[k - 1]?.lower === 'but') && tokens[k - 2]?.text === ',');
      if (!joined) return null;
      const quote = quotes.startingAt(token.start)!;
      return { start: quote.start, end: quote.end };
    }
  }
  return null;
}

/** Whether the paragraph that starts with `sentence` is one quotation from its first to last character. */
function wholeParagraphQuote(context: ContentContext, sentence: Sentence, sentences: readonly Sentence[]): boolean {
  const quote = context.quotes.startingAt(sentence.start);
  if (!quote) return false;
  let last = sentence;
  for (let s = sentence.index + 1; s < sentences.length && sentences[s]!.paragraph === sentence.paragraph; s++) last = sentences[s]!;
  return quote.end >= last.end - 1;
}
