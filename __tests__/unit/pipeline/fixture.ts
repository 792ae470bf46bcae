// The fixture run of __tests__/fixtures/pipeline/: GitHub's jobs listing for attempt 1 of a
// plan → 4 test shards → gate run (plus lint and a reusable CodeQL workflow), and its ci.yml.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toRunJob, type ApiJob } from '../../../src/github/jobs.js';
import type { RunJobs, WorkflowGraph } from '../../../src/pipeline/types.js';
import { parseWorkflow } from '../../../src/shell/workflow-file.js';

export const FIXTURES = path.join(process.cwd(), '__tests__/fixtures/pipeline');

export interface JobsListing {
  total_count: number;
  jobs: Array<ApiJob & Record<string, unknown>>;
}

export const readFixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
export const listing = (): JobsListing => JSON.parse(readFixture('jobs-listing.json')) as JobsListing;
export const workflowRun = (): Record<string, unknown> & { run_started_at: string } => JSON.parse(readFixture('workflow-run.json'));

/** The gate step asks at 10:10:03, 90 s after its own job started. */
export const NOW = Date.parse('2026-09-14T10:10:03Z');

export function fixtureRun(edit: (jobs: JobsListing['jobs']) => void = () => undefined, attempt = 1): RunJobs {
  const l = listing();
  edit(l.jobs);
  return { runStartedAt: workflowRun().run_started_at, attempt, jobs: l.jobs.map(toRunJob) };
}

export function fixtureWorkflow(): WorkflowGraph {
  const read = parseWorkflow(readFixture('ci.yml'), '.github/workflows/ci.yml');
  if (!read.ok) throw new Error(read.reason);
  return read.workflow;
}
