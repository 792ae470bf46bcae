// Validates a workflow the way GitHub does before a run, plus the reference checks GitHub only
// makes at run time (where a typo costs a red run instead of a red test):
// 1. @actions/workflow-parser (GitHub's own parser and schema): YAML, keys, expression syntax,
//    permission values, duplicate step ids;
// 2. its converter: the needs: graph (unknown jobs, cycles, no root job);
// 3. here: every needs.<job> in an expression is a job this job lists in needs:, every
//    steps.<id> is a step of the same job, and for steps that use one of our actions, every
//    with: key is an input of that action.yml and every steps.<id>.outputs.<name> an output.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';

/** An action's declared interface, from its action.yml. */
export interface ActionMetadata {
  readonly inputs: ReadonlySet<string>;
  readonly outputs: ReadonlySet<string>;
}

/** `uses:` value (without the @ref) → the metadata its steps are checked against. */
export type KnownActions = ReadonlyMap<string, ActionMetadata>;

export interface LintResult {
  readonly errors: string[];
  /** The parser's model, when the workflow parsed well enough to convert. */
  readonly template?: WorkflowTemplate;
}

export async function lintWorkflow(name: string, content: string, actions: KnownActions = new Map()): Promise<LintResult> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  let template: WorkflowTemplate | undefined;
  if (parsed.value && parsed.context.errors.getErrors().length === 0) {
    // The converter adds its findings (needs graph) to the same error list.
    template = await convertWorkflowTemplate(parsed.context, parsed.value);
  }
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length === 0) errors.push(...referenceErrors(name, content, actions));
  return { errors, ...(template ? { template } : {}) };
}

/** Reads the action.yml files of this repository: the top-level action and its sub-actions. */
export async function loadActionMetadata(root: string, file: string): Promise<ActionMetadata> {
  const doc = parseYaml(await readFile(path.join(root, file), 'utf8')) as { inputs?: object; outputs?: object };
  return { inputs: new Set(Object.keys(doc.inputs ?? {})), outputs: new Set(Object.keys(doc.outputs ?? {})) };
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  steps?: Step[];
}

function referenceErrors(name: string, content: string, actions: KnownActions): string[] {
  const doc = parseYaml(content) as { jobs?: Record<string, Job> };
  const errors: string[] = [];
  for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
    const needs = new Set(typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []));
    const steps = job.steps ?? [];
    const stepActions = new Map<string, ActionMetadata | undefined>(steps.filter((s) => s.id).map((s) => [s.id as string, s.uses ? knownAction(s.uses, actions) : undefined]));
    for (const expr of expressions(job)) {
      for (const m of expr.matchAll(/\bneeds\.([A-Za-z_][\w-]*)/g)) {
        if (!needs.has(m[1] as string)) errors.push(`${name}: job "${jobId}" reads needs.${m[1]} but does not list "${m[1]}" in needs:`);
      }
      for (const m of expr.matchAll(/\bsteps\.([A-Za-z_][\w-]*)(?:\.outputs\.([A-Za-z_][\w-]*))?/g)) {
        const [, id, output] = m as unknown as [string, string, string | undefined];
        if (!stepActions.has(id)) errors.push(`${name}: job "${jobId}" reads steps.${id}, but no step has id: ${id}`);
        const meta = stepActions.get(id);
        if (meta && output && !meta.outputs.has(output)) errors.push(`${name}: job "${jobId}" reads steps.${id}.outputs.${output}, which the action does not declare`);
      }
    }
    for (const step of steps) {
      const meta = step.uses ? knownAction(step.uses, actions) : undefined;
      for (const input of Object.keys(step.with ?? {})) {
        if (meta && !meta.inputs.has(input)) errors.push(`${name}: job "${jobId}" passes "${input}" to ${step.uses}, which has no such input`);
      }
    }
  }
  return errors;
}

function knownAction(uses: string, actions: KnownActions): ActionMetadata | undefined {
  return actions.get(uses.replace(/@[^@]*$/, ''));
}

/** Every expression in a job: `if:` values (implicit expressions) and the inside of each `${{ }}`. */
function expressions(node: unknown, key?: string): string[] {
  if (typeof node === 'string') {
    const wrapped = [...node.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1] as string);
    return key === 'if' && wrapped.length === 0 ? [node] : wrapped;
  }
  if (Array.isArray(node)) return node.flatMap((v) => expressions(v));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => expressions(v, k));
  return [];
}
