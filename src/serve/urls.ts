/**
 * Every path the web view links to is built here, and every request path is matched here, so the
 * two cannot drift apart. Ids and names go into a single path segment with encodeURIComponent
 * (article ids contain "/" and "#"); filters go into the query string.
 */
import { ParamError } from './errors.js';

/** A data format a list page is also served in. */
export type DataFormat = 'json' | 'csv';

/** A query string's values; undefined and empty values are left out. */
export type QueryValues = Record<string, string | number | undefined>;

/** The names of the app's own static files. */
export const ASSET_NAMES = ['app.css', 'app.js'] as const;
/** One of the app's static files. */
export type AssetName = (typeof ASSET_NAMES)[number];

function withQuery(path: string, query: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

/** Path builders, one per page or data endpoint. */
export const urls = {
  /** The overview page, or its numbers as JSON. */
  overview(format?: 'json'): string {
    return format === 'json' ? '/overview.json' : '/';
  },
  /** The claims list with filters; `.json` / `.csv` with the same filters. */
  claims(query: QueryValues = {}, format?: DataFormat): string {
    return withQuery(format ? `/claims.${format}` : '/claims', query);
  },
  /** The article list with filters. */
  articles(query: QueryValues = {}, format?: DataFormat): string {
    return withQuery(format ? `/articles.${format}` : '/articles', query);
  },
  /** One article's page; `claim` selects (and scrolls to) that claim. */
  article(id: string, claim?: number): string {
    return `/articles/${segment(id)}${claim === undefined ? '' : `#claim-${claim}`}`;
  },
  /** One article with its claims and mentions as JSON. */
  articleData(id: string): string {
    return `/articles/${segment(id)}/data.json`;
  },
  /** The entity list with filters. */
  entities(query: QueryValues = {}, format?: DataFormat): string {
    return withQuery(format ? `/entities.${format}` : '/entities', query);
  },
  /** One entity's page (all labels of that name). */
  entity(name: string): string {
    return `/entities/${segment(name)}`;
  },
  /** An entity's summary and claims per day as JSON, or the days as CSV. */
  entityData(name: string, format: DataFormat): string {
    return `/entities/${segment(name)}/${format === 'json' ? 'data.json' : 'days.csv'}`;
  },
  /** A static file of the app. */
  asset(name: AssetName): string {
    return `/assets/${name}`;
  },
};

/** What a request path asks for. */
export type Route =
  | { page: 'overview'; format: 'html' | 'json' }
  | { page: 'claims'; format: 'html' | DataFormat }
  | { page: 'articles'; format: 'html' | DataFormat }
  | { page: 'entities'; format: 'html' | DataFormat }
  | { page: 'article'; id: string; format: 'html' | 'json' }
  | { page: 'entity'; name: string; format: 'html' | DataFormat }
  | { page: 'asset'; name: AssetName }
  | { page: 'favicon' };

const LISTS = { claims: 'claims', articles: 'articles', entities: 'entities' } as const;

/**
 * The route for a raw request path (before any decoding; no query string), or null for a path the
 * app does not serve. Each segment is decoded on its own, so an encoded "/" in an id stays part of
 * the id, and nothing in a path ever names a file.
 */
export function matchRoute(rawPath: string): Route | null {
  if (rawPath === '/') return { page: 'overview', format: 'html' };
  if (rawPath === '/overview.json') return { page: 'overview', format: 'json' };
  if (rawPath === '/favicon.ico') return { page: 'favicon' };
  const list = /^\/(claims|articles|entities)(?:\.(json|csv))?$/u.exec(rawPath);
  if (list) return { page: LISTS[list[1] as keyof typeof LISTS], format: (list[2] as DataFormat | undefined) ?? 'html' };
  const asset = /^\/assets\/([a-z]+\.[a-z]+)$/u.exec(rawPath);
  if (asset) return (ASSET_NAMES as readonly string[]).includes(asset[1]!) ? { page: 'asset', name: asset[1] as AssetName } : null;
  const item = /^\/(articles|entities)\/([^/]+)(?:\/(data\.json|days\.csv))?$/u.exec(rawPath);
  if (!item) return null;
  let key: string;
  try {
    key = decodeURIComponent(item[2]!);
  } catch {
    throw new ParamError(`the path segment "${item[2]}" is not valid percent-encoded UTF-8`);
  }
  const suffix = item[3];
  if (item[1] === 'articles') {
    if (suffix === 'days.csv') return null;
    return { page: 'article', id: key, format: suffix ? 'json' : 'html' };
  }
  return { page: 'entity', name: key, format: suffix === 'data.json' ? 'json' : suffix === 'days.csv' ? 'csv' : 'html' };
}
