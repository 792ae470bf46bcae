// Fails when dist/ differs from a fresh bundle of src/: users run dist/, so it must be what src/
// says. Used by .ci/run and the check-dist workflow. Fix with `npm run bundle` and commit dist/.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundle } from './bundle.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fresh = mkdtempSync(path.join(os.tmpdir(), 'pg-dist-'));
try {
  bundle(fresh);
  const committed = new Set(readdirSync(path.join(root, 'dist')));
  const built = new Set(readdirSync(fresh));
  const differing = [...new Set([...committed, ...built])].filter((name) => {
    if (!committed.has(name) || !built.has(name)) return true;
    return !readFileSync(path.join(root, 'dist', name)).equals(readFileSync(path.join(fresh, name)));
  });
  if (differing.length) {
    console.error(`dist/ is out of date (${differing.join(', ')}). Run \`npm run bundle\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`dist/ matches a fresh bundle (${built.size} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
