/**
 * Parsing of `load()` arguments into a tree: 'a, b/c' strings, string arrays, and objects
 * ({ a: true, b: { c: true } }, { select: 'a,b', expand: 'c' }, { $all: true }).
 */

/** What to load of an object: scalar names, navigation sub-trees, or everything. */
export interface LoadTree {
  all: boolean;
  props: Set<string>;
  navs: Map<string, LoadTree>;
}

/** An empty tree. */
export function emptyTree(all = false): LoadTree {
  return { all, props: new Set(), navs: new Map() };
}

/** Add a 'a/b/c' path to a tree. */
function addPath(tree: LoadTree, path: string): void {
  const parts = path.split('/').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return;
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    let next = node.navs.get(part);
    if (!next) {
      next = emptyTree();
      node.navs.set(part, next);
    }
    node = next;
  }
  node.props.add(parts[parts.length - 1]!);
}

/** Merge an object-form option into a tree. */
function addObject(tree: LoadTree, option: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === '$all') {
      if (value === true) tree.all = true;
    } else if (key === 'select' && typeof value === 'string') {
      value.split(',').forEach((p) => addPath(tree, p));
    } else if (key === 'expand' && typeof value === 'string') {
      for (const nav of value.split(',').map((p) => p.trim()).filter(Boolean)) {
        if (!tree.navs.has(nav)) tree.navs.set(nav, emptyTree(true));
      }
    } else if (key === '$top' || key === '$skip') {
      continue;
    } else if (value === true) {
      tree.props.add(key);
    } else if (value !== null && typeof value === 'object') {
      const sub = tree.navs.get(key) ?? emptyTree();
      addObject(sub, value as Record<string, unknown>);
      tree.navs.set(key, sub);
    }
  }
}

/** The tree for a `load` argument; no argument loads every scalar property. */
export function parseLoadOption(option: unknown): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof option === 'string') option.split(',').forEach((p) => addPath(tree, p));
  else if (Array.isArray(option)) (option as unknown[]).forEach((p) => typeof p === 'string' && p.split(',').forEach((q) => addPath(tree, q)));
  else if (typeof option === 'object') addObject(tree, option as Record<string, unknown>);
  if (tree.props.size === 0 && tree.navs.size === 0) tree.all = true;
  return tree;
}

/** For a collection: the tree of its items ('items/x' and plain 'x' both mean the items' x). */
export function itemTree(tree: LoadTree): LoadTree {
  const items = tree.navs.get('items');
  const out = emptyTree(tree.all || (items?.all ?? false));
  for (const p of tree.props) if (p !== 'items') out.props.add(p);
  if (tree.props.has('items')) out.all = true;
  for (const [k, v] of tree.navs) if (k !== 'items') out.navs.set(k, v);
  if (items) {
    for (const p of items.props) out.props.add(p);
    for (const [k, v] of items.navs) out.navs.set(k, v);
  }
  return out;
}
