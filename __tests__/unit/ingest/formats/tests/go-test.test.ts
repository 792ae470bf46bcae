import { describe, expect, it } from '@jest/globals';
import { goTestFormat } from '../../../../../src/ingest/formats/tests/go-test.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture } from '../../collect.js';

const ROOT = '/tmp/fx16/go';
const read = (files?: string[]) => collect(goTestFormat, 'go-test.json', fixture('go-test-json/go-test.json'), new RepoPaths(ROOT, files ? new Set(files) : undefined));
const parse = (lines: object[]) => collect(goTestFormat, 'go.json', stringChunks(lines.map((l) => JSON.stringify(l)).join('\n')));

describe('go test -json (real output of go 1.19.8)', () => {
  it('every test with a result counts, parents of subtests too, as go test and gotestsum count them', async () => {
    const r = await read();
    expect([countTests(r.cases), r.problems, r.warnings]).toEqual([{ total: 10, passed: 6, failed: 3, errors: 0, skipped: 1 }, [], []]);
    expect(r.cases.filter((c) => c.status !== 'passed').map((c) => [c.suite, c.name, c.status])).toEqual([
      ['github.com/acme/calc/calc', 'TestDivide/by_zero', 'failed'],
      ['github.com/acme/calc/calc', 'TestDivide', 'failed'],
      ['github.com/acme/calc/calc', 'TestSkipped', 'skipped'],
      ['github.com/acme/calc/calc', 'TestPanics', 'failed']
    ]);
  });
  it("a failure's output is its body, without go's framing; calc_test.go:26: gives file and line with the file list", async () => {
    const c = byName((await read(['calc/calc.go', 'calc/calc_test.go'])).cases, 'TestDivide/by_zero');
    expect([c.message, c.details, c.file, c.line]).toEqual(['calc_test.go:26: Divide(1, 0): got divide by zero, want a quotient', 'calc_test.go:26: Divide(1, 0): got divide by zero, want a quotient', 'calc/calc_test.go', 26]);
  });
  it('a panic: the panic line is the message, the frame in the test file the location', async () => {
    const c = byName((await read()).cases, 'TestPanics');
    expect([c.message, c.file, c.line]).toEqual(['panic: assignment to entry in nil map [recovered]', 'calc/calc_test.go', 49]);
  });
  it('the skip reason is the message', async () => {
    expect(byName((await read()).cases, 'TestSkipped').message).toEqual('calc_test.go:43: needs CI_ONLY');
  });
});

describe('what go test -json leaves unsaid', () => {
  const pkg = 'example.com/p';
  it('a package that fails with no failing test (a build error) is one error case with its output', async () => {
    const r = await parse([
      { Action: 'start', Package: pkg },
      { Action: 'output', Package: pkg, Output: '# example.com/p\n' },
      { Action: 'output', Package: pkg, Output: './p.go:3:1: syntax error: non-declaration statement outside function body\n' },
      { Action: 'output', Package: pkg, Output: 'FAIL\texample.com/p [build failed]\n' },
      { Action: 'fail', Package: pkg, Elapsed: 0 }
    ]);
    expect(r.cases.map((c) => [c.name, c.status, c.message])).toEqual([['[package failed]', 'error', './p.go:3:1: syntax error: non-declaration statement outside function body']]);
  });
  it('a test still running when the binary stopped (a timeout) is an error', async () => {
    const r = await parse([
      { Action: 'run', Package: pkg, Test: 'TestSlow' },
      { Action: 'output', Package: pkg, Test: 'TestSlow', Output: 'panic: test timed out after 10m0s\n' },
      { Action: 'fail', Package: pkg, Elapsed: 600 }
    ]);
    expect(r.cases.map((c) => [c.name, c.status, c.details])).toEqual([['TestSlow', 'error', 'panic: test timed out after 10m0s']]);
  });
  it('an Elapsed that is not a duration is a located warning; plain lines mixed in are skipped and counted', async () => {
    const r = await collect(goTestFormat, 'go.json', stringChunks(`{"Action":"run","Package":"p","Test":"T"}\ngo: downloading x\n{"Action":"pass","Package":"p","Test":"T","Elapsed":-1}\n`));
    expect([r.cases.map((c) => [c.name, c.status, c.timeUnknown]), r.warnings.map((w) => [w.line, w.message])]).toEqual([
      [['T', 'passed', true]],
      [
        [2, 'not a go test -json event: “go: downloading x”'],
        [3, 'the time -1 of test “T” is not a duration in seconds (0 to 1,000,000): the test counts, its time is left out of history and shard planning'],
        [undefined, '1 lines were not go test -json events (plain go output mixed in?) and were skipped']
      ]
    ]);
  });
});

describe('sniffing', () => {
  it.each([
    ['{"Time":"2025-04-22T08:59:55Z","Action":"start","Package":"p"}', true],
    ['{"Action":"run","Package":"p","Test":"T"}', true],
    ['{"Action":"fail"}', false],
    ['{"results": []}', false]
  ])('%p → %p', (head, claimed) => {
    expect(goTestFormat.sniff(head, 'x.json')).toEqual(claimed);
  });
});
