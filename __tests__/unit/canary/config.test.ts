import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { canarySchema, defaultCanaryConfig } from '../../../src/canary/config.js';
import { parseConfig } from '../../../src/config/load.js';

/** The canary section as the config loader reads it (the same path the CLI and the action take). */
function parseCanaryConfig(text: string, file: string) {
  const r = parseConfig(text, file);
  return r.ok ? { ok: true as const, configId: r.config.id, config: r.config.canary } : r;
}
import { describeSeries, parseSelector } from '../../../src/canary/selector.js';

const FILE = '.github/pipeline-gates.yml';

describe('the canary: config section', () => {
  it('defaults: no metrics, thresholds 95/75, max-nodata 0.5', () => {
    expect(defaultCanaryConfig()).toEqual({ metrics: {}, thresholds: { pass: 95, marginal: 75 }, 'max-nodata': 0.5 });
    expect(parseCanaryConfig('id: web\ngates:\n  tests: {}\n', FILE)).toEqual({ ok: true, configId: 'web', config: defaultCanaryConfig() });
  });
  it('a canary: key with everything below commented out means defaults', () => {
    expect(parseCanaryConfig('canary:\n  # metrics: {}\n', FILE)).toEqual({ ok: true, configId: 'default', config: defaultCanaryConfig() });
  });
  it('fills each metric’s defaults and keeps its query', () => {
    const text = [
      'canary:',
      '  metrics:',
      '    latency_p99: { direction: increase-is-bad, critical: true }',
      "    errors: { direction: increase-is-bad, allowed-change: 0.5, weight: 2, query: '{code=~\"5..\"}' }",
      '  thresholds: { pass: 90 }',
      '  max-nodata: 0.25'
    ].join('\n');
    expect(parseCanaryConfig(text, FILE)).toEqual({
      ok: true,
      configId: 'default',
      config: {
        metrics: {
          latency_p99: { direction: 'increase-is-bad', 'allowed-change': 0.1, critical: true, weight: 1 },
          errors: { direction: 'increase-is-bad', 'allowed-change': 0.5, critical: false, weight: 2, query: '{code=~"5.."}' }
        },
        thresholds: { pass: 90, marginal: 75 },
        'max-nodata': 0.25
      }
    });
  });
  it.each([
    ['a misspelt key, with the allowed ones', 'canary:\n  metrics:\n    p99: { direction: increase-is-bad, critcal: true }\n', 3, 40, 'canary.metrics.p99: unknown key "critcal"; allowed: direction, allowed-change, critical, weight, query'],
    ['a direction that does not exist', 'canary:\n  metrics:\n    p99:\n      direction: up\n', 4, 18, 'canary.metrics.p99.direction: must be one of "increase-is-bad", "decrease-is-bad"'],
    ['a missing direction', 'canary:\n  metrics:\n    p99:\n      critical: true\n', 4, 7, 'canary.metrics.p99.direction: is required: must be one of "increase-is-bad", "decrease-is-bad"'],
    ['allowed-change written as a percentage', 'canary:\n  metrics:\n    p99: { direction: increase-is-bad, allowed-change: 10 }\n', 3, 56, 'canary.metrics.p99.allowed-change: must be less than 1'],
    ['a zero weight', 'canary:\n  metrics:\n    p99: { direction: increase-is-bad, weight: 0 }\n', 3, 48, 'canary.metrics.p99.weight: must be more than 0'],
    ['marginal above pass (the default 75 against pass 70)', 'canary:\n  thresholds:\n    pass: 70\n', 3, 5, 'canary.thresholds.marginal: must be below thresholds.pass (the band between them is hold)'],
    ['a threshold above 100', 'canary:\n  thresholds:\n    pass: 120\n', 3, 11, 'canary.thresholds.pass: must be at most 100'],
    ['max-nodata as a percentage', 'canary:\n  max-nodata: 50\n', 2, 15, 'canary.max-nodata: must be at most 1'],
    ['an unknown canary key', 'canary:\n  treshold: 1\n', 2, 3, 'canary: unknown key "treshold"; allowed: metrics, thresholds, max-nodata'],
    [
      'a query that is not a selector',
      'canary:\n  metrics:\n    errors: { direction: increase-is-bad, query: "rate(x[1m])" }\n',
      3,
      50,
      'canary.metrics.errors.query: not a series selector at character 5 of "rate(x[1m])": unexpected text after the selector (e.g. http_requests_total{code=~"5..", job="api"})'
    ]
  ])('%s: file, line, column, key path and what is allowed', (_, text, line, column, message) => {
    expect(parseCanaryConfig(text, FILE)).toEqual({ ok: false, problems: [{ file: FILE, line, column, message }] });
  });
  it('invalid YAML is located', () => {
    const r = parseCanaryConfig('canary:\n  metrics: [\n', FILE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.file === FILE && r.problems[0]!.line !== undefined && r.problems[0]!.message.startsWith('invalid YAML: ')).toBe(true);
  });
  it('the schema converts to JSON Schema for the integrator’s generated schema file', () => {
    const schema = z.toJSONSchema(canarySchema, { io: 'input', target: 'draft-7' }) as { properties: Record<string, { description?: string }> };
    expect(Object.keys(schema.properties)).toEqual(['metrics', 'thresholds', 'max-nodata']);
    expect(schema.properties['max-nodata']!.description).toMatch(/share of the total weight/);
  });
});

describe('series selectors (the query: field)', () => {
  const labels = { __name__: 'http_requests_total', code: '503', job: 'checkout', instance: '10.0.2.1:8080' };
  it.each([
    ['http_requests_total', true],
    ['http_requests_total{code="503"}', true],
    ['{code=~"5.."}', true],
    ['{code=~"5"}', false], // anchored: "5" does not match "503"
    ['{code!~"4..", job!="web"}', true],
    ['{env=""}', true], // a missing label has the value ""
    ['{env!=""}', false],
    ["{job='checkout',}", true], // single quotes and a trailing comma
    ['{instance=~"10\\\\.0\\\\.2\\\\..*"}', true], // Go escapes: "\\." is a regex \.
    ['process_cpu_seconds_total{code="503"}', false],
    ['{ code = "503" , job = "checkout" }', true]
  ])('%s matches http_requests_total{code="503", job="checkout", …}: %p', (text, expected) => {
    const parsed = parseSelector(text);
    expect(parsed.ok && parsed.selector.test(labels)).toBe(expected);
  });
  it.each([
    ['{code=5}', 'not a series selector at character 7 of "{code=5}": expected a quoted value (e.g. http_requests_total{code=~"5..", job="api"})'],
    ['{code~"5"}', 'not a series selector at character 6 of "{code~\\"5\\"}": expected =, !=, =~ or !~ after code (e.g. http_requests_total{code=~"5..", job="api"})'],
    ['{code="5"', 'not a series selector at character 10 of "{code=\\"5\\"": expected "," or "}" (e.g. http_requests_total{code=~"5..", job="api"})'],
    ['{code=~"5(("}', '"{code=~\\"5((\\"}": the regex for code is invalid: Invalid regular expression: /^(?:5(()$/s: Unterminated group']
  ])('%s is refused with the place and an example', (text, error) => {
    expect(parseSelector(text)).toEqual({ ok: false, error });
  });
  it('series are named name{labels} with sorted labels, or name alone', () => {
    expect(describeSeries(labels)).toBe('http_requests_total{code="503", instance="10.0.2.1:8080", job="checkout"}');
    expect(describeSeries({ __name__: 'up' })).toBe('up');
    expect(describeSeries({ deployment: 'canary' })).toBe('{deployment="canary"}');
    expect(describeSeries({})).toBe('{}');
  });
});
