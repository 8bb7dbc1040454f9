// A point in a session's history tree: the world after an action, linked to the one before.
import type { Action } from './applyAction.js';
import type { RngState } from './rng.js';
import type { World } from './world.js';

/** One node of the history tree. Nodes are immutable and shared between branches. */
export type HistoryNode = {
  readonly parent: HistoryNode | null;
  /** Number of actions from the start. */
  readonly depth: number;
  /** Number of steps (events) from the start, this node's included. */
  readonly steps: number;
  readonly action: Action | null;
  readonly world: World;
  /** Generator state after this node, for the next rolled month. */
  readonly rng: RngState;
};

/** The nodes from the start to `node`, in order. */
export function pathTo(node: HistoryNode): HistoryNode[] {
  const out: HistoryNode[] = [];
  for (let n: HistoryNode | null = node; n; n = n.parent) out.push(n);
  return out.reverse();
}

/** The ancestor of `node` (or itself) at `depth`, or null. */
export function ancestorAt(node: HistoryNode, depth: number): HistoryNode | null {
  let n: HistoryNode | null = node;
  while (n && n.depth > depth) n = n.parent;
  return n && n.depth === depth ? n : null;
}
