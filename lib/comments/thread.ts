// Threads: replies nest under their parent up to a depth; deeper replies stay at that depth (flattened), after
// their parent, in chronological order. A reply whose parent is not shown (held, trashed, deleted) starts its own thread.
export type Threadable = { id: string; parentId: string | null; createdAt: Date }
export type ThreadNode<T extends Threadable> = { comment: T; depth: number; replies: ThreadNode<T>[] }

export function buildThread<T extends Threadable>(comments: readonly T[], maxDepth: number): ThreadNode<T>[] {
  const sorted = [...comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
  const nodes = new Map<string, ThreadNode<T>>()
  const containers = new Map<string, ThreadNode<T> | null>() // the node whose `replies` holds this one
  const roots: ThreadNode<T>[] = []
  for (const comment of sorted) {
    const parent = comment.parentId ? nodes.get(comment.parentId) : undefined
    // At the deepest level a reply becomes a sibling of its parent, so the thread never runs off the screen.
    const host = !parent ? null : parent.depth < maxDepth ? parent : (containers.get(parent.comment.id) ?? null)
    const node: ThreadNode<T> = { comment, depth: parent ? Math.min(parent.depth + 1, maxDepth) : 0, replies: [] }
    nodes.set(comment.id, node)
    containers.set(comment.id, host)
    if (host) host.replies.push(node)
    else if (!parent) roots.push(node)
    else roots.push(node) // maxDepth 0: everything is flat
  }
  return roots
}

export function countThread<T extends Threadable>(nodes: readonly ThreadNode<T>[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countThread(node.replies), 0)
}
