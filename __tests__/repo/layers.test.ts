// The rooms of src/ stay apart: lint fails on an import that points the wrong way, and
// scripts/check-cycles.mjs (part of `npm run lint`) fails on any import cycle among src/ files.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { ROOT } from '../harness/run-bundle.js';

const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages lint gives `code` as if it were the file `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint enforces the import direction', () => {
  it.each([
    ['src/gates/x.ts', "import { git } from '../shell/git-change.js';\nexport const x = git;\n", 'The core never imports the shell'],
    ['src/engine/x.ts', "import { LocalHistoryStore } from '../history/local-store.js';\nexport const x = LocalHistoryStore;\n", 'The core never imports the shell'],
    ['src/report/x.ts', "import type { PlanIo } from '../engine/plan-job.js';\nexport type X = PlanIo;\n", 'report/ never imports a room above it in the core (engine)'],
    ['src/gates/x.ts', "import { resolveSettings } from '../config/settings.js';\nexport const x = resolveSettings;\n", 'gates/ never imports a room above it in the core'],
    ['src/ingest/formats/tests/x.ts', "import { evaluateTestsGate } from '../../../gates/tests-gate.js';\nexport const x = evaluateTestsGate;\n", 'ingest/ never imports a room above it in the core'],
    ['src/action/x.ts', "import { runCli } from '../cli/main.js';\nexport const x = runCli;\n", 'The action never imports the CLI'],
    ['src/cli/x.ts', "import { runAction } from '../action/run.js';\nexport const x = runAction;\n", 'The CLI never imports the action'],
    ['src/history/x.ts', "import { runAction } from '../action/run.js';\nexport const x = runAction;\n", 'The shell never imports the entry points'],
    ['src/model/x.ts', "import { evaluateDocsGate } from '../gates/docs-gate.js';\nexport const x = evaluateDocsGate;\n", 'model/ holds the shared types'],
    ['src/action/x.ts', "import { getOctokit } from '@actions/github';\nexport const x = getOctokit;\n", 'GitHub API calls live in src/github/'],
    ['src/stats/x.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", 'The core does no I/O']
  ])('%s: %s', async (file, code, message) => {
    expect((await restricted(file, code)).join('\n')).toContain(message);
  });

  it.each([
    ['src/model/x.ts', "import type { PerformanceEvaluation } from '../gates/performance-gate.js';\nexport type X = PerformanceEvaluation;\n"],
    ['src/engine/x.ts', "import { evaluateDocsGate } from '../gates/docs-gate.js';\nexport const x = evaluateDocsGate;\n"],
    ['src/ingest/formats/tests/x.ts', "import { XmlContentError } from '../../stream/xml-stream.js';\nexport const x = XmlContentError;\n"],
    ['src/action/x.ts', "import { runGateJob } from '../engine/gate-job.js';\nexport const x = runGateJob;\n"],
    ['src/github/x.ts', "import { getOctokit } from '@actions/github';\nexport const x = getOctokit;\n"]
  ])('%s may import what lies below it', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});

describe('scripts/check-cycles.mjs', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const check = async (dir: string) => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/check-cycles.mjs'), dir], { cwd: ROOT });
      return { code: 0, out: stdout };
    } catch (err) {
      const e = err as { code: number; stderr: string };
      return { code: e.code, out: e.stderr };
    }
  };

  it('finds none in src/', async () => {
    expect(await check('src')).toEqual({ code: 0, out: expect.stringMatching(/^No import cycles among \d+ files under src\/\.\n$/) });
  });

  it('fails on a cycle through a type-only or a dynamic import, naming the loop', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pg-cycles-'));
    dirs.push(dir);
    await mkdir(path.join(dir, 'a'));
    await writeFile(path.join(dir, 'a', 'one.ts'), "import type { Two } from '../two.js';\nexport type One = Two;\n");
    await writeFile(path.join(dir, 'two.ts'), "export type Two = number;\nexport const load = () => import('./a/one.js');\n");
    await writeFile(path.join(dir, 'three.ts'), "import { load } from './two.js';\nexport const x = load;\n");
    const r = await check(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${path.relative(ROOT, path.join(dir, 'a/one.ts'))} → ${path.relative(ROOT, path.join(dir, 'two.ts'))} → ${path.relative(ROOT, path.join(dir, 'a/one.ts'))}`);
    expect(r.out).not.toContain('three.ts');
  });
});
