/** Plain text from the article HTML that readability keeps: one line per block, as a reader sees it. */
import { isElement, TEXT_NODE, type DomNode } from './dom.js';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from './html.data.js';

/**
 * The lines of text under `root`. Every block element (paragraph, heading, list item, quote, cell, or a
 * div with text of its own) becomes its own line, so headings stay separate from the body. Whitespace
 * inside a line collapses to one space, as a browser renders it; <br> and the lines of <pre> start new
 * lines. Entities are already decoded by the parser. Script, style and similar elements contribute nothing.
 */
export function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const endLine = (): void => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line.length > 0) lines.push(line);
    current = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (!isElement(node) || SKIPPED_ELEMENTS.has(node.localName)) return;
    if (node.localName === 'br') {
      endLine();
      return;
    }
    if (node.localName === 'pre') {
      endLine();
      for (const line of (node.textContent ?? '').split('\n')) {
        current = line;
        endLine();
      }
      return;
    }
    const isBlock = BLOCK_ELEMENTS.has(node.localName);
    if (isBlock) endLine();
    for (const child of node.childNodes) visit(child);
    if (isBlock) endLine();
  };
  visit(root);
  endLine();
  return lines;
}
