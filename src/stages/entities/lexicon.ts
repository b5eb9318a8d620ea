/**
 * compromise's lexicon used as a dictionary, not as a parser: its lists of given names, surnames,
 * cities, countries and organisation/place head words become tagger features. Looking a word up
 * is a Map hit, where running compromise on the text would cost twenty times wink-nlp's time.
 */
import { createRequire } from 'node:module';

/** What compromise knows a lower-cased word as, coarsened to the classes the tagger uses. */
export type LexiconClass =
  | 'first' | 'last' | 'person' | 'city' | 'country' | 'place' | 'org' | 'team' | 'demonym' | 'date' | 'honorific' | 'word';

/** Lookups into compromise's word lists. */
export interface NameLexicon {
  /** The class of a lower-cased single word, or null when compromise does not list it. */
  classOf(lower: string): LexiconClass | null;
  /** compromise's organisation head words ("agency", "bank", "brotherhood"). */
  isOrgWord(lower: string): boolean;
  /** compromise's place head words ("bay", "canyon", "heights"). */
  isPlaceWord(lower: string): boolean;
}

// Checked in order: a word tagged both MaleName and LastName ("chad") counts as a given name.
const TAG_CLASSES: readonly [string, LexiconClass][] = [
  ['Honorific', 'honorific'], ['MaleName', 'first'], ['FemaleName', 'first'], ['FirstName', 'first'], ['LastName', 'last'],
  ['Person', 'person'], ['Country', 'country'], ['City', 'city'], ['Region', 'place'], ['Place', 'place'],
  ['SportsTeam', 'team'], ['Organization', 'org'], ['Demonym', 'demonym'], ['Month', 'date'], ['WeekDay', 'date'],
];

interface CompromiseWorld {
  model: {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
  };
}

let instance: NameLexicon | null = null;

/** An empty lexicon, for when compromise is switched off in the configuration. */
export const EMPTY_LEXICON: NameLexicon = { classOf: () => null, isOrgWord: () => false, isPlaceWord: () => false };

/** compromise's lexicon, loaded on first use (about 150 ms, once per worker). */
export function getNameLexicon(): NameLexicon {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { world(): CompromiseWorld };
  const model = nlp.world().model;
  const classes = new Map<string, LexiconClass>();
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    if (word.includes(' ')) continue;
    const list = Array.isArray(tags) ? tags : [tags];
    const found = TAG_CLASSES.find(([tag]) => list.includes(tag));
    classes.set(word, found ? found[1] : 'word');
  }
  const orgWords = new Set(Object.keys(model.two.orgWords ?? {}));
  const placeWords = new Set(Object.keys(model.two.placeWords ?? {}));
  instance = {
    classOf: (lower) => classes.get(lower) ?? null,
    isOrgWord: (lower) => orgWords.has(lower),
    isPlaceWord: (lower) => placeWords.has(lower),
  };
  return instance;
}
