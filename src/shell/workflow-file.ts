import path from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { WorkflowGraph, WorkflowJob } from '../pipeline/types.js';
import { readInside, readRoots } from './safe-read.js';
import { cacheStepsOf } from './workflow-caches.js';

/**
 * The job graph of the workflow this run executes, read from the checked-out workspace. The
 * pipeline metrics are a courtesy, so nothing here throws: a missing or unreadable file comes
 * back as a reason the gate reports next to the metrics it could still compute.
 */

export type WorkflowRead = { readonly ok: true; readonly workflow: WorkflowGraph } | { readonly ok: false; readonly reason: string };

type Env = Readonly<Record<string, string | undefined>>;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `.github/workflows/ci.yml`. For a
 * reusable workflow this is still the caller's file, which is the one holding the whole graph.
 */
export function workflowPathFromRef(ref: string | undefined): { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string } {
  if (!ref) return { ok: false, reason: 'GITHUB_WORKFLOW_REF is not set, so the workflow file is unknown (not running in GitHub Actions?)' };
  const m = /^[^/]+\/[^/]+\/(.+?\.ya?ml)@/.exec(ref);
  const file = m?.[1];
  if (!file || !file.startsWith('.github/workflows/')) {
    return { ok: false, reason: `GITHUB_WORKFLOW_REF "${ref}" does not name a file under .github/workflows/ (a dynamic workflow such as CodeQL default setup has none)` };
  }
  return { ok: true, path: file };
}

/** Reads and parses the current run's workflow file under the workspace. */
export async function readWorkflowFile(env: Env, workspace: string = env.GITHUB_WORKSPACE ?? process.cwd()): Promise<WorkflowRead> {
  const where = workflowPathFromRef(env.GITHUB_WORKFLOW_REF);
  if (!where.ok) return where;
  const root = path.resolve(workspace);
  const file = path.resolve(root, where.path);
  if (!file.startsWith(root + path.sep)) return { ok: false, reason: `the workflow path ${where.path} leads outside the workspace ${root}` };
  let text: string;
  try {
    text = (await readInside(file, root, await readRoots(root), 1024 * 1024)).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `${where.path} is not in the workspace ${root}: check out the repository (actions/checkout) before the gate step` };
    return { ok: false, reason: `${where.path} could not be read: ${(err as Error).message}` };
  }
  return parseWorkflow(text, where.path);
}

/** Job ids, names, `needs:` and matrix flags from a workflow file's text. Pure. */
export function parseWorkflow(text: string, file: string): WorkflowRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { merge: true, prettyErrors: false, lineCounter: lines });
  const [error] = doc.errors;
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    return { ok: false, reason: `${file}${line ? `:${line}` : ''} is not valid YAML: ${error.message.split('\n', 1)[0]}` };
  }
  let root: unknown;
  try {
    root = isMap(doc.contents) ? doc.toJS({ maxAliasCount: 1000 }) : undefined;
  } catch (err) {
    return { ok: false, reason: `${file} could not be read as YAML: ${(err as Error).message}` };
  }
  if (!isObj(root) || !isObj(root.jobs)) return { ok: false, reason: `${file} has no "jobs:" mapping` };
  const jobs: WorkflowJob[] = [];
  for (const [id, value] of Object.entries(root.jobs)) {
    if (!isObj(value)) return { ok: false, reason: `${file}: jobs.${id} is not a mapping` };
    const needs = needsOf(value.needs);
    if (needs === undefined) return { ok: false, reason: `${file}: jobs.${id}.needs must be a job id or a list of job ids` };
    const name = value.name;
    jobs.push({
      id,
      ...(typeof name === 'string' || typeof name === 'number' || typeof name === 'boolean' ? { name: String(name) } : {}),
      needs,
      matrix: isObj(value.strategy) && value.strategy.matrix !== undefined && value.strategy.matrix !== null,
      reusable: typeof value.uses === 'string',
      runsShard: runsShardStep(value.steps)
    });
  }
  const caches = cacheStepsOf(doc, lines);
  return { ok: true, workflow: { path: file, jobs, ...(caches.length ? { caches } : {}) } };
}

/** Ids of the jobs that run the shard step: the matrix holding the test shards. */
export function shardJobIds(workflow: WorkflowGraph): string[] {
  return workflow.jobs.filter((j) => j.runsShard).map((j) => j.id);
}

/**
 * A step that runs Pipeline Gates' shard command: any action given `with: command: shard`, or the
 * `shard` sub-action (`OWNER/pipeline-gates/shard@v1`), whose command defaults to shard.
 */
export function runsShardStep(steps: unknown): boolean {
  if (!Array.isArray(steps)) return false;
  return steps.some((step) => {
    if (!isObj(step) || typeof step.uses !== 'string') return false;
    const command = isObj(step.with) ? step.with.command : undefined;
    if (typeof command === 'string') return command.trim() === 'shard';
    const action = step.uses.split('@', 1)[0] ?? '';
    return /(?:^|\/)pipeline-gates\/shard\/?$/i.test(action);
  });
}

function needsOf(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}
