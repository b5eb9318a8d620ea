/**
 * The HTTP side of `claims serve`: node:http, GET and HEAD only, bounded requests, a strict
 * Content-Security-Policy on every response, and one read snapshot per request. Routing is
 * urls.ts's matchRoute; answering is a page function that returns a Reply.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../errors.js';
import type { StoreReader } from '../store/index.js';
import { APP_CSS } from './assets/style.js';
import { APP_JS } from './assets/script.js';
import { NotFoundError, ParamError } from './errors.js';
import { articlePage } from './pages/article.js';
import { articlesPage } from './pages/articles.js';
import { claimsPage } from './pages/claims.js';
import { entitiesPage } from './pages/entities.js';
import { entityPage } from './pages/entity.js';
import { errorReply } from './pages/error.js';
import { overviewPage } from './pages/overview.js';
import type { Reply } from './reply.js';
import { matchRoute, type AssetName, type Route } from './urls.js';

/** Longest request target accepted (path and query); longer ones get 414. */
export const MAX_URL_LENGTH = 4096;
/** Largest header block accepted, in bytes (Node answers 431 above it). */
export const MAX_HEADER_BYTES = 8192;

/**
 * Scripts and styles from the app's own origin only, no inline script or style, no plugins, no
 * framing, forms only to itself. Article text is escaped anyway; this is the second wall.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // The database changes while a run writes, so nothing is cached.
  'Cache-Control': 'no-store',
};

const ASSETS: Record<AssetName, Reply> = {
  'app.css': { status: 200, contentType: 'text/css; charset=utf-8', body: APP_CSS },
  'app.js': { status: 200, contentType: 'text/javascript; charset=utf-8', body: APP_JS },
};

/** How the handler treats requests. */
export interface HandlerOptions {
  /**
   * Host names (without port) the Host header may carry, or null for any. When the server listens
   * on a loopback address this is the loopback names, so a web page elsewhere cannot read the data
   * by pointing its own domain at 127.0.0.1 (DNS rebinding).
   */
  allowedHosts: ReadonlySet<string> | null;
  /** Where unexpected errors are reported (with their stack); the client only sees "server error". */
  onError: (error: unknown, request: string) => void;
}

/** Answers one routed request inside a read snapshot. */
function answer(reader: StoreReader, route: Route, query: URLSearchParams): Reply {
  switch (route.page) {
    case 'asset':
      return ASSETS[route.name];
    case 'favicon':
      return { status: 204, contentType: 'image/x-icon', body: '' };
    default:
      return reader.snapshot(() => {
        switch (route.page) {
          case 'overview':
            return overviewPage(reader, query, route.format);
          case 'claims':
            return claimsPage(reader, query, route.format);
          case 'articles':
            return articlesPage(reader, query, route.format);
          case 'entities':
            return entitiesPage(reader, query, route.format);
          case 'article':
            return articlePage(reader, route.id, query, route.format);
          case 'entity':
            return entityPage(reader, route.name, query, route.format);
        }
      });
  }
}

/** The format an error should be answered in, from the route or, failing that, the path. */
function errorFormat(route: Route | null, path: string): 'html' | 'json' | 'csv' | 'text' {
  if (route && 'format' in route) return route.format;
  if (route?.page === 'asset') return 'text';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv')) return 'csv';
  return 'html';
}

function hostAllowed(header: string | undefined, allowed: ReadonlySet<string> | null): boolean {
  if (allowed === null) return true;
  if (header === undefined) return false;
  const host = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0]!;
  return allowed.has(host.toLowerCase());
}

/** Turns a request into a Reply; never throws. */
export function handleRequest(reader: StoreReader, request: IncomingMessage, options: HandlerOptions): Reply {
  const target = request.url ?? '/';
  const questionMark = target.indexOf('?');
  const path = questionMark < 0 ? target : target.slice(0, questionMark);
  let route: Route | null = null;
  try {
    if (target.length > MAX_URL_LENGTH) return errorReply(414, `addresses are limited to ${MAX_URL_LENGTH} characters`, 'html');
    if (!hostAllowed(request.headers.host, options.allowedHosts)) {
      return errorReply(421, 'this server answers only to its loopback address (localhost, 127.0.0.1, [::1])', 'text');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return { ...errorReply(405, 'this app only reads: use GET', 'text'), headers: { Allow: 'GET, HEAD' } };
    }
    const length = request.headers['content-length'];
    if ((length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined) {
      return errorReply(413, 'requests to this app carry no body', 'text');
    }
    if (!path.startsWith('/')) return errorReply(400, 'the request target must be a path', 'text');
    route = matchRoute(path);
    if (route === null) return errorReply(404, `nothing at ${path}`, errorFormat(null, path));
    const query = new URLSearchParams(questionMark < 0 ? '' : target.slice(questionMark + 1));
    return answer(reader, route, query);
  } catch (error) {
    if (error instanceof ParamError) return errorReply(400, error.message, errorFormat(route, path));
    if (error instanceof NotFoundError) return errorReply(404, error.message, errorFormat(route, path));
    options.onError(error, `${request.method} ${target.slice(0, 200)}`);
    return errorReply(500, 'the server failed to answer this request; the details are in its log', errorFormat(route, path));
  }
}

function send(request: IncomingMessage, response: ServerResponse, reply: Reply): void {
  const body = Buffer.from(reply.body, 'utf8');
  response.writeHead(reply.status, {
    ...SECURITY_HEADERS,
    ...reply.headers,
    'Content-Type': reply.contentType,
    'Content-Length': String(body.length),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The names a loopback listener answers to. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(host);
}

/** A running server and how to stop it. */
export interface RunningServer {
  server: Server;
  /** The base URL, e.g. http://127.0.0.1:8080/ (with the real port when 0 was asked for). */
  url: string;
  close(): Promise<void>;
}

/** Options of startServer. */
export interface StartOptions {
  host: string;
  port: number;
  onError?: HandlerOptions['onError'];
}

/**
 * Listens on host:port and answers from `reader` until closed. Closing stops the listener and ends
 * idle keep-alive connections; the reader stays open (its owner closes it).
 */
export async function startServer(reader: StoreReader, options: StartOptions): Promise<RunningServer> {
  const allowedHosts = isLoopback(options.host) ? new Set([...LOOPBACK_NAMES, options.host.toLowerCase()]) : null;
  const onError =
    options.onError ??
    ((error: unknown, request: string) => process.stderr.write(`claims serve: ${request}: ${error instanceof Error ? error.stack : describeError(error)}\n`));
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 30_000, headersTimeout: 10_000 }, (request, response) => {
    // The body (there should be none) is never read; discard whatever arrives.
    request.resume();
    send(request, response, handleRequest(reader, request, { allowedHosts, onError }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${hostForUrl}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
