// Cold start of the bundle against bare node, measured interleaved in the same run so machine
// noise hits both alike. Prints medians and ratios; asserts nothing (the machine is shared).
// Usage: npm run bench:startup [-- RUNS]
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const runs = Number(process.argv[2] ?? 30);
const bundle = path.join(root, 'dist', 'index.js');
const cases = {
  'node -e ""': ['-e', ''],
  'dist --help': [bundle, '--help'],
  'dist --version': [bundle, '--version'],
  'dist gate (examples)': [bundle, 'gate', '--junit', 'examples/junit/*.xml']
};

const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    samples[name].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples['node -e ""']);
console.log(`node ${process.version}, ${runs} interleaved runs each`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${name.padEnd(22)} median ${m.toFixed(1).padStart(7)} ms   ×${(m / base).toFixed(2)} of bare node   (+${(m - base).toFixed(1)} ms)`);
}
