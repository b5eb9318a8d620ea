/**
 * DATE and CARDINAL mentions, taken from the spans wink-nlp already found during segmentation.
 * wink includes leading words such as "by" ("by September 2026") or "approximately"
 * ("approximately 2,500"); the mention keeps only the date or the number itself.
 */
import type { Doc, Mention, Token } from '../../model/types.js';
import { spanToTokens } from '../../model/offsets.js';

/** wink entity types kept, and the label each becomes (ORDINAL, TIME, MONEY… are left out). */
const KEPT: Readonly<Record<string, 'DATE' | 'CARDINAL'>> = { DATE: 'DATE', CARDINAL: 'CARDINAL' };

/** Words that may open a wink span without being part of the date or number. */
const LEADING_WORDS = new Set([
  'by', 'in', 'on', 'at', 'since', 'until', 'till', 'from', 'to', 'of', 'for', 'during', 'before', 'after', 'around',
  'about', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'under', 'more', 'less', 'fewer', 'than',
  'up', 'just', 'only', 'least', 'as', 'many', 'much', 'estimated', 'an', 'the',
]);

/** Whether a token may be trimmed from the front of a wink span. */
function isLeading(token: Token): boolean {
  return LEADING_WORDS.has(token.lower) || token.pos === 'PUNCT';
}

/** DATE and CARDINAL mentions that overlap none of `names` (sorted by start), sorted by start. */
export function numericMentions(doc: Doc, names: readonly { start: number; end: number }[]): Mention[] {
  const text = doc.article.text;
  const mentions: Mention[] = [];
  const entities = [...doc.winkEntities].sort((a, b) => a.start - b.start);
  let next = 0; // first name that could still overlap, since both lists are in text order
  for (const entity of entities) {
    const label = KEPT[entity.type];
    if (!label) continue;
    const range = spanToTokens(doc.tokens, entity, 'contract');
    if (!range) continue;
    let { first } = range;
    while (first < range.last - 1 && isLeading(doc.tokens[first]!)) first++;
    const start = doc.tokens[first]!.start;
    const end = doc.tokens[range.last - 1]!.end;
    while (next < names.length && names[next]!.end <= start) next++;
    if (next < names.length && names[next]!.start < end) continue;
    const surface = text.slice(start, end);
    mentions.push({ start, end, text: surface, label, canonical: surface.replace(/\s+/gu, ' '), sentence: doc.tokens[first]!.sentence, source: 'wink' });
  }
  return mentions;
}
