/** A `moveCategory` call: the new parent and the sort position among its children. */
export interface CategoryMove {
  id: string;
  parentId: string | null;
  position: number;
}

interface TreeNode {
  id: string;
  parentId?: string | null;
}

/**
 * The moves the tree editor offers for one category, as `moveCategory` arguments (null when the
 * move is impossible). The API sorts the moved category at `position − 0.5` among its new
 * siblings' positions (0, 1, 2…), so: up → index − 1, down → index + 2, after the parent → the
 * parent's index + 1, into the previous sibling → after its last child.
 */
export function categoryMoves(
  tree: readonly TreeNode[],
  id: string,
): { up: CategoryMove | null; down: CategoryMove | null; indent: CategoryMove | null; outdent: CategoryMove | null } {
  const node = tree.find((c) => c.id === id);
  if (!node) return { up: null, down: null, indent: null, outdent: null };
  const parentId = node.parentId ?? null;
  const siblings = tree.filter((c) => (c.parentId ?? null) === parentId);
  const index = siblings.findIndex((c) => c.id === id);
  const previous = index > 0 ? siblings[index - 1] : null;
  const parent = parentId ? tree.find((c) => c.id === parentId) : null;
  let outdent: CategoryMove | null = null;
  if (parent) {
    const grandparentId = parent.parentId ?? null;
    const parentIndex = tree.filter((c) => (c.parentId ?? null) === grandparentId).findIndex((c) => c.id === parent.id);
    outdent = { id, parentId: grandparentId, position: parentIndex + 1 };
  }
  return {
    up: index > 0 ? { id, parentId, position: index - 1 } : null,
    down: index < siblings.length - 1 ? { id, parentId, position: index + 2 } : null,
    indent: previous
      ? { id, parentId: previous.id, position: tree.filter((c) => c.parentId === previous.id).length + 1 }
      : null,
    outdent,
  };
}
