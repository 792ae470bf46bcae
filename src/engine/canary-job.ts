import type { CanaryConfig } from '../canary/config.js';
import { judgeCanary, type CanaryJudgement, type LastGreen } from '../canary/judge.js';
import { pairSides, thresholdsOf } from '../canary/pair.js';
import { gatherSide, parseFileArg, readSampleFile, type SampleSource } from '../canary/samples.js';
import { cap, score, type Namer } from '../config/values.js';
import { isGlob, splitPatterns } from '../model/globs.js';
import { UsageError, type Problem } from '../model/problems.js';
import type { ReportFiles } from './files.js';

/**
 * The canary command, for `pipeline-gates canary` and the action's `command: canary`: read both
 * sides' sample files, pair them per metric, judge. The caller loads the config and prints or
 * posts the judgement.
 */

/** The canary options as typed (flags and inputs share these names). */
export interface CanaryOptionsText {
  /** File globs, `NAME=GLOB` allowed (see parseFileArg); `!GLOB` excludes. */
  readonly baseline?: readonly string[];
  readonly canary?: readonly string[];
  readonly pass?: string;
  readonly marginal?: string;
}

export interface CanarySettings {
  readonly baseline: readonly string[];
  readonly canary: readonly string[];
  readonly pass?: number;
  readonly marginal?: number;
  /** The config's `canary:` section and its id. */
  readonly config: CanaryConfig;
  readonly configId: string;
  readonly name: Namer;
}

export function canarySettings(o: CanaryOptionsText, config: { canary: CanaryConfig; id: string }, name: Namer): CanarySettings {
  if (!o.baseline?.length) throw new UsageError(`canary needs ${name('baseline')} (metrics JSON or a Prometheus response; repeatable).`);
  if (!o.canary?.length) throw new UsageError(`canary needs ${name('canary')} (metrics JSON or a Prometheus response; repeatable).`);
  const pass = score(o.pass, name('pass'));
  const marginal = score(o.marginal, name('marginal'));
  return { baseline: o.baseline, canary: o.canary, ...(pass !== undefined && { pass }), ...(marginal !== undefined && { marginal }), config: config.canary, configId: config.id, name };
}

export interface CanaryIo {
  readonly files: ReportFiles;
  /** The last green commit for the config id (local history for the CLI, the cache for the action). */
  lastGreen?(configId: string): Promise<LastGreen | undefined>;
}

export interface CanaryResult {
  readonly judgement: CanaryJudgement;
  readonly notes: readonly string[];
  /** Things in the sample files worth a look that did not stop the judgement. */
  readonly warnings: readonly Problem[];
}

export async function runCanaryJob(s: CanarySettings, io: CanaryIo): Promise<CanaryResult> {
  const thresholds = thresholdsOf(s.config, { ...(s.pass !== undefined && { pass: s.pass }), ...(s.marginal !== undefined && { marginal: s.marginal }) });
  if (!(thresholds.marginal < thresholds.pass)) throw new UsageError(`The marginal threshold (${thresholds.marginal}) must be below the pass threshold (${thresholds.pass}); scores between them hold the canary.`);
  const warnings: Problem[] = [];
  const baseline = gatherSide(await readSide(s.baseline, s.name('baseline'), io.files, warnings), s.config.metrics);
  const canary = gatherSide(await readSide(s.canary, s.name('canary'), io.files, warnings), s.config.metrics);
  const problems = [...baseline.problems, ...canary.problems];
  if (problems.length) throw new UsageError('Some Prometheus series have no name to judge them by.', problems);
  const paired = pairSides(baseline, canary, s.config);
  const lastGreen = await io.lastGreen?.(s.configId);
  const judgement = judgeCanary({ metrics: paired.metrics, thresholds, ...(lastGreen && { lastGreen }) });
  return { judgement, notes: paired.notes, warnings };
}

/** The machine form: stable keys, `lastGreen` null unless the decision is rollback and it is known. */
export function canaryJson(r: Pick<CanaryResult, 'judgement' | 'notes'>): Record<string, unknown> {
  const j = r.judgement;
  return { decision: j.decision, score: j.score, thresholds: j.thresholds, reasons: j.reasons, metrics: j.metrics, lastGreen: j.lastGreen ?? null, notes: r.notes };
}

/** Sample files are read whole; a Prometheus range query of a day at 1 s steps is well below this. */
const MAX_SAMPLE_BYTES = 64 * 1024 * 1024;

async function readSide(args: readonly string[], name: string, files: ReportFiles, warnings: Problem[]): Promise<SampleSource[]> {
  const { include, exclude } = splitPatterns(args);
  const sources: SampleSource[] = [];
  for (const arg of include) {
    const spec = parseFileArg(arg);
    const found = await files.find(spec.file, exclude);
    // A plain name that matches nothing is read as given, so a missing or refused file says why.
    if (found.length === 0 && isGlob(spec.file)) throw new UsageError(`${cap(name)}: "${spec.file}" matched no files.`);
    for (const file of found.length ? found : [spec.file]) {
      const bytes = await readSample(file, name, files);
      const read = await readSampleFile({ ...spec, file }, new TextDecoder().decode(bytes.subarray(0, 4096)), once(bytes));
      warnings.push(...read.warnings);
      if (!read.source) throw new UsageError(`${cap(name)} ${file} could not be read as metrics JSON or a Prometheus response.`, read.problems);
      sources.push(read.source);
    }
  }
  return sources;
}

async function readSample(file: string, name: string, files: ReportFiles): Promise<Uint8Array> {
  try {
    return await files.read(file, MAX_SAMPLE_BYTES);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new UsageError(`${cap(name)} ${file} could not be read: ${why}.`);
  }
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
