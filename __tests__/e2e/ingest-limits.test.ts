// Reports that are broken or hostile, through the bundled CLI as a user runs it: malformed SARIF
// fails the reports gate naming the file (never "0 findings"), deep or huge inputs end in a located
// error, and a coverage report caught by a test glob is skipped with a warning.
import { describe, expect, it } from '@jest/globals';
import { junitXml, makeSandbox, spawnBundle } from '../harness/run-bundle.js';

async function cli(args: string[], files: Record<string, string>) {
  const box = await makeSandbox(files);
  return spawnBundle(args, { cwd: box.workspace, env: { HOME: box.home } });
}

describe('malformed SARIF fails the reports gate, naming the file', () => {
  it.each([
    ['runs is an object', '{"version":"2.1.0","runs":{}}', 'scan.sarif:1:27: runs must be an array, found an object'],
    ['a run that is an array', '{"version":"2.1.0","runs":[[]]}', 'scan.sarif:1:28: runs[0] must be an object, found an array'],
    ['runs of numbers', '{"version":"2.1.0","runs":[1,2]}', 'scan.sarif:1:28: runs[0] must be an object, found a number'],
    ['results that are a string', '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":"x"}]}', 'scan.sarif:1:70: runs[0].results must be an array or null, found a string']
  ])('%s', async (_label, sarif, error) => {
    const r = await cli(['gate', '--junit', 'out/*.xml', '--sarif', 'scan.sarif'], { 'out/a.xml': junitXml({ passed: 2 }), 'scan.sarif': sarif });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`error: ${error}: not a SARIF 2.1.0 log`);
    expect(r.stdout).toMatch(/\| `reports` \| ❌ failed \| 1 unreadable report \|/);
  });
  it('a well-formed log with no results is 0 findings and passes', async () => {
    const r = await cli(['gate', '--junit', 'out/*.xml', '--sarif', 'scan.sarif'], { 'out/a.xml': junitXml({ passed: 2 }), 'scan.sarif': '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[]}]}' });
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
  });
});

describe('inputs that used to take minutes or crash end in a located error', () => {
  it('a metrics file nested 50,000 levels deep', async () => {
    const r = await cli(['parse', 'm.json'], { 'm.json': `{"n":1,"a":${'{"b":'.repeat(50_000)}1${'}'.repeat(50_001)}` });
    expect([r.exitCode, r.stderr]).toEqual([2, 'error: m.json:1:5007: arrays and objects nest more than 1,000 levels deep here: a report never does\n']);
  });
  it('a JUnit file with a 17 MB attribute', async () => {
    const r = await cli(['parse', 'j.xml'], { 'j.xml': `<testsuite name="s">\n<testcase name="${'x'.repeat(17 * 1024 * 1024)}"/></testsuite>` });
    expect([r.exitCode, r.stderr]).toEqual([2, 'error: j.xml:2:1: a tag (with its attribute values) longer than 16 MiB starts here: a report never needs one this long\n']);
  });
});

describe('a report of another kind caught by a test glob', () => {
  it("pytest-cov's coverage.xml next to pytest.xml under reports/**/*.xml is skipped with a warning; the gate passes", async () => {
    const coverage = '<?xml version="1.0" ?>\n<coverage version="7.6" timestamp="1" lines-valid="1" lines-covered="1" line-rate="1" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0"><packages/></coverage>';
    const r = await cli(['gate', '--junit', 'reports/**/*.xml'], { 'reports/py/pytest.xml': junitXml({ passed: 2 }), 'reports/py/coverage.xml': coverage });
    expect(r.exitCode).toBe(0);
    expect(r.stderr + r.stdout).toContain('reports/py/coverage.xml: skipped: a cobertura coverage report, not a test report; it belongs to the coverage (--coverage) input');
  });
});
