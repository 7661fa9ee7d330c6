/**
 * Searching exact öre amounts that show as given figures in a tree of units.
 *
 * Each leaf draws candidate vectors of exact amounts (e.g. [budget, actual]) inside the rounding
 * intervals of its shown figures and keeps those whose derived figures (deviation, percent) show
 * right too. A parent combines random candidates of its children and keeps the combinations whose
 * exact sums show as the parent's figures. Everything is driven by the seeded PRNG, so the same
 * seed finds the same solution; a search that finds nothing throws, naming the node.
 */
import type { Rng } from './prng';

/** A candidate: the exact vector of a node and the leaf vectors it is made of. */
export interface Candidate {
  readonly vector: readonly number[];
  readonly leaves: ReadonlyMap<string, readonly number[]>;
}

/** A node of the search tree. */
export interface SearchNode {
  /** Name used as the key of a leaf's vector and in error messages. */
  readonly name: string;
  /** Children; none for a leaf. */
  readonly children: readonly SearchNode[];
  /** For a leaf: draws a vector inside the rounding intervals of the leaf's shown figures. */
  readonly draw?: (rng: Rng) => number[];
  /** Whether an exact vector (a leaf's, or the sum of its children's) shows as the node's figures. */
  readonly accepts: (vector: readonly number[]) => boolean;
}

/** Limits of the search. */
export interface SearchLimits {
  /** Candidates kept per node below the root. */
  readonly poolSize: number;
  /** Draws or combinations tried per node before giving up. */
  readonly maxTries: number;
}

export const DEFAULT_LIMITS: SearchLimits = { poolSize: 300, maxTries: 400_000 };

/** Element-wise exact sum of vectors of öre. */
function addVectors(vectors: readonly (readonly number[])[]): number[] {
  const first = vectors[0];
  if (!first) throw new Error('addVectors: nothing to add');
  return first.map((_, i) => vectors.reduce((s, v) => s + (v[i] ?? 0), 0));
}

/** Up to `size` candidates for `node`; throws if not even one is found. */
function candidates(node: SearchNode, rng: Rng, size: number, limits: SearchLimits): Candidate[] {
  const found: Candidate[] = [];
  if (node.children.length === 0) {
    const draw = node.draw;
    if (!draw) throw new Error(`${node.name}: a leaf needs a draw function`);
    for (let tries = 0; tries < limits.maxTries && found.length < size; tries++) {
      const v = draw(rng);
      if (node.accepts(v)) found.push({ vector: v, leaves: new Map([[node.name, v]]) });
    }
  } else {
    const pools = node.children.map((child) => candidates(child, rng, limits.poolSize, limits));
    for (let tries = 0; tries < limits.maxTries && found.length < size; tries++) {
      const picked = pools.map((pool) => rng.pick(pool));
      const v = addVectors(picked.map((c) => c.vector));
      if (node.accepts(v)) {
        const leaves = new Map<string, readonly number[]>();
        for (const c of picked) for (const [k, lv] of c.leaves) leaves.set(k, lv);
        found.push({ vector: v, leaves });
      }
    }
  }
  if (found.length === 0) {
    throw new Error(`No exact amounts found that show as the targets of "${node.name}" after ${limits.maxTries} tries`);
  }
  return found;
}

/** One candidate for the whole tree: every node's exact sums show as its figures. */
export function solveTree(root: SearchNode, rng: Rng, limits: SearchLimits = DEFAULT_LIMITS): Candidate {
  const [solution] = candidates(root, rng, 1, limits);
  if (!solution) throw new Error(`${root.name}: no solution`);
  return solution;
}
