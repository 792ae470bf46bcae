import type { PlanIo } from '../engine/plan-job.js';
import { UsageError } from '../model/problems.js';
import { commandOutput } from './command.js';
import { reportFiles } from './report-files.js';
import { loadRepoPaths } from './repo.js';
import { readInside, readRoots } from './safe-read.js';

/** A tests list is one path per line; even 10⁶ tests stay far below this. */
const MAX_TESTS_FILE_BYTES = 64 * 1024 * 1024;

/** The plan job's I/O on this machine: files under `root`, the tests file, the tests command. */
export async function localPlanIo(root: string): Promise<Pick<PlanIo, 'files' | 'repo' | 'readTestsFile' | 'testsCommandOutput' | 'root' | 'clock' | 'now'>> {
  return {
    files: reportFiles(root),
    repo: await loadRepoPaths(root),
    readTestsFile: async (file) => {
      try {
        return (await readInside(file, root, await readRoots(root), MAX_TESTS_FILE_BYTES)).toString('utf8');
      } catch (err) {
        throw new UsageError(`The tests file ${file} could not be read: ${(err as Error).message}.`);
      }
    },
    testsCommandOutput: (line) => commandOutput(line, root),
    root,
    clock: () => performance.now(),
    now: new Date()
  };
}
