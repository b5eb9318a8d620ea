/**
 * Canonical names: the gazetteer's name when it has one; otherwise the text, tidied (spacing,
 * capitals in all-caps headlines). People are then linked within the document: a later "Trump",
 * "Kaabi" or "al-Kaabi" takes the full name of the "Donald Trump" or "Akram al-Kaabi" it refers to.
 */
import type { EntityLabel } from '../../model/types.js';
import { NAME_PARTICLES } from './cues.data.js';
import type { NameMention } from './refine.js';

/** A mention with its canonical name settled. */
export type CanonicalMention = NameMention & { canonical: string };

const LONG_ACRONYM = 4;

/** "LEICESTERSHIRE" → "Leicestershire"; short all-capital words stay (acronyms like "PSV", "NATO"). */
function titleCaseWord(word: string): string {
  if (word.length <= LONG_ACRONYM || /[\d.]/u.test(word)) return word;
  return word.replace(/\p{L}+/gu, (letters) => letters[0]! + letters.slice(1).toLowerCase());
}

/** The words of a personal name that identify the person alone: "Kaabi" and "al-Kaabi" for "al-Kaabi". */
function surnameKeys(word: string): string[] {
  const lower = word.toLowerCase();
  const keys = [lower];
  const stripped = lower.replace(/^(?:al|el|ad|as|an|ar|at|az|ul|bin|ibn|abu)[-‐‑]/u, '');
  if (stripped !== lower) keys.push(stripped);
  return keys;
}

/** Pieces of a name that are not particles ("Akram al-Kaabi" → Akram, al-Kaabi). */
function nameWords(name: string): string[] {
  return name.split(/\s+/u).filter((word) => !NAME_PARTICLES.has(word.toLowerCase()));
}

/**
 * Fills in every mention's canonical name (in place) and links short person references to full names.
 * `text` is the article text; mentions are sorted by start.
 */
export function settleCanonicalNames(text: string, mentions: NameMention[]): CanonicalMention[] {
  // How names are written in ordinary prose, so an all-caps headline can borrow the spelling.
  let proseSpelling: Map<string, string> | null = null;
  const spellingInProse = (lower: string): string | undefined => {
    if (!proseSpelling) {
      proseSpelling = new Map();
      for (const mention of mentions) {
        if (mention.mode !== 'normal') continue;
        const surface = text.slice(mention.start, mention.end);
        proseSpelling.set(surface.toLowerCase(), surface);
      }
    }
    return proseSpelling.get(lower);
  };
  // The mentions are this stage's own objects, so the canonical name is filled in place.
  const settled = mentions as CanonicalMention[];
  for (const mention of mentions) {
    if (mention.canonical !== null) continue;
    const surface = text.slice(mention.start, mention.end).replace(/\s+/gu, ' ');
    mention.canonical =
      mention.mode === 'upper' ? (spellingInProse(surface.toLowerCase()) ?? surface.split(' ').map(titleCaseWord).join(' ')) : surface;
  }
  harmoniseLabels(text, settled);
  linkPersonNames(settled);
  return settled;
}

/**
 * One name, one label within an article: when the tagger calls the same word a person in one
 * sentence and an organisation in two others, the majority wins (ties keep each label). Names the
 * gazetteer settled are left alone, and only people, organisations and places take part.
 */
function harmoniseLabels(text: string, mentions: CanonicalMention[]): void {
  const votes = new Map<string, Map<EntityLabel, number>>();
  const keys = mentions.map((mention) =>
    mention.source === 'gazetteer' || !canBePerson(mention.label) ? null : text.slice(mention.start, mention.end).toLowerCase(),
  );
  mentions.forEach((mention, i) => {
    const key = keys[i];
    if (key === null || key === undefined) return;
    const tally = votes.get(key) ?? new Map<EntityLabel, number>();
    tally.set(mention.label, (tally.get(mention.label) ?? 0) + 1);
    votes.set(key, tally);
  });
  mentions.forEach((mention, i) => {
    const key = keys[i];
    const tally = key === null || key === undefined ? undefined : votes.get(key);
    if (!tally || tally.size < 2) return;
    const ranked = [...tally].sort((a, b) => b[1] - a[1]);
    if (ranked[0]![1] > ranked[1]![1]) mention.label = ranked[0]![0];
  });
}

/**
 * Within-document coreference of people's names: a one-word (or shorter) reference takes the
 * canonical name of the nearest full name before it that ends in the same surname, else of the
 * first such name after it (headlines often name a person before the story introduces them).
 * A one-word organisation or place that is a known person's surname becomes that person, unless the
 * gazetteer vouched for it.
 */
function linkPersonNames(mentions: CanonicalMention[]): void {
  // Full names under each surname key, in text order.
  const bySurname = new Map<string, FullName[]>();
  mentions.forEach((mention, index) => {
    if (mention.label !== 'PERSON') return;
    const words = nameWords(mention.canonical);
    if (words.length < 2) return;
    const full: FullName = { index, canonical: mention.canonical, words: words.map((word) => word.toLowerCase()) };
    for (const key of surnameKeys(words[words.length - 1]!)) {
      const list = bySurname.get(key) ?? [];
      list.push(full);
      bySurname.set(key, list);
    }
  });
  if (bySurname.size === 0) return;
  mentions.forEach((mention, index) => {
    if (mention.source === 'gazetteer' || !canBePerson(mention.label)) return;
    const words = nameWords(mention.canonical).map((word) => word.toLowerCase());
    if (words.length === 0) return;
    const fits = (full: FullName): boolean =>
      full.index !== index && full.words.length > words.length && words.slice(0, -1).every((word) => full.words.includes(word));
    let before: FullName | undefined;
    let after: FullName | undefined;
    for (const key of surnameKeys(words[words.length - 1]!)) {
      const list = bySurname.get(key);
      if (!list) continue;
      const at = firstAtOrAfter(list, index);
      for (let i = at - 1; i >= 0; i--) {
        if (!fits(list[i]!)) continue;
        if (!before || list[i]!.index > before.index) before = list[i];
        break;
      }
      for (let i = at; i < list.length; i++) {
        if (!fits(list[i]!)) continue;
        if (!after || list[i]!.index < after.index) after = list[i];
        break;
      }
    }
    const best = before ?? after;
    if (!best) return;
    mention.canonical = best.canonical;
    mention.label = 'PERSON';
  });
}

/** A person named with two or more words, at position `index` among the mentions. */
interface FullName {
  index: number;
  canonical: string;
  words: string[];
}

/** Position of the first full name at or after mention `index` (the list is in text order). */
function firstAtOrAfter(list: readonly FullName[], index: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Labels a tagger may confuse with a person's surname ("Simmons" read as an organisation). */
function canBePerson(label: EntityLabel): boolean {
  return label === 'PERSON' || label === 'ORG' || label === 'GPE';
}
