/** Titles written with a period that wink-nlp may take for a sentence end ("the Rev. Peter Wherry"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'rev', 'gov', 'sen', 'rep', 'reps', 'sens', 'lt', 'gen', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'prof', 'st', 'msgr', 'fr', 'pres', 'supt', 'atty', 'hon', 'amb', 'insp', 'gens', 'lt. gen', 'mt', 'ft',
]);
