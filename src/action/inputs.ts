import { COMMENT_MODES } from '../config/schema.js';
import { reportOverrides, type SettingOverrides } from '../config/settings.js';
import { boundedNumber, choice, inputName, wholeNumber } from '../config/values.js';
import type { CanaryOptionsText } from '../engine/canary-job.js';
import type { PlanOptionsText } from '../engine/plan-job.js';
import { UsageError } from '../model/problems.js';

/** Every input the action reads, by its action.yml name. Read here and nowhere else. */
export const INPUT = {
  command: 'command',
  token: 'github-token',
  config: 'config',
  junit: 'junit',
  coverage: 'coverage',
  sarif: 'sarif',
  metrics: 'metrics',
  benchmarks: 'benchmarks',
  benchmarksBase: 'benchmarks-base',
  measureCommand: 'measure-command',
  measureRuns: 'measure-runs',
  measureWarmup: 'measure-warmup',
  measureBaseDir: 'measure-base-dir',
  measureName: 'measure-name',
  minTests: 'min-tests',
  maxFailures: 'max-failures',
  checkName: 'check-name',
  commentMode: 'comment-mode',
  maxAnnotations: 'max-annotations',
  failOnReportError: 'fail-on-report-error',
  uploadReport: 'upload-report',
  baseline: 'baseline',
  canary: 'canary',
  pass: 'pass',
  marginal: 'marginal',
  history: 'history',
  tests: 'tests',
  testsFile: 'tests-file',
  testsCommand: 'tests-command',
  shards: 'shards',
  targetSeconds: 'target-seconds',
  overheadSeconds: 'overhead-seconds',
  maxShards: 'max-shards',
  granularity: 'granularity',
  timings: 'timings',
  shard: 'shard'
} as const;

export const COMMANDS = ['gate', 'plan', 'shard', 'publish', 'canary'] as const;
export const HISTORY_MODES = ['cache', 'off'] as const;
const BOOLEANS = ['true', 'false'] as const;

export interface ActionInputs {
  readonly command: (typeof COMMANDS)[number];
  readonly token: string;
  readonly configPath?: string;
  readonly history: (typeof HISTORY_MODES)[number];
  /** Upload report.json and report.md as a workflow artifact (with the input reports on fork PRs). */
  readonly uploadReport: boolean;
  readonly overrides: SettingOverrides;
}

/** Reads an input as the runner passes it: INPUT_<NAME> with spaces as underscores, trimmed. */
export type InputReader = (name: string) => string;

export function readInputs(read: InputReader): ActionInputs {
  const configPath = read(INPUT.config);
  const checkName = read(INPUT.checkName);
  const commentMode = optionalChoice(read, INPUT.commentMode, COMMENT_MODES);
  const maxAnnotations = optionalInt(read, INPUT.maxAnnotations);
  const failOnReportError = optionalChoice(read, INPUT.failOnReportError, BOOLEANS);
  const measure = readMeasure(read);
  const reports = reportOverrides(
    {
      junit: lines(read(INPUT.junit)),
      coverage: lines(read(INPUT.coverage)),
      sarif: lines(read(INPUT.sarif)),
      metrics: lines(read(INPUT.metrics)),
      benchmarks: lines(read(INPUT.benchmarks)),
      'benchmarks-base': lines(read(INPUT.benchmarksBase)),
      'min-tests': read(INPUT.minTests),
      'max-failures': read(INPUT.maxFailures)
    },
    inputName
  );
  return Object.freeze({
    command: optionalChoice(read, INPUT.command, COMMANDS) ?? 'gate',
    token: read(INPUT.token),
    ...(configPath ? { configPath } : {}),
    history: optionalChoice(read, INPUT.history, HISTORY_MODES) ?? 'cache',
    uploadReport: optionalChoice(read, INPUT.uploadReport, BOOLEANS) !== 'false',
    overrides: Object.freeze({
      ...reports,
      ...(measure ? { measure } : {}),
      ...(checkName ? { checkName } : {}),
      ...(commentMode ? { commentMode } : {}),
      ...(maxAnnotations !== undefined ? { maxAnnotations } : {}),
      ...(failOnReportError ? { failOnReportError: failOnReportError === 'true' } : {})
    })
  });
}

/** measure-* inputs; each one set wins over the config file's measure block. */
function readMeasure(read: InputReader): SettingOverrides['measure'] | undefined {
  const command = read(INPUT.measureCommand);
  const runs = boundedNumber(read(INPUT.measureRuns), inputName(INPUT.measureRuns), 1, Number.MAX_SAFE_INTEGER, 'at least 1');
  const warmup = optionalInt(read, INPUT.measureWarmup);
  const baseDir = read(INPUT.measureBaseDir);
  const name = read(INPUT.measureName);
  const m = {
    ...(command ? { command } : {}),
    ...(runs !== undefined ? { runs } : {}),
    ...(warmup !== undefined ? { warmup } : {}),
    ...(baseDir ? { 'base-dir': baseDir } : {}),
    ...(name ? { name } : {})
  };
  return Object.keys(m).length ? m : undefined;
}

/** The plan inputs, by the names the plan job's options share with the CLI's flags. */
export function readPlanInputs(read: InputReader): PlanOptionsText {
  return Object.freeze({
    tests: lines(read(INPUT.tests)),
    'tests-file': read(INPUT.testsFile),
    'tests-command': read(INPUT.testsCommand),
    shards: read(INPUT.shards) || 'auto',
    'target-seconds': read(INPUT.targetSeconds),
    'overhead-seconds': read(INPUT.overheadSeconds),
    'max-shards': read(INPUT.maxShards),
    granularity: read(INPUT.granularity),
    timings: lines(read(INPUT.timings))
  });
}

export function readCanaryInputs(read: InputReader): CanaryOptionsText {
  return Object.freeze({ baseline: lines(read(INPUT.baseline)), canary: lines(read(INPUT.canary)), pass: read(INPUT.pass), marginal: read(INPUT.marginal) });
}

/** The 1-based shard of this matrix job. */
export function readShardInput(read: InputReader): number {
  const index = optionalInt(read, INPUT.shard);
  if (!index) throw new UsageError(`Input "shard" must be this job's shard number (1-based), e.g. shard: \${{ matrix.shard }}.`);
  return index;
}

function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function optionalInt(read: InputReader, name: string): number | undefined {
  return wholeNumber(read(name), inputName(name));
}

function optionalChoice<T extends string>(read: InputReader, name: string, allowed: readonly T[]): T | undefined {
  return choice(read(name), inputName(name), allowed);
}
