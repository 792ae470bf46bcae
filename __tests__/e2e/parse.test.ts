// `pipeline-gates parse` as a user runs it: format detection, the JSON shape, exit codes.
import { describe, expect, it } from '@jest/globals';
import { junitXml, makeSandbox, spawnBundle } from '../harness/run-bundle.js';

async function parse(args: string[], files: Record<string, string>) {
  const box = await makeSandbox(files);
  return spawnBundle(['parse', ...args], { cwd: box.workspace, env: { HOME: box.home } });
}

const LCOV = 'TN:\nSF:src/a.ts\nDA:1,1\nDA:2,0\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nend_of_record\n';
const SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'Scanner', rules: [{ id: 'R1', properties: { 'security-severity': '9.1' } }] } }, results: [{ ruleId: 'R1', ruleIndex: 0, level: 'error', message: { text: 'bad' } }] }]
});

describe('pipeline-gates parse', () => {
  it('prints one JSON object for one file, with counts and every case', async () => {
    const r = await parse(['out.xml', '--json'], { 'out.xml': junitXml({ passed: 2, failed: [{ name: 'x', message: 'y', line: 3 }] }) });
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ path: 'out.xml', format: 'junit', tests: { total: 3, passed: 2, failed: 1, errors: 0, skipped: 0, flaky: 0 } });
    expect(json.cases.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([['passes 1', 'passed'], ['passes 2', 'passed'], ['x', 'failed']]);
  });

  it('detects coverage and SARIF and prints an array for several files', async () => {
    const r = await parse(['lcov.info', 'scan.sarif', '--json'], { 'lcov.info': LCOV, 'scan.sarif': SARIF });
    expect(r.exitCode).toBe(0);
    const [cov, sarif] = JSON.parse(r.stdout);
    expect(cov).toMatchObject({ format: 'lcov', coverage: { lines: { covered: 1, total: 2 }, branches: { covered: 1, total: 2 } } });
    expect(sarif).toMatchObject({ format: 'sarif', findings: { total: 1, byLevel: { error: 1 }, bySeverity: { critical: 1 }, suppressed: 0 } });
  });

  it('prints a line per file in human form', async () => {
    const r = await parse(['lcov.info'], { 'lcov.info': LCOV });
    expect(r.stdout).toBe('lcov.info: lcov — 1 file, lines 50% (1/2), branches 50% (1/2)\n');
  });

  it('exits 2 naming file, line and column for a broken file, and still reads the good one', async () => {
    const r = await parse(['bad.xml', 'good.xml'], { 'bad.xml': '<testsuite>\n  <testcase name="a">\n</testsuite>\n', 'good.xml': junitXml({ passed: 1 }) });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('error: bad.xml:3:1: unexpected </testsuite>: expected </testcase>');
    expect(r.stdout).toContain('good.xml: junit — 1 test: 1 passed');
  });

  it('exits 2 for an unrecognised file, saying which formats it knows and how to name one', async () => {
    const r = await parse(['notes.txt'], { 'notes.txt': 'just some notes\n' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/notes\.txt: not a report format we recognise \(junit, trx, .*\); if it is one of them, name it with --format/);
  });

  it('takes --format for a file detection would not claim', async () => {
    const r = await parse(['m.data', '--format', 'metrics', '--json'], { 'm.data': '{"compliance": {"score": 72}}' });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'metrics', metrics: { 'compliance.score': 72 } });
  });

  it('rejects an unknown --format with the list of formats', async () => {
    const r = await parse(['a.xml', '--format', 'junit5'], { 'a.xml': junitXml({}) });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('unknown format "junit5"; known formats: junit, trx, nunit, xunit, go-test-json, tap, mochawesome, mocha-json, ctrf, rspec-json, dart-json, lcov');
  });
});
