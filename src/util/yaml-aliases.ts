// Checks a YAML document's aliases before it is turned into JavaScript values. `doc.toJS()` expands every
// alias: a "billion laughs" file (anchors of lists of aliases of lists of aliases…) expands to 10^9 nodes from
// a few hundred bytes, and the yaml package's own guard throws a ReferenceError that names no line. An alias
// to an unknown anchor, or to the node that contains it (a cycle), throws or builds a circular value.
// This pass finds each of those at the alias itself, in linear time, so that the caller reports a problem at
// its line instead of crashing.
import { isAlias, isCollection, isNode, isPair, type Alias, type Document, type Node } from 'yaml';

/** Aliases may expand a document to at most this many nodes: far above any real config, far below harm. */
export const MAX_EXPANDED_NODES = 10_000;

export interface AliasProblem {
  alias: Alias;
  message: string;
}

/** Size of an anchored node once expanded; `open` while the walk is still inside it. */
type Anchored = { open: true } | { open: false; size: number };

class AliasWalk {
  /** The anchors defined so far, in document order: an alias refers to the last one before it (YAML 1.2). */
  private readonly anchors = new Map<string, Anchored>();
  /** Nodes the aliases add when expanded, over the whole document. */
  private expanded = 0;
  problem: AliasProblem | undefined;

  /** The expanded size of `node` (capped once over the limit), or undefined once a problem is found. */
  size(node: unknown): number | undefined {
    if (this.problem) return undefined;
    if (isAlias(node)) return this.aliasSize(node);
    if (isPair(node)) return this.sum([node.key, node.value], 0);
    if (!isNode(node)) return 0;
    const anchor = node.anchor;
    if (anchor) this.anchors.set(anchor, { open: true });
    const size = isCollection(node) ? this.sum(node.items, 1) : 1;
    if (anchor && size !== undefined) this.anchors.set(anchor, { open: false, size });
    return size;
  }

  private sum(children: readonly unknown[], start: number): number | undefined {
    let total = start;
    for (const child of children) {
      const size = this.size(child);
      if (size === undefined) return undefined;
      total = Math.min(total + size, MAX_EXPANDED_NODES + 1);
    }
    return total;
  }

  private aliasSize(alias: Alias): number | undefined {
    const target = this.anchors.get(alias.source);
    if (!target) return this.fail(alias, `alias *${alias.source} refers to no anchor: define &${alias.source} before it`);
    if (target.open) return this.fail(alias, `alias *${alias.source} refers to the node that contains it (a cycle)`);
    this.expanded += target.size;
    if (this.expanded > MAX_EXPANDED_NODES) {
      return this.fail(
        alias,
        `aliases expand the document to more than ${MAX_EXPANDED_NODES} nodes (a "billion laughs" file?); write the values out or use fewer nested aliases`,
      );
    }
    return target.size;
  }

  private fail(alias: Alias, message: string): undefined {
    this.problem = { alias, message };
    return undefined;
  }
}

/** The first alias that cannot be expanded safely, or undefined when `doc.toJS()` is safe and acyclic. */
export function aliasProblem(doc: Document): AliasProblem | undefined {
  const walk = new AliasWalk();
  walk.size(doc.contents as Node | null);
  return walk.problem;
}
