import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MeasureIo, RunSample } from '../engine/measure-job.js';
import { UsageError } from '../model/problems.js';

/**
 * Runs a command repeatedly and records wall time and peak memory per run. Peak RSS is read from
 * Linux's /proc (GitHub's ubuntu runners): every 10 ms we sum VmRSS over the command's process
 * tree, and keep the larger of that and the main process's own high-water mark (VmHWM) last seen.
 * Short spikes between samples in child processes can be missed; the main process's peak cannot.
 * Without /proc (macOS, Windows) only wall time is recorded, and the result says so.
 */

export interface MeasureOptions {
  readonly argv: readonly string[];
  readonly cwd: string;
  /** The command's output is discarded unless a sink is given (it would skew timings on a tty). */
  readonly onOutput?: (chunk: Buffer) => void;
  readonly timeoutMs?: number;
}

const POLL_MS = 10;

export async function runOnce(o: MeasureOptions): Promise<RunSample> {
  const [file, ...args] = o.argv;
  if (!file) throw new Error('no command to measure');
  const started = process.hrtime.bigint();
  const child = spawn(file, args, { cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => o.onOutput?.(d));
  child.stderr.on('data', (d: Buffer) => o.onOutput?.(d));
  let peak: number | undefined;
  let polling = true;
  const poll = async (): Promise<void> => {
    while (polling && child.pid !== undefined) {
      const rss = await treeRss(child.pid);
      if (rss !== undefined) peak = Math.max(peak ?? 0, rss);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };
  const polled = poll();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = o.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), o.timeoutMs) : undefined;
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  polling = false;
  await polled;
  return { seconds, ...(peak !== undefined ? { peakRssBytes: peak } : {}), exitCode };
}

/** Σ VmRSS over the tree, or the root's VmHWM if larger; undefined without /proc or once gone. */
async function treeRss(root: number): Promise<number | undefined> {
  const status = await procStatus(root);
  if (!status) return undefined;
  let total = status.rss;
  for (const pid of await descendants(root)) total += (await procStatus(pid))?.rss ?? 0;
  return Math.max(total, status.hwm);
}

async function procStatus(pid: number): Promise<{ rss: number; hwm: number } | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
  } catch {
    return undefined;
  }
}

async function descendants(root: number): Promise<number[]> {
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    try {
      for (const task of await readdir(`/proc/${pid}/task`)) {
        const children = (await readFile(`/proc/${pid}/task/${task}/children`, 'utf8')).trim();
        for (const c of children ? children.split(/\s+/).map(Number) : []) {
          out.push(c);
          queue.push(c);
        }
      }
    } catch {
      // The process ended while we looked: its children are gone or reparented.
    }
  }
  return out;
}

/**
 * The measure job's I/O: each run spawns the command (no shell) in the working directory or the
 * base checkout, and the benchmark files are written where asked.
 */
export function measureIo(cwd: string, baseDir: string | undefined): MeasureIo {
  return {
    async run(argv, side) {
      try {
        return await runOnce({ argv, cwd: side === 'base' && baseDir ? path.resolve(cwd, baseDir) : cwd });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        throw new UsageError(`The command "${argv[0]}" was not found${baseDir ? ` (or the base dir ${baseDir} does not exist)` : ''}; commands run without a shell.`);
      }
    },
    async writeFile(file, text) {
      await mkdir(path.dirname(path.resolve(cwd, file)), { recursive: true });
      await writeFile(path.resolve(cwd, file), text);
    }
  };
}
