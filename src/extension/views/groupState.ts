import type { GroupNode } from './queueNodes';

/** A Queued group longer than this starts collapsed. */
export const SMALL_QUEUE = 50;

/**
 * The workbench keeps the expanded state of an item id, and an id that had no children stays
 * collapsed when children come (microsoft/vscode#183360: "give the tree items a different ID").
 * So the id changes when the group should open or close on its own: empty → filled, and for
 * Queued small → long; between those changes the user's own choice is kept.
 */
export function groupState(node: GroupNode): 'empty' | 'long' | 'filled' {
  if (node.count === 0) return 'empty';
  return node.status === 'queued' && node.count > SMALL_QUEUE ? 'long' : 'filled';
}
