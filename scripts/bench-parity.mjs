// Parity with github-action-benchmark (v1.22.0): parses every raw output in
// ../shared/corpus/benchmarks/gab-extract with our benchmark formats and compares name, value,
// unit, range and extra with that action's own expected extraction (gab-expected-extract.json),
// and the direction with the one that action gives each tool.
// Each case prints ✓ (identical), ≈ (identical once our deliberate fixes, named with their reason,
// are applied to the reference) or ✗ (any other difference); also whether sniffing picked the
// format. Exits 1 on any ✗, 0 otherwise; skips, with a message, when the corpus is not there.
// Usage (it imports the TypeScript sources directly):
//   node --disable-warning=ExperimentalWarning --import ./scripts/ts-resolve.mjs --experimental-transform-types scripts/bench-parity.mjs
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BENCHMARK_FORMATS } from '../src/ingest/formats/benchmarks/index.ts';
import { RepoPaths } from '../src/ingest/paths.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '../shared/corpus/benchmarks');
if (!existsSync(path.join(corpus, 'gab-expected-extract.json'))) {
  console.log(`bench parity skipped: ${corpus} is not here`);
  process.exit(0);
}

/** github-action-benchmark's `tool:` → our format id. */
const FORMAT_OF = {
  cargo: 'cargo', go: 'go', benchmarkjs: 'benchmarkjs', pytest: 'pytest-benchmark', googlecpp: 'googlecpp', catch2: 'catch2',
  julia: 'julia', jmh: 'jmh', benchmarkdotnet: 'benchmarkdotnet', benchmarkluau: 'luau',
  customBiggerIsBetter: 'custom-bigger', customSmallerIsBetter: 'custom-smaller'
};
/** github-action-benchmark's direction is one per tool (its `biggerIsBetter` switch); these are bigger-is-better. */
const GAB_BIGGER = new Set(['benchmarkjs', 'pytest', 'customBiggerIsBetter']);
/** Formats that are never detected from content, on purpose (see src/ingest/formats/benchmarks/custom.ts). */
const NAMED_ONLY = new Set(['custom-bigger', 'custom-smaller']);

/**
 * Our deliberate differences, each a rewrite of the reference into what we produce and why.
 * A case is ≈ only when the rewritten reference equals our output exactly.
 */
const DELIBERATE = [
  {
    applies: (tool) => !GAB_BIGGER.has(tool),
    why: 'direction per result, not per tool: a rate (a unit per second: JMH throughput ops/s, go MB/s, cargo MS/s) is bigger-is-better',
    rewrite: (benches) => benches.map((b) => (/\/s$/.test(b.unit.split(/\s+/)[0]) ? { ...b, direction: 'bigger-is-better' } : b))
  },
  {
    applies: (tool) => tool === 'go',
    why: 'go lines with several metrics: the primary result keeps unit "ns/op" (the reference puts the whole tail "ns/op\\t2833.37 MB/s\\t…" in unit) and its duplicate "<name> - ns/op" is left out; the other metrics stay "<name> - <unit>"',
    rewrite: (benches) => {
      const out = [];
      const primaryUnit = new Map();
      for (const b of benches) {
        const [first, ...rest] = b.unit.split(/\s+/);
        if (rest.length > 0) {
          primaryUnit.set(b.name, first);
          out.push({ ...b, unit: first });
        } else if (![...primaryUnit].some(([name, unit]) => b.name === `${name} - ${unit}`)) out.push(b);
      }
      return out;
    }
  },
  {
    applies: (tool) => tool === 'catch2',
    why: 'Catch2: the std dev keeps its unit when it differs from the mean\'s ("± 362 ns" beside 3.789 us; the reference\'s "± 362" reads as 362 us)',
    rewrite: (benches) => benches.map((b) => (b.name === 'Fibonacci-15_bench' && b.range === '± 362' ? { ...b, range: '± 362 ns' } : b))
  }
];

const FIELDS = ['name', 'value', 'unit', 'range', 'extra', 'direction'];
const pick = (b) => Object.fromEntries(FIELDS.filter((k) => b[k] !== undefined).map((k) => [k, b[k]]));
const same = (a, b) => JSON.stringify(a.map(pick)) === JSON.stringify(b.map(pick));

function describeDifference(ours, expected) {
  const lines = [];
  const max = Math.max(ours.length, expected.length);
  for (let i = 0; i < max; i++) {
    const o = ours[i] && JSON.stringify(pick(ours[i]));
    const e = expected[i] && JSON.stringify(pick(expected[i]));
    if (o !== e) lines.push(`      #${i}: ours ${o ?? '(none)'}\n           reference ${e ?? '(none)'}`);
  }
  return lines.join('\n');
}

const expectedCases = JSON.parse(readFileSync(path.join(corpus, 'gab-expected-extract.json'), 'utf8'));
const ctx = { repo: new RepoPaths(root) };
const counts = { '✓': 0, '≈': 0, '✗': 0 };
console.log('Benchmarks (github-action-benchmark v1.22.0 test/data/extract vs its expected extraction):');
for (const c of expectedCases) {
  const name = path.basename(c.file);
  const file = path.join(corpus, 'gab-extract', name);
  const id = FORMAT_OF[c.tool];
  const format = BENCHMARK_FORMATS.find((f) => f.id === id);
  if (!format) {
    counts['✗']++;
    console.log(`  ✗ ${name}: no format for tool ${c.tool}`);
    continue;
  }
  const head = readFileSync(file).subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
  const sniffed = BENCHMARK_FORMATS.find((f) => f.sniff(head, name))?.id;
  const sniffNote = NAMED_ONLY.has(id) ? (sniffed ? `sniffed as ${sniffed} (should be named)` : 'named (never sniffed)') : sniffed === id ? 'sniffed' : `SNIFFED AS ${sniffed ?? 'nothing'}`;
  const parsed = await format.parse(file, createReadStream(file, { highWaterMark: 97 }), ctx);
  const ours = parsed.benchmarks;
  const reference = c.benches.map((b) => ({ ...b, direction: GAB_BIGGER.has(c.tool) ? 'bigger-is-better' : 'smaller-is-better' }));
  const rules = DELIBERATE.filter((r) => r.applies(c.tool));
  const rewritten = rules.reduce((benches, r) => r.rewrite(benches), reference);
  const problems = parsed.problems.length ? `; problems: ${parsed.problems.map((p) => `${p.line ?? '-'}:${p.message}`).join(' | ')}` : '';
  const warnings = parsed.warnings.length ? `; ${parsed.warnings.length} warning(s): ${parsed.warnings[0].message}` : '';
  const sniffOk = NAMED_ONLY.has(id) ? !sniffed : sniffed === id;
  let mark;
  if (!sniffOk || parsed.problems.length) mark = '✗';
  else if (same(ours, reference)) mark = '✓';
  else if (same(ours, rewritten)) mark = '≈';
  else mark = '✗';
  counts[mark]++;
  const samples = ours.filter((b) => b.samples).length;
  console.log(`  ${mark} ${c.tool.padEnd(21)} ${name.padEnd(38)} ${String(ours.length).padStart(2)} results, ${sniffNote}${samples ? `, ${samples} with samples` : ''}${problems}${warnings}`);
  // Name each rule that changed this case's reference.
  if (mark === '≈') for (const r of rules.filter((r) => !same(reference, r.rewrite(reference)))) console.log(`      on purpose: ${r.why}`);
  if (mark === '✗') console.log(describeDifference(ours, rewritten));
}
console.log(`\n${counts['✓']} identical, ${counts['≈']} deliberate differences, ${counts['✗']} unexplained`);
process.exit(counts['✗'] > 0 ? 1 : 0);
