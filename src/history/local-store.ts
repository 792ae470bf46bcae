import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readHistory, type TimingHistory } from './document.js';
import type { HistoryRestore, HistorySave, HistoryStore } from './store.js';

/**
 * Reads a history file from disk; a missing file is "no history", a bad one a warning. `label`
 * names where it came from in messages (the file, or the cache key it was restored from).
 */
export async function readHistoryFile(file: string, configId: string, label = file): Promise<HistoryRestore> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { warnings: [] };
    return { warnings: [`History ${label} could not be read (${(err as Error).message}); continuing without history.`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { warnings: [`History ${label} is not valid JSON (${(err as Error).message}); ignoring it.`] };
  }
  const read = readHistory(json, configId);
  if (!read.ok) return { warnings: [`History ${label} was ignored: ${read.reason}.`] };
  return { history: read.history, warnings: [], source: label };
}

/** Writes through a temporary file and a rename, so a crash never leaves half a document. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value)}\n`);
  await rename(tmp, file);
}

/** History in a local folder: one `<config-id>.history.json` per config (CLI and tests). */
export class LocalHistoryStore implements HistoryStore {
  readonly description: string;
  private readonly file: string;

  constructor(dir: string, private readonly configId: string) {
    this.file = path.join(dir, `${configId}.history.json`);
    this.description = `local folder ${dir}`;
  }

  restore(): Promise<HistoryRestore> {
    return readHistoryFile(this.file, this.configId);
  }

  async save(history: TimingHistory): Promise<HistorySave> {
    await writeJsonFile(this.file, history);
    return { saved: true, detail: `written to ${this.file}` };
  }
}
