/** Articles from a .json file: one article object, or an array of them. */
import type { IngestItem } from './types.js';
import { articleId } from './article-id.js';
import { recordToArticle } from './json-record.js';

/**
 * The items in a decoded JSON file. A lone object without an id gets the file's id; array elements
 * without one get "<file id>#<index>" (0-based, the same number as `origin.line`).
 */
export function* readJsonText(text: string, file: string, cwd: string): Generator<IngestItem> {
  const fileId = articleId(file, cwd);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield fileError(file, `not valid JSON: ${(error as Error).message}`);
    return;
  }
  if (!Array.isArray(value)) {
    yield toItem(recordToArticle(value, { file, format: 'json', fallbackId: fileId }), file);
    return;
  }
  if (value.length === 0) {
    yield fileError(file, 'the JSON array holds no articles');
    return;
  }
  for (const [index, element] of value.entries()) {
    const fallbackId = articleId(file, cwd, index);
    yield toItem(recordToArticle(element, { file, format: 'json', record: index, fallbackId }), file);
  }
}

function toItem(result: ReturnType<typeof recordToArticle>, file: string): IngestItem {
  if (result.ok) return { kind: 'article', article: result.article };
  return { kind: 'error', file, line: null, articleId: result.articleId, message: result.message };
}

function fileError(file: string, message: string): IngestItem {
  return { kind: 'error', file, line: null, articleId: null, message };
}
