/**
 * What a page handler returns: status, type and body, with the CSV and JSON encodings every list
 * shares. The server adds the security headers; handlers never touch the response object.
 */
import { csvRow } from '../cli/format.js';

/** A complete response. */
export interface Reply {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

/** An HTML document. */
export function htmlReply(document: string, status = 200): Reply {
  return { status, contentType: 'text/html; charset=utf-8', body: document };
}

/**
 * JSON, pretty-printed (people read these in a browser too). `next` becomes a Link header
 * (rel="next") so a client pages the same way for JSON and CSV.
 */
export function jsonReply(value: unknown, next: string | null = null, status = 200): Reply {
  return {
    status,
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(value, null, 2)}\n`,
    ...(next !== null && { headers: { Link: `<${next}>; rel="next"` } }),
  };
}

/**
 * CSV (RFC 4180, CRLF rows, the CLI's quoting), with a Link header to the next page and a file name
 * for browsers that download it.
 */
export function csvReply(header: readonly string[], rows: Iterable<readonly (string | number | null)[]>, filename: string, next: string | null = null): Reply {
  let body = csvRow(header);
  for (const row of rows) body += csvRow(row);
  const headers: Record<string, string> = { 'Content-Disposition': `inline; filename="${filename}"` };
  if (next !== null) headers.Link = `<${next}>; rel="next"`;
  return { status: 200, contentType: 'text/csv; charset=utf-8', body, headers };
}

/** A plain-text reply, for errors on CSV endpoints. */
export function textReply(text: string, status: number): Reply {
  return { status, contentType: 'text/plain; charset=utf-8', body: `${text}\n` };
}
