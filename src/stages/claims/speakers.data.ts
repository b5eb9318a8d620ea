/** Pronouns and descriptions a speaker may be, and which entity types each can refer to. */
import type { EntityLabel } from '../../model/types.js';

/** Personal pronouns that can be speakers, with the entity labels they may resolve to (in preference order). */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, readonly EntityLabel[]> = new Map([
  ['he', ['PERSON']], ['she', ['PERSON']], ['him', ['PERSON']], ['her', ['PERSON']],
  ['they', ['ORG', 'NORP', 'GPE']], ['it', ['ORG', 'GPE']],
  ['we', []], ['i', []], ['you', []], ['who', ['PERSON', 'ORG']], ['which', ['ORG', 'GPE']],
]);

/** Head nouns of descriptions that refer back to an organisation ("the group said"). */
export const ORG_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'group', 'militia', 'faction', 'organization', 'organisation', 'company', 'firm', 'party', 'movement',
  'ministry', 'agency', 'department', 'government', 'administration', 'campaign', 'committee', 'council',
  'network', 'coalition', 'alliance', 'union', 'court', 'army', 'military', 'newspaper', 'outlet', 'paper',
  'bank', 'board', 'commission', 'office', 'embassy', 'team', 'club', 'institute', 'foundation', 'website',
]);

/** Head nouns of descriptions that refer back to a person ("the senator said"). */
export const PERSON_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'president', 'senator', 'minister', 'candidate',
  'governor', 'mayor', 'congressman', 'congresswoman', 'lawmaker', 'representative', 'secretary', 'chairman',
  'chairwoman', 'chair', 'director', 'commander', 'general', 'ambassador', 'diplomat', 'judge', 'lawyer', 'attorney',
  'prosecutor', 'analyst', 'expert', 'professor', 'researcher', 'author', 'writer', 'reporter', 'correspondent',
  'executive', 'chief', 'founder', 'businessman', 'businesswoman', 'billionaire', 'activist', 'cleric', 'king',
  'queen', 'prince', 'premier', 'chancellor', 'nominee', 'frontrunner', 'front-runner', 'speaker', 'aide', 'adviser',
  'advisor', 'strategist', 'man', 'woman', 'politician', 'republican', 'democrat', 'host', 'manager', 'economist',
]);

/** Words that start a clause, so a speaker noun phrase never reaches past them to the left. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'because', 'while', 'although', 'though', 'when', 'whereas', 'since', 'if', 'unless', 'after', 'before',
  'as', 'but', 'and', 'or', 'so', 'yet', 'whether', 'where', 'until', 'once',
]);

/** Prepositions allowed inside a speaker noun phrase ("leader of the faction", "officials in Iraq"). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'on', 'to', 'by', 'across', 'around', 'inside', 'within', 'among']);

/**
 * Words that describe an anonymous source by its access, with the preposition they take: "people
 * familiar with the talks", "a person close to the campaign", "officials briefed on the plan".
 */
export const SOURCE_QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ['familiar', 'with'], ['close', 'to'], ['closer', 'to'], ['briefed', 'on'], ['involved', 'in'], ['knowledgeable', 'about'],
]);

/** Words that name a time: a phrase "on Tuesday" or "in the past" after a speaker is not part of it. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'past', 'time', 'interview',
  'statement', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'days', 'weeks', 'months', 'years',
]);

/** Words "in" makes a manner phrase of after a speaker, not a place: "Lobbyists in general prefer". */
export const IN_MANNER: ReadonlySet<string> = new Set(['particular', 'general', 'turn', 'response', 'reply', 'part']);

/** Plural nouns without a final "s" ("according to people familiar with ..."), read as nouns, not modifiers. */
export const UNMARKED_PLURALS: ReadonlySet<string> = new Set(['people', 'police', 'media', 'staff', 'women', 'men', 'children', 'personnel', 'clergy']);
