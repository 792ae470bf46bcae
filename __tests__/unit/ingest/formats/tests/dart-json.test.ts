import { describe, expect, it } from '@jest/globals';
import { dartJsonFormat } from '../../../../../src/ingest/formats/tests/dart-json.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture } from '../../collect.js';

const read = () => collect(dartJsonFormat, 'dart.json', fixture('dart-json/dart-test.json'));

describe('dart test --reporter json', () => {
  it('counts visible tests; a hidden loading test only when it failed (a file that does not compile, located by its compile error)', async () => {
    const r = await read();
    expect([countTests(r.cases), r.problems, r.warnings]).toEqual([{ total: 5, passed: 1, failed: 1, errors: 2, skipped: 1 }, [], []]);
    expect(r.cases.map((c) => [c.suite, c.name, c.status, c.line])).toEqual([
      ['test/calc_test.dart', 'Calculator adds', 'passed', 7],
      ['test/calc_test.dart', 'Calculator subtracts', 'failed', 11],
      ['test/calc_test.dart', 'Calculator divides by zero', 'error', 16],
      ['test/calc_test.dart', 'Calculator rounds', 'skipped', 20],
      ['test/broken_test.dart', 'loading test/broken_test.dart', 'error', 4]
    ]);
  });
  it("a failure's message is its error; time runs from testStart to testDone; skip reasons are messages", async () => {
    const r = await read();
    const c = byName(r.cases, 'Calculator subtracts');
    expect([c.message, c.file, c.durationSeconds, c.details?.includes('test/calc_test.dart 13:7')]).toEqual(['Expected: <3>', 'test/calc_test.dart', 0.009, true]);
    expect(byName(r.cases, 'Calculator rounds').message).toEqual('not decided yet');
  });
  it('a test without testDone (the run was killed) is an error', async () => {
    const r = await collect(dartJsonFormat, 'd.json', stringChunks('{"protocolVersion":"0.1.1","type":"start","time":0}\n{"test":{"id":1,"name":"hangs","suiteID":0},"type":"testStart","time":1}\n'));
    expect(r.cases.map((c) => [c.name, c.status, c.message])).toEqual([['hangs', 'error', 'no testDone: the run stopped while the test ran']]);
  });
  it.each([
    ['{"protocolVersion":"0.1.1","runnerVersion":"1.15.4","pid":7504,"type":"start","time":0}', true],
    ['{"type":"start","protocolVersion":"0.1.1"}', true],
    ['{"type":"start"}', false]
  ])('sniffs %p as %p', (head, claimed) => {
    expect(dartJsonFormat.sniff(head, 'x.json')).toEqual(claimed);
  });
});
