/**
 * WordNet's classes of a verb (verb-classes.data.ts): whether its usual senses are saying, thinking,
 * feeling, perceiving or social acts. They let the cue model judge a verb the dev articles never
 * showed it by the company it keeps in WordNet, not by its spelling.
 */
import { VERB_CLASS_TEXT } from './verb-classes.data.js';

let classes: Map<string, string> | undefined;

/** The verb's class codes (first: its most frequent sense, '-' for none listed), or undefined. */
export function verbClasses(lemma: string): string | undefined {
  if (!classes) {
    classes = new Map();
    for (const line of VERB_CLASS_TEXT.split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0) classes.set(line.slice(0, space), line.slice(space + 1));
    }
  }
  return classes.get(lemma);
}
