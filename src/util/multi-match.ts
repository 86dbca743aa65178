// Every occurrence of any of many strings in a text, in one pass (Aho–Corasick). Masking the known secrets of a
// scan searched each report string once per secret: a manifest with 40,000 secret-named values and a report of
// thousands of strings made that a product. The automaton makes it linear in the text plus the matches.

interface TrieNode {
  next: Map<string, TrieNode>;
  fail: TrieNode | undefined;
  /** Length of the longest pattern ending here, or 0. */
  length: number;
  /** The nearest node on the failure chain that ends a pattern (so that every match is found). */
  output: TrieNode | undefined;
}

function node(): TrieNode {
  return { next: new Map(), fail: undefined, length: 0, output: undefined };
}

export class MultiMatcher {
  private readonly root = node();
  readonly empty: boolean;

  constructor(patterns: Iterable<string>) {
    let count = 0;
    for (const pattern of patterns) {
      if (pattern === '') continue;
      let at = this.root;
      for (const c of pattern) {
        let child = at.next.get(c);
        if (!child) {
          child = node();
          at.next.set(c, child);
        }
        at = child;
      }
      at.length = Math.max(at.length, [...pattern].length);
      count++;
    }
    this.empty = count === 0;
    this.link();
  }

  /** Failure and output links, breadth first. */
  private link(): void {
    const queue: TrieNode[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i];
      for (const [c, child] of current.next) {
        let fail = current.fail;
        while (fail && !fail.next.has(c)) fail = fail.fail;
        child.fail = fail?.next.get(c) ?? this.root;
        child.output = child.fail.length > 0 ? child.fail : child.fail.output;
        queue.push(child);
      }
    }
  }

  /** The [start, end) UTF-16 offsets of every occurrence, overlapping ones included, ordered by end. */
  spans(text: string): [number, number][] {
    const found: [number, number][] = [];
    if (this.empty) return found;
    let state = this.root;
    // Offsets of the last code points seen, to turn a match's length in code points into a UTF-16 start.
    const starts: number[] = [];
    let offset = 0;
    for (const c of text) {
      starts.push(offset);
      offset += c.length;
      while (state !== this.root && !state.next.has(c)) state = state.fail as TrieNode;
      state = state.next.get(c) ?? this.root;
      for (let hit: TrieNode | undefined = state.length > 0 ? state : state.output; hit; hit = hit.output) {
        found.push([starts[starts.length - hit.length], offset]);
      }
    }
    return found;
  }
}
