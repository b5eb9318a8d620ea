/**
 * The gazetteer: every name in the *.data.ts tables, tokenised the way the segment stage tokenises
 * text (as wink-nlp does, so "Kata'ib" and "al-Qaeda" split identically: gazetteer-tokens.data.ts)
 * and stored in a token trie. Built once per worker.
 */
import type { EntityLabel, Token } from '../../model/types.js';
import { WORDLIKE_ACRONYMS } from './cues.data.js';
import { ALIAS_TOKENS } from './gazetteer-tokens.data.js';
import { NATIONALITIES, PEOPLES, POLITICAL_GROUPS } from './norp.data.js';
import { ARMED_GROUPS, COMPANIES, GOVERNMENT_BODIES, INTERNATIONAL_ORGS, MEDIA, PARTIES } from './organizations.data.js';
import { CITIES, COUNTRIES, REGIONS, STATES } from './places.data.js';
import { TokenTrie, type TrieMatch } from './trie.js';
import type { CaseMode } from './words.js';

/** Which table a name came from; the tagger sees it as a feature. */
export type GazetteerKind =
  | 'country' | 'state' | 'city' | 'region' | 'nationality' | 'people' | 'political'
  | 'international' | 'government' | 'armed' | 'party' | 'media' | 'company';

/** One named thing: its canonical name, label, and whether a match alone is enough to label it. */
export interface GazetteerEntry {
  canonical: string;
  label: Extract<EntityLabel, 'GPE' | 'NORP' | 'ORG'>;
  kind: GazetteerKind;
}

/** One spelling of an entry, as the trie stores it. */
export interface GazetteerAlias {
  entry: GazetteerEntry;
  /** The spelling as listed. */
  text: string;
  /** The alias's tokens in their listed case, for the capitalisation check. */
  tokens: readonly string[];
  /**
   * Strong aliases are trusted on their own (a country, "Hezbollah"); weak ones (cities, companies,
   * abbreviations like "Mass.") only inform the tagger, since they are often something else.
   */
  strong: boolean;
}

/** A gazetteer hit: document tokens [first, last). */
export type GazetteerMatch = TrieMatch<GazetteerAlias>;

interface Table {
  kind: GazetteerKind;
  label: GazetteerEntry['label'];
  strong: boolean;
  rows: readonly string[];
}

// Earlier tables win when two list the same spelling.
const TABLES: readonly Table[] = [
  { kind: 'armed', label: 'ORG', strong: true, rows: ARMED_GROUPS },
  { kind: 'international', label: 'ORG', strong: true, rows: INTERNATIONAL_ORGS },
  { kind: 'government', label: 'ORG', strong: true, rows: GOVERNMENT_BODIES },
  { kind: 'party', label: 'ORG', strong: true, rows: PARTIES },
  { kind: 'media', label: 'ORG', strong: true, rows: MEDIA },
  { kind: 'country', label: 'GPE', strong: true, rows: COUNTRIES },
  { kind: 'state', label: 'GPE', strong: true, rows: STATES },
  { kind: 'region', label: 'GPE', strong: true, rows: REGIONS },
  { kind: 'city', label: 'GPE', strong: false, rows: CITIES },
  { kind: 'nationality', label: 'NORP', strong: true, rows: NATIONALITIES },
  { kind: 'people', label: 'NORP', strong: true, rows: PEOPLES },
  { kind: 'political', label: 'NORP', strong: false, rows: POLITICAL_GROUPS },
  { kind: 'company', label: 'ORG', strong: false, rows: COMPANIES },
];

const ALL_CAPS = /^(?=.*\p{Lu}.*\p{Lu})[^\p{Ll}]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Plural spellings of a nationality or group ("Iranians", "Kurds"); irregular ones are listed in the data. */
function pluralOf(alias: string): string | null {
  return /(?:s|sh|ch|ese|ic|x|z)$/u.test(alias) ? null : `${alias}s`;
}

/** The trie of every alias plus a single-word index for looking up parts of hyphenated words. */
export interface Gazetteer {
  trie: TokenTrie<GazetteerAlias>;
  /** Every alias by its normalised text (see nameKey), for looking up a span's text directly. */
  byKey: ReadonlyMap<string, readonly GazetteerAlias[]>;
  /** First words of the aliases that start in lower case ("al" of "al-Qaeda", "dpa"). */
  lowerCaseStarts: ReadonlySet<string>;
}

/** The pieces of a name for lookup: split at spaces and hyphens, commas and dots at ends dropped ("Washington, D.C." → washington, d.c). */
function namePieces(text: string): string[] {
  if (SIMPLE_NAME.test(text)) return [text];
  return text.split(/[\s\-‐‑]+/u).map((piece) => piece.replace(/^[,;:]+|[,;:]+$/gu, '')).filter((piece) => piece !== '');
}

/** A name of one piece, the common case: no spaces, hyphens or edge punctuation. */
const SIMPLE_NAME = /^[^\s\-‐‑,;:]+$/u;

/** The lookup key of a name: its lower-cased pieces joined by single spaces ("al-Qaeda" and "al Qaeda" agree). */
function nameKey(text: string): string {
  return SIMPLE_NAME.test(text) ? text.toLowerCase() : namePieces(text).join(' ').toLowerCase();
}

let instance: Gazetteer | null = null;

/** One spelling of a table row, in the order the gazetteer is built. */
export interface AliasRow {
  spelling: string;
  entry: GazetteerEntry;
  strong: boolean;
}

/** Every spelling of every table, with its entry: each row's spellings, a NORP spelling followed by its plural. */
export function* aliasRows(): Generator<AliasRow> {
  for (const table of TABLES) {
    for (const row of table.rows) {
      const spellings = row.split('|');
      const entry: GazetteerEntry = { canonical: spellings[0]!, label: table.label, kind: table.kind };
      for (const spelling of spellings) {
        yield { spelling, entry, strong: table.strong };
        if (table.label === 'NORP') {
          const plural = pluralOf(spelling);
          if (plural) yield { spelling: plural, entry, strong: table.strong };
        }
      }
    }
  }
}

/**
 * The tokens wink-nlp makes of an alias: its space-separated words, or, for the few it splits
 * otherwise ("al-Qaeda", "U.S."), the tokens listed in gazetteer-tokens.data.ts.
 *
 * The list is data, written by scripts/build-gazetteer-tokens.mjs (tests/stages/entities/gazetteer.test.ts
 * checks it against wink), because reading the 2,195 aliases with wink at every worker start cost
 * 100-135 ms of CPU, and because wink learned their words while the first document was in the
 * entities stage, after the segment stage had made it forget, so the second document of each
 * worker was segmented by an instance that knew them.
 */
export function aliasTokens(spelling: string): readonly string[] {
  return ALIAS_TOKENS.get(spelling) ?? spelling.split(' ').filter((word) => word !== '');
}

/** Builds (once) the gazetteer from the data tables. */
export function getGazetteer(): Gazetteer {
  if (instance) return instance;
  const trie = new TokenTrie<GazetteerAlias>();
  const byKey = new Map<string, GazetteerAlias[]>();
  const lowerCaseStarts = new Set<string>();
  for (const { spelling, entry, strong } of aliasRows()) {
    const tokens = aliasTokens(spelling);
    // Dotted abbreviations ("Mass.", "Ill.") are ordinary words too often to be trusted alone.
    const alias: GazetteerAlias = { entry, text: spelling, tokens, strong: strong && !/^\p{Lu}\p{Ll}{1,4}\.$/u.test(spelling) };
    trie.add(tokens.map((token) => token.toLowerCase()), alias);
    if (tokens[0] !== undefined && !CAPITALISED.test(tokens[0])) lowerCaseStarts.add(tokens[0].toLowerCase());
    const key = nameKey(spelling);
    const list = byKey.get(key) ?? [];
    list.push(alias);
    byKey.set(key, list);
  }
  instance = { trie, byKey, lowerCaseStarts };
  return instance;
}

/** Whether document token `text` may be read as alias token `listed`, given the sentence's capitalisation. */
export function caseAgrees(listed: string, text: string, mode: CaseMode): boolean {
  if (ALL_CAPS.test(listed)) {
    if (text === listed) return !(mode === 'upper' && WORDLIKE_ACRONYMS.has(listed.toLowerCase()));
    return false;
  }
  if (CAPITALISED.test(listed)) return CAPITALISED.test(text);
  return true;
}

/**
 * Longest gazetteer matches among tokens [first, last) of one sentence whose capitalisation agrees
 * with the listed spelling ("US" matches "US" but not "us"; "Turkey" never matches "turkey").
 */
export function matchGazetteer(tokens: readonly Token[], first: number, last: number, mode: CaseMode): GazetteerMatch[] {
  const { trie, lowerCaseStarts } = getGazetteer();
  const keys: string[] = [];
  for (let t = first; t < last; t++) keys.push(tokens[t]!.lower);
  const accept = (values: readonly GazetteerAlias[], from: number, to: number): readonly GazetteerAlias[] =>
    values.filter((alias) => alias.tokens.every((listed, j) => j < to - from && caseAgrees(listed, tokens[first + from + j]!.text, mode)));
  // Most words are lower-case and no capitalised alias can start at them: skip those without a lookup.
  const mayStart = (index: number): boolean => {
    const token = tokens[first + index]!;
    const code = token.text.charCodeAt(0);
    return (code >= 65 && code <= 90) || code > 127 || lowerCaseStarts.has(token.lower);
  };
  return trie.matchAll(keys, accept, mayStart).map((match) => ({ first: match.first + first, last: match.last + first, values: match.values }));
}

/**
 * The gazetteer alias spelled like `text` (a span's or a hyphen part's text) whose capitalisation
 * agrees, or null: "Iranian" in "pro-Iranian", "New York" in "New York-based".
 */
export function lookupName(text: string, mode: CaseMode): GazetteerAlias | null {
  const remembered = lookedUp[mode];
  const known = remembered.get(text);
  if (known !== undefined) return known;
  if (remembered.size >= MAX_REMEMBERED_NAMES) remembered.clear();
  const alias = findName(text, mode);
  remembered.set(text, alias);
  return alias;
}

/** Names looked up before, per case mode (the answer depends on nothing else once the gazetteer is built). */
const lookedUp: Record<CaseMode, Map<string, GazetteerAlias | null>> = { normal: new Map(), upper: new Map(), title: new Map() };
/**
 * Names remembered per mode before the table is emptied. News repeats its names and every tagged
 * span is looked up, whole and in parts; splitting and normalising each was ~1 % of the stages' CPU.
 */
const MAX_REMEMBERED_NAMES = 20_000;

/** lookupName without the memory. */
function findName(text: string, mode: CaseMode): GazetteerAlias | null {
  const candidates = getGazetteer().byKey.get(nameKey(text));
  if (!candidates) return null;
  const pieces = namePieces(text);
  for (const alias of candidates) {
    const listed = namePieces(alias.text);
    if (listed.length === pieces.length && listed.every((piece, i) => caseAgrees(piece, pieces[i]!, mode))) return alias;
  }
  return null;
}
