import { parseScore } from '../canary/config.js';
import { COMMENT_MODES } from '../config/schema.js';
import type { SettingOverrides } from '../config/settings.js';
import { UsageError } from '../shell/config-file.js';

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
  const junit = lines(read(INPUT.junit));
  const minTests = optionalInt(read, INPUT.minTests);
  const maxFailures = optionalInt(read, INPUT.maxFailures);
  const checkName = read(INPUT.checkName);
  const commentMode = optionalChoice(read, INPUT.commentMode, COMMENT_MODES);
  const maxAnnotations = optionalInt(read, INPUT.maxAnnotations);
  const failOnReportError = optionalChoice(read, INPUT.failOnReportError, BOOLEANS);
  const configPath = read(INPUT.config);
  const globs = (name: string, key: 'coverage' | 'sarif' | 'metrics' | 'benchmarks' | 'benchmarksBase') => {
    const value = lines(read(name));
    return value.length ? { [key]: value } : {};
  };
  const measure = readMeasure(read);
  return Object.freeze({
    command: optionalChoice(read, INPUT.command, COMMANDS) ?? 'gate',
    token: read(INPUT.token),
    ...(configPath ? { configPath } : {}),
    history: optionalChoice(read, INPUT.history, HISTORY_MODES) ?? 'cache',
    uploadReport: optionalChoice(read, INPUT.uploadReport, BOOLEANS) !== 'false',
    overrides: Object.freeze({
      ...(junit.length ? { junit } : {}),
      ...globs(INPUT.coverage, 'coverage'),
      ...globs(INPUT.sarif, 'sarif'),
      ...globs(INPUT.metrics, 'metrics'),
      ...globs(INPUT.benchmarks, 'benchmarks'),
      ...globs(INPUT.benchmarksBase, 'benchmarksBase'),
      ...(measure ? { measure } : {}),
      ...(minTests !== undefined ? { minTests } : {}),
      ...(maxFailures !== undefined ? { maxFailures } : {}),
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
  const runs = optionalInt(read, INPUT.measureRuns);
  const warmup = optionalInt(read, INPUT.measureWarmup);
  const baseDir = read(INPUT.measureBaseDir);
  const name = read(INPUT.measureName);
  if (runs === 0) throw new UsageError('Input "measure-runs" must be at least 1.');
  const m = {
    ...(command ? { command } : {}),
    ...(runs !== undefined ? { runs } : {}),
    ...(warmup !== undefined ? { warmup } : {}),
    ...(baseDir ? { 'base-dir': baseDir } : {}),
    ...(name ? { name } : {})
  };
  return Object.keys(m).length ? m : undefined;
}

export interface PlanInputs {
  readonly tests: readonly string[];
  readonly testsFile?: string;
  readonly testsCommand?: string;
  /** "auto" or a number, checked by the CLI's rules. */
  readonly shards: string;
  readonly targetSeconds?: string;
  readonly overheadSeconds?: string;
  readonly maxShards?: string;
  readonly granularity: 'file' | 'case';
  readonly timings: readonly string[];
}

export function readPlanInputs(read: InputReader): PlanInputs {
  const optional = (name: string) => read(name) || undefined;
  const testsFile = optional(INPUT.testsFile);
  const testsCommand = optional(INPUT.testsCommand);
  const targetSeconds = optional(INPUT.targetSeconds);
  const overheadSeconds = optional(INPUT.overheadSeconds);
  const maxShards = optional(INPUT.maxShards);
  return Object.freeze({
    tests: lines(read(INPUT.tests)),
    ...(testsFile ? { testsFile } : {}),
    ...(testsCommand ? { testsCommand } : {}),
    shards: read(INPUT.shards) || 'auto',
    ...(targetSeconds ? { targetSeconds } : {}),
    ...(overheadSeconds ? { overheadSeconds } : {}),
    ...(maxShards ? { maxShards } : {}),
    granularity: optionalChoice(read, INPUT.granularity, ['file', 'case'] as const) ?? 'file',
    timings: lines(read(INPUT.timings))
  });
}

export interface CanaryInputs {
  readonly baseline: readonly string[];
  readonly canary: readonly string[];
  readonly pass?: number;
  readonly marginal?: number;
}

export function readCanaryInputs(read: InputReader): CanaryInputs {
  const score = (name: string): number | undefined => {
    const raw = read(name);
    if (raw === '') return undefined;
    const n = parseScore(raw);
    if (n === undefined) throw new UsageError(`Input "${name}" must be a score from 0 to 100, got "${raw}".`);
    return n;
  };
  const pass = score(INPUT.pass);
  const marginal = score(INPUT.marginal);
  return Object.freeze({
    baseline: lines(read(INPUT.baseline)),
    canary: lines(read(INPUT.canary)),
    ...(pass !== undefined ? { pass } : {}),
    ...(marginal !== undefined ? { marginal } : {})
  });
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
  const raw = read(name);
  if (raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`Input "${name}" must be a whole number ≥ 0, got "${raw}".`);
  return Number.parseInt(raw, 10);
}

function optionalChoice<T extends string>(read: InputReader, name: string, allowed: readonly T[]): T | undefined {
  const raw = read(name);
  if (raw === '') return undefined;
  const value = raw.toLowerCase();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`Input "${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}".`);
  }
  return value as T;
}
