import { describe, expect, it } from '@jest/globals';
import { evaluateSecurityGates, findingKey, type SecurityGateInput, type SecurityGateOptions } from '../../../src/gates/security-gate.js';
import type { Finding } from '../../../src/model/findings.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return { tool: 'semgrep', ruleId: 'js/sql-injection', level: 'error', message: 'Query built from user input', file: 'src/db.ts', line: 42, ...overrides };
}
const run = (findings: Finding[], options: SecurityGateOptions = {}, input: Partial<SecurityGateInput> = {}) => evaluateSecurityGates({ findings, ...input }, options);
const brief = (findings: Finding[], options: SecurityGateOptions = {}, input: Partial<SecurityGateInput> = {}) =>
  run(findings, options, input).map((r) => [r.gate, r.metric, r.status, r.actual, r.threshold]);

describe('security gate: limits per severity and level', () => {
  const mixed = [
    finding({ severity: 'critical', ruleId: 'r1' }),
    finding({ severity: 'high', ruleId: 'r2' }),
    finding({ severity: 'high', ruleId: 'r3', level: 'warning' }),
    finding({ severity: 'low', ruleId: 'r4', level: 'note' }),
    finding({ ruleId: 'r5', level: 'warning' })
  ];
  it.each([
    ['high count equal to its limit passes', { maxBySeverity: { high: 2 } }, [['security.high', 'high findings', 'passed', 2, 2]]],
    ['one over the limit fails', { maxBySeverity: { high: 1 } }, [['security.high', 'high findings', 'failed', 2, 1]]],
    ['a severity counts only itself, not worse ones', { maxBySeverity: { low: 1 } }, [['security.low', 'low findings', 'passed', 1, 1]]],
    ['levels are counted from the SARIF level', { maxByLevel: { error: 2, warning: 2, note: 0 } }, [
      ['security.error', 'error findings', 'passed', 2, 2],
      ['security.warning', 'warning findings', 'passed', 2, 2],
      ['security.note', 'note findings', 'failed', 1, 0]
    ]],
    ['no limit given means none allowed at all', {}, [['security', 'findings', 'failed', 5, 0]]],
    ['a total limit', { max: 5 }, [['security', 'findings', 'passed', 5, 5]]]
  ])('%s', (_label, options, expected) => {
    expect(brief(mixed, options as SecurityGateOptions)).toEqual(expected);
  });

  it('the message lists the top three findings, most severe first, with rule and location', () => {
    const [r] = run(mixed, { maxByLevel: { error: 0, warning: 5 } });
    expect([r?.message, r?.items?.map((i) => i.location)]).toEqual([
      '2 error findings (none allowed): semgrep r1 [critical] at src/db.ts:42; semgrep r2 [high] at src/db.ts:42.',
      [{ file: 'src/db.ts', line: 42 }, { file: 'src/db.ts', line: 42 }]
    ]);
  });

  it('more than three findings end with "and N more"; a finding without a file has no location', () => {
    const many = [1, 2, 3, 4, 5].map((n) => finding({ ruleId: `r${n}`, file: n === 1 ? undefined : `f${n}.ts`, line: n }));
    const [r] = run(many, { max: 0 });
    expect([r?.message, r?.items?.[0]]).toEqual([
      '5 findings (none allowed): semgrep r1; semgrep r2 at f2.ts:2; semgrep r3 at f3.ts:3; and 2 more.',
      { text: 'semgrep r1: Query built from user input' }
    ]);
  });

  it('action warn turns a breach into a warning', () => {
    expect(run([finding()], { action: 'warn' })[0]?.status).toEqual('warning');
  });
});

describe('security gate: a secrets gate filtered by tool', () => {
  const secrets: SecurityGateOptions = { name: 'secrets', tools: ['gitleaks', 'TruffleHog'], max: 0 };
  it('counts only the named tools, case-insensitively', () => {
    const found = [finding(), finding({ tool: 'Gitleaks', ruleId: 'generic-api-key', file: 'src/config.ts', line: 12 }), finding({ tool: 'trufflehog', ruleId: 'aws' })];
    const [r] = run(found, secrets);
    expect([r?.gate, r?.status, r?.actual, r?.message]).toEqual([
      'secrets',
      'failed',
      2,
      '2 gitleaks/TruffleHog findings (none allowed): Gitleaks generic-api-key at src/config.ts:12; trufflehog aws at src/db.ts:42.'
    ]);
  });
  it('no findings from those tools passes', () => {
    expect(brief([finding()], secrets)).toEqual([['secrets', 'findings', 'passed', 0, 0]]);
  });
  it('when the tools read are known and one of ours is missing, the gate fails: silence is not "nothing found"', () => {
    const [r] = run([], secrets, { toolsRead: ['gitleaks'] });
    expect([r?.status, r?.message]).toEqual(['failed', 'No report from TruffleHog was read, so secrets cannot say it found nothing.']);
  });
});

describe('security gate: new findings only', () => {
  const old = finding({ fingerprint: 'abc:1', ruleId: 'old-rule' });
  it('a finding whose fingerprint the base has is not new', () => {
    const fresh = finding({ fingerprint: 'def:1', ruleId: 'new-rule', line: 7 });
    const [r] = run([old, fresh], { newOnly: true }, { baseKeys: [findingKey(old)] });
    expect([r?.actual, r?.message]).toEqual([1, '1 new finding (none allowed): semgrep new-rule at src/db.ts:7.']);
  });

  it('without a fingerprint, the same rule, file and message on a shifted line is not new', () => {
    const before = finding({ line: 10, message: 'Unused variable x (declared at line 10)' });
    const after = finding({ line: 14, message: 'Unused variable x (declared at line 14)' });
    expect(brief([after], { newOnly: true }, { baseKeys: [findingKey(before)] })).toEqual([['security', 'findings', 'passed', 0, 0]]);
  });

  it('the same finding in another file is new', () => {
    const base = finding();
    expect(run([finding({ file: 'src/other.ts' })], { newOnly: true }, { baseKeys: [findingKey(base)] })[0]?.actual).toEqual(1);
  });

  it('a second copy of a finding the base had once is one new finding', () => {
    expect(run([old, old], { newOnly: true }, { baseKeys: [findingKey(old)] })[0]?.actual).toEqual(1);
  });

  it('with no base yet every limit is skipped and says why, never failed', () => {
    const results = run([old], { newOnly: true, maxBySeverity: { high: 0 }, maxByLevel: { error: 0 } });
    expect(results.map((r) => [r.metric, r.status, r.actual])).toEqual([['high findings', 'skipped', null], ['error findings', 'skipped', null]]);
    expect(results[0]?.message).toEqual('No base yet: the base branch has no findings in history, so new ones cannot be told from old (1 in all). This gate starts once a default-branch run saves them.');
  });
});

describe('findingKey', () => {
  it.each([
    ['ignores the line and column', { line: 1, column: 2 }, { line: 90, column: 7 }, true],
    ['ignores numbers and case and spacing in the message', { message: 'Line  12 too LONG' }, { message: 'line 14 too long' }, true],
    ['tells rules apart', { ruleId: 'a' }, { ruleId: 'b' }, false],
    ['tells tools apart', { tool: 'eslint' }, { tool: 'semgrep' }, false],
    ['uses the fingerprint when there is one, whatever the message', { fingerprint: 'h', message: 'a' }, { fingerprint: 'h', message: 'b' }, true]
  ])('%s', (_label, a, b, same) => {
    expect(findingKey(finding(a as Partial<Finding>)) === findingKey(finding(b as Partial<Finding>))).toEqual(same);
  });
});
