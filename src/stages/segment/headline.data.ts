/** Function words that stay lower-case in title-case headlines. */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off',
  'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'than', 'amid', 'after',
  'about', 'against', 'over', 'is', 'are', 'be', 'its', 'their', 'his', 'her',
]);
