import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CANARY_EXIT } from '../../../src/cli/canary.js';
import { CANARY as CANARY_COMMAND } from '../../../src/cli/commands.js';
import { commandHelp } from '../../../src/cli/help.js';
import { runCommand } from '../../../src/cli/main.js';
import { emptyHistory } from '../../../src/model/history.js';
import { LocalHistoryStore } from '../../../src/history/local-store.js';
import { formatProblem, UsageError } from '../../../src/model/problems.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/canary');
const F = (name: string) => path.join(FIXTURES, name);
const CONFIG = F('pipeline-gates.yml');
const BASELINE = ['--baseline', `latency_p99=${F('prometheus/baseline-latency-p99.json')}`, '--baseline', F('prometheus/baseline-errors.json'), '--baseline', F('metrics/baseline.json')];
const canarySide = (kind: 'regressed' | 'healthy') => [
  '--canary',
  `latency_p99=${F(`prometheus/canary-latency-p99-${kind}.json`)}`,
  '--canary',
  F(`prometheus/canary-errors-${kind}.json`),
  '--canary',
  F('metrics/canary.json')
];
const LAST_GREEN = { sha: '4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39', runId: '9876543210', runUrl: 'https://github.com/acme/shop/actions/runs/9876543210', at: '2024-06-10T05:50:00.000Z' };

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCommand(['canary', ...args], { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** What the dispatcher prints for a UsageError: the message and every located problem. */
async function usageError(args: readonly string[]): Promise<string> {
  try {
    await run(args);
  } catch (e) {
    if (e instanceof UsageError) return [e.message, ...e.problems.map(formatProblem)].join('\n');
    throw e;
  }
  throw new Error('expected a UsageError');
}

let tmp: string;
let history: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pg-canary-'));
  history = path.join(tmp, 'history');
  await new LocalHistoryStore(history, 'checkout').save({ ...emptyHistory('checkout'), lastGreen: LAST_GREEN });
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('pipeline-gates canary on Prometheus exports and metrics JSON', () => {
  it('a regressed canary (p99 ×1.35, 5xx ×10, both critical): rollback to the last green commit, exit 1', async () => {
    const { code, out, err } = await run(['--config', CONFIG, ...BASELINE, ...canarySide('regressed'), '--history', history, '--json']);
    expect([code, err]).toEqual([CANARY_EXIT.rollback, '']);
    const json = JSON.parse(out);
    expect([json.decision, json.score, json.thresholds]).toEqual(['rollback', 0, { pass: 95, marginal: 75, maxNodata: 0.25 }]);
    expect(json.metrics.map((m: { name: string; classification: string; samples: unknown }) => [m.name, m.classification, m.samples])).toEqual([
      ['latency_p99', 'High', { baseline: 30, canary: 29 }],
      ['errors_5xx', 'High', { baseline: 93, canary: 93 }],
      ['cpu_seconds_per_request', 'Pass', { baseline: 15, canary: 15 }],
      ['memory_mb', 'Pass', { baseline: 15, canary: 15 }]
    ]);
    expect(json.metrics[0].ratio).toBeCloseTo(1.305, 3);
    expect(json.metrics[0].reason).toMatch(/; NaN points left out \(no value in that step\): baseline 1, canary 2$/);
    expect(json.reasons).toEqual([
      'critical metric latency_p99 is High: higher than the baseline beyond the allowed 10%',
      'critical metric errors_5xx is High: higher than the baseline beyond the allowed 50%',
      'score 0: rollback',
      `last known good commit: ${LAST_GREEN.sha}`
    ]);
    expect(json.lastGreen).toEqual({ sha: LAST_GREEN.sha, runUrl: LAST_GREEN.runUrl });
    expect(json.notes).toEqual([]);
  });
  it('a healthy canary (other draws of the same distributions): promote at 100, exit 0, no rollback target', async () => {
    const { code, out } = await run(['--config', CONFIG, ...BASELINE, ...canarySide('healthy'), '--history', history, '--json']);
    const json = JSON.parse(out);
    expect([code, json.decision, json.score, json.lastGreen]).toEqual([CANARY_EXIT.promote, 'promote', 100, null]);
    expect(json.metrics.map((m: { classification: string }) => m.classification)).toEqual(['Pass', 'Pass', 'Pass', 'Pass']);
  });
  it('the human form: the markdown summary, then one line', async () => {
    const { code, out } = await run(['--config', CONFIG, ...BASELINE, ...canarySide('regressed')]);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('## ⏪ Canary analysis: rollback — score 0');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Canary: rollback (score 0; pass 95, marginal 75); 2 of 4 metrics failed, 0 without data');
  });
  it('no canary section: every metric in the files, directions from the files; 2 of 3 pass → 66.67; --marginal 60 holds, exit 3', async () => {
    const empty = path.join(tmp, 'empty.yml');
    await writeFile(empty, 'id: checkout\n');
    const args = ['--config', empty, '--baseline', `latency_p99=${F('prometheus/baseline-latency-p99.json')}`, '--baseline', F('metrics/baseline.json'), '--canary', `latency_p99=${F('prometheus/canary-latency-p99-regressed.json')}`, '--canary', F('metrics/canary.json')];
    const held = await run([...args, '--marginal', '60', '--json']);
    const json = JSON.parse(held.out);
    expect([held.code, json.decision, json.score]).toEqual([CANARY_EXIT.hold, 'hold', 66.67]);
    expect(json.metrics.map((m: { name: string; classification: string; direction: string }) => [m.name, m.classification, m.direction])).toEqual([
      ['latency_p99', 'High', 'increase-is-bad'],
      ['cpu_seconds_per_request', 'Pass', 'increase-is-bad'],
      ['memory_mb', 'Pass', 'increase-is-bad']
    ]);
    expect(json.notes).toEqual(['direction assumed increase-is-bad (configure canary.metrics.<name>.direction): latency_p99, cpu_seconds_per_request']);
    expect((await run([...args, '--json'])).code).toBe(CANARY_EXIT.rollback);
    expect((await run([...args, '--pass', '60', '--marginal', '50', '--json'])).code).toBe(CANARY_EXIT.promote);
  });
  it('a configured metric that no file has is NoData and counts against max-nodata', async () => {
    const { code, out } = await run(['--config', CONFIG, '--baseline', F('metrics/baseline.json'), '--canary', F('metrics/canary.json'), '--json']);
    const json = JSON.parse(out);
    expect([code, json.decision, json.score]).toEqual([1, 'rollback', 0]);
    expect(json.reasons).toEqual([
      'critical metric latency_p99 has no data: no baseline data',
      'critical metric errors_5xx has no data: no baseline data',
      'too much missing data: 60% of the weight has no data (max-nodata 25%)',
      'score 0: rollback'
    ]);
  });
  it('a rollback with a history that has no green run: warned on stderr, lastGreen null', async () => {
    const { code, out, err } = await run(['--config', CONFIG, ...BASELINE, ...canarySide('regressed'), '--history', path.join(tmp, 'no-history'), '--json']);
    expect([code, JSON.parse(out).lastGreen]).toEqual([1, null]);
    expect(err).toBe(`warning: the history in ${path.join(tmp, 'no-history')} has no green run: no last known good commit to roll back to.\n`);
  });
  it('--help prints the options', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, out: `${commandHelp(CANARY_COMMAND)}\n`, err: '' });
  });
});

describe('bad input is a UsageError naming the file, the place and the fix (exit 2 in the dispatcher)', () => {
  it.each([
    ['no baseline', ['--canary', 'c.json'], 'canary needs --baseline (metrics JSON or a Prometheus response; repeatable).'],
    ['no canary', ['--baseline', 'b.json'], 'canary needs --canary (metrics JSON or a Prometheus response; repeatable).'],
    ['an unknown flag', ['--baselin', 'b.json'], "Unknown option '--baselin' (did you mean --baseline?). Run pipeline-gates canary --help for the options."],
    ['marginal ≥ pass', ['--baseline', 'b', '--canary', 'c', '--pass', '60', '--marginal', '70'], 'The marginal threshold (70) must be below the pass threshold (60); scores between them hold the canary.'],
    ['a pass above 100', ['--baseline', 'b', '--canary', 'c', '--pass', '120'], '--pass must be a score from 0 to 100, got "120".']
  ])('%s', async (_, args, message) => {
    expect(await usageError(['--config', CONFIG, ...args])).toBe(message);
  });
  it('a file that does not exist', async () => {
    expect(await usageError(['--config', CONFIG, '--baseline', '/nonexistent/b.json', '--canary', F('metrics/canary.json')])).toBe('--baseline /nonexistent/b.json could not be read: the file does not exist.');
  });
  it('a glob that matches nothing', async () => {
    expect(await usageError(['--config', CONFIG, '--baseline', '/nonexistent/*.json', '--canary', F('metrics/canary.json')])).toBe('--baseline: "/nonexistent/*.json" matched no files.');
  });
  it('a saved Prometheus error answer', async () => {
    // Files inside the working directory are named by their workspace-relative path, as in every command.
    const file = path.relative(process.cwd(), F('prometheus/error-response.json'));
    expect(await usageError(['--config', CONFIG, '--baseline', F('metrics/baseline.json'), '--canary', file])).toBe(
      `--canary ${file} could not be read as metrics JSON or a Prometheus response.\n${file}:1:11: Prometheus answered with an error (bad_data): invalid parameter "query": 1:55: parse error: unexpected "}" in label matching, expected string; fix the query and export it again`
    );
  });
  it('an unnamed, unlabelled Prometheus series without config: name it with NAME=FILE', async () => {
    const empty = path.join(tmp, 'none.yml');
    await writeFile(empty, '{}\n');
    const file = path.join(tmp, 'p99.json');
    await writeFile(file, '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1718000000,"0.2"]]}]}}');
    expect(await usageError(['--config', empty, '--baseline', file, '--canary', F('metrics/canary.json')])).toBe(
      `Some Prometheus series have no name to judge them by.\n${file}:1: data.result[0] has no metric name or labels to call it by: give the file as NAME=FILE (e.g. latency_p99=${file}) or configure canary.metrics.<name>.query`
    );
  });
  it('a bad canary section: file:line:column and the allowed values', async () => {
    const bad = path.join(tmp, 'bad.yml');
    await writeFile(bad, 'id: checkout\ncanary:\n  metrics:\n    p99: { direction: up }\n');
    expect(await usageError(['--config', bad, '--baseline', 'b', '--canary', 'c'])).toBe(
      `Config file ${bad} has 1 problem.\n${bad}:4:23: canary.metrics.p99.direction: must be one of "increase-is-bad", "decrease-is-bad"`
    );
  });
  it('a --config that does not exist', async () => {
    expect(await usageError(['--config', '/nonexistent/pg.yml', '--baseline', 'b', '--canary', 'c'])).toBe('Config file /nonexistent/pg.yml could not be read: it does not exist.');
  });
});
