// Ingest throughput and peak memory on large jest-style JUnit files generated with
// ../shared/tools/gen-junit.mjs, beside a bare saxes loop measured in the same run.
// Goals (issue 16): >= 50 MB/s on 64 MB; peak RSS <= 300 MB on 1 GB. Each line says whether it met
// them, beside the floor measured in the same run (on a loaded box the MB/s move; the ratio less so).
// Usage: npm run bench:ingest [-- --sizes 64,1024 --runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '64,1024' }, runs: { type: 'string', default: '3' } } });
const generator = path.resolve(root, '../shared/tools/gen-junit.mjs');
if (!existsSync(generator)) {
  console.log(`skipped: ${generator} is not here (the shared tools folder is absent)`);
  process.exit(0);
}
const dir = path.join(os.tmpdir(), 'pipeline-gates-bench');
mkdirSync(dir, { recursive: true });
// gen-junit writes ~160 bytes per test case.
const BYTES_PER_CASE = 160;

function fileOf(mb) {
  const file = path.join(dir, `junit-${mb}mb.xml`);
  if (!existsSync(file)) {
    console.log(`generating ${file} …`);
    execFileSync(process.execPath, [generator, String(Math.round((mb * 1024 * 1024) / BYTES_PER_CASE)), file], { stdio: 'inherit' });
  }
  return file;
}

function measure(script, args) {
  const rssFile = path.join(dir, `rss-${process.pid}`);
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'bench/rss-child.mjs'), script, ...args], { cwd: root, env: { ...process.env, RSS_OUT: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile);
  return { seconds, rssMb };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bundle = path.join(root, 'dist/index.js');
const cases = {
  'saxes, no handlers (floor)': (f) => [path.join(root, 'bench/saxes-baseline.mjs'), [f]],
  'pipeline-gates parse': (f) => [bundle, ['parse', f]],
  'pipeline-gates parse --json': (f) => [bundle, ['parse', f, '--json']]
};
console.log(`node ${process.version}; median of ${values.runs} interleaved runs; throughput = file size / wall time (process start included)`);
for (const mb of values.sizes.split(',').map(Number)) {
  const file = fileOf(mb);
  const size = statSync(file).size / (1024 * 1024);
  const runs = mb >= 512 ? 1 : Number(values.runs);
  const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [name, make] of Object.entries(cases)) results[name].push(measure(...make(file)));
  console.log(`\n${path.basename(file)} (${size.toFixed(0)} MB, ${runs} run${runs > 1 ? 's' : ''})`);
  const floor = median(results['saxes, no handlers (floor)'].map((r) => r.seconds));
  for (const [name, rs] of Object.entries(results)) {
    const s = median(rs.map((r) => r.seconds));
    const rss = Math.max(...rs.map((r) => r.rssMb));
    const goal = name.startsWith('saxes') ? '' : mb >= 512 ? `  RSS goal ≤ 300 MB: ${rss <= 300 ? 'met' : 'missed'}` : mb === 64 ? `  speed goal ≥ 50 MB/s: ${size / s >= 50 ? 'met' : 'missed'}` : '';
    console.log(`  ${name.padEnd(30)} ${(size / s).toFixed(1).padStart(6)} MB/s  ${s.toFixed(2).padStart(7)} s  ×${(s / floor).toFixed(2)} of floor  peak RSS ${rss.toFixed(0).padStart(5)} MB${goal}`);
  }
}
