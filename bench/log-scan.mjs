// How fast the cache scanner reads a job log, against the same run's baseline of only splitting
// the log into lines (what any reader must do). The log: the actions/cache fixture with 8 MB of
// test output (timestamped, some lines mentioning "cache") between its steps, as a big test job's
// log looks. Goal: the scanner costs at most 3× the split, i.e. an 8 MB log in well under a second.
// Usage: npm run bench:logs [-- --mb 8] [-- --runs 7], where the script is
//   node --disable-warning=ExperimentalWarning --import ./scripts/ts-resolve.mjs --experimental-transform-types bench/log-scan.mjs
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CacheLogScanner } from '../src/pipeline/cache-log.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values: args } = parseArgs({ options: { mb: { type: 'string', default: '8' }, runs: { type: 'string', default: '7' } } });
const fixture = readFileSync(path.join(root, '__tests__/fixtures/pipeline/logs/actions-cache.log'), 'utf8');
const cut = fixture.indexOf('2026-09-14T10:02:18.5120021Z');
const noise = [];
for (let i = 0, size = 0; size < Number(args.mb) * 1024 * 1024; i++) {
  const line = `2026-09-14T10:02:${String(20 + (i % 30)).padStart(2, '0')}.${String(i % 1e7).padStart(7, '0')}Z  PASS  test/widgets/case-${i}.test.ts (${i % 97} ms)${i % 50 === 0 ? ' cache warmed for fixture' : ''}`;
  noise.push(line);
  size += line.length + 1;
}
const log = `${fixture.slice(0, cut)}${noise.join('\n')}\n${fixture.slice(cut)}`;
const mb = Buffer.byteLength(log) / (1024 * 1024);

function time(fn) {
  const runs = [];
  for (let r = 0; r < Number(args.runs); r++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}

let events = 0;
const split = time(() => {
  let n = 0;
  for (const line of log.split('\n')) n += line.length;
  return n;
});
const scan = time(() => {
  const s = new CacheLogScanner();
  for (const line of log.split('\n')) s.push(line);
  events = s.finish().events.length;
});
console.log(`log ${mb.toFixed(1)} MB, ${events} cache events found (the fixture has 6)`);
console.log(`split into lines: ${split.toFixed(0)} ms (${(mb / (split / 1000)).toFixed(0)} MB/s)`);
console.log(`cache scanner:    ${scan.toFixed(0)} ms (${(mb / (scan / 1000)).toFixed(0)} MB/s), ${(scan / split).toFixed(1)}× the split (goal ≤ 3×)`);
