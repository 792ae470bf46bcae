// Bundles src/index.ts with ncc into dist/ (or the folder after -o). ncc leaves chunks of earlier
// builds in place, so the folder is emptied first: dist/ must hold exactly one build.
// Usage: npm run bundle [-- -o DIR]
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const at = args.lastIndexOf('-o');
const out = path.resolve(root, at >= 0 && args[at + 1] ? args[at + 1] : 'dist');

export function bundle(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', outDir, '--license', 'licenses.txt', '--quiet'], { cwd: root, stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) bundle(out);
