/**
 * Articles with their claims and mentions in the formats annotation tools read: displaCy's manual
 * format (spaCy's visualiser) and brat standoff (.txt + .ann). Both tools index text as Python does,
 * by Unicode code point, while the store's offsets are UTF-16 code units (JavaScript's); every
 * character offset written here is converted, so an article with an emoji still lines up.
 */
import type { ClaimExportRecord, ExportSpan, MentionExportRecord } from '../model/records.js';
import type { StoredArticle } from '../store/index.js';

/** One article and what was found in it, as the exports read it. */
export interface AnnotatedArticle {
  article: StoredArticle;
  claims: ClaimExportRecord[];
  mentions: MentionExportRecord[];
}

/** Maps UTF-16 offsets of `text` to code-point offsets (a surrogate pair counts once). */
export function codePointOffsets(text: string): (offset: number) => number {
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const unit = text.charCodeAt(i);
    // The low half of a pair maps to the same point as the high half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        map[i + 1] = points;
        i++;
      }
    }
    points++;
  }
  map[text.length] = points;
  return (offset) => map[Math.max(0, Math.min(offset, text.length))]!;
}

/** A claim part as a labelled span. */
interface LabelledSpan {
  label: 'SPEAKER' | 'CUE' | 'CONTENT' | 'QUOTE' | 'TARGET';
  span: ExportSpan;
  claim: ClaimExportRecord;
}

function claimParts(claims: readonly ClaimExportRecord[]): LabelledSpan[] {
  const parts: LabelledSpan[] = [];
  for (const claim of claims) {
    if (claim.speaker) parts.push({ label: 'SPEAKER', span: claim.speaker, claim });
    if (claim.cue) parts.push({ label: 'CUE', span: claim.cue, claim });
    parts.push({ label: 'CONTENT', span: claim.content, claim });
    for (const quote of claim.quotes) parts.push({ label: 'QUOTE', span: quote, claim });
    if (claim.target) parts.push({ label: 'TARGET', span: claim.target, claim });
  }
  return parts;
}

/** displaCy's manual input for one article: `ents` for style "ent", `tokens` + `spans` for style "span". */
export interface DisplacyDoc {
  text: string;
  title: string | null;
  /** Entity mentions in code points, sorted, without overlaps (the "ent" renderer needs that). */
  ents: { start: number; end: number; label: string }[];
  /** Whitespace-separated tokens, also cut at every claim-part boundary. */
  tokens: string[];
  /** Claim parts over `tokens` (end_token exclusive); kb_id names the claim. */
  spans: { start_token: number; end_token: number; label: string; kb_id: string }[];
  meta: { article_id: string; published_at: string | null; claims: number };
}

/**
 * The article as a displaCy document. `displacy.render(docs, style="ent", manual=True)` shows the
 * entities; `style="span"` shows speakers, cues, contents, quotes and targets, overlapping as they
 * do. Tokens are not stored by the pipeline, so they are rebuilt here: whitespace-separated pieces,
 * cut wherever a claim part starts or ends, so every part is a whole number of tokens.
 */
export function toDisplacy({ article, claims, mentions }: AnnotatedArticle): DisplacyDoc {
  const { text } = article;
  const point = codePointOffsets(text);
  const ents: DisplacyDoc['ents'] = [];
  let lastEnd = -1;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of sorted) {
    if (mention.start < lastEnd || mention.start >= mention.end) continue;
    ents.push({ start: point(mention.start), end: point(mention.end), label: mention.label });
    lastEnd = mention.end;
  }

  const parts = claimParts(claims);
  const cuts = [...new Set(parts.flatMap((p) => [p.span.start, p.span.end]))].sort((a, b) => a - b);
  const tokens: { start: number; end: number }[] = [];
  let cut = 0;
  for (const match of text.matchAll(/\S+/gu)) {
    let start = match.index;
    const end = start + match[0].length;
    while (cut < cuts.length && cuts[cut]! <= start) cut++;
    for (let c = cut; c < cuts.length && cuts[c]! < end; c++) {
      tokens.push({ start, end: cuts[c]! });
      start = cuts[c]!;
    }
    tokens.push({ start, end });
  }
  const spans: DisplacyDoc['spans'] = [];
  for (const part of parts) {
    const first = tokens.findIndex((t) => t.start >= part.span.start);
    let last = first;
    while (last >= 0 && last < tokens.length && tokens[last]!.end <= part.span.end) last++;
    if (first < 0 || last === first) continue; // only whitespace: nothing to show
    spans.push({ start_token: first, end_token: last, label: part.label, kb_id: part.claim.claim_id });
  }
  return {
    text,
    title: article.title,
    ents,
    tokens: tokens.map((t) => text.slice(t.start, t.end)),
    spans,
    meta: { article_id: article.id, published_at: article.publishedAt, claims: claims.length },
  };
}

/** The .txt and .ann of one article in brat standoff format. */
export interface BratDocument {
  txt: string;
  ann: string;
  /** Acts used as values of the Act attribute, for annotation.conf. */
  acts: Set<string>;
  /** Entity labels used, for annotation.conf. */
  labels: Set<string>;
}

/**
 * brat fragments for a span: brat cannot show a text-bound annotation across a line break, so a span
 * that crosses one becomes discontinuous fragments, one per line ("start end;start end"), with the
 * fragments' texts joined by a space as brat expects.
 */
function fragments(text: string, span: { start: number; end: number }, point: (offset: number) => number): { offsets: string; covered: string } | null {
  const pieces: { start: number; end: number }[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      if (i > start) pieces.push({ start, end: i });
      start = i + 1;
    }
  }
  if (pieces.length === 0) return null;
  return {
    offsets: pieces.map((p) => `${point(p.start)} ${point(p.end)}`).join(';'),
    covered: pieces.map((p) => text.slice(p.start, p.end)).join(' '),
  };
}

const BRAT_TYPES = { SPEAKER: 'Speaker', CUE: 'Cue', CONTENT: 'Content', QUOTE: 'Quote', TARGET: 'Target' } as const;

/**
 * The article in brat standoff: T lines for every speaker, cue, content, quote, target and entity
 * mention (one per distinct type and span, shared by the claims that use it); R lines for each
 * claim's chain — Says (Speaker → Cue), Reports (Cue → Content), or Says (Speaker → Content) when
 * there is no cue — plus Quotes (Content → Quote) and About (Content → Target); A lines for the
 * claim's Kind and Act on its Content; and a note with the claim id and confidence.
 */
export function toBrat({ article, claims, mentions }: AnnotatedArticle): BratDocument {
  const { text } = article;
  const point = codePointOffsets(text);
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let t = 0;
  const textBound = (type: string, span: { start: number; end: number }): string | null => {
    const key = `${type}:${span.start}:${span.end}`;
    const known = ids.get(key);
    if (known) return known;
    const parts = fragments(text, span, point);
    if (parts === null) return null;
    const id = `T${++t}`;
    ids.set(key, id);
    lines.push(`${id}\t${type} ${parts.offsets}\t${parts.covered}`);
    return id;
  };

  const relations: string[] = [];
  const attributes: string[] = [];
  const notes: string[] = [];
  const attributed = new Set<string>();
  const acts = new Set<string>();
  const relation = (type: string, from: string | null, to: string | null): void => {
    if (from && to && from !== to) relations.push(`R${relations.length + 1}\t${type} Arg1:${from} Arg2:${to}`);
  };
  for (const claim of claims) {
    const speaker = claim.speaker ? textBound(BRAT_TYPES.SPEAKER, claim.speaker) : null;
    const cue = claim.cue ? textBound(BRAT_TYPES.CUE, claim.cue) : null;
    const content = textBound(BRAT_TYPES.CONTENT, claim.content);
    if (cue) {
      relation('Says', speaker, cue);
      relation('Reports', cue, content);
    } else {
      relation('Says', speaker, content);
    }
    for (const quote of claim.quotes) relation('Quotes', content, textBound(BRAT_TYPES.QUOTE, quote));
    if (claim.target) relation('About', content, textBound(BRAT_TYPES.TARGET, claim.target));
    if (content && !attributed.has(content)) {
      // One Kind and one Act per Content: brat refuses a second value of the same attribute.
      attributed.add(content);
      attributes.push(`A${attributes.length + 1}\tKind ${content} ${claim.kind}`);
      attributes.push(`A${attributes.length + 1}\tAct ${content} ${claim.act}`);
      acts.add(claim.act);
    }
    if (content) notes.push(`#${notes.length + 1}\tAnnotatorNotes ${content}\tclaim ${claim.claim_id}, confidence ${claim.confidence}`);
  }
  const labels = new Set<string>();
  for (const mention of mentions) {
    if (textBound(mention.label, mention)) labels.add(mention.label);
  }
  const ann = [...lines, ...relations, ...attributes, ...notes].map((line) => `${line}\n`).join('');
  return { txt: text, ann, acts, labels };
}

/**
 * annotation.conf for the exported collection: the claim-part and entity types, the relations with
 * their argument types, and the attribute values that occur, so brat opens the files without
 * complaining about undeclared types.
 */
export function bratAnnotationConf(acts: ReadonlySet<string>, labels: ReadonlySet<string>): string {
  const entityTypes = [...Object.values(BRAT_TYPES), ...[...labels].sort()];
  const actValues = [...acts].sort().join('|') || 'assertion';
  return `# news-claims export: claim parts and entity mentions
[entities]
${entityTypes.join('\n')}

[relations]
Says\tArg1:Speaker, Arg2:Cue|Content
Reports\tArg1:Cue, Arg2:Content
Quotes\tArg1:Content, Arg2:Quote
About\tArg1:Content, Arg2:Target
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Kind\tArg:Content, Value:direct|indirect|mixed
Act\tArg:Content, Value:${actValues}
`;
}

/** visual.conf: readable labels and the web view's colours. */
export function bratVisualConf(labels: ReadonlySet<string>): string {
  const colours: Record<string, string> = {
    Speaker: '#dbe8ff', Cue: '#ffe7a3', Content: '#e3f4e7', Quote: '#bfe6c8', Target: '#f3d9fa',
    PERSON: '#d0bfff', ORG: '#99e9f2', GPE: '#ffc078', NORP: '#eebefa', DATE: '#dee2e6', CARDINAL: '#dee2e6',
  };
  const types = [...Object.values(BRAT_TYPES), ...[...labels].sort()];
  return `[labels]
${types.map((type) => `${type} | ${type}`).join('\n')}

[drawing]
${types.map((type) => `${type}\tbgColor:${colours[type] ?? '#e9ecef'}`).join('\n')}
`;
}

/**
 * A file name for an article id: letters, digits, "-", "_" and "." kept, anything else "_", never
 * starting with "."; `taken` makes it unique ("name-2", ...) and records it.
 */
export function bratFileName(articleId: string, taken: Set<string>): string {
  const base = articleId.replace(/[^A-Za-z0-9._-]+/gu, '_').replace(/^[._]+/u, '') || 'article';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}
