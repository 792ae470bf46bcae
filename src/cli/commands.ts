/**
 * The command table: every CLI command declared once, with its options. Parsing (args.ts), each
 * command's `--help`, the global help and the README's CLI table (help.ts) are all derived from
 * it, so they cannot drift apart. `input` names the action input an option mirrors; the action
 * reads its inputs in src/action/inputs.ts and a test keeps both lists in step.
 *
 * Pure data, loaded on every start (`--help` must stay as fast as bare node): no imports beyond
 * constants.
 */
import { CONFIG_PATH, DEFAULT_ACTION_REF, DEFAULT_BRANCH, WORKFLOW_PATH } from '../init/templates.js';
import { FORMAT_IDS } from '../ingest/format-ids.js';
import { RUNNER_IDS } from '../init/runners.js';

export interface OptionSpec {
  /** The flag without its dashes, e.g. `junit` for `--junit`. */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** What the value is, in help: GLOB, FILE, N, DIR. */
  readonly arg?: string;
  /** May be given several times; the values come back as a list. */
  readonly repeatable?: boolean;
  /** Takes file globs (`**`, `{a,b}`; `!pattern` excludes); always repeatable. */
  readonly globs?: boolean;
  readonly short?: string;
  /** What applies when the option is not given, as help says it (the job applies it). */
  readonly default?: string;
  readonly description: string;
  /** The action input this option mirrors (action.yml name). */
  readonly input?: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** What follows the options in the usage line, e.g. `FILE...` or `-- COMMAND [ARGS...]`. */
  readonly operands?: string;
  /** `files`: positional file globs; `command`: everything after `--` is a command to run. */
  readonly positionals?: 'files' | 'command';
  /** The action input the positionals mirror. */
  readonly positionalInput?: string;
  readonly options: readonly OptionSpec[];
  /** Lines printed after the options in `--help`: exit codes, accepted values. */
  readonly notes?: readonly string[];
}

const JSON_OUT = (what: string) => ({ name: 'json', type: 'boolean', description: what }) as const;
const CONFIG = { name: 'config', type: 'string', arg: 'FILE', default: `${CONFIG_PATH} when it exists`, description: 'Config file', input: 'config' } as const;

export const GATE = {
  name: 'gate',
  summary: 'Read test reports, evaluate the gates, print the verdict (exit 1 when a blocking gate fails)',
  options: [
    { name: 'junit', type: 'string', arg: 'GLOB', globs: true, default: 'reports.junit', description: 'Test reports: JUnit XML, TRX, NUnit, xUnit.net', input: 'junit' },
    { name: 'coverage', type: 'string', arg: 'GLOB', globs: true, default: 'reports.coverage', description: 'Coverage reports (lcov, Cobertura, JaCoCo, Clover, istanbul, Go; merged)', input: 'coverage' },
    { name: 'sarif', type: 'string', arg: 'GLOB', globs: true, default: 'reports.sarif', description: 'SARIF files for the security gates', input: 'sarif' },
    { name: 'metrics', type: 'string', arg: 'GLOB', globs: true, default: 'reports.metrics', description: 'Metrics JSON files for metric conditions', input: 'metrics' },
    { name: 'benchmarks', type: 'string', arg: 'GLOB', globs: true, default: 'reports.benchmarks', description: 'Benchmark results of this commit (any supported tool)', input: 'benchmarks' },
    { name: 'benchmarks-base', type: 'string', arg: 'GLOB', globs: true, default: 'reports.benchmarks-base', description: 'Benchmark results of the base commit from the same machine (A/B)', input: 'benchmarks-base' },
    { name: 'base', type: 'string', arg: 'REF', description: 'Diff against the merge base with REF: a commit SHA, branch or tag name, or HEAD~N (patch coverage, docs rule; an unknown REF is exit 2)' },
    { name: 'label', type: 'string', arg: 'NAME', repeatable: true, description: 'Act as if the PR had this label (waivers and approvals)' },
    { name: 'pr-body', type: 'string', arg: 'TEXT', description: 'Act as if this were the PR body (keyword waivers such as #trivial)' },
    CONFIG,
    { name: 'history', type: 'string', arg: 'DIR', description: 'Local history folder: read before the run, written after a run on the default branch (origin/HEAD, else init.defaultBranch)' },
    { name: 'default-branch', type: 'string', arg: 'NAME', description: 'The branch whose runs are recorded into --history' },
    { name: 'record', type: 'boolean', description: 'Record this run into --history whatever the branch' },
    { name: 'no-record', type: 'boolean', description: 'Never record into --history (read only)' },
    { name: 'change-points', type: 'boolean', description: "Search the history's benchmark levels for shifts (E-divisive), and treat this run as the default branch's: a first-time history-mode regression is watching until the next runs confirm it" },
    { name: 'min-tests', type: 'string', arg: 'N', default: '1', description: 'Fewest tests that must run', input: 'min-tests' },
    { name: 'max-failures', type: 'string', arg: 'N', default: '0', description: 'Most failed tests allowed', input: 'max-failures' },
    JSON_OUT('Print the JSON verdict instead of markdown')
  ],
  notes: ['Exit 0 passed, 1 a blocking gate failed, 2 bad input (an unreadable report, a bad config or arguments).']
} as const satisfies CommandSpec;

export const PARSE = {
  name: 'parse',
  summary: "Detect each file's format and print what it holds (tests, coverage, findings, metrics, benchmarks)",
  operands: 'FILE...',
  positionals: 'files',
  options: [
    { name: 'format', type: 'string', arg: 'ID', description: 'Skip detection and read every FILE as this format (an id from "Report formats" in the README)' },
    JSON_OUT('Print the normalised model as JSON (one object per file; an array for several)')
  ],
  notes: [`Format ids: ${FORMAT_IDS.join(', ')}.`, 'FILE may be a glob (quoted). Exit 0 when every file was read, 2 when one was not.']
} as const satisfies CommandSpec;

export const PLAN = {
  name: 'plan',
  summary: 'Split the tests into timing-balanced shards (sticky to the previous plan)',
  options: [
    { name: 'tests', type: 'string', arg: 'GLOB', globs: true, description: 'Test files to split', input: 'tests' },
    { name: 'tests-file', type: 'string', arg: 'FILE', description: 'A file listing the tests, one per line', input: 'tests-file' },
    { name: 'tests-command', type: 'string', arg: 'CMD', description: "A command whose output lists the tests, one per line (run without a shell)", input: 'tests-command' },
    { name: 'shards', type: 'string', arg: 'N|auto', description: 'Number of shards (1–256), or auto to pick it from --target-seconds', input: 'shards' },
    { name: 'target-seconds', type: 'string', arg: 'S', description: 'With auto: the wall time one shard job should stay under', input: 'target-seconds' },
    { name: 'overhead-seconds', type: 'string', arg: 'S', default: '0', description: 'With auto: start-up time of each job before its tests', input: 'overhead-seconds' },
    { name: 'max-shards', type: 'string', arg: 'N', default: '256', description: 'With auto: the most shards to pick', input: 'max-shards' },
    { name: 'granularity', type: 'string', arg: 'file|case', default: 'file', description: 'Split whole files or single test cases', input: 'granularity' },
    { name: 'timings', type: 'string', arg: 'GLOB', globs: true, description: 'JUnit/TRX/NUnit/xUnit reports, pytest-split .test_durations or Knapsack JSON (oldest first)', input: 'timings' },
    { name: 'history', type: 'string', arg: 'DIR', description: 'Timings and the previous plan from a local history folder' },
    { name: 'previous-plan', type: 'string', arg: 'FILE', description: 'Keep tests on their shard from this plan' },
    { name: 'out', type: 'string', arg: 'FILE', description: 'Write the plan for pipeline-gates shard' },
    CONFIG,
    JSON_OUT('Print the plan as JSON')
  ],
  notes: ['Give the tests with --tests, --tests-file or --tests-command, and --shards N or --shards auto --target-seconds S.']
} as const satisfies CommandSpec;

export const SHARD = {
  name: 'shard',
  summary: "Print one shard's tests from a plan written by plan --out",
  options: [
    { name: 'plan', type: 'string', arg: 'FILE', description: 'The plan written by pipeline-gates plan --out' },
    { name: 'shard', type: 'string', arg: 'N', description: 'The shard to print (1-based)', input: 'shard' },
    { name: 'format', type: 'string', arg: 'words|lines|json', default: 'words', description: 'Space-separated shell words, one test per line, or a JSON array' }
  ]
} as const satisfies CommandSpec;

export const COMPARE = {
  name: 'compare',
  summary: 'Compare benchmark results of a base and a head commit (same-job A/B regression test)',
  options: [
    { name: 'base', type: 'string', arg: 'GLOB', globs: true, description: 'Benchmark files of the base (several files are several samples)' },
    { name: 'head', type: 'string', arg: 'GLOB', globs: true, description: 'Benchmark files of the head' },
    { name: 'q', type: 'string', arg: 'Q', default: '0.01', description: 'False discovery rate across the benchmarks' },
    { name: 'min-effect', type: 'string', arg: 'F', default: '0.03', description: 'Smallest change that counts, as a fraction' },
    { name: 'format', type: 'string', arg: 'ID', description: 'Read every file as this benchmark format' },
    JSON_OUT('Print {benchmarks: [{name, verdict, ratio, ci, pValue, qValue, samples}]}')
  ],
  notes: ['Exit 1 when a benchmark regressed, 0 otherwise, 2 when a file cannot be read.']
} as const satisfies CommandSpec;

export const MEASURE = {
  name: 'measure',
  summary: 'Time a command N times (wall time and peak RSS) and write benchmark files',
  operands: '-- COMMAND [ARGS...]',
  positionals: 'command',
  positionalInput: 'measure-command',
  options: [
    { name: 'runs', type: 'string', arg: 'N', default: '10', description: 'Runs per side', input: 'measure-runs' },
    { name: 'warmup', type: 'string', arg: 'N', default: '1', description: 'Discarded runs per side first', input: 'measure-warmup' },
    { name: 'base-dir', type: 'string', arg: 'DIR', description: 'Also run the command in DIR (a base checkout), alternating ABBA', input: 'measure-base-dir' },
    { name: 'name', type: 'string', arg: 'NAME', default: 'command', description: 'Benchmark names "<NAME> wall time" and "<NAME> peak RSS"', input: 'measure-name' },
    { name: 'out', type: 'string', arg: 'DIR', default: '.pipeline-gates/measure', description: 'Where head.json (and base.json) go' },
    JSON_OUT('Print the results as JSON')
  ],
  notes: ['The command runs without a shell. Exit 2 when it is not found or a run fails.']
} as const satisfies CommandSpec;

export const CANARY = {
  name: 'canary',
  summary: 'Judge canary against baseline metric samples: promote, hold or rollback (exit 0 / 3 / 1)',
  options: [
    { name: 'baseline', type: 'string', arg: 'GLOB', globs: true, description: 'Baseline samples (several files pool their samples)', input: 'baseline' },
    { name: 'canary', type: 'string', arg: 'GLOB', globs: true, description: 'Canary samples', input: 'canary' },
    { ...CONFIG, description: 'Config file with a canary: section: per metric direction, allowed-change, critical, weight, query; thresholds pass/marginal; max-nodata' },
    { name: 'pass', type: 'string', arg: 'N', default: '95, or canary.thresholds.pass', description: 'Promote at a score ≥ N (0–100)', input: 'pass' },
    { name: 'marginal', type: 'string', arg: 'N', default: '75, or canary.thresholds.marginal', description: 'Hold at a score ≥ N, below it roll back', input: 'marginal' },
    { name: 'history', type: 'string', arg: 'DIR', description: 'Local history folder: report its last green commit on rollback' },
    JSON_OUT('Print {decision, score, thresholds, reasons, metrics, lastGreen, notes}')
  ],
  notes: [
    'Each file is our metrics JSON (an array per metric is its samples: {"latency_p99": [0.21, 0.19, …]}) or a saved Prometheus query_range / query response (detected from the content). Write NAME=FILE to name a Prometheus file\'s series, e.g. --canary latency_p99=canary-p99.json.',
    'Exit 0 promote, 1 rollback, 3 hold (judge again after a longer look), 2 bad input.'
  ]
} as const satisfies CommandSpec;

export const INIT = {
  name: 'init',
  summary: 'Write a starter workflow (plan → sharded tests → gate) and config file',
  options: [
    { name: 'dir', type: 'string', arg: 'DIR', default: 'the current directory', description: 'The repository root to write into' },
    { name: 'branch', type: 'string', arg: 'NAME', default: DEFAULT_BRANCH, description: 'The default branch: pushes to it run the workflow and save history' },
    { name: 'action-ref', type: 'string', arg: 'REF', default: DEFAULT_ACTION_REF, description: "What the workflow's uses: lines name (./ for a local copy)" },
    { name: 'runner', type: 'string', arg: 'ID', description: `The test runner, instead of the one found: ${RUNNER_IDS.join(', ')}` },
    { name: 'force', type: 'boolean', description: 'Replace the files when they already exist (otherwise nothing is written)' }
  ],
  notes: [
    `Writes ${WORKFLOW_PATH} (plan → sharded test matrix → gate) and ${CONFIG_PATH} (with preset: strict commented out).`,
    "The test job runs the repository's test runner (from package.json, pyproject.toml, go.mod, Cargo.toml, pom.xml or build.gradle) with JUnit, coverage and file names switched on."
  ]
} as const satisfies CommandSpec;

/** Every command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [GATE, PARSE, PLAN, SHARD, COMPARE, MEASURE, CANARY, INIT];

type ValueOf<O> = O extends { type: 'boolean' } ? boolean : O extends { repeatable: true } | { globs: true } ? string[] : string;

/** The parsed options of command C, keyed by flag name, each absent when not given. */
export type OptionValues<C extends CommandSpec> = { readonly [O in C['options'][number] as O['name']]?: ValueOf<O> };
