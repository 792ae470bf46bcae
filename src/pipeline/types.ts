/**
 * What the pipeline metrics are computed from, as plain data: the jobs GitHub lists for this run
 * attempt and the job graph of the workflow file. The shell (src/github/jobs.ts,
 * src/shell/workflow-file.ts) fills these in; everything under src/pipeline/ is pure.
 */

/** Lifecycle phases of a workflow job, as the Actions API spells them. */
export type JobStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

/** One job execution of the run attempt: a matrix job has one per matrix cell. */
export interface RunJob {
  /** As GitHub shows it: `test (1)`, `test 1/4`, `security / analyze (go)`. */
  readonly name: string;
  readonly status: JobStatus | string;
  readonly conclusion: string | null;
  /** ISO 8601; GitHub sets it even for queued jobs (to the creation time), so status decides. */
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  /** The attempt the job ran in; a re-run of failed jobs lists the untouched ones from earlier attempts. */
  readonly runAttempt?: number;
  /** The job id: what its log is fetched by. */
  readonly id?: number;
  /** When the job was queued; `startedAt − createdAt` is the time it waited for a runner. */
  readonly createdAt?: string | null;
  /** Its steps with their timings, in order (setup and post steps included). */
  readonly steps?: readonly RunStep[];
}

/** One step of a job as the jobs API lists it: `Set up job`, `Run npm ci`, `Post Run actions/cache@v4`. */
export interface RunStep {
  readonly name: string;
  readonly status: string;
  readonly conclusion: string | null;
  readonly number: number;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
}

/** The run attempt's jobs and when the attempt started. */
export interface RunJobs {
  /** `run_started_at` of the workflow run: the start of the latest attempt. */
  readonly runStartedAt: string | null;
  readonly attempt: number;
  readonly jobs: readonly RunJob[];
}

/** One entry under `jobs:` of the workflow file. */
export interface WorkflowJob {
  /** The key under `jobs:`; what `needs:` refers to. */
  readonly id: string;
  /** `name:` as written, expressions (`${{ matrix.shard }}`) unevaluated. */
  readonly name?: string;
  readonly needs: readonly string[];
  /** Has `strategy.matrix`: GitHub runs one job per matrix cell. */
  readonly matrix: boolean;
  /** Calls a reusable workflow (job-level `uses:`): its jobs show as `<caller> / <callee>`. */
  readonly reusable: boolean;
  /** A step runs Pipeline Gates' shard command: this job holds the test shards. */
  readonly runsShard: boolean;
}

export interface WorkflowGraph {
  /** Path of the workflow file relative to the repository root, e.g. `.github/workflows/ci.yml`. */
  readonly path: string;
  readonly jobs: readonly WorkflowJob[];
  /** Steps that restore or save a cache, as written (expressions unevaluated). */
  readonly caches?: readonly WorkflowCacheStep[];
}

/** A `uses:` step of a caching action, with the inputs that decide its key. */
export interface WorkflowCacheStep {
  /** Workflow job id. */
  readonly job: string;
  /** `actions/cache@v4`, `actions/setup-node@v5`, … */
  readonly uses: string;
  /** 1-based line of the step in the workflow file. */
  readonly line: number;
  /** `with: key:` as written, e.g. `${{ runner.os }}-npm-${{ hashFiles('**\/package-lock.json') }}`. */
  readonly key?: string;
  readonly keyLine?: number;
  readonly restoreKeys?: string;
  readonly path?: string;
  /** `with: cache:` of a setup action (npm, pip, true, …). */
  readonly cache?: string;
  /** The job runs as a matrix: every cell runs this step. */
  readonly matrix: boolean;
}

// Where the run's time went (src/pipeline/why-slow.ts works it out; PipelineMetrics carries it).

export interface StepCost {
  readonly name: string;
  readonly jobs: number;
  readonly seconds: number;
}

export interface SlowCause {
  /** Minutes it cost this run (summed over jobs, not wall time), to rank by. */
  readonly minutes: number;
  /** Rich text (see rich-text.ts). */
  readonly text: string;
  readonly fix: string;
}

export interface CriticalJob {
  readonly id: string;
  /** The instance that finished last, i.e. the one the next job waited for. */
  readonly instance: string;
  readonly minutes: number;
  readonly queueSeconds: number | null;
  readonly steps: readonly { readonly name: string; readonly seconds: number }[];
}

export interface WhySlow {
  readonly minutes: number | null;
  readonly criticalMinutes: number | null;
  readonly queue: { readonly totalSeconds: number; readonly maxSeconds: number; readonly maxJob?: string; readonly criticalSeconds: number };
  readonly steps: readonly StepCost[];
  readonly critical: readonly CriticalJob[];
  readonly causes: readonly SlowCause[];
}
