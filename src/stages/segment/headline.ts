/**
 * Whether a line reads as a headline or section heading rather than a sentence: short, no closing
 * sentence punctuation, and mostly capitalised words. Used by ingest (title) and segment (headings).
 */
import { SMALL_WORDS } from './headline.data.js';

const MAX_HEADLINE_CHARS = 160;

/** True for "US Troops Withdrawal from Iraq: Rising Tensions and Demands", false for a sentence. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADLINE_CHARS) return false;
  if (/^#{1,6}\s/u.test(text)) return true; // Markdown heading
  // A sentence ending inside the line ("... the campaign. — Name") means it is prose, not a heading.
  if (/\p{Ll}{2,}[.!?]["”’]?\s+\S/u.test(text)) return false;
  if (/[.!?…;,]["'”’)]*$/u.test(text) && !/^[\p{Lu}\d\s\p{P}]+$/u.test(text)) return false;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 20) return false;
  let capitalised = 0;
  let counted = 0;
  for (const word of words) {
    if (SMALL_WORDS.has(word.toLowerCase())) continue;
    counted++;
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalised++;
  }
  if (counted === 0) return false;
  // A short line without final punctuation is a heading even in sentence case ("Timeline for ...").
  return capitalised / counted >= 0.6 || (words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?]$/u.test(text));
}
