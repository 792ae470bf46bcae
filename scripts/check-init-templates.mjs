// Runs every `init` template's test step with the real runner (__tests__/e2e/init-templates.test.ts),
// after installing the npm runners it needs from the npm registry into a folder outside the
// repository (kept between runs; delete it to start over). Unit tests skip those runners, since
// an install from the registry is too slow and flaky for them.
// Usage: npm run check:init-templates [-- --dir DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const at = process.argv.indexOf('--dir');
const dir = path.resolve(at >= 0 ? process.argv[at + 1] : path.join(os.tmpdir(), 'pipeline-gates-init-runners'));
const RUNNERS = ['jest@30', 'jest-junit@17', 'vitest@3', '@vitest/coverage-v8@3', 'mocha@11', 'mocha-junit-reporter@2', 'c8@10'];

mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
console.log(`installing ${RUNNERS.join(' ')} into ${dir}`);
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...RUNNERS], { cwd: dir, stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), '__tests__/e2e/init-templates.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PIPELINE_GATES_RUNNERS: dir, NODE_OPTIONS: '--experimental-vm-modules' }
});
