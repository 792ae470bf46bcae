// Acceptance on real files from real tools (../shared/corpus), through the bundled CLI exactly as a
// user runs it: `node dist/index.js parse FILE --json`. Compares with the expectations stored
// beside the corpus; where we differ on purpose, the reason is printed. Exits 1 on any other
// difference. Skips, with a message, when the corpus is not there.
// Usage: npm run acceptance
//        PUBLISHER_CORPUS=DIR npm run acceptance   also compares with publish-unit-test-result-action's
//        own test files (its python/test/files: an input beside each NAME.results.json), by the counts
//        it shows: its runs (one per testcase) or its tests (one per distinct name).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.log(`acceptance skipped: ${corpus} is not here`);
  process.exit(0);
}

let failures = 0;
const row = (mark, file, detail) => console.log(`  ${mark} ${file}${detail ? `  ${detail}` : ''}`);

function parse(file) {
  try {
    const out = execFileSync(process.execPath, [path.join(root, 'dist/index.js'), 'parse', file, '--json'], { cwd: root, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out.toString());
  } catch (err) {
    if (err.stdout?.length) return JSON.parse(err.stdout.toString()); // exit 2: problems, JSON still printed
    throw err;
  }
}

function check(file, ours, expected, onPurpose) {
  const same = JSON.stringify(ours) === JSON.stringify(expected);
  if (same) return row('✓', file, JSON.stringify(ours));
  if (onPurpose) return row('≈', file, `ours ${JSON.stringify(ours)}, reference ${JSON.stringify(expected)} — on purpose: ${onPurpose}`);
  failures++;
  row('✗', file, `ours ${JSON.stringify(ours)}, reference ${JSON.stringify(expected)}`);
}

// ── Test reports: dorny/test-reporter's fixtures against its own snapshots ─────────────────────
/** Where our count differs from dorny's snapshot on purpose. */
const TEST_DIFFERENCES = {};
/**
 * Where our count differs from publish-unit-test-result-action's on purpose (path relative to
 * PUBLISHER_CORPUS). The mappings behind them are in the README's format table: TRX Timeout,
 * Aborted, Disconnected and InProgress are errors (it skips them), TRX Warning passes.
 */
const PUBLISHER_DIFFERENCES = {};

console.log('Test reports (dorny/test-reporter fixtures vs its snapshots):');
const snapshots = path.join(corpus, 'junit/dorny-snapshots');
const seen = new Set();
for (const snap of readdirSync(snapshots).sort()) {
  const text = readFileSync(path.join(snapshots, snap), 'utf8');
  for (const block of text.split(/^exports\[/m).slice(1)) {
    const rel = /"path": "fixtures\/([^"]+)"/.exec(block)?.[1];
    if (!rel || seen.has(rel)) continue;
    seen.add(rel);
    const count = (r) => (block.match(new RegExp(`"result": "${r}"`, 'g')) ?? []).length;
    const expected = { passed: count('success'), failed: count('failed'), skipped: count('skipped') };
    const file = path.join(corpus, 'junit/dorny-fixtures', rel);
    if (!existsSync(file)) continue;
    const t = parse(file).tests ?? {};
    check(rel, { passed: t.passed, failed: (t.failed ?? 0) + (t.errors ?? 0), skipped: t.skipped }, expected, TEST_DIFFERENCES[rel]);
  }
}

// ── TAP: test-summary/action's files against its expected counts ───────────────────────────────
console.log('\nTAP (test-summary/action fixtures vs EXPECTED.json):');
const tapExpected = JSON.parse(readFileSync(path.join(corpus, 'junit/tap/EXPECTED.json'), 'utf8'));
for (const [name, exp] of Object.entries(tapExpected.files)) {
  const t = parse(path.join(corpus, 'junit/tap', name)).tests ?? {};
  check(`tap/${name}`, { passed: t.passed, failed: (t.failed ?? 0) + (t.errors ?? 0), skipped: t.skipped }, { passed: exp.passed, failed: exp.failed, skipped: exp.skipped });
}

// ── Coverage: totals recomputed from the records ───────────────────────────────────────────────
const COVERAGE_DIFFERENCES = {
  'coverage/clover/clover-unleash.xml':
    'the reference counts only type="stmt" lines; istanbul writes a statement line that has branches as type="cond" with its count, so those lines are coverable lines too',
  'coverage/lcov/coveralls-empty.lcov': 'an empty coverage upload is a problem ("no coverage records"), not a 0-of-0 pass'
};
console.log('\nCoverage (EXPECTED-coverage.json, recomputed totals):');
const coverageExpected = JSON.parse(readFileSync(path.join(corpus, 'coverage/EXPECTED-coverage.json'), 'utf8'));
for (const [rel, exp] of Object.entries(coverageExpected)) {
  const out = parse(path.join(corpus, rel));
  const cov = out.coverage;
  const r = exp.recomputed;
  if (!r) {
    // A totals-only report (istanbul json-summary): compare what it declares.
    const d = exp.declared?.lines;
    check(rel, cov?.declared?.lines ?? null, d ? { covered: d.covered, total: d.total } : null);
    continue;
  }
  if ('stmt_lines' in r) check(rel, { covered: cov?.lines.covered, total: cov?.lines.total }, { covered: r.stmt_covered, total: r.stmt_lines }, COVERAGE_DIFFERENCES[rel]);
  else if ('statements' in r) check(rel, { files: cov?.files.length, covered: cov?.lines.covered, total: cov?.lines.total }, { files: r.files, covered: r.statements_covered, total: r.statements });
  else {
    const ours = { covered: cov?.lines.covered ?? 0, total: cov?.lines.total ?? 0, ...('files' in r ? { files: cov?.files.length ?? 0 } : {}) };
    const problems = out.problems?.length ? { problems: out.problems.length } : {};
    check(rel, { ...ours, ...problems }, { covered: r.lines_covered, total: r.lines_valid, ...('files' in r ? { files: r.files } : {}) }, COVERAGE_DIFFERENCES[rel]);
  }
}

// ── SARIF: counts by level and security severity, suppressed results excluded ──────────────────
console.log('\nSARIF (EXPECTED-sarif.json):');
const sarifExpected = JSON.parse(readFileSync(path.join(corpus, 'sarif/EXPECTED-sarif.json'), 'utf8'));
for (const [rel, exp] of Object.entries(sarifExpected)) {
  const f = parse(path.join(corpus, 'sarif', rel)).findings ?? { total: 0, byLevel: {}, bySeverity: {}, suppressed: 0 };
  const bySeverity = { ...f.bySeverity };
  const absent = f.total - Object.values(f.bySeverity).reduce((a, b) => a + b, 0);
  if (absent) bySeverity.absent = absent;
  check(rel, { results: f.total, suppressed: f.suppressed, byLevel: sorted(f.byLevel), bySeverity: sorted(bySeverity) }, { results: exp.results, suppressed: exp.suppressed, byLevel: sorted(exp.by_level), bySeverity: sorted(exp.by_security_severity) });
}

// ── Optional: publish-unit-test-result-action's corpus, by its own expectations ───────────────────
const publisher = process.env.PUBLISHER_CORPUS;
if (publisher) {
  console.log(`\nTest reports (publish-unit-test-result-action files in ${publisher} vs their .results.json):`);
  let matched = 0;
  let compared = 0;
  for (const expectation of walk(publisher).filter((f) => f.endsWith('.results.json')).sort()) {
    const stem = expectation.slice(0, -'.results.json'.length);
    const input = ['.xml', '.trx', '.json'].map((ext) => stem + ext).find((f) => existsSync(f));
    if (!input) continue;
    const stats = JSON.parse(readFileSync(expectation, 'utf8')).stats ?? {};
    const t = parse(input).tests ?? {};
    const ours = { passed: t.passed ?? 0, failed: (t.failed ?? 0) + (t.errors ?? 0), skipped: t.skipped ?? 0 };
    const runs = { passed: stats.runs_succ, failed: stats.runs_fail + stats.runs_error, skipped: stats.runs_skip };
    const tests = { passed: stats.tests_succ, failed: stats.tests_fail + stats.tests_error, skipped: stats.tests_skip };
    const rel = path.relative(publisher, input);
    compared++;
    const same = (a) => JSON.stringify(a) === JSON.stringify(ours);
    if (same(runs) || same(tests)) {
      matched++;
      row('✓', rel, `${JSON.stringify(ours)} (= its ${same(runs) ? 'runs' : 'tests'})`);
    } else check(rel, ours, runs, PUBLISHER_DIFFERENCES[rel]);
  }
  console.log(`  ${matched} of ${compared} files give its counts.`);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function sorted(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

console.log(failures ? `\n${failures} unexplained difference(s).` : '\nAll files match, or differ on purpose as stated.');
process.exit(failures ? 1 : 0);
