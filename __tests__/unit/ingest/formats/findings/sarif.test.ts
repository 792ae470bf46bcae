import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Chunks, ParsedFindings } from '../../../../../src/ingest/format.js';
import { RepoPaths } from '../../../../../src/ingest/paths.js';
import { sarifFormat } from '../../../../../src/ingest/formats/findings/sarif.js';
import type { Finding } from '../../../../../src/model/findings.js';
import { byteChunks, stringChunks } from '../../../builders.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/sarif');
/** The fixtures were made (ESLint) or written (by hand) for a checkout at this path. */
const WORKSPACE = '/home/runner/work/shop/shop';
const text = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const parse = (chunks: Chunks, file = 'reports/x.sarif'): Promise<ParsedFindings> =>
  sarifFormat.parse(file, chunks, { repo: new RepoPaths(WORKSPACE) });

function tally(findings: readonly Finding[], key: (f: Finding) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}

describe('fixtures: counts by level and security severity', () => {
  it.each([
    ['eslint-9.39.5.sarif', { results: 6, suppressed: 1, byLevel: { error: 4, warning: 2 }, bySeverity: { absent: 6 }, warnings: 0 }],
    ['extensions.sarif', { results: 5, suppressed: 1, byLevel: { error: 4, note: 1 }, bySeverity: { high: 2, critical: 1, medium: 1, absent: 1 }, warnings: 1 }],
    ['late-rules.sarif', { results: 5, suppressed: 0, byLevel: { error: 2, none: 1, warning: 1, note: 1 }, bySeverity: { medium: 2, absent: 3 }, warnings: 1 }]
  ])('%s', async (name, want) => {
    const r = await parse(byteChunks(text(name), 1000), name);
    expect({
      results: r.findings.length,
      suppressed: r.suppressed,
      byLevel: tally(r.findings, (f) => f.level),
      bySeverity: tally(r.findings, (f) => f.severity ?? 'absent'),
      warnings: r.warnings.length,
      problems: r.problems
    }).toEqual({ ...want, problems: [] });
  });
});

describe('real ESLint output (@microsoft/eslint-formatter-sarif)', () => {
  it('absolute file:/// URIs become repo-relative; the eslint-disable line is suppressed, not counted', async () => {
    const r = await parse(byteChunks(text('eslint-9.39.5.sarif'), 4096));
    expect(r.findings.map((f) => [f.tool, f.ruleId, f.level, f.file, f.line, f.column, f.message])).toEqual([
      ['ESLint', 'no-var', 'warning', 'src/cart.js', 3, 3, 'Unexpected var, use let or const instead.'],
      ['ESLint', 'eqeqeq', 'error', 'src/cart.js', 5, 22, "Expected '===' and instead saw '=='."],
      ['ESLint', 'prefer-const', 'warning', 'src/cart.js', 12, 7, "'rate' is never reassigned. Use 'const' instead."],
      ['ESLint', 'no-unused-vars', 'error', 'src/cart.js', 13, 9, "'unused' is assigned a value but never used."],
      ['ESLint', 'no-unused-vars', 'error', 'src/util/parse.js', 4, 12, "'e' is defined but never used."],
      ['ESLint', 'no-empty', 'error', 'src/util/parse.js', 4, 15, 'Empty block statement.']
    ]);
    expect(r.suppressed).toBe(1);
  });
});

describe('CodeQL-style log: rules in tool.extensions', () => {
  it('resolves rule.toolComponent.index, default levels, security-severity, fingerprints and baselineState', async () => {
    const r = await parse(stringChunks(text('extensions.sarif'), 777));
    expect(r.findings).toEqual([
      { tool: 'CodeQL', ruleId: 'js/sql-injection', level: 'error', severity: 'high', securitySeverity: 8.8, message: 'This query string depends on a [user-provided value](1).', file: 'src/db.js', line: 12, column: 5, fingerprint: '9f1c2b7e44a0d1e3:1' },
      // security-severity on the result wins over the rule's 6.1
      { tool: 'CodeQL', ruleId: 'js/reflected-xss', level: 'error', severity: 'critical', securitySeverity: 9.3, message: 'Cross-site scripting vulnerability due to a [user-provided value](1).', file: 'src/routes/search.js', line: 30, column: 14, fingerprint: '0b5d8e1f9a7c3d21:1' },
      // the path comes from run.artifacts[1]; note is the rule's default level
      { tool: 'CodeQL', ruleId: 'js/unused-local-variable', level: 'note', message: 'Unused variable retries.', file: 'src/routes/search.js', line: 7, column: 7, fingerprint: '77aa01c3e2f4b590:1', baselineState: 'unchanged' },
      // the result's own level wins; without partialFingerprints the first fingerprint by key is used
      { tool: 'CodeQL', ruleId: 'js/weak-cryptographic-algorithm', level: 'error', severity: 'high', securitySeverity: 7.5, message: 'A broken or weak cryptographic algorithm (MD5) depends on sensitive data.', file: 'src/db.js', line: 40, column: 18, fingerprint: 'a11ce', baselineState: 'new' },
      // a suppression whose status is "rejected" does not suppress
      { tool: 'CodeQL', ruleId: 'js/reflected-xss', level: 'error', severity: 'medium', securitySeverity: 6.1, message: 'Cross-site scripting vulnerability due to a [user-provided value](1).', file: 'src/routes/search.js', line: 61, column: 9 }
    ]);
    expect([r.suppressed, r.warnings.map((w) => w.message)]).toEqual([1, ['1 duplicate results (same tool, rule, location and fingerprint or message) were counted once']]);
  });
});

describe('results before the rules they use (key order is free in JSON)', () => {
  it('resolves rules, messageStrings, artifacts and uriBaseIds given after the results, run by run', async () => {
    const r = await parse(byteChunks(text('late-rules.sarif'), 64));
    expect(r.findings.map((f) => [f.tool, f.ruleId, f.level, f.severity, f.file, f.line, f.message])).toEqual([
      // hierarchical ruleId CM1001/taint-depth → rule CM1001; message id with arguments and {{ }}
      ['Checkmate', 'CM1001/taint-depth', 'error', 'medium', 'app/handlers/login.py', 40, "Variable 'user' is tainted after 3 steps {depth}."],
      // kind "pass" → level none, whatever the rule's default
      ['Checkmate', 'CM2002', 'none', undefined, 'app/handlers/login.py', 12, 'Password hashing uses bcrypt.'],
      // unknown rule → warning; plain text without arguments is literal; SRC → app/ → ROOT (file:///…), %20 decoded
      ['Checkmate', 'CM9999', 'warning', undefined, 'app/lib/file name.py', 2, "Rule {0} is not in this log's rules: level defaults to warning."],
      // a path outside the workspace stays as written; a bad result score falls back to the rule's
      ['Checkmate', 'CM1001', 'error', 'medium', '/opt/vendor/tool.py', 9, 'Taint reaches a shell command.'],
      // ruleIndex 0 of the second run is that run's own rule
      ['Second', 'S1', 'note', undefined, 'app/settings.py', 1, 'Index 0 means S1 in this run, not CM1001 from the run before.']
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual(['runs[0].results[3]: security-severity “high” is not a score from 0 to 10; ignored']);
  });

  it('a message id found nowhere falls back to the rule description, with a warning', async () => {
    const doc = { version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules: [{ id: 'R', shortDescription: { text: 'Rule R' } }] } }, results: [{ ruleId: 'R', message: { id: 'nope' } }] }] };
    const r = await parse(stringChunks(JSON.stringify(doc)));
    expect([r.findings.map((f) => f.message), r.warnings.map((w) => w.message)]).toEqual([['Rule R'], ['runs[0].results[0]: message id “nope” is not in the rule\'s messageStrings']]);
  });
});

describe('encodings and chunking do not change the result', () => {
  const baseline = () => parse(stringChunks(text('late-rules.sarif')));
  it.each([1, 7, 4096])('byte chunks of %p bytes', async (size) => {
    expect(await parse(byteChunks(text('late-rules.sarif'), size))).toEqual(await baseline());
  });
  it('a UTF-8 BOM and CRLF line endings', async () => {
    expect(await parse(byteChunks(`\uFEFF${text('late-rules.sarif').replace(/\n/g, '\r\n')}`, 100))).toEqual(await baseline());
  });
  it('UTF-16 LE with a BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('late-rules.sarif'), 'utf16le')]);
    expect(await parse([utf16.subarray(0, 333), utf16.subarray(333)] as unknown as Chunks)).toEqual(await baseline());
  });
  it('string chunks that split an emoji between its two UTF-16 halves', async () => {
    const doc = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results: [{ ruleId: 'R', message: { text: 'bad 🚀 launch' } }] }] });
    const r = await parse(stringChunks(doc, 1));
    expect(r.findings.map((f) => f.message)).toEqual(['bad 🚀 launch']);
  });
});

const MINIMAL_RUN = '{"tool":{"driver":{"name":"T"}},"results":[{"ruleId":"A","message":{"text":"one"}}]}';

describe('broken logs are located problems, never thrown', () => {
  it.each([
    ['an empty file', '', { message: 'the file is empty: expected a SARIF log' }],
    ['only whitespace', ' \n\n', { message: 'the file is empty: expected a SARIF log' }],
    ['a top-level array', '[1, 2]', { message: 'expected a SARIF log (a JSON object)' }],
    ['no runs', '{"version": "2.1.0"}', { message: 'not a SARIF log: there is no "runs" array' }],
    ['version 1.0.0', `{\n  "version": "1.0.0",\n  "runs": [${MINIMAL_RUN}]\n}`, { line: 2, column: 14, message: 'SARIF version “1.0.0” is not supported; expected "2.1.0"' }],
    ['runs is an object', '{"version": "2.1.0", "runs": {"a": {"results": [{}]}}}', { line: 1, column: 30, message: 'runs must be an array, found an object: not a SARIF 2.1.0 log' }],
    ['runs is an empty object', '{"version":"2.1.0","runs":{}}', { line: 1, column: 27, message: 'runs must be an array, found an object: not a SARIF 2.1.0 log' }],
    ['a run that is an array', '{"version":"2.1.0","runs":[[]]}', { line: 1, column: 28, message: 'runs[0] must be an object, found an array: not a SARIF 2.1.0 log' }],
    ['runs of numbers', '{"version":"2.1.0","runs":[1,2]}', { line: 1, column: 28, message: 'runs[0] must be an object, found a number: not a SARIF 2.1.0 log' }],
    ['results that are a string', `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},\n"results":"x"}]}`, { line: 2, column: 11, message: 'runs[0].results must be an array or null, found a string: not a SARIF 2.1.0 log' }],
    ['a result that is a number', '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[7]}]}', { line: 1, column: 71, message: 'runs[0].results[0] must be an object, found a number: not a SARIF 2.1.0 log' }],
    ['a message that is a string', '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"message":"m"}]}]}', { line: 1, column: 82, message: 'runs[0].results[0].message must be an object, found a string: not a SARIF 2.1.0 log' }],
    ['a run without a tool', '{"version":"2.1.0",\n"runs":[{"results":[]}]}', { line: 2, column: 9, message: 'runs[0] has no tool (SARIF 2.1.0 requires every run to name its tool): not a SARIF 2.1.0 log' }],
    ['a driver without a name', '{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[]}]}', { line: 1, column: 28, message: 'runs[0] has no tool.driver.name (SARIF 2.1.0 requires every run to name its tool): not a SARIF 2.1.0 log' }],
    ['a result without a message', '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"ruleId":"a","message":{"text":"m"}},\n{"ruleId":"b"}]}]}', { line: 2, column: 1, message: 'runs[0].results[1] has no message (SARIF 2.1.0 requires one on every result): not a SARIF 2.1.0 log' }],
    ['no version', '{"runs": []}', { message: 'not a SARIF 2.1.0 log: there is no "version" (SARIF 2.1.0 requires "version": "2.1.0")' }],
    ['100,000 levels of nesting', `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T","x":${'['.repeat(100_000)}`, { line: 1, column: 1057, message: 'arrays and objects nest more than 1,000 levels deep here: a report never does' }],
    ['a missing comma', '{"version": "2.1.0",\n "runs": [{"tool": {"driver": {"name": "X"}}\n   "results": []}]}', { line: 3, column: 4, message: 'invalid JSON: expected "," or "}", found the string “results”' }],
    ['single quotes', '{\n  "version": "2.1.0",\n  "runs": [ { "results": [ { "message": { "text": \'hi\' } } ] } ]\n}', { line: 3, column: 51, message: 'invalid JSON: expected a value, found “\'”' }],
    ['a trailing comma', '{"version": "2.1.0", "runs": [],\n}', { line: 2, column: 1, message: 'invalid JSON: expected a property name in double quotes, found "}"' }],
    ['a bad escape', '{"version": "2.1.0", "runs": [], "x": "C:\\dir"}', { line: 1, column: 43, message: 'invalid JSON: expected an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX, found “d”' }],
    ['text after the log', '{"version": "2.1.0", "runs": []}\n\nnot json', { line: 3, column: 1, message: 'invalid JSON: expected the end of the file, found “n”' }],
    ['a cut inside a string', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Cod', { line: 1, column: 64, message: 'unexpected end of file: expected more string characters and a closing quote (control characters must be escaped, e.g. \\n)' }],
    ['a cut between values', '{"version": "2.1.0",\n "runs": [\n', { line: 3, column: 1, message: 'unexpected end of file: expected a value or "]"' }]
  ])('%s', async (_situation, doc, problem) => {
    for (const chunks of [stringChunks(doc), byteChunks(doc, 3)]) {
      const r = await parse(chunks, 'reports/broken.sarif');
      expect(r.problems).toEqual([{ file: 'reports/broken.sarif', ...problem }]);
    }
  });

  it('a truncated log keeps the results completed before the cut', async () => {
    const full = text('eslint-9.39.5.sarif');
    // cut inside the last result, just after its opening brace
    const truncated = full.slice(0, full.lastIndexOf('"level": "error"'));
    const r = await parse(byteChunks(truncated, 512));
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'src/cart.js:3 no-var',
      'src/cart.js:5 eqeqeq',
      'src/cart.js:12 prefer-const',
      'src/cart.js:13 no-unused-vars',
      'src/util/parse.js:4 no-unused-vars'
    ]);
    const lines = truncated.split('\n');
    expect(r.problems).toEqual([{ file: 'reports/x.sarif', line: lines.length, column: lines[lines.length - 1]!.length + 1, message: 'unexpected end of file: expected a property name in double quotes or "}"' }]);
  });
});

describe('sniff', () => {
  it.each([
    ['ESLint SARIF', true, text('eslint-9.39.5.sarif'), 'eslint.json'],
    ['version and runs, no $schema', true, text('late-rules.sarif'), 'scan.json'],
    ['.sarif extension, keys in any order', true, '{"runs": []}', 'out.sarif'],
    ['runs without a version or schema', false, '{"runs": []}', 'results.json'],
    ['a metrics file', false, '{"score": 72}', 'metrics.json'],
    ['istanbul summary', false, '{"total": {"lines": {"total": 1, "covered": 1, "skipped": 0, "pct": 100}}}', 'coverage-summary.json'],
    ['JUnit XML', false, '<testsuites/>', 'junit.sarif']
  ])('%s → %p', (_situation, expected, head, fileName) => {
    expect(sarifFormat.sniff(head.slice(0, 4096), fileName)).toBe(expected);
  });
});

/** ~`target` bytes of SARIF with large code flows, generated chunk by chunk and never held whole. */
async function* bigSarif(target: number, results: { count: number }, sample: () => void): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  const rules = [0, 1, 2].map((i) => `{"id":"R${i}","defaultConfiguration":{"level":"${['error', 'warning', 'note'][i]}"}}`).join(',');
  yield encoder.encode(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Big","rules":[${rules}]}},"results":[`);
  const step = (i: number) => `{"location":{"physicalLocation":{"artifactLocation":{"uri":"src/flow/step${i}.js"},"region":{"startLine":${i + 1}}},"message":{"text":"taint flows through step ${i}"}}}`;
  const flow = `[{"threadFlows":[{"locations":[${Array.from({ length: 120 }, (_, i) => step(i)).join(',')}]}]}]`;
  let sent = 0;
  let batch = '';
  for (let i = 0; sent < target; i++) {
    batch += `${i ? ',' : ''}{"ruleId":"R${i % 3}","ruleIndex":${i % 3},"message":{"text":"finding ${i}"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"file://${WORKSPACE}/src/big.js"},"region":{"startLine":${i + 1}}}}],"codeFlows":${flow}}`;
    results.count = i + 1;
    if (batch.length >= 64 * 1024) {
      sent += batch.length;
      yield encoder.encode(batch);
      batch = '';
      sample();
    }
  }
  yield encoder.encode(`${batch}]}]}`);
}

describe('a 50 MB log streams', () => {
  it('reads every result while the live heap stays far below the file size', async () => {
    // Live memory is what "never held whole" means: collect garbage at every 16th chunk and take the
    // heap then. (Without collection the peak mostly measures garbage not yet collected.)
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let [peakLive, peakRaw, chunks] = [before, before, 0];
    const sample = (): void => {
      peakRaw = Math.max(peakRaw, process.memoryUsage().heapUsed);
      if (++chunks % 16 !== 0) return;
      gc();
      peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
    };
    const results = { count: 0 };
    const r = await parse(bigSarif(50 * 1024 * 1024, results, sample));
    const [live, raw] = [peakLive, peakRaw].map((p) => (p - before) / 2 ** 20) as [number, number];
    process.stderr.write(`SARIF 50 MiB: ${results.count} results; peak heap growth ${live.toFixed(1)} MiB live, ${raw.toFixed(1)} MiB without collection\n`);
    expect([r.findings.length, r.problems, tally(r.findings, (f) => f.level)]).toEqual([
      results.count,
      [],
      { error: Math.ceil(results.count / 3), warning: Math.ceil((results.count - 1) / 3), note: Math.floor(results.count / 3) }
    ]);
    const last = results.count - 1;
    expect(r.findings[last]).toEqual({ tool: 'Big', ruleId: `R${last % 3}`, level: ['error', 'warning', 'note'][last % 3], message: `finding ${last}`, file: 'src/big.js', line: last + 1 });
    // Held whole, the text alone would be 50 MiB and its parsed objects several times that.
    expect(live).toBeLessThan(20);
  });
});

describe('versions other than 2.1.0', () => {
  it.each([
    ['2.0.0', '{"version": "2.0.0", "runs": [{"tool": {"driver": {"name": "X"}}, "results": [{"ruleId": "r", "level": "error", "message": {"text": "m"}}]}]}', 'SARIF version “2.0.0”: read as 2.1.0'],
    ['2.2', '{"version": "2.2", "runs": [{"tool": {"driver": {"name": "X"}}, "results": [{"ruleId": "r", "level": "error", "message": {"text": "m"}}]}]}', 'SARIF version “2.2”: read as 2.1.0']
  ])("a %s log is read as 2.1.0 with a warning saying so", async (_v, doc, warning) => {
    const r = await parse(stringChunks(doc));
    expect([r.findings.map((f) => f.level), r.problems, r.warnings.map((w) => w.message)]).toEqual([['error'], [], [warning]]);
  });
});

describe('bounded text', () => {
  it('a 100,000-character message keeps its first 8 KiB; a long rule id its first 2,000 characters', async () => {
    const doc = { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results: [{ ruleId: 'r'.repeat(5000), message: { text: 'm'.repeat(100_000) } }] }] };
    const r = await parse(stringChunks(JSON.stringify(doc)));
    expect(r.findings.map((f) => [f.message.length, f.ruleId.length])).toEqual([[8192, 2000]]);
  });
});
