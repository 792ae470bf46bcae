import { defaultConfig, parseConfig } from '../config/load.js';
import type { FileConfig } from '../config/schema.js';
import { UsageError } from '../model/problems.js';
import { readInside, readRoots } from './safe-read.js';

export const DEFAULT_CONFIG_PATH = '.github/pipeline-gates.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Loads the config file. The default path may be absent (defaults apply); a path the user named
 * must exist. Invalid content throws a UsageError listing every located problem.
 */
export async function loadConfigFile(path: string | undefined): Promise<FileConfig> {
  const file = path ?? DEFAULT_CONFIG_PATH;
  let text: string;
  try {
    // A config is a file of the checkout like a report: a link out of it is not followed.
    text = (await readInside(file, process.cwd(), await readRoots(process.cwd()), MAX_CONFIG_BYTES)).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && path === undefined) return defaultConfig();
    throw new UsageError(`Config file ${file} could not be read: ${code === 'ENOENT' ? 'it does not exist' : (err as Error).message}.`);
  }
  const parsed = parseConfig(text, file);
  if (parsed.ok) return parsed.config;
  const n = parsed.problems.length;
  throw new UsageError(`Config file ${file} has ${n} ${n === 1 ? 'problem' : 'problems'}.`, parsed.problems);
}
