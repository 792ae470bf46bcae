import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { COVERAGE_FORMATS } from '../../../../../src/ingest/formats/coverage/index.js';
import { FIXTURES, head } from './helpers.js';

/** Each fixture folder is named for the format id its files must be recognised as. */
const FOLDER_FORMAT: Record<string, string> = {
  lcov: 'lcov',
  cobertura: 'cobertura',
  clover: 'clover',
  jacoco: 'jacoco',
  'go-cover': 'go-cover'
};

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(FIXTURES, d.name)).map((f) => `${d.name}/${f}`))
  .map((rel) => ({ rel, expected: rel.endsWith('coverage-summary.json') ? 'istanbul-summary' : (FOLDER_FORMAT[rel.split('/')[0] ?? ''] ?? 'istanbul') }));

describe('COVERAGE_FORMATS', () => {
  it('has one entry per id, all of kind coverage', () => {
    const ids = COVERAGE_FORMATS.map((f) => f.id);
    expect([...ids].sort()).toEqual(['clover', 'cobertura', 'go-cover', 'istanbul', 'istanbul-summary', 'jacoco', 'lcov']);
    expect(COVERAGE_FORMATS.every((f) => f.kind === 'coverage')).toBe(true);
  });

  it.each(cases)('$rel is recognised as $expected and by no other coverage format', ({ rel, expected }) => {
    expect(COVERAGE_FORMATS.filter((f) => f.sniff(head(rel), rel)).map((f) => f.id)).toEqual([expected]);
  });

  it.each([
    ['JUnit XML', '<?xml version="1.0"?>\n<testsuites name="x"><testsuite name="s"/></testsuites>'],
    ['SARIF', '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[]}'],
    ['plain text', 'hello world\n']
  ])('%s is not taken for coverage', (_name, text) => {
    expect(COVERAGE_FORMATS.filter((f) => f.sniff(text, 'report')).map((f) => f.id)).toEqual([]);
  });
});
