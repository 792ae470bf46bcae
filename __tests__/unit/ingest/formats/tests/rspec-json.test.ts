import { describe, expect, it } from '@jest/globals';
import { rspecJsonFormat } from '../../../../../src/ingest/formats/tests/rspec-json.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { countTests } from '../../../../../src/model/tests.js';
import { stringChunks } from '../../../builders.js';
import { byName, collect, fixture } from '../../collect.js';

const read = () => collect(rspecJsonFormat, 'rspec.json', fixture('rspec-json/rspec.json'), new RepoPaths('/tmp/fx16/rspec'));

describe('rspec --format json (RSpec 3.12)', () => {
  it('examples by status, pending (skip, pending, not yet written) as skipped, each with file and line', async () => {
    const r = await read();
    expect([countTests(r.cases), r.problems, r.warnings]).toEqual([{ total: 6, passed: 1, failed: 2, errors: 0, skipped: 3 }, [], []]);
    expect(r.cases.map((c) => [c.suite, c.name, c.status, c.file, c.line])).toEqual([
      ['Calculator#add', 'adds two numbers', 'passed', 'spec/calculator_spec.rb', 7],
      ['Calculator#add', 'adds negatives', 'failed', 'spec/calculator_spec.rb', 11],
      ['Calculator#divide', 'raises on zero', 'failed', 'spec/calculator_spec.rb', 17],
      ['Calculator#divide', 'is pending', 'skipped', 'spec/calculator_spec.rb', 21],
      ['Calculator#divide', 'is skipped', 'skipped', 'spec/calculator_spec.rb', 26],
      ['Calculator#divide', 'not yet written', 'skipped', 'spec/calculator_spec.rb', 29]
    ]);
  });
  it('a failure: the first line of the exception message, the class and backtrace in the details; pending reasons as messages', async () => {
    const r = await read();
    const c = byName(r.cases, 'raises on zero');
    expect([c.message, c.details?.split('\n')[0]]).toEqual(['divided by 0', 'ZeroDivisionError']);
    expect(byName(r.cases, 'adds negatives').message).toEqual('expected: -3');
    expect(byName(r.cases, 'is skipped').message).toEqual('slow on CI');
  });
  it('errors outside of examples (a spec that failed to load) are one error case', async () => {
    const r = await collect(rspecJsonFormat, 'r.json', stringChunks('{"version":"3.13.0","examples":[],"summary":{"example_count":0,"errors_outside_of_examples_count":1}}'));
    expect(r.cases.map((c) => [c.name, c.status])).toEqual([['[errors outside of examples]', 'error']]);
  });
  it.each([
    ['{"version":"3.13.0","examples":[', true],
    ['{\n  "version": "3.12.0",\n  "seed": 4242,\n  "examples": [', true],
    ['{"version":"3.12.0","messages":["Run options: include {:focus=>true}"],"examples":[', true],
    ['{"version":"2.1.0","runs":[', false]
  ])('sniffs %p as %p', (head, claimed) => {
    expect(rspecJsonFormat.sniff(head, 'r.json')).toEqual(claimed);
  });
});
