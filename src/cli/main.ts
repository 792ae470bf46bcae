import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { resolveSettings, type ResolvedSettings } from '../config/settings.js';
import { historyAfterRun } from '../engine/record.js';
import { runGateJob, type GateOutcome } from '../engine/gate-job.js';
import { recordDecision, type RecordDecision } from '../history/record-rule.js';
import { branchFacts } from '../shell/git-branch.js';
import { LocalHistoryStore } from '../history/local-store.js';
import { formatProblem } from '../model/problems.js';
import { buildJsonReport } from '../report/json-report.js';
import { renderMarkdown } from '../report/summary.js';
import { loadConfigFile, UsageError } from '../shell/config-file.js';
import { shardCount } from '../shell/plan-options.js';
import { changeAgainst, git } from '../shell/git-change.js';
import { reportFiles } from '../shell/report-files.js';
import { loadRepoPaths } from '../shell/repo.js';
import { NeutralWriter } from '../report/terminal-text.js';
import { HELP } from './help.js';

export const EXIT = { passed: 0, failed: 1, badInput: 2 } as const;

export interface CliStreams {
  out(text: string): void;
  err(text: string): void;
}

const stdio: CliStreams = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
};

/**
 * Runs one CLI command and returns the exit code; never throws. Everything printed goes through
 * the neutralising writers: much of it comes from reports, and CI runs the CLI too.
 */
export async function runCli(argv: readonly string[], io: CliStreams = stdio): Promise<number> {
  const out = new NeutralWriter(io.out, printsJson(argv) ? 'json' : 'text');
  const err = new NeutralWriter(io.err, 'text');
  try {
    return await runCommand(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  } finally {
    out.end();
    err.end();
  }
}

/** Whether stdout carries JSON (`--json`, or `shard --format json`), whose values must stay exact. */
function printsJson(argv: readonly string[]): boolean {
  const shardJson = argv[0] === 'shard' && argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
  return shardJson || argv.includes('--json');
}

async function runCommand(argv: readonly string[], io: CliStreams): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'gate') return await gateCommand(rest, io);
    if (command === 'parse') return await parse(rest, io);
    if (command === 'plan') return await plan(rest, io);
    if (command === 'shard') return await shard(rest, io);
    if (command === 'compare') return await compare(rest, io);
    if (command === 'measure') return await measureCommand(rest, io);
    if (command === 'canary') return await (await import('./canary.js')).canaryCommand(rest, io);
    if (command === 'init') return await (await import('./init.js')).initCommand(rest, io);
    throw new UsageError(`Unknown command "${command ?? ''}". Run pipeline-gates --help for the commands.`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`pipeline-gates: ${[err.message, ...err.problems.map(formatProblem)].join('\n  ')}\n`);
      return EXIT.badInput;
    }
    io.err(`pipeline-gates: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.badInput;
  }
}

async function gateCommand(args: readonly string[], io: CliStreams): Promise<number> {
  const { values } = parseArgsStrict(args, {
    junit: { type: 'string', multiple: true },
    coverage: { type: 'string', multiple: true },
    sarif: { type: 'string', multiple: true },
    metrics: { type: 'string', multiple: true },
    benchmarks: { type: 'string', multiple: true },
    'benchmarks-base': { type: 'string', multiple: true },
    base: { type: 'string' },
    label: { type: 'string', multiple: true },
    'pr-body': { type: 'string' },
    config: { type: 'string' },
    history: { type: 'string' },
    record: { type: 'boolean' },
    'no-record': { type: 'boolean' },
    'default-branch': { type: 'string' },
    'change-points': { type: 'boolean' },
    'min-tests': { type: 'string' },
    'max-failures': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
  });
  if (values.help) {
    io.out(`${HELP}\n`);
    return EXIT.passed;
  }
  const minTests = count(values['min-tests'], '--min-tests');
  const maxFailures = count(values['max-failures'], '--max-failures');
  const settings = resolveSettings(await loadConfigFile(values.config), {
    ...(values.junit ? { junit: values.junit } : {}),
    ...(values.coverage ? { coverage: values.coverage } : {}),
    ...(values.sarif ? { sarif: values.sarif } : {}),
    ...(values.metrics ? { metrics: values.metrics } : {}),
    ...(values.benchmarks ? { benchmarks: values.benchmarks } : {}),
    ...(values['benchmarks-base'] ? { benchmarksBase: values['benchmarks-base'] } : {}),
    ...(minTests !== undefined ? { minTests } : {}),
    ...(maxFailures !== undefined ? { maxFailures } : {})
  });
  const root = process.cwd();
  const local = await localHistory(values, settings, root);
  // A missing or mistyped --base is exit 2 here, where the action would only note it.
  const change = values.base ? await changeAgainst(root, values.base, 'error') : undefined;
  // Labels and a body make the local run behave like the PR would (waivers, approvals).
  const pr = values.label || values['pr-body'] !== undefined ? { labels: values.label ?? [], body: values['pr-body'] ?? '', approvedBy: [] } : undefined;
  // Unique even for runs started in the same millisecond: a history keeps one entry per run id.
  const runId = `local-${Date.now()}-${randomBytes(3).toString('hex')}`;
  const outcome = await runGateJob(settings, {
    files: reportFiles(root),
    repo: await loadRepoPaths(root),
    ...(local ? { history: local.store, current: { sha: local.sha, runId } } : {}),
    ...(change ? { change } : {}),
    ...(pr ? { pr } : {}),
    changePoints: !!values['change-points']
  });

  if (values.json) io.out(`${JSON.stringify(buildJsonReport(outcome, settings.configId), null, 2)}\n`);
  else io.out(renderMarkdown(outcome, { title: settings.checkName, ...(local ? { historyStore: local.store.description } : {}) }, Infinity));
  for (const w of outcome.warnings) io.err(`warning: ${w}\n`);
  for (const p of outcome.problems) io.err(`error: ${formatProblem(p)}\n`);

  if (local) await recordLocally(local, outcome, settings, runId, io);
  if (!values.json) io.out(`\nVerdict: ${outcome.verdict.passed ? 'PASSED' : 'FAILED'} (${outcome.verdict.conclusion})\n`);
  if (outcome.problems.length) return EXIT.badInput;
  return outcome.verdict.passed ? EXIT.passed : EXIT.failed;
}

interface LocalHistory {
  readonly store: LocalHistoryStore;
  readonly recording: RecordDecision;
  readonly sha: string;
}

/** The --history store and whether this run goes into it; checked before any report is read. */
async function localHistory(values: { history?: string; record?: boolean; 'no-record'?: boolean; 'default-branch'?: string }, settings: ResolvedSettings, root: string): Promise<LocalHistory | undefined> {
  if (values.record && values['no-record']) throw new UsageError('--record and --no-record cannot be given together.');
  if (!values.history) return undefined;
  const store = new LocalHistoryStore(values.history, settings.configId, { maxRuns: settings.maxRuns });
  await store.check();
  const flags = { record: !!values.record, noRecord: !!values['no-record'], ...(values['default-branch'] ? { defaultBranch: values['default-branch'] } : {}) };
  return { store, recording: recordDecision(flags, await branchFacts(root)), sha: (await git(root, ['rev-parse', 'HEAD'])) ?? '' };
}

/** Saves the run into --history when the record rule allows it, saying why not when it does not. */
async function recordLocally({ store, recording, sha }: LocalHistory, outcome: GateOutcome, settings: ResolvedSettings, runId: string, io: CliStreams): Promise<void> {
  if (!recording.record) return io.err(`History not recorded: ${recording.reason}.\n`);
  const update = historyAfterRun(outcome, settings.configId, { runId, sha, attempt: 1, ref: recording.ref, runUrl: '' }, new Date(), settings.maxRuns);
  if (!update.save) return io.err(`History not saved: ${update.reason}.\n`);
  const saved = await store.save(update.history);
  for (const w of saved.warnings ?? []) io.err(`warning: ${w}\n`);
  if (!saved.saved) io.err(`History not saved: ${saved.detail}.\n`);
}

async function parse(args: readonly string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgsStrict(args, { format: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length === 0) throw new UsageError('parse needs at least one FILE. Run pipeline-gates --help for the options.');
  const { parseCommand } = await import('./parse.js');
  return parseCommand({ files: positionals, ...(values.format ? { format: values.format } : {}), json: !!values.json }, io);
}

async function plan(args: readonly string[], io: CliStreams): Promise<number> {
  const { values } = parseArgsStrict(args, {
    tests: { type: 'string', multiple: true },
    'tests-file': { type: 'string' },
    'tests-command': { type: 'string' },
    shards: { type: 'string' },
    'target-seconds': { type: 'string' },
    'overhead-seconds': { type: 'string' },
    'max-shards': { type: 'string' },
    granularity: { type: 'string' },
    timings: { type: 'string', multiple: true },
    history: { type: 'string' },
    'previous-plan': { type: 'string' },
    out: { type: 'string' },
    config: { type: 'string' },
    json: { type: 'boolean' }
  });
  const granularity = values.granularity ?? 'file';
  if (granularity !== 'file' && granularity !== 'case') throw new UsageError(`--granularity must be "file" or "case", got "${granularity}".`);
  const config = await loadConfigFile(values.config);
  const { planCommand } = await import('./plan.js');
  return planCommand(
    {
      tests: values.tests ?? [],
      ...(values['tests-file'] ? { testsFile: values['tests-file'] } : {}),
      ...(values['tests-command'] ? { testsCommand: values['tests-command'] } : {}),
      shards: shardCount(values.shards, values['target-seconds'], values['overhead-seconds'], values['max-shards']),
      granularity,
      timings: values.timings ?? [],
      ...(values.history ? { history: values.history } : {}),
      ...(values['previous-plan'] ? { previousPlan: values['previous-plan'] } : {}),
      ...(values.out ? { out: values.out } : {}),
      configId: config.id,
      json: !!values.json
    },
    io
  );
}

async function shard(args: readonly string[], io: CliStreams): Promise<number> {
  const { values } = parseArgsStrict(args, { plan: { type: 'string' }, shard: { type: 'string' }, format: { type: 'string' } });
  if (!values.plan) throw new UsageError('shard needs --plan FILE (a plan written by pipeline-gates plan --out FILE).');
  const index = count(values.shard, '--shard');
  if (!index) throw new UsageError('shard needs --shard N (1-based).');
  const format = values.format ?? 'words';
  if (format !== 'words' && format !== 'lines' && format !== 'json') throw new UsageError(`--format must be words, lines or json, got "${format}".`);
  const { shardCommand } = await import('./plan.js');
  return shardCommand({ plan: values.plan, shard: index, format }, io);
}

async function compare(args: readonly string[], io: CliStreams): Promise<number> {
  const { values } = parseArgsStrict(args, {
    base: { type: 'string', multiple: true },
    head: { type: 'string', multiple: true },
    q: { type: 'string' },
    'min-effect': { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' }
  });
  const { compareCommand } = await import('./compare.js');
  return compareCommand(
    {
      base: values.base ?? [],
      head: values.head ?? [],
      q: fraction(values.q, '--q', 0.01, false),
      minEffect: fraction(values['min-effect'], '--min-effect', 0.03, true),
      ...(values.format ? { format: values.format } : {}),
      json: !!values.json
    },
    io
  );
}

async function measureCommand(args: readonly string[], io: CliStreams): Promise<number> {
  const split = args.indexOf('--');
  if (split === -1 || split === args.length - 1) throw new UsageError('measure needs the command after "--", e.g. pipeline-gates measure --runs 10 -- node -e "import(\'./dist/index.js\')".');
  const { values } = parseArgsStrict(args.slice(0, split), {
    runs: { type: 'string' },
    warmup: { type: 'string' },
    'base-dir': { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' }
  });
  const runs = count(values.runs, '--runs') ?? 10;
  if (runs < 1) throw new UsageError('--runs must be at least 1.');
  const { measure, describeMeasured } = await import('../shell/measure-job.js');
  const measured = await measure(
    {
      argv: args.slice(split + 1),
      runs,
      warmup: count(values.warmup, '--warmup') ?? 1,
      ...(values['base-dir'] ? { baseDir: values['base-dir'] } : {}),
      name: values.name ?? 'command',
      out: values.out ?? '.pipeline-gates/measure'
    },
    io
  );
  io.out(values.json ? `${JSON.stringify({ head: measured.head, base: measured.base ?? null, files: measured.files }, null, 2)}\n` : describeMeasured(measured));
  return EXIT.passed;
}

/** A fraction flag: (0, 1) for a level, [0, 1) for an effect. */
function fraction(raw: string | undefined, flag: string, fallback: number, zeroOk: boolean): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n >= 1 || n < 0 || (!zeroOk && n === 0)) {
    throw new UsageError(`${flag} must be a fraction ${zeroOk ? '≥ 0' : '> 0'} and < 1 (e.g. 0.03 for 3%), got "${raw}".`);
  }
  return n;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parseArgsStrict<O extends Options>(args: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n', 1)[0]}. Run pipeline-gates --help for the options.`);
  }
}

function count(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} must be a whole number ≥ 0, got "${raw}".`);
  return Number.parseInt(raw, 10);
}
