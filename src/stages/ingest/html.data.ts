/** Element names that shape the text built from an HTML article. */

/**
 * Elements that start and end a line of text. Containers (div, section, ul) are included so that text
 * directly inside them becomes its own line instead of gluing onto a neighbouring paragraph.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text is never article text: code, styling, embedded objects and form controls. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'select', 'textarea', 'button',
]);

/**
 * Pages nested deeper than this are refused: real pages stay under about 60 levels, and readability's
 * time grows with the cube of the depth (0.4 s at 256 levels, 3 s at 500, a stack overflow at 10,000).
 */
export const MAX_HTML_DEPTH = 256;

/**
 * Elements whose end tag may be left out (the parser closes them), so an estimate of the depth from
 * the tags alone does not count them; void elements have no end tag at all.
 */
export const UNNESTED_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody',
  'tfoot', 'colgroup', 'caption',
]);
