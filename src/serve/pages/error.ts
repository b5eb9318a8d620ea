/** Error replies in the format the client asked for: HTML page, JSON object or plain text. */
import { html } from '../html.js';
import { htmlReply, jsonReply, textReply, type Reply } from '../reply.js';
import { urls } from '../urls.js';
import { layout } from './layout.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request too large',
  414: 'Address too long',
  421: 'Wrong host',
  500: 'Server error',
};

/** An error reply; `message` is text meant for the client (never a stack trace). */
export function errorReply(status: number, message: string, format: 'html' | 'json' | 'csv' | 'text'): Reply {
  const title = TITLES[status] ?? 'Error';
  if (format === 'json') return jsonReply({ error: { status, message } }, null, status);
  if (format === 'csv' || format === 'text') return textReply(`${status} ${title}: ${message}`, status);
  const body = html`<h1>${title}</h1><p class="card error">${message}</p><p><a href="${urls.overview()}">Overview</a></p>`;
  return htmlReply(layout(title, null, body), status);
}
