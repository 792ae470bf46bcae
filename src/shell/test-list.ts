import { parseTestList } from '../planner/index.js';
import { commandOutput } from './command.js';
import { UsageError } from './config-file.js';
import { reportFiles } from './report-files.js';
import { readInside, readRoots } from './safe-read.js';

export interface TestListSource {
  /** Globs of test files ("!pattern" excludes). */
  readonly globs?: readonly string[];
  /** A file with one test per line. */
  readonly file?: string;
  /** A command whose output lists the tests (`jest --listTests`, `pytest --collect-only -q`). */
  readonly command?: string;
}

/** The tests to plan, as listed; an empty list is an error naming where we looked. */
export async function listTests(source: TestListSource, root: string): Promise<string[]> {
  const tests: string[] = [];
  const files = reportFiles(root);
  const exclude = (source.globs ?? []).filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  for (const glob of (source.globs ?? []).filter((g) => !g.startsWith('!'))) tests.push(...(await files.find(glob, exclude)));
  if (source.file) {
    let text: string;
    try {
      text = (await readInside(source.file, root, await readRoots(root), 64 * 1024 * 1024)).toString('utf8');
    } catch (err) {
      throw new UsageError(`The tests file ${source.file} could not be read: ${(err as Error).message}.`);
    }
    tests.push(...parseTestList(text));
  }
  if (source.command) tests.push(...parseTestList(await commandOutput(source.command, root)));
  if (!source.globs?.length && !source.file && !source.command) throw new UsageError('No tests to plan: give --tests GLOB, --tests-file FILE or --tests-command CMD (inputs tests, tests-file, tests-command).');
  if (tests.length === 0) {
    const where = [...(source.globs ?? []).map((g) => `"${g}"`), source.file, source.command && `the output of "${source.command}"`].filter(Boolean).join(', ');
    throw new UsageError(`No tests found: ${where} listed none.`);
  }
  return tests;
}
