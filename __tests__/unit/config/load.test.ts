import { describe, expect, it } from '@jest/globals';
import { defaultConfig, parseConfig } from '../../../src/config/load.js';

const FILE = '.github/pipeline-gates.yml';
const DEFAULTS = {
  id: 'default',
  reports: { formats: {} },
  gates: { tests: { action: 'block', 'min-tests': 1, 'max-failures': 0 } },
  comment: { mode: 'always' },
  history: { 'max-runs': 30 }
};

describe('valid config files', () => {
  it.each([
    ['an empty file', ''],
    ['an empty mapping', '{}'],
    ['only comments', '# nothing configured yet\n'],
    ['empty sections', 'reports: {}\ngates: {}\n']
  ])('%s gives every default', (_label, text) => {
    expect(parseConfig(text, FILE)).toEqual({ ok: true, config: DEFAULTS });
  });

  it('defaultConfig() equals the config of an empty file', () => {
    expect(defaultConfig()).toEqual(DEFAULTS);
  });

  it('reports.junit given as one string becomes a one-element list', () => {
    expect(parseConfig('reports:\n  junit: reports/**/*.xml\n', FILE)).toEqual({ ok: true, config: { ...DEFAULTS, reports: { junit: ['reports/**/*.xml'], formats: {} } } });
  });

  it('reports.junit given as a list stays a list', () => {
    expect(parseConfig('reports:\n  junit:\n    - a.xml\n    - "!b.xml"\n', FILE)).toEqual({ ok: true, config: { ...DEFAULTS, reports: { junit: ['a.xml', '!b.xml'], formats: {} } } });
  });

  it('every setting given explicitly is kept', () => {
    const text = [
      'id: api-tests',
      'check-name: API gates',
      'gates:',
      '  tests:',
      '    action: warn',
      '    min-tests: 0',
      '    max-failures: 3',
      'comment:',
      '  mode: "off"',
      'history:',
      '  max-runs: 500',
      ''
    ].join('\n');
    expect(parseConfig(text, FILE)).toEqual({
      ok: true,
      config: {
        id: 'api-tests',
        'check-name': 'API gates',
        reports: { formats: {} },
        gates: { tests: { action: 'warn', 'min-tests': 0, 'max-failures': 3 } },
        comment: { mode: 'off' },
        history: { 'max-runs': 500 }
      }
    });
  });
});

describe('each problem names file, line, column, key and what is allowed', () => {
  it.each([
    [
      'an unknown top-level key',
      'id: web\ntimeout: 5\n',
      { line: 2, column: 1, message: '(top level): unknown key "timeout"; allowed: id, check-name, reports, gates, comment, history' }
    ],
    [
      'a misspelt nested key',
      'gates:\n  tests:\n    max-failure: 2\n',
      { line: 3, column: 5, message: 'gates.tests: unknown key "max-failure"; allowed: action, min-tests, max-failures' }
    ],
    ['an unknown gate', 'gates:\n  coverage: {}\n', { line: 2, column: 3, message: 'gates: unknown key "coverage"; allowed: tests' }],
    ['a value outside the enum', 'gates:\n  tests:\n    action: fail\n', { line: 3, column: 13, message: 'gates.tests.action: must be one of "block", "warn"' }],
    ['a comment mode outside the enum', 'comment:\n  mode: sometimes\n', { line: 2, column: 9, message: 'comment.mode: must be one of "always", "off"' }],
    ['a word where a number belongs', 'history:\n  max-runs: lots\n', { line: 2, column: 13, message: 'history.max-runs: expected number' }],
    ['a fraction where an integer belongs', 'history:\n  max-runs: 2.5\n', { line: 2, column: 13, message: 'history.max-runs: expected an integer' }],
    ['a negative minimum', 'gates:\n  tests:\n    min-tests: -1\n', { line: 3, column: 16, message: 'gates.tests.min-tests: must be at least 0' }],
    ['too many history runs', 'history:\n  max-runs: 501\n', { line: 2, column: 13, message: 'history.max-runs: must be at most 500' }],
    ['an empty junit glob', 'reports:\n  junit: ""\n', { line: 2, column: 10, message: 'reports.junit: must not be empty' }],
    ['an id with spaces', 'id: "my id"\n', { line: 1, column: 5, message: 'id: letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit' }],
    ['a list instead of a mapping', '- gates\n', { line: 1, column: 1, message: '(top level): expected object' }],
    ['invalid YAML syntax', 'id: web\ngates: [unclosed\n', { line: 3, column: 1, message: 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' }],
    ['a duplicate key', 'id: a\nhistory: {}\nid: b\n', { line: 3, column: 1, message: 'invalid YAML: Map keys must be unique' }]
  ])('%s', (_label, text, problem) => {
    expect(parseConfig(text, FILE)).toEqual({ ok: false, problems: [{ file: FILE, ...problem }] });
  });

  it('several problems in one file are all reported, each at its own line', () => {
    const text = 'id: web\nfoo: 1\ngates:\n  tests:\n    action: fail\n    min-tests: -3\ncomment:\n  mode: never\n';
    const result = parseConfig(text, FILE);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => [p.line, p.message]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, '(top level): unknown key "foo"; allowed: id, check-name, reports, gates, comment, history'],
      [5, 'gates.tests.action: must be one of "block", "warn"'],
      [6, 'gates.tests.min-tests: must be at least 0'],
      [8, 'comment.mode: must be one of "always", "off"']
    ]);
    expect(problems.every((p) => p.file === FILE)).toEqual(true);
  });
});
