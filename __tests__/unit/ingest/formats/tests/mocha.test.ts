import { describe, expect, it } from '@jest/globals';
import { ctrfFormat } from '../../../../../src/ingest/formats/tests/ctrf.js';
import { mochaJsonFormat } from '../../../../../src/ingest/formats/tests/mocha-json.js';
import { mochawesomeFormat } from '../../../../../src/ingest/formats/tests/mochawesome.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import type { TestFormat } from '../../../../../src/ingest/format.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture } from '../../collect.js';

const ROOT = '/tmp/fx16/mocha';
const read = (format: TestFormat, rel: string) => collect(format, rel, fixture(rel), new RepoPaths(ROOT));

describe('mocha --reporter json (mocha 12)', () => {
  it('tests[] are the cases, pending read as skipped; the failed before-all hook in failures[] is an error of its own', async () => {
    const r = await read(mochaJsonFormat, 'mocha-json/mocha.json');
    expect([countTests(r.cases), r.problems, r.warnings]).toEqual([{ total: 7, passed: 2, failed: 2, errors: 1, skipped: 2 }, [], []]);
    expect(r.cases.map((c) => [c.suite, c.name, c.status])).toEqual([
      ['cart', 'adds an item', 'passed'],
      ['cart', 'totals the prices', 'failed'],
      ['cart', 'applies a coupon', 'skipped'],
      ['cart', 'is pending', 'skipped'],
      ['cart checkout', 'charges the card', 'passed'],
      ['cart checkout', 'rejects an empty cart', 'failed'],
      ['hooks', '"before all" hook for "never runs"', 'error']
    ]);
  });
  it('a failure: message, stack, file and line from the stack, duration in seconds', async () => {
    const c = byName((await read(mochaJsonFormat, 'mocha-json/mocha.json')).cases, 'totals the prices');
    expect([c.message, c.file, c.line, c.durationSeconds]).toEqual(['Expected values to be strictly equal:', 'test/cart.spec.js', 8, 0.001]);
  });
  it('a document that is not a mocha report is a problem', async () => {
    const r = await collect(mochaJsonFormat, 'x.json', stringChunks('{"stats": {"passes": 1}}'));
    expect(r.problems.map((p) => p.message)).toEqual(['expected a Mocha JSON report (an object with "tests")']);
  });
});

describe('mochawesome.json (mochawesome 8)', () => {
  it('nested suites, states as mochawesome counts them, the failed hook as an error; each test has its suite file', async () => {
    const r = await read(mochawesomeFormat, 'mocha-json/mochawesome.json');
    expect([countTests(r.cases), r.problems, r.warnings]).toEqual([{ total: 8, passed: 2, failed: 2, errors: 1, skipped: 3 }, [], []]);
    expect(r.cases.filter((c) => c.status !== 'passed').map((c) => [c.suite, c.name, c.status, c.file])).toEqual([
      ['cart', 'totals the prices', 'failed', 'test/cart.spec.js'],
      ['cart', 'applies a coupon', 'skipped', 'test/cart.spec.js'],
      ['cart', 'is pending', 'skipped', 'test/cart.spec.js'],
      ['cart checkout', 'rejects an empty cart', 'failed', 'test/cart.spec.js'],
      ['hooks', '"before all" hook for "never runs"', 'error', 'test/cart.spec.js'],
      ['hooks', 'never runs', 'skipped', 'test/cart.spec.js']
    ]);
    expect(byName(r.cases, 'rejects an empty cart').message).toEqual('TypeError: cart is empty');
  });
});

describe('CTRF (mocha-ctrf-json-reporter)', () => {
  it('statuses as CTRF gives them, pending as skipped, with files and messages', async () => {
    const r = await read(ctrfFormat, 'ctrf/ctrf-report.json');
    expect([countTests(r.cases), r.problems]).toEqual([{ total: 7, passed: 2, failed: 3, errors: 0, skipped: 2 }, []]);
    const c = byName(r.cases, 'cart totals the prices');
    expect([c.message, c.file, c.line]).toEqual(['AssertionError Expected values to be strictly equal:', 'test/cart.spec.js', 8]);
  });
  it('status "other" is an error naming it; a flaky pass is flaky; suites given as a list join; a bad duration warns', async () => {
    const doc = { reportFormat: 'CTRF', results: { tool: { name: 'x' }, tests: [
      { name: 'a', status: 'other', rawStatus: 'broken', duration: 1 },
      { name: 'b', status: 'passed', flaky: true, retries: 1, duration: 2, suite: ['outer', 'inner'] },
      { name: 'c', status: 'passed', duration: 'NaN' }
    ] } };
    const r = await collect(ctrfFormat, 'c.json', stringChunks(JSON.stringify(doc)));
    expect(r.cases.map((c) => [c.name, c.status, c.message, c.flaky, c.suite, c.timeUnknown])).toEqual([
      ['a', 'error', 'CTRF status “other” (“broken”)', undefined, '', undefined],
      ['b', 'passed', undefined, true, 'outer › inner', undefined],
      ['c', 'passed', undefined, undefined, '', true]
    ]);
    expect(r.warnings.length).toBe(1);
  });
});

describe('sniffing', () => {
  it.each([
    [mochaJsonFormat, '{\n  "stats": {\n    "suites": 3,\n    "passes": 2,', true],
    [mochaJsonFormat, '{"stats":{"suites":3,"passes":2,"passPercent":40', false],
    [mochawesomeFormat, '{"stats":{"suites":3,"passes":2,"passPercent":40', true],
    [ctrfFormat, '{"reportFormat": "CTRF", "results": {', true],
    [ctrfFormat, '{"results": {"tool": {"name": "jest"}', true],
    [ctrfFormat, '{"results": [{"command": "sleep 1"', false]
  ])('%#', (format, head, claimed) => {
    expect(format.sniff(head, 'x.json')).toEqual(claimed);
  });
});
