import { describe, expect, it } from '@jest/globals';
import { defaultConfig, parseConfig } from '../../../src/config/load.js';
import { resolveSettings } from '../../../src/config/settings.js';

const FILE = '.github/pipeline-gates.yml';
const DEFAULTS = {
  id: 'default',
  check: { 'max-annotations': 500, warnings: 'success' },
  'fail-on-report-error': false,
  reports: { formats: {} },
  gates: { tests: { 'min-tests': 1, 'max-failures': 0, flaky: 'warn' }, metrics: [] },
  approval: { labels: [] },
  comment: { mode: 'always' },
  canary: { 'max-nodata': 0.5, metrics: {}, thresholds: { marginal: 75, pass: 95 } },
  history: { 'max-runs': 30 },
  pipeline: { logs: true, 'max-jobs': 50, 'max-log-mb': 8, 'cache-limit-gb': 10, 'max-dockerfiles': 50 }
};

function defaultConfigWith(text: string) {
  const parsed = parseConfig(text, FILE);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
}

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
      'pipeline:',
      '  max-jobs: 20',
      '  max-log-mb: 2.5',
      '  cache-limit-gb: 50',
      ''
    ].join('\n');
    expect(parseConfig(text, FILE)).toEqual({
      ok: true,
      config: {
        id: 'api-tests',
        'check-name': 'API gates',
        check: { 'max-annotations': 500, warnings: 'success' },
        'fail-on-report-error': false,
        reports: { formats: {} },
        gates: { tests: { action: 'warn', 'min-tests': 0, 'max-failures': 3, flaky: 'warn' }, metrics: [] },
        approval: { labels: [] },
        comment: { mode: 'off' },
        canary: { 'max-nodata': 0.5, metrics: {}, thresholds: { marginal: 75, pass: 95 } },
        history: { 'max-runs': 500 },
        pipeline: { logs: true, 'max-jobs': 20, 'max-log-mb': 2.5, 'cache-limit-gb': 50, 'max-dockerfiles': 50 }
      }
    });
    const settings = resolveSettings(defaultConfigWith(text), {});
    expect(settings.pipeline).toEqual({ logs: true, maxJobs: 20, maxLogBytes: 2.5 * 1024 * 1024, cacheLimitBytes: 50 * 1024 ** 3, maxDockerfiles: 50 });
    expect(settings.container).toEqual({ action: 'warn', ignore: [], exclude: ['**/fixtures/**', '**/__fixtures__/**', '**/testdata/**'] });
  });

  it('turns the container gate off with enabled: false, or ignores single rules', () => {
    expect(resolveSettings(defaultConfigWith('gates:\n  container:\n    enabled: false\n'), {}).container).toBeUndefined();
    expect(resolveSettings(defaultConfigWith('gates:\n  container:\n    action: block\n    ignore: [unpinned-base]\n    exclude: [docker/old/**]\n'), {}).container).toEqual({ action: 'block', ignore: ['unpinned-base'], exclude: ['docker/old/**'] });
    expect(parseConfig('gates:\n  container:\n    ignore: [no-such-rule]\n', FILE)).toMatchObject({ ok: false, problems: [{ line: 3, message: expect.stringContaining('copy-before-install') }] });
  });
});

describe('each problem names file, line, column, key and what is allowed', () => {
  it.each([
    [
      'an unknown top-level key',
      'id: web\ntimeout: 5\n',
      { line: 2, column: 1, message: '(top level): unknown key "timeout"; allowed: id, preset, check-name, check, fail-on-report-error, reports, measure, gates, approval, comment, canary, pipeline, history' }
    ],
    [
      'a misspelt nested key',
      'gates:\n  tests:\n    max-failure: 2\n',
      { line: 3, column: 5, message: 'gates.tests: unknown key "max-failure"; allowed: action, exceptions, min-tests, max-failures, flaky' }
    ],
    ['an unknown gate', 'gates:\n  speed: {}\n', { line: 2, column: 3, message: 'gates: unknown key "speed"; allowed: tests, coverage, performance, security, secrets, docs, container, metrics' }],
    ['a value outside the enum', 'gates:\n  tests:\n    action: fail\n', { line: 3, column: 13, message: 'gates.tests.action: must be one of "block", "warn", "require-approval"' }],
    ['a comment mode outside the enum', 'comment:\n  mode: sometimes\n', { line: 2, column: 9, message: 'comment.mode: must be one of "always", "changes", "failures", "off"' }],
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
      [2, '(top level): unknown key "foo"; allowed: id, preset, check-name, check, fail-on-report-error, reports, measure, gates, approval, comment, canary, pipeline, history'],
      [5, 'gates.tests.action: must be one of "block", "warn", "require-approval"'],
      [6, 'gates.tests.min-tests: must be at least 0'],
      [8, 'comment.mode: must be one of "always", "changes", "failures", "off"']
    ]);
    expect(problems.every((p) => p.file === FILE)).toEqual(true);
  });
});

describe('metric conditions are checked when the config loads', () => {
  it('a condition without an operator names its line and the operators', () => {
    const result = parseConfig('gates:\n  metrics:\n    - "compliance.score = 70"\n', FILE);
    expect(result.ok).toBe(false);
    const p = result.ok ? undefined : result.problems[0];
    expect([p?.file, p?.line]).toEqual([FILE, 3]);
    expect(p?.message).toContain('"=" alone is not one: write "=="');
  });

  it('an unknown unit in a performance limit names its line and the known units', () => {
    const result = parseConfig('gates:\n  performance:\n    limits:\n      - "p99 latency < 10 parsecs"\n', FILE);
    const p = result.ok ? undefined : result.problems[0];
    expect(p?.line).toBe(4);
    expect(p?.message).toContain('unknown unit "parsecs"');
  });
});

describe('preset: strict', () => {
  const strict = (extra = '') => {
    const r = parseConfig(`preset: strict\n${extra}`, FILE);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return resolveSettings(r.config, {});
  };

  it('gives the five mandatory gates', () => {
    const s = strict();
    expect(s.tests).toMatchObject({ maxFailures: 0, minTests: 1 });
    expect(s.coverage?.minimum).toEqual({ lines: 90 });
    expect(s.conditions.map((c) => c.gate)).toEqual(['metrics.compliance.score', 'performance.limit import wall time']);
    expect(s.performance?.maxRegression).toEqual({ 'import wall time': 0.2, 'import peak RSS': 0.3 });
    expect(s.security.map((g) => [g.name, g.tools ?? null])).toEqual([['security', null], ['secrets', ['gitleaks']]]);
    expect(s.security[0]?.maxBySeverity).toEqual({ critical: 0, high: 0, medium: 0, low: 0 });
    expect(s.docs).toMatchObject({ require: ['CHANGELOG.md', 'CHANGES.md', 'docs/**'] });
    // Without the user's command there is nothing to measure: the import-time limit then fails on "not found".
    expect(s.measure).toBeUndefined();
  });

  it('the user\'s own settings win key by key, and a measure command completes the preset', () => {
    const s = strict('gates:\n  coverage:\n    lines: 80\nmeasure:\n  command: node -e "import(\'./dist/index.js\')"\n');
    expect(s.coverage?.minimum).toEqual({ lines: 80 });
    expect(s.measure).toMatchObject({ name: 'import', runs: 10, warmup: 1 });
  });
});

describe('action inputs over the file', () => {
  it('measure inputs override the file\'s measure block field by field', () => {
    const r = parseConfig('measure:\n  command: a b\n  runs: 5\n', FILE);
    if (!r.ok) throw new Error('bad');
    expect(resolveSettings(r.config, { measure: { runs: 20, 'base-dir': '../base' } }).measure).toEqual({ command: 'a b', name: 'command', runs: 20, warmup: 1, 'base-dir': '../base' });
  });
});
