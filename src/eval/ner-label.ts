/** The four entity classes CoNLL-style NER scoring uses. */

/** A scored NER class. */
export type NerLabel = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

/** The scored classes in report order. */
export const NER_LABELS: readonly NerLabel[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
