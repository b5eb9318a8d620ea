/**
 * A trie over token sequences: phrases are added as arrays of lower-cased token texts and looked up
 * by walking the document's tokens, so matching a whole gazetteer costs O(tokens × longest phrase)
 * however many phrases it holds.
 */

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

/** One phrase found in a token sequence: tokens [first, last) and the values stored for it. */
export interface TrieMatch<V> {
  first: number;
  last: number;
  values: readonly V[];
}

/** A map from token sequences to values; several values may share one phrase. */
export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
  private phraseCount = 0;

  /** Number of distinct phrases stored. */
  get size(): number {
    return this.phraseCount;
  }

  /** Stores `value` under the phrase `keys` (already normalised by the caller, e.g. lower-cased). */
  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.values.length === 0) this.phraseCount++;
    node.values.push(value);
  }

  /**
   * The longest phrase starting at `keys[from]` for which `accept` agrees, or null. `accept` lets
   * the caller veto a match (say, on capitalisation) without the trie knowing about tokens.
   */
  longestAt(
    keys: readonly string[],
    from: number,
    accept: (values: readonly V[], first: number, last: number) => readonly V[] = (values) => values,
  ): TrieMatch<V> | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: TrieMatch<V> | null = null;
    for (let i = from; i < keys.length; i++) {
      node = node.next.get(keys[i]!);
      if (!node) break;
      if (node.values.length > 0) {
        const accepted = accept(node.values, from, i + 1);
        if (accepted.length > 0) best = { first: from, last: i + 1, values: accepted };
      }
    }
    return best;
  }

  /**
   * Non-overlapping longest matches, scanning left to right (a match is never cut by a shorter
   * one). `mayStart` lets the caller skip positions cheaply (a lower-case word that no phrase starts with).
   */
  matchAll(
    keys: readonly string[],
    accept?: (values: readonly V[], first: number, last: number) => readonly V[],
    mayStart?: (index: number) => boolean,
  ): TrieMatch<V>[] {
    const matches: TrieMatch<V>[] = [];
    let i = 0;
    while (i < keys.length) {
      if (mayStart && !mayStart(i)) {
        i++;
        continue;
      }
      const match = this.longestAt(keys, i, accept);
      if (match) {
        matches.push(match);
        i = match.last;
      } else i++;
    }
    return matches;
  }
}
