/**
 * compromise's lexicon used as a dictionary, not as a parser: its lists of given names, surnames,
 * cities, countries and organisation/place head words become tagger features, with the project's
 * own list of given names (given-names.data.ts) added. Looking a word up is a Map hit, where
 * running compromise on the text would cost twenty times wink-nlp's time. The lists are read out of
 * compromise once, by scripts/build-compromise-lexicon.mjs, into compromise-lexicon.data.ts; a test
 * checks that file against the installed compromise.
 */
import { createRequire } from 'node:module';
import { COMPROMISE_ORG_WORDS, COMPROMISE_PLACE_WORDS, COMPROMISE_WORDS } from './compromise-lexicon.data.js';
import { GIVEN_NAMES } from './given-names.data.js';

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

/** What the tagger takes from compromise: the class of each single word, and its two head-word lists. */
export interface CompromiseLexicon {
  classes: Map<string, LexiconClass>;
  orgWords: Set<string>;
  placeWords: Set<string>;
}

/**
 * Reads the lexicon out of compromise itself. Only scripts/build-compromise-lexicon.mjs (which writes
 * compromise-lexicon.data.ts) and the test that checks that file call it: loading compromise takes
 * 100-200 ms of CPU, in every worker when the stage did it.
 */
export function readCompromiseLexicon(): CompromiseLexicon {
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
  return {
    classes,
    orgWords: new Set(Object.keys(model.two.orgWords ?? {})),
    placeWords: new Set(Object.keys(model.two.placeWords ?? {})),
  };
}

/** The lexicon as compromise-lexicon.data.ts stores it: each class's words, and the head words, space-separated. */
export function unpackCompromiseLexicon(): CompromiseLexicon {
  const classes = new Map<string, LexiconClass>();
  for (const [lexiconClass, words] of Object.entries(COMPROMISE_WORDS) as [LexiconClass, string][]) {
    for (const word of splitWords(words)) classes.set(word, lexiconClass);
  }
  return { classes, orgWords: new Set(splitWords(COMPROMISE_ORG_WORDS)), placeWords: new Set(splitWords(COMPROMISE_PLACE_WORDS)) };
}

function splitWords(words: string): string[] {
  return words === '' ? [] : words.split(' ');
}

const instances = new Map<boolean, NameLexicon>();

/**
 * The lexicon: compromise's word lists (from compromise-lexicon.data.ts) unless `useCompromise` is
 * false, plus the project's own list of given names either way.
 */
export function getNameLexicon(useCompromise = true): NameLexicon {
  const cached = instances.get(useCompromise);
  if (cached) return cached;
  const fromCompromise = useCompromise ? unpackCompromiseLexicon() : null;
  const classes = fromCompromise?.classes ?? new Map<string, LexiconClass>();
  const orgWords = fromCompromise?.orgWords ?? new Set<string>();
  const placeWords = fromCompromise?.placeWords ?? new Set<string>();
  // compromise's reading wins: its lexicon knows which of these are also ordinary words.
  for (const name of GIVEN_NAMES) if (!classes.has(name)) classes.set(name, 'first');
  const lexicon: NameLexicon = {
    classOf: (lower) => classes.get(lower) ?? null,
    isOrgWord: (lower) => orgWords.has(lower),
    isPlaceWord: (lower) => placeWords.has(lower),
  };
  instances.set(useCompromise, lexicon);
  return lexicon;
}
