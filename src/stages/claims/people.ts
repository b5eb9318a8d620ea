/** Whether a word names people or a body of them, for rules that need a subject or addressee. */
import { ORG_DESCRIPTIONS, PERSON_DESCRIPTIONS } from './speakers.data.js';
import { AGENT_NOUNS } from './words.data.js';

/** "officials", "the group", "voters": a noun for people or an organisation (singular or plural). */
export function isAgentNoun(word: string): boolean {
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
  return PERSON_DESCRIPTIONS.has(singular) || ORG_DESCRIPTIONS.has(singular) || AGENT_NOUNS.has(singular) || AGENT_NOUNS.has(word);
}
