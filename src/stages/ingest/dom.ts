/**
 * The few DOM members ingest uses, typed structurally: the project compiles without the DOM library,
 * and linkedom's own types resolve to `any` there, so this keeps the HTML code type-checked.
 */

/** Node.nodeType of an element. */
export const ELEMENT_NODE = 1;
/** Node.nodeType of a text node. */
export const TEXT_NODE = 3;

/** Any node in the tree. */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: Iterable<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

/** An element; `localName` is lower case for HTML. */
export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
}

/** The parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

/** Narrows a node to an element. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
