/**
 * HTML built from templates that escape every interpolated value unless it is already Html. Pages
 * are written only with `html`, so text from an article, a URL parameter or the database can never
 * become markup: forgetting to escape is not possible, only deliberately wrapping a string in Html.
 */

/** A string known to be safe markup (built by `html` or from a constant). */
export class Html {
  readonly value: string;
  /** Wraps markup; only this module and trusted constants construct it. */
  constructor(value: string) {
    this.value = value;
  }
  /** The markup itself. */
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an HTML text node or a double- or single-quoted attribute value. Both quote
 * characters are escaped so an attribute can never be closed early by the value.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ESCAPES[char]!);
}

/** What may be interpolated: text is escaped, Html is kept, arrays are joined, nothing renders empty. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results stay markup. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Joins pieces of markup with a separator (itself escaped when text). */
export function joinHtml(items: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  return new Html(items.map(render).join(render(separator)));
}

/**
 * A link target for a URL that came from the data: only absolute http(s) URLs qualify, so an article
 * whose url is `javascript:...` shows the text without a link. Returns null for anything else.
 */
export function safeExternalUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
