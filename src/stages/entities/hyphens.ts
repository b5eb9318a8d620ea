/**
 * Hyphenated words that contain a name without being one: "Tehran-aligned" (a place and a
 * modifier), "pro-Iranian" (a stance and a nationality), "Israel-Hamas" (two names). Names that
 * are hyphenated themselves ("al-Kaabi", "Al-Nujaba", "Jean-Paul") are left whole.
 */
import { HYPHEN_MODIFIERS, HYPHEN_PREFIXES, NAME_PARTICLES } from './cues.data.js';

/** One hyphen-separated part of a word, with document offsets. */
export interface WordPart {
  text: string;
  start: number;
  end: number;
}

/** The hyphen-separated parts of `text`, which starts at document offset `start`. */
export function splitParts(text: string, start: number): WordPart[] {
  const parts: WordPart[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '-' || text[i] === '‐' || text[i] === '‑') {
      if (i > from) parts.push({ text: text.slice(from, i), start: start + from, end: start + i });
      from = i + 1;
    }
  }
  return parts;
}

/** Whether a part only describes the name next to it ("aligned", "based", "led"). */
export function isModifierPart(part: WordPart): boolean {
  const lower = part.text.toLowerCase();
  return HYPHEN_MODIFIERS.has(lower) || (/^\p{Ll}/u.test(part.text) && !NAME_PARTICLES.has(lower) && !HYPHEN_PREFIXES.has(lower));
}

/**
 * The document offset where a word's trailing modifiers begin ("Tehran-aligned" → the end of
 * "Tehran"), or null when the word ends in a name part.
 */
export function modifierCut(text: string, start: number): number | null {
  const parts = splitParts(text, start);
  if (parts.length < 2 || !isModifierPart(parts[parts.length - 1]!)) return null;
  let keep = parts.length - 1;
  while (keep > 0 && isModifierPart(parts[keep - 1]!)) keep--;
  return keep === 0 ? null : parts[keep - 1]!.end;
}

/** The leading prefix part of a word ("pro" in "pro-Iranian") and where the rest starts, or null. */
export function prefixOf(text: string, start: number): { prefix: string; restStart: number } | null {
  const parts = splitParts(text, start);
  if (parts.length < 2) return null;
  const prefix = parts[0]!.text.toLowerCase();
  return HYPHEN_PREFIXES.has(prefix) ? { prefix, restStart: parts[1]!.start } : null;
}
