/**
 * The record types every stage reads and writes. All offsets are UTF-16 code-unit indices into
 * `Article.text` (the text exactly as stored), end exclusive, so `text.slice(start, end)` is the span.
 */

/** A half-open character range [start, end) into the stored article text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers, so drift between offsets and text is visible. */
export interface TextSpan extends Span {
  text: string;
}

/** Where an article came from, for error messages and re-runs. */
export interface Origin {
  /** Path of the input file as given on the command line or in the config. */
  file: string;
  /** 1-based line number for JSONL input; index in the array for a JSON array. */
  line?: number;
  /** The input format the article was read as. */
  format: InputFormat;
}

export type InputFormat = 'txt' | 'md' | 'json' | 'jsonl' | 'html';

/** One article as ingested: the text is never modified after this point. */
export interface Article {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  source: string | null;
  /** ISO-8601 date or date-time, normalised at ingest. */
  publishedAt: string | null;
  language: string | null;
  origin: Origin;
  /** Offsets of the title inside `text` when the title is the text's first line (txt/md), else null. */
  titleSpan: Span | null;
}

export type ParagraphKind = 'title' | 'heading' | 'body';

/** A block of text between line breaks. Headings and titles never share a sentence with the body. */
export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
}

/** A sentence; headings and titles are one sentence each. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  kind: ParagraphKind;
  /** Index of the first token of the sentence in `Doc.tokens`. */
  tokenStart: number;
  /** One past the last token of the sentence. */
  tokenEnd: number;
}

/** A word or punctuation token (whitespace is never a token). */
export interface Token extends Span {
  /** The covered text, equal to `article.text.slice(start, end)`. */
  text: string;
  /** Lower-cased text, cached because matching uses it constantly. */
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, VERB, PUNCT, ...). */
  pos: string;
  lemma: string;
  sentence: number;
}

export type EntityLabel = 'PERSON' | 'ORG' | 'GPE' | 'NORP' | 'DATE' | 'CARDINAL';

/** One occurrence of an entity in the text. */
export interface Mention extends TextSpan {
  label: EntityLabel;
  /** The canonical name shared across articles (e.g. "United States" for "U.S."). */
  canonical: string;
  sentence: number;
  /** How the mention was found, for debugging and error analysis. */
  source: 'gazetteer' | 'pattern' | 'wink' | 'compromise' | 'shape';
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker extends TextSpan {
  /** Canonical name of the entity the speaker resolves to (through pronouns and appositives). */
  entity: string | null;
  entityType: EntityLabel | null;
  /** Role from an appositive or title: "leader of the Al-Nujaba faction", "US President". */
  role: string | null;
}

export interface Cue extends TextSpan {
  /** Lemma of the head cue word ("say" for "said", "call" for "echoed calls for"). */
  lemma: string;
}

export interface Target extends TextSpan {
  entity: string | null;
  /** Title or description of the target ("US President" for "US President Donald Trump"). */
  role: string | null;
}

/** One attribution: who said what, how, and about whom. */
export interface Claim {
  speaker: Speaker | null;
  cue: Cue | null;
  content: TextSpan;
  /** Verbatim fragments inside quotation marks within the content (marks excluded). */
  quotes: TextSpan[];
  kind: ClaimKind;
  /** Speech act: assertion, accusation, demand, condemnation, announcement, denial, warning, ... */
  act: string;
  target: Target | null;
  channel: TextSpan | null;
  sentence: number;
  confidence: number;
  /** Id of the rule that produced the claim, for error analysis. */
  rule: string;
}

export type Severity = 'info' | 'warning' | 'fatal';

/** A problem with one article, recorded as data rather than thrown (a fatal one skips the article). */
export interface Message {
  stage: string;
  rule: string;
  severity: Severity;
  text: string;
  span: Span | null;
}

/** A span with a type label from an outside tagger (wink-nlp's DATE, CARDINAL, ...). */
export interface TypedSpan extends Span {
  type: string;
}

/** The document as it passes through the stages; each stage fills in its own fields. */
export interface Doc {
  article: Article;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** wink-nlp's own entities from segmentation (DATE, CARDINAL, MONEY, ...), used by the entities stage. */
  winkEntities: TypedSpan[];
  mentions: Mention[];
  claims: Claim[];
  messages: Message[];
}

/** A fresh document for an ingested article, with nothing derived yet. */
export function createDoc(article: Article): Doc {
  return { article, paragraphs: [], sentences: [], tokens: [], winkEntities: [], mentions: [], claims: [], messages: [] };
}
