import { describe, expect, it } from '@jest/globals';
import { tapFormat } from '../../../../../src/ingest/formats/tests/tap.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture } from '../../collect.js';

const ROOT = '/tmp/fx16/tap';
const read = (name: string) => collect(tapFormat, name, fixture(`tap/${name}`), new RepoPaths(ROOT));
const parse = (tap: string) => collect(tapFormat, 't.tap', stringChunks(tap));

describe('node --test --test-reporter=tap (Node 24)', () => {
  it('counts the leaf tests as node does (the describe is their suite); TODO counts as skipped', async () => {
    const r = await read('node-test.tap');
    expect([countTests(r.cases), r.problems, r.warnings]).toEqual([{ total: 5, passed: 2, failed: 1, errors: 0, skipped: 2 }, [], []]);
    expect(r.cases.map((c) => [c.suite, c.name, c.status])).toEqual([
      ['math', 'adds', 'passed'],
      ['math', 'subtracts wrong', 'failed'],
      ['math', 'is skipped', 'skipped'],
      ['math', 'is todo', 'skipped'],
      ['', 'top-level passes', 'passed']
    ]);
  });
  it('a failure takes its message, location and duration from the YAML block', async () => {
    const c = byName((await read('node-test.tap')).cases, 'subtracts wrong');
    expect([c.message, c.file, c.line, c.durationSeconds]).toEqual(['Expected values to be strictly equal:', 'math.test.mjs', 8, 0.000993825]);
    expect(c.details).toContain('2 !== 3');
  });
  it('skip and todo reasons are the message', async () => {
    const r = await read('node-test.tap');
    expect([byName(r.cases, 'is skipped').message, byName(r.cases, 'is todo').message]).toEqual(['not on this platform', 'later']);
  });
});

describe('bats --tap (Bats 1.8)', () => {
  it("counts pass, fail and skip; the failure's comment lines give the command and file:line", async () => {
    const r = await read('bats.tap');
    expect(countTests(r.cases)).toEqual({ total: 3, passed: 1, failed: 1, errors: 0, skipped: 1 });
    const c = byName(r.cases, 'subtraction is wrong');
    expect([c.message, c.file, c.line]).toEqual(['`[ "$result" -eq 3 ]\' failed', 'calc.bats', 10]);
    expect(byName(r.cases, 'skipped on this machine').message).toEqual('needs a GPU');
  });
});

describe('TAP the spec allows', () => {
  it('a bail-out with no failure before it is a failure; the warning names the line', async () => {
    const r = await parse('TAP version 13\n1..3\nok 1 - a\nBail out! database down\n');
    expect([r.cases.map((c) => [c.name, c.status, c.message]), r.warnings.map((w) => [w.line, w.message])]).toEqual([
      [['a', 'passed', undefined], ['Bail out!', 'failed', 'database down']],
      [[4, 'Bail out! “database down”: the run stopped here']]
    ]);
  });
  it('a plan that promised more tests than ran is an error case; results after a closing plan count, with a warning', async () => {
    const r = await parse('1..3\nok 1 - a\nnot ok 2 - b\n');
    expect(r.cases.map((c) => [c.name, c.status])).toEqual([['a', 'passed'], ['b', 'failed'], ['[plan]', 'error']]);
    const late = await parse('ok 1 - a\n1..1\nok 2 - b\n');
    expect([late.cases.map((c) => c.name), late.warnings.map((w) => w.line)]).toEqual([['a', 'b'], [3]]);
  });
  it('TAP 14 subtests: a parent that failed while every child passed counts as a failure of its own', async () => {
    const r = await parse('TAP version 14\n# Subtest: group\n    ok 1 - inner\n    1..1\nnot ok 1 - group\n1..1\n');
    expect(r.cases.map((c) => [c.suite, c.name, c.status])).toEqual([['group', 'inner', 'passed'], ['', 'group', 'failed']]);
  });
  it('an escaped \\# is part of the name; directives are case-insensitive; numbers and dashes are optional', async () => {
    const r = await parse('ok issue \\#12 fixed\nok 2 # skip\nnot ok 3 - flaky # todo later\n');
    expect(r.cases.map((c) => [c.name, c.status, c.message])).toEqual([['issue #12 fixed', 'passed', undefined], ['test 2', 'skipped', undefined], ['flaky', 'skipped', 'later']]);
  });
  it('a duration_ms that is not a duration is a located warning', async () => {
    const r = await parse('ok 1 - a\n  ---\n  duration_ms: -5\n  ...\n');
    expect([r.cases[0]?.timeUnknown, r.warnings.map((w) => w.line)]).toEqual([true, [1]]);
  });
});

describe('sniffing', () => {
  it.each([
    ['TAP version 13\n1..2', true],
    ['1..3\nok 1 a', true],
    ['not ok 1 - x', true],
    ['ok  \tgithub.com/acme/calc\t0.005s', false],
    ['goos: linux\nBenchmarkX-8 100 10 ns/op', false]
  ])('%p → %p', (head, claimed) => {
    expect(tapFormat.sniff(head, 'x.tap')).toEqual(claimed);
  });
});
