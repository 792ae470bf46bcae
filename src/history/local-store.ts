import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSyntaxError } from '../model/excerpt.js';
import { readHistory, type TimingHistory, type UnusableKind } from '../model/history.js';
import type { HistoryRestore, HistorySave, HistoryStore } from '../model/history-store.js';
import { UsageError } from '../model/problems.js';
import { bytesText } from '../shell/safe-read.js';
import { LockBusy, withLock } from './lock.js';
import { mergeHistories } from './merge.js';

/** A history file bigger than this is neither read nor overwritten (500 runs of 10,000 tests fit). */
export const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

/**
 * What is at a history path: nothing, our document, or something we must not use. `reason` is a
 * phrase about the file ("it belongs to config …"), `warning` the sentence for a restore.
 */
export type HistoryFile =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly history: TimingHistory }
  | { readonly state: 'unusable'; readonly kind: UnusableKind | 'too-big' | 'unreadable'; readonly reason: string; readonly warning: string };

/** Reads and classifies the file at `file`; never throws. `label` names it in the warning. */
export async function loadHistoryFile(file: string, configId: string, label = file): Promise<HistoryFile> {
  const unusable = (kind: UnusableKind | 'too-big' | 'unreadable', reason: string, warning: string): HistoryFile => ({ state: 'unusable', kind, reason, warning: `History ${label} ${warning}.` });
  let text: string;
  try {
    const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const { size } = await handle.stat();
      const over = `is ${bytesText(size)}, over the ${bytesText(MAX_HISTORY_BYTES)} a history file may have`;
      if (size > MAX_HISTORY_BYTES) return unusable('too-big', `it ${over}`, `${over}; continuing without history`);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    const message = (err as Error).message;
    return unusable('unreadable', `it could not be read (${message})`, `could not be read (${message}); continuing without history`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const why = `is not valid JSON (${jsonSyntaxError(err)})`;
    return unusable('invalid', `it ${why}`, `${why}; ignoring it`);
  }
  const read = readHistory(json, configId);
  return read.ok ? { state: 'ok', history: read.history } : unusable(read.kind, read.reason, `was ignored: ${read.reason}`);
}

/**
 * Reads a history file from disk; a missing file is "no history", a bad one a warning. `label`
 * names where it came from in messages (the file, or the cache key it was restored from).
 */
export async function readHistoryFile(file: string, configId: string, label = file): Promise<HistoryRestore & { readonly unusable?: UnusableKind | 'too-big' | 'unreadable' }> {
  const loaded = await loadHistoryFile(file, configId, label);
  if (loaded.state === 'missing') return { warnings: [] };
  if (loaded.state === 'ok') return { history: loaded.history, warnings: [], source: label };
  return { warnings: [loaded.warning], unusable: loaded.kind };
}

/**
 * Writes through a temporary file and a rename, so a crash never leaves half a document; the
 * temporary file is removed when the write fails.
 */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(value)}\n`, { flag: 'wx' });
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * History in a local folder: one `<config-id>.history.json` per config (CLI and tests). Saves
 * hold a lock file and merge with what is on disk, so concurrent runs each add their run. A file
 * it cannot read is never overwritten: a newer version's document is left alone (not saved), and
 * anything else is kept aside as `<file>.bak-<time>` with a warning before a new one is written.
 */
export class LocalHistoryStore implements HistoryStore {
  readonly description: string;
  private readonly file: string;

  constructor(
    dir: string,
    private readonly configId: string,
    private readonly options: { readonly maxRuns?: number; readonly now?: () => Date } = {}
  ) {
    this.file = path.join(dir, `${configId}.history.json`);
    this.description = `local folder ${dir}`;
  }

  /** Throws a UsageError when the history path is a folder (or anything but a file). */
  async check(): Promise<void> {
    const found = await lstat(this.file).catch(() => undefined);
    if (found && !found.isFile()) {
      throw new UsageError(`--history: ${this.file} is ${found.isDirectory() ? 'a directory' : 'not a regular file'}, not a history file; remove it or choose another --history folder.`);
    }
  }

  restore(): Promise<HistoryRestore> {
    return readHistoryFile(this.file, this.configId);
  }

  async save(history: TimingHistory): Promise<HistorySave> {
    await this.check();
    await mkdir(path.dirname(this.file), { recursive: true });
    return withLock(this.file, () => this.mergeAndWrite(history)).catch((err: unknown) => {
      if (err instanceof LockBusy) return { saved: false, detail: err.message };
      throw err;
    });
  }

  private async mergeAndWrite(history: TimingHistory): Promise<HistorySave> {
    const current = await loadHistoryFile(this.file, this.configId);
    if (current.state === 'unusable' && (current.kind === 'newer' || current.kind === 'too-big' || current.kind === 'unreadable')) {
      const advice = current.kind === 'newer' ? 'Upgrade Pipeline Gates or use another --history folder' : 'Move it away or use another --history folder';
      return { saved: false, detail: `${this.file}: ${current.reason}; it is left as it is. ${advice}` };
    }
    const warnings: string[] = [];
    if (current.state === 'unusable') warnings.push(await this.keepAside(current.reason));
    const merged = current.state === 'ok' ? mergeHistories(current.history, history, this.options.maxRuns ?? history.runs.length) : history;
    const bytes = JSON.stringify(merged).length;
    if (bytes > MAX_HISTORY_BYTES) return { saved: false, detail: `the document would be ${bytesText(bytes)}, over the ${bytesText(MAX_HISTORY_BYTES)} a history file may have; lower history.max-runs`, ...(warnings.length ? { warnings } : {}) };
    await writeJsonFile(this.file, merged);
    return { saved: true, detail: `written to ${this.file}`, ...(warnings.length ? { warnings } : {}) };
  }

  /** Renames the unreadable file to `<file>.bak-<UTC time>`; returns the warning that says so. */
  private async keepAside(reason: string): Promise<string> {
    const stamp = (this.options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const aside = `${this.file}.bak-${stamp}`;
    await rename(this.file, aside);
    return `${this.file} was kept aside as ${path.basename(aside)}: ${reason}.`;
  }
}
