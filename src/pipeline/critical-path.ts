/**
 * The critical path of a run: the chain of jobs, linked by `needs:`, whose durations add up to
 * the most. Shortening a job off that chain does not shorten the pipeline; shortening one on it
 * does (until another chain takes over). A job group's duration is its wall span, first instance
 * start to last instance finish, because its dependants wait for the last instance.
 */

export interface PathNode {
  readonly id: string;
  readonly needs: readonly string[];
  /** Wall span of the job group in milliseconds (0 when it has not run). */
  readonly ms: number;
  /** When the group's last instance finished (or `now` while running); undefined if it has not run. */
  readonly finishedAt?: number;
}

export interface CriticalPath {
  /** Job ids from first to last; jobs that have not run are left out. */
  readonly jobs: readonly string[];
  readonly ms: number;
}

export interface CriticalPathResult {
  readonly path: CriticalPath | null;
  readonly notes: readonly string[];
}

interface Best {
  readonly total: number;
  readonly finishedAt: number;
  readonly previous?: string;
}

export function criticalPath(nodes: readonly PathNode[]): CriticalPathResult {
  const notes: string[] = [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const needsOf = new Map<string, string[]>();
  for (const n of nodes) {
    const known = n.needs.filter((target) => byId.has(target));
    for (const missing of n.needs.filter((target) => !byId.has(target))) {
      notes.push(`Job ${n.id} needs "${missing}", which the workflow file does not define; that link is left out of the critical path.`);
    }
    needsOf.set(n.id, known);
  }
  const order = topologicalOrder(nodes, needsOf);
  if (order.length < nodes.length) {
    const stuck = nodes.filter((n) => !order.includes(n.id)).map((n) => n.id);
    notes.push(`The needs of ${stuck.join(', ')} form a cycle (GitHub would reject the workflow); those jobs are left out of the critical path.`);
  }

  const best = new Map<string, Best>();
  for (const id of order) {
    const node = byId.get(id) as PathNode;
    let previous: string | undefined;
    let upstream: Best | undefined;
    for (const p of needsOf.get(id) ?? []) {
      const candidate = best.get(p);
      if (candidate && (!upstream || longer(candidate, upstream))) {
        upstream = candidate;
        previous = p;
      }
    }
    best.set(id, {
      total: node.ms + (upstream?.total ?? 0),
      finishedAt: node.finishedAt ?? Number.NEGATIVE_INFINITY,
      ...(previous !== undefined ? { previous } : {})
    });
  }

  let end: string | undefined;
  for (const id of order) {
    const b = best.get(id) as Best;
    if (end === undefined || longer(b, best.get(end) as Best)) end = id;
  }
  const chain: string[] = [];
  for (let at = end; at !== undefined; at = best.get(at)?.previous) {
    if (byId.get(at)?.finishedAt !== undefined) chain.unshift(at);
  }
  if (chain.length === 0) return { path: null, notes };
  return { path: { jobs: chain, ms: (best.get(end as string) as Best).total }, notes };
}

/** Longer total wins; on a tie the later finisher, which is what the dependants actually waited for. */
function longer(a: Best, b: Best): boolean {
  return a.total > b.total || (a.total === b.total && a.finishedAt > b.finishedAt);
}

/** Kahn's algorithm, stable in workflow order; jobs on a cycle never come out. */
function topologicalOrder(nodes: readonly PathNode[], needsOf: ReadonlyMap<string, readonly string[]>): string[] {
  const waiting = new Map(nodes.map((n) => [n.id, new Set(needsOf.get(n.id))]));
  const order: string[] = [];
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const n of nodes) {
      const open = waiting.get(n.id);
      if (!open || open.size > 0) continue;
      waiting.delete(n.id);
      order.push(n.id);
      for (const rest of waiting.values()) rest.delete(n.id);
      progressed = true;
    }
  }
  return order;
}
