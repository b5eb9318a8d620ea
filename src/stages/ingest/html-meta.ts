/** Article metadata from an HTML page's head, and the charset it declares. */
import { normalizeDate } from './dates.js';
import type { DomDocument } from './dom.js';

/** What the page says about itself; each field null when the page does not say. */
export interface PageMeta {
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  language: string | null;
}

/**
 * Reads the metadata; call it before readability, which removes the JSON-LD scripts. The publication
 * date is the first readable one of: article:published_time, JSON-LD datePublished, <meta name="date">,
 * itemprop datePublished, the first <time datetime> — most specific first, since a page can hold many
 * <time> elements (comments, related stories). The url must be absolute: a relative canonical link
 * means nothing once the page is saved to disk.
 */
export function readPageMeta(document: DomDocument): PageMeta {
  const content = (selector: string): string | null => nonBlank(document.querySelector(selector)?.getAttribute('content'));
  const dateCandidates = [
    content('meta[property="article:published_time"]'),
    findJsonLdDate(document),
    content('meta[name="date"]'),
    content('meta[itemprop="datePublished"]'),
    nonBlank(document.querySelector('time[datetime]')?.getAttribute('datetime')),
  ];
  const urlCandidates = [
    nonBlank(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    content('meta[property="og:url"]'),
  ];
  const pageTitle = nonBlank(document.querySelector('title')?.textContent?.replace(/\s+/gu, ' '));
  return {
    title: content('meta[property="og:title"]') ?? pageTitle,
    url: urlCandidates.find(isAbsoluteWebUrl) ?? null,
    source: content('meta[property="og:site_name"]'),
    publishedAt: dateCandidates.map(normalizeDate).find((date) => date !== null) ?? null,
    language: nonBlank(document.documentElement?.getAttribute('lang')),
  };
}

/**
 * The charset a page declares (<meta charset> or the http-equiv form); null if none. Browsers look in
 * the first 1024 bytes first, and when a <meta> further down the head names another charset they
 * decode the page again with it; so the rest of the head (up to `</head>` or <body>, within the first
 * 64 KiB) counts too.
 */
export function sniffCharset(bytes: Uint8Array): string | null {
  const first = declaredCharset(Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1'));
  if (first !== null || bytes.length <= PRESCAN_BYTES) return first;
  const page = Buffer.from(bytes.subarray(0, LATE_CHARSET_BYTES)).toString('latin1');
  const headEnd = page.search(/<\/head\s*>|<body[\s>]/iu);
  return declaredCharset(headEnd < 0 ? page : page.slice(0, headEnd));
}

/** Where browsers look for the charset before parsing. */
const PRESCAN_BYTES = 1024;
/** How far into a page a late <meta charset> in the head is looked for. */
const LATE_CHARSET_BYTES = 64 * 1024;

function declaredCharset(html: string): string | null {
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(html)?.[1] ?? null;
}

/** The first datePublished string in any JSON-LD block (searching arrays and @graph), unparsed. */
function findJsonLdDate(document: DomDocument): string | null {
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      const date = findKey(JSON.parse(script.textContent ?? ''), 'datePublished', 0);
      if (date !== null) return date;
    } catch {
      // Broken JSON-LD is common and harmless: the other date sources are still tried.
    }
  }
  return null;
}

const MAX_JSON_LD_DEPTH = 8;

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > MAX_JSON_LD_DEPTH || typeof value !== 'object' || value === null) return null;
  const own: unknown = (value as Record<string, unknown>)[key];
  if (!Array.isArray(value) && typeof own === 'string') return own;
  for (const child of Object.values(value)) {
    const found = findKey(child, key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function isAbsoluteWebUrl(value: string | null): value is string {
  if (value === null) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function nonBlank(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : null;
}
