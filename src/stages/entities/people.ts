/**
 * Rules for people's names that a word-by-word tagger trained on 1996 wire copy gets wrong: titles
 * inside the name ("Mrs. Clinton"), particles between its parts ("Charles de Gaulle", "Ludwig van
 * Beethoven"), and a surname used alone where the tagger did not see a name ("Kaabi warned...").
 */
import { DROPPED_TITLES, NAME_PARTICLES, NEVER_NAME_START } from './cues.data.js';
import type { NameMention } from './refine.js';
import type { SentenceWords, Word } from './words.js';

/** The first word of a person span after any leading titles ("Mrs. Clinton" → "Clinton"). */
export function skipTitles(words: readonly Word[], first: number, last: number): number {
  while (first < last - 1 && DROPPED_TITLES.has(words[first]!.lower)) first++;
  return first;
}

/**
 * Joins a person's name across lower-case particles: "Charles" + "de" + "Gaulle" → "Charles de
 * Gaulle", also when the tagger left the last part untagged or called it something else.
 * `found` holds one sentence's mentions sorted by start; the result is too.
 */
export function joinParticleNames(sentence: SentenceWords, found: readonly NameMention[]): NameMention[] {
  const { words } = sentence;
  const joined: NameMention[] = [];
  let next = 0;
  for (let k = 0; k < found.length; k++) {
    const mention = found[k]!;
    if (mention.label !== 'PERSON') {
      joined.push(mention);
      continue;
    }
    while (next < words.length && words[next]!.start < mention.end) next++;
    let particles = 0;
    while (next + particles < words.length && particles < 2 && NAME_PARTICLES.has(words[next + particles]!.text)) particles++;
    const after = words[next + particles];
    if (particles === 0 || !after || !after.capitalised) {
      joined.push(mention);
      continue;
    }
    const following = found[k + 1];
    if (following && following.start === after.start) {
      if (following.source === 'gazetteer') {
        joined.push(mention);
        continue;
      }
      joined.push({ ...mention, end: following.end, canonical: null });
      k++;
    } else if (!following || following.start > after.end) {
      joined.push({ ...mention, end: after.end, canonical: null });
    } else joined.push(mention);
  }
  return joined;
}

/**
 * Surnames of people named in full ("Akram al-Kaabi" → "al-Kaabi", "Kaabi") marked wherever the
 * article repeats them as a capitalised word the tagger left out. Case must match exactly, and
 * words that start sentences ("The", "However") never count.
 */
export function addSurnameMentions(text: string, sentences: readonly SentenceWords[], mentions: NameMention[]): NameMention[] {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.label !== 'PERSON' || mention.mode === 'title') continue;
    const parts = text.slice(mention.start, mention.end).split(/\s+/u);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    surnames.add(last);
    const bare = last.replace(/^(?:al|el|ad|as|an|ar|at|az|ul|bin|ibn|abu)[-‐‑]/iu, '');
    if (bare !== last && /^\p{Lu}/u.test(bare)) surnames.add(bare);
  }
  if (surnames.size === 0) return mentions;
  const added: NameMention[] = [];
  let m = 0;
  for (const { words, mode, sentence } of sentences) {
    if (mode !== 'normal') continue;
    for (const word of words) {
      if (!word.hasUpper || !surnames.has(word.text) || NEVER_NAME_START.has(word.lower)) continue;
      while (m < mentions.length && mentions[m]!.end <= word.start) m++;
      if (m < mentions.length && mentions[m]!.start < word.end) continue;
      added.push({ start: word.start, end: word.end, label: 'PERSON', canonical: null, sentence, source: 'pattern', mode });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
