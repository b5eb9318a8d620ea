/**
 * Finds quotations in the text: curly, straight and «» marks, paired within a paragraph, and
 * continued across paragraphs when the next paragraph reopens with the same mark (the newspaper
 * convention for a long quote). An unbalanced mark never yields a quote longer than its paragraph.
 */
import type { Paragraph, Span } from '../../model/types.js';

/** A quotation, marks included; `fragments` are its per-paragraph pieces (one for most quotes). */
export interface Quotation extends Span {
  fragments: Span[];
}

const OPENERS: Record<string, string> = { '“': '”', '„': '”', '«': '»', '"': '"', "''": "''" };
const CLOSERS = new Set(['”', '»', '"', "''"]);

/**
 * Whether the code unit can begin a mark of OPENERS or CLOSERS (' for the two-apostrophe mark).
 * findQuotations skips every other character on its code alone: looking each one up as a string
 * was about 7 % of the claims stage.
 */
function mayBeMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d || code === 0x201e;
}

/** The quotation mark at i: one character, or the two-apostrophe mark some archives use (''). */
function markAt(text: string, i: number): string {
  const ch = text[i]!;
  return ch === "'" && text[i + 1] === "'" ? "''" : ch;
}

/** Whether `mark` may close a quotation opened with `closer` expected: sloppy copy mixes “ with ". */
function closes(mark: string, closer: string): boolean {
  return mark === closer || (closer === '”' && mark === '"') || (closer === '"' && mark === '”');
}

/** Whether a straight " at `i` opens (start, space or opening punctuation before it, a letter after). */
function straightOpens(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : ' ';
  return /[\s([{\-—–:]/u.test(before);
}

/** All quotations of the article, sorted by start. Linear in the text length. */
export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  const quotes: Quotation[] = [];
  // An open quote carried over from the previous paragraph, with its fragments so far.
  let carried: { closer: string; start: number; fragments: Span[] } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    let open: { closer: string; start: number; fragments: Span[] } | null = null;
    let i = paragraph.start;
    if (carried) {
      // Continue only if this paragraph reopens with the mark the quote was opened with.
      while (i < paragraph.end && /\s/u.test(text[i]!)) i++;
      const mark = i < paragraph.end ? markAt(text, i) : undefined;
      if (mark !== undefined && OPENERS[mark] === carried.closer) {
        open = { closer: carried.closer, start: carried.start, fragments: carried.fragments };
        open.fragments.push({ start: i, end: i });
        i += mark.length;
      }
      carried = null;
    }
    for (; i < paragraph.end; i++) {
      if (!mayBeMark(text.charCodeAt(i))) continue;
      const ch = markAt(text, i);
      const straight = ch === '"' || ch === "''";
      if (open && CLOSERS.has(ch) && closes(ch, open.closer) && (!straight || !straightOpens(text, i) || i + ch.length >= paragraph.end)) {
        const last = open.fragments[open.fragments.length - 1]!;
        last.end = i + ch.length;
        quotes.push({ start: open.start, end: i + ch.length, fragments: open.fragments });
        open = null;
        i += ch.length - 1;
        continue;
      }
      const closer = OPENERS[ch];
      if (closer !== undefined && (!straight || straightOpens(text, i))) {
        // A second opener before any closer: the first mark was unbalanced; start again here.
        open = { closer, start: i, fragments: [{ start: i, end: i }] };
        i += ch.length - 1;
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      if (next && next.kind === 'body' && paragraph.kind === 'body') {
        const last = open.fragments[open.fragments.length - 1]!;
        last.end = paragraph.end;
        carried = open;
      }
    }
  }
  return quotes;
}

/** Fast look-ups over the sorted quotations of one article. */
export class QuoteIndex {
  constructor(
    readonly quotes: readonly Quotation[],
    private readonly text: string,
  ) {}

  /** The quotation whose marks enclose `offset` (start <= offset < end), if any. */
  containing(offset: number): Quotation | null {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const quote = this.quotes[mid]!;
      if (offset < quote.start) hi = mid - 1;
      else if (offset >= quote.end) lo = mid + 1;
      else return quote;
    }
    return null;
  }

  /** The quotation that starts exactly at `offset`. */
  startingAt(offset: number): Quotation | null {
    const quote = this.containing(offset);
    return quote && quote.start === offset ? quote : null;
  }

  /** The quotation that ends exactly at `offset` (end exclusive). */
  endingAt(offset: number): Quotation | null {
    const quote = this.containing(offset - 1);
    return quote && quote.end === offset ? quote : null;
  }

  /** Quote fragments lying inside `span`, clipped to it, marks excluded (the verbatim words). */
  fragmentsWithin(span: Span): Span[] {
    const out: Span[] = [];
    // Binary search for the first quotation ending after span.start, then walk forward.
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.quotes[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let q = lo; q < this.quotes.length; q++) {
      const quote = this.quotes[q]!;
      if (quote.start >= span.end) break;
      for (const fragment of quote.fragments) {
        const open = markAt(this.text, fragment.start).length;
        const start = Math.max(fragment.start + open, span.start);
        const closing = fragment.end === quote.end ? (this.text.slice(fragment.end - 2, fragment.end) === "''" ? 2 : 1) : 0;
        const end = Math.min(fragment.end - closing, span.end);
        if (end > start) out.push({ start, end });
      }
    }
    return out;
  }
}
