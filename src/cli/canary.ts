import { parseArgs } from 'node:util';
import { parseScore } from '../canary/config.js';
import { judgeCanary, type CanaryDecision, type CanaryJudgement, type LastGreen } from '../canary/judge.js';
import { pairSides, thresholdsOf } from '../canary/pair.js';
import { canarySummaryLine, renderCanaryMarkdown } from '../canary/render.js';
import { gatherSide, parseFileArg, readSampleFile, type SampleSource } from '../canary/samples.js';
import { LocalHistoryStore } from '../history/local-store.js';
import { formatProblem } from '../model/problems.js';
import { loadConfigFile, UsageError } from '../shell/config-file.js';
import { readInside, readRoots } from '../shell/safe-read.js';

/**
 * Exit codes of `pipeline-gates canary`. Hold is neither success nor failure: it gets its own
 * code so `pipeline-gates canary … && promote` can never promote a canary that was only held,
 * while a script can still tell "wait and judge again" (3) from "roll back" (1). 2 is bad input,
 * as for every command (the dispatcher turns a UsageError into it).
 */
export const CANARY_EXIT = { promote: 0, rollback: 1, badInput: 2, hold: 3 } as const satisfies Record<CanaryDecision | 'badInput', number>;

export const CANARY_HELP = `Options for canary:
  --baseline FILE     Baseline samples (repeatable; several files pool their samples)
  --canary FILE       Canary samples (repeatable)
                      Each FILE is our metrics JSON (an array per metric is its samples:
                      {"latency_p99": [0.21, 0.19, …]}) or a saved Prometheus query_range /
                      query response (detected from the content). Write NAME=FILE to name a
                      Prometheus file's series, e.g. --canary latency_p99=canary-p99.json
  --config FILE       Config file with a canary: section (default: .github/pipeline-gates.yml
                      when it exists): per metric direction, allowed-change, critical, weight,
                      query; thresholds pass/marginal; max-nodata
  --pass N            Promote at a score ≥ N (0–100; default 95, or canary.thresholds.pass)
  --marginal N        Hold at a score ≥ N, below it roll back (default 75)
  --history DIR       Local history folder: report its last green commit on rollback
  --json              Print {decision, score, thresholds, reasons, metrics, lastGreen, notes}
  Exit 0 promote, 1 rollback, 3 hold (judge again after a longer look), 2 bad input.`;

export interface CanaryIo {
  out(text: string): void;
  err(text: string): void;
}

/** `pipeline-gates canary --baseline FILE... --canary FILE... [options]`: returns the exit code. */
export async function canaryCommand(args: readonly string[], io: CanaryIo): Promise<number> {
  const values = parseOptions(args);
  if (values.help) {
    io.out(`${CANARY_HELP}\n`);
    return CANARY_EXIT.promote;
  }
  if (!values.baseline?.length) throw new UsageError('canary needs --baseline FILE (metrics JSON or a Prometheus response; repeatable).');
  if (!values.canary?.length) throw new UsageError('canary needs --canary FILE (metrics JSON or a Prometheus response; repeatable).');
  const history = values.history;
  const { judgement, notes } = await evaluateCanary(
    {
      baseline: values.baseline,
      canary: values.canary,
      ...(values.config !== undefined && { config: values.config }),
      ...(values.pass !== undefined && { pass: percentFlag(values.pass, '--pass') }),
      ...(values.marginal !== undefined && { marginal: percentFlag(values.marginal, '--marginal') }),
      ...(history !== undefined && { lastGreen: (configId: string) => lastGreenFrom(history, configId, io) })
    },
    io
  );
  if (values.json) io.out(`${JSON.stringify(canaryJson(judgement, notes), null, 2)}\n`);
  else io.out(`${renderCanaryMarkdown(judgement, notes)}\n${canarySummaryLine(judgement)}\n`);
  if (judgement.decision === 'rollback' && history !== undefined && !judgement.lastGreen) io.err(`warning: the history in ${history} has no green run: no last known good commit to roll back to.\n`);
  return CANARY_EXIT[judgement.decision];
}

export interface CanaryRequest {
  /** File arguments, `NAME=FILE` allowed (see parseFileArg). */
  readonly baseline: readonly string[];
  readonly canary: readonly string[];
  /** Config file; default .github/pipeline-gates.yml when it exists. */
  readonly config?: string;
  readonly pass?: number;
  readonly marginal?: number;
  /** Looks up the last green commit for the config id (local history for the CLI, the cache for the action). */
  readonly lastGreen?: (configId: string) => Promise<LastGreen | undefined>;
  /** How messages name the two file lists (default `--baseline`, `--canary`; the action: its inputs). */
  readonly names?: { readonly baseline: string; readonly canary: string };
}

/**
 * Everything between the arguments and the printout, shared by the CLI and the action's canary
 * step: config, files, pairing, judgement. Warnings go to `io.err`; bad input throws UsageError.
 */
export async function evaluateCanary(request: CanaryRequest, io: Pick<CanaryIo, 'err'>): Promise<{ judgement: CanaryJudgement; notes: string[]; configId: string }> {
  const file = await loadConfigFile(request.config);
  const [config, configId] = [file.canary, file.id];
  const thresholds = thresholdsOf(config, { ...(request.pass !== undefined && { pass: request.pass }), ...(request.marginal !== undefined && { marginal: request.marginal }) });
  if (!(thresholds.marginal < thresholds.pass)) throw new UsageError(`The marginal threshold (${thresholds.marginal}) must be below the pass threshold (${thresholds.pass}); scores between them hold the canary.`);
  const names = request.names ?? { baseline: '--baseline', canary: '--canary' };
  const baseline = gatherSide(await readSide(request.baseline, names.baseline, io), config.metrics);
  const canary = gatherSide(await readSide(request.canary, names.canary, io), config.metrics);
  const problems = [...baseline.problems, ...canary.problems];
  if (problems.length) throw new UsageError('Some Prometheus series have no name to judge them by.', problems);
  const paired = pairSides(baseline, canary, config);
  const lastGreen = await request.lastGreen?.(configId);
  const judgement = judgeCanary({ metrics: paired.metrics, thresholds, ...(lastGreen && { lastGreen }) });
  return { judgement, notes: paired.notes, configId };
}

/** The machine form: stable keys, `lastGreen` null unless the decision is rollback and it is known. */
export function canaryJson(j: CanaryJudgement, notes: readonly string[]): Record<string, unknown> {
  return { decision: j.decision, score: j.score, thresholds: j.thresholds, reasons: j.reasons, metrics: j.metrics, lastGreen: j.lastGreen ?? null, notes };
}

function parseOptions(args: readonly string[]) {
  try {
    const { values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        baseline: { type: 'string', multiple: true },
        canary: { type: 'string', multiple: true },
        config: { type: 'string' },
        history: { type: 'string' },
        pass: { type: 'string' },
        marginal: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    });
    return values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n', 1)[0]}. Run pipeline-gates canary --help for the options.`);
  }
}

function percentFlag(raw: string, flag: string): number {
  const n = parseScore(raw);
  if (n === undefined) throw new UsageError(`${flag} must be a score from 0 to 100, got "${raw}".`);
  return n;
}


/** Sample files are read whole; a Prometheus range query of a day at 1 s steps is well below this. */
const MAX_SAMPLE_BYTES = 64 * 1024 * 1024;

async function readSide(args: readonly string[], flag: string, io: Pick<CanaryIo, 'err'>): Promise<SampleSource[]> {
  const sources: SampleSource[] = [];
  for (const arg of args) {
    const spec = parseFileArg(arg);
    let bytes: Buffer;
    try {
      bytes = await readInside(spec.file, process.cwd(), await readRoots(process.cwd()), MAX_SAMPLE_BYTES);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
      throw new UsageError(`${flag} ${spec.file} could not be read: ${why}.`);
    }
    const head = bytes.subarray(0, 4096).toString('utf8');
    const read = await readSampleFile(spec, head, once(bytes));
    for (const w of read.warnings) io.err(`warning: ${formatProblem(w)}\n`);
    if (!read.source) throw new UsageError(`${flag} ${spec.file} could not be read as metrics JSON or a Prometheus response.`, read.problems);
    sources.push(read.source);
  }
  return sources;
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

async function lastGreenFrom(dir: string, configId: string, io: CanaryIo): Promise<LastGreen | undefined> {
  const restored = await new LocalHistoryStore(dir, configId).restore();
  for (const w of restored.warnings) io.err(`warning: ${w}\n`);
  const green = restored.history?.lastGreen;
  return green ? { sha: green.sha, runUrl: green.runUrl } : undefined;
}
