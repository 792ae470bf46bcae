import type { PipelineSettings } from '../config/settings.js';
import { fetchCacheUsage } from '../github/cache-usage.js';
import { readJobLog } from '../github/job-logs.js';
import { fetchRunJobs } from '../github/jobs.js';
import { createClient, type GitHubClient } from '../github/octokit.js';
import { diagnoseCaches } from '../pipeline/cache-advice.js';
import { summariseCaches, type JobLogRead } from '../pipeline/cache-report.js';
import { assignJobs } from '../pipeline/job-names.js';
import { computePipelineMetrics, type PipelineMetrics } from '../pipeline/metrics.js';
import type { RunJob, RunJobs, WorkflowGraph } from '../pipeline/types.js';
import { explainRun } from '../pipeline/why-slow.js';
import { readWorkflowFile } from './workflow-file.js';

/**
 * Everything the gate job reads about its own run: the jobs and their steps, the workflow file,
 * each finished job's log (for cache restores and saves) and the repository's cache usage; then
 * the pure core turns it into metrics, cache findings and "why it was slow". Needs
 * `actions: read`; what GitHub refuses becomes a warning or a note, never a failure.
 */

export interface PipelineRunIdentity {
  readonly owner: string;
  readonly repo: string;
  readonly runId: string;
  readonly attempt: number;
  readonly sha: string;
}

export interface PipelineAdvisorInput {
  readonly token: string;
  readonly run: PipelineRunIdentity;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly settings: PipelineSettings;
  readonly now: () => number;
  readonly warn: (message: string) => void;
}

/** Logs fetched at once: enough to hide latency, few enough to stay polite to the API. */
const CONCURRENCY = 4;
const LOG_TIMEOUT_MS = 30_000;
const MAX_CACHE_ENTRIES = 1000;

export async function readPipeline(input: PipelineAdvisorInput): Promise<PipelineMetrics | undefined> {
  const runId = Number(input.run.runId);
  if (!input.token || !Number.isSafeInteger(runId) || runId <= 0 || !input.env.GITHUB_WORKFLOW_REF) return undefined;
  const client = createClient(input.token, { onLimit: input.warn });
  const where = { owner: input.run.owner, repo: input.run.repo };
  const [jobs, workflow] = await Promise.all([fetchRunJobs(client, { ...where, runId, attempt: input.run.attempt }), readWorkflowFile(input.env)]);
  if (!jobs.ok) {
    input.warn(`Pipeline metrics skipped: ${jobs.reason}.`);
    return undefined;
  }
  for (const w of jobs.warnings) input.warn(w);
  const graph = workflow.ok ? workflow.workflow : undefined;
  const metrics = computePipelineMetrics({ run: jobs.run, ...(graph ? { workflow: graph } : { workflowNote: workflow.ok ? '' : workflow.reason }), now: input.now() });
  if (!input.settings.logs) return { ...metrics, why: explainRun({ run: jobs.run, metrics }) };

  const apiUrl = input.env.GITHUB_API_URL ?? 'https://api.github.com';
  const [reads, usage] = await Promise.all([
    readLogs(client, jobs.run, input, apiUrl),
    fetchCacheUsage(client, { ...where, maxEntries: MAX_CACHE_ENTRIES })
  ]);
  const summary = summariseCaches(reads);
  const run = usage.ok ? summary : { ...summary, notes: [...summary.notes, `Cache usage not read: ${usage.reason}.`] };
  const diagnoses = diagnoseCaches({
    run,
    ...(graph ? { workflow: graph, jobIds: jobIdsOf(jobs.run.jobs, graph) } : {}),
    ...(usage.ok ? { usage: usage.usage } : {}),
    limitBytes: input.settings.cacheLimitBytes,
    now: input.now(),
    current: { runId: input.run.runId, sha: input.run.sha }
  });
  return {
    ...metrics,
    caches: { run, diagnoses, ...(usage.ok ? { usage: { ...usage.usage, limitBytes: input.settings.cacheLimitBytes } } : {}) },
    why: explainRun({ run: jobs.run, metrics, cacheEvents: run.events })
  };
}

/** The finished jobs' logs, at most `maxJobs`, a few at a time; the others say why they were skipped. */
async function readLogs(client: GitHubClient, run: RunJobs, input: PipelineAdvisorInput, apiUrl: string): Promise<JobLogRead[]> {
  const { maxJobs, maxLogBytes } = input.settings;
  const current = run.jobs.filter((j) => j.runAttempt === undefined || j.runAttempt >= run.attempt);
  let taken = 0;
  const plan = current.map((job): { job: RunJob; skipped?: string } => {
    if (job.status !== 'completed') return { job, skipped: job.status === 'in_progress' ? 'still running (a log exists once the job ends; this gate job is one of them)' : 'not started' };
    if (job.conclusion === 'skipped') return { job, skipped: 'skipped, so it has no log' };
    if (job.id === undefined) return { job, skipped: 'GitHub listed no job id' };
    if (taken >= maxJobs) return { job, skipped: `beyond the ${maxJobs} jobs read (pipeline.max-jobs)` };
    taken++;
    return { job };
  });
  const out: JobLogRead[] = new Array(plan.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < plan.length; i = next++) {
      const { job, skipped } = plan[i] as (typeof plan)[number];
      if (skipped) {
        out[i] = { job: job.name, skipped };
        continue;
      }
      const read = await readJobLog(client, { owner: input.run.owner, repo: input.run.repo, jobId: job.id as number }, { maxBytes: maxLogBytes, timeoutMs: LOG_TIMEOUT_MS }, apiUrl);
      out[i] = read.ok ? { job: job.name, events: read.log.events, ...(read.cut ? { cut: true } : {}), ...(read.log.dropped ? { dropped: read.log.dropped } : {}) } : { job: job.name, skipped: read.reason };
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

/** Listed job name → workflow job id. */
function jobIdsOf(jobs: readonly RunJob[], workflow: WorkflowGraph): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [id, list] of assignJobs(jobs, workflow.jobs).byJob) for (const j of list) ids.set(j.name, id);
  return ids;
}
